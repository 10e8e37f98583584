import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, openArticle, select, waitFor } from './helpers';
import { TEST_SCHEMA, removeSchema, writeSchema } from './projectSchema';

const TO_LABEL = ['suggestion', 'automatic', 'registry', 'learned'];

describe('keyboard labelling', () => {
  afterEach(async () => {
    if (vscode.window.activeTextEditor) {
      const api = await extensionApi();
      const uri = vscode.window.activeTextEditor.document.uri;
      if (api.labelling.isOn(uri)) await vscode.commands.executeCommand('articleAnnotator.toggleKeyboardLabelling');
    }
    await closeAllEditors();
    await removeSchema();
  });

  it("labels a selection with its label's key, jumps to the next thing to label, and keeps the text read-only", async () => {
    const api = await extensionApi();
    await writeSchema(TEST_SCHEMA, labels => labels === 3);
    const editor = await openArticle('project/briefing.md');
    const document = editor.document;
    const before = document.getText();
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.toggleKeyboardLabelling'), true);

    const quay = find(document, 'the new quay');
    select(editor, quay);
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.labelWithKey', { key: 'c' }), true);
    const claim = api.store.get(document.uri)!.annotations.find(a => a.quote === 'the new quay');
    assert.strictEqual(claim?.label, 'claim');

    // The selection moved on to the next suggestion or unlabelled highlight after the claim.
    const next = editor.selection;
    const nextStart = document.offsetAt(next.start);
    const nextEnd = document.offsetAt(next.end);
    assert.ok(nextStart > quay.start, 'after the claim');
    const target = api.tracker
      .state(document.uri)!
      .highlights.find(h => h.start === nextStart && h.end === nextEnd && TO_LABEL.includes(h.source));
    assert.ok(target, `"${document.getText(next)}" is something to label`);

    // Its key labels the selected highlight itself, and the selection moves on again.
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.labelWithKey', { key: 'o' }), true);
    const labelled = api.store.get(document.uri)!.annotations.find(a => a.start === nextStart && a.end === nextEnd);
    assert.strictEqual(labelled?.label, 'organisation');
    assert.notStrictEqual(document.offsetAt(editor.selection.start), nextStart);

    // A key no label has does nothing, and typing does not change the article.
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.labelWithKey', { key: 'z' }), false);
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.strictEqual(document.getText(), before, 'the article is read-only while labelling');
    assert.strictEqual(api.store.get(document.uri)!.annotations.length, 2);
  });

  it('jumps forwards and backwards between the things left to label, round the end of the article', async () => {
    const api = await extensionApi();
    const editor = await openArticle('project/briefing.md');
    const document = editor.document;
    await waitFor(() => (api.tracker.state(document.uri)?.analysedVersion ?? -1) === document.version, 'analysed');
    const targets = api.tracker
      .state(document.uri)!
      .highlights.filter(h => TO_LABEL.includes(h.source))
      .sort((a, b) => a.start - b.start);
    assert.ok(targets.length >= 2, 'several highlights to label');
    const selected = () => [document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('articleAnnotator.nextToLabel');
    assert.deepStrictEqual(selected(), [targets[0].start, targets[0].end]);
    await vscode.commands.executeCommand('articleAnnotator.nextToLabel');
    assert.deepStrictEqual(selected(), [targets[1].start, targets[1].end]);
    await vscode.commands.executeCommand('articleAnnotator.previousToLabel');
    await vscode.commands.executeCommand('articleAnnotator.previousToLabel');
    const last = targets[targets.length - 1];
    assert.deepStrictEqual(selected(), [last.start, last.end], 'wrapped round to the last');
  });
});
