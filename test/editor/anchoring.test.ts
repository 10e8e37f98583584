import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/sidecar';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, extensionApi, find, readText, select, waitFor, workspaceUri } from './helpers';

const ARTICLE = 'The parliment voted on Friday after a long debate.\n';

/** Opens a fresh article and annotates "parliment" in it, with a note. */
async function annotated(name: string): Promise<{ editor: vscode.TextEditor; id: string }> {
  const api = await extensionApi();
  const uri = workspaceUri(`edits/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await api.store.load(editor.document);
  select(editor, find(editor.document, 'parliment'));
  const [added] = (await vscode.commands.executeCommand<{ id: string }[]>('articleAnnotator.annotateSelection', {
    label: 'organisation',
    note: 'check the vote count',
  }))!;
  return { editor, id: added.id };
}

/** The annotation as the store has it now. */
async function current(editor: vscode.TextEditor, id: string): Promise<Annotation> {
  const api = await extensionApi();
  return api.store.get(editor.document.uri)!.annotations.find(a => a.id === id)!;
}

async function typeAt(editor: vscode.TextEditor, offset: number, text: string): Promise<void> {
  const at = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('type', { text });
}

async function onDisk(name: string): Promise<Annotation | undefined> {
  const text = await readText(workspaceUri(`edits/${name}.annotations.yaml`));
  return text === undefined ? undefined : parseSidecar(text).data?.annotations[0];
}

describe('annotations while the article is edited', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('follows a typo fixed inside it, is saved and read back so, and undo restores it exactly', async () => {
    const api = await extensionApi();
    const { editor, id } = await annotated('typo.md');
    const before = await current(editor, id);
    await typeAt(editor, find(editor.document, 'ment').start, 'a');
    await waitFor(async () => (await current(editor, id)).quote === 'parliament', 'the quote follows the typing');
    const fixed = await current(editor, id);
    assert.deepStrictEqual(
      [fixed.start, fixed.end, fixed.orphaned, fixed.note],
      [before.start, before.end + 1, undefined, 'check the vote count'],
    );

    await editor.document.save();
    await waitFor(async () => (await onDisk('typo.md'))?.quote === 'parliament', 'saved with the new quote');
    const saved = (await onDisk('typo.md'))!;
    assert.deepStrictEqual([saved.prefix, saved.suffix.slice(0, 6)], ['The ', ' voted']);

    // Read back from the file, as when the article is opened again.
    api.store.forget(editor.document.uri);
    await api.store.load(editor.document);
    const reloaded = await current(editor, id);
    assert.deepStrictEqual([reloaded.start, reloaded.end, reloaded.quote], [fixed.start, fixed.end, 'parliament']);

    await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await current(editor, id)).quote === 'parliment', 'undo restores the quote');
    const undone = await current(editor, id);
    assert.deepStrictEqual(
      [undone.start, undone.end, undone.orphaned, undone.note],
      [before.start, before.end, undefined, 'check the vote count'],
    );
    await editor.document.save();
    await waitFor(async () => (await onDisk('typo.md'))?.quote === 'parliment', 'saved as before the typo fix');
  });

  it('takes a first letter retyped after deleting it, and undo brings the old one back', async () => {
    const { editor, id } = await annotated('first-letter.md');
    const before = await current(editor, id);
    editor.selection = new vscode.Selection(
      editor.document.positionAt(before.start),
      editor.document.positionAt(before.start + 1),
    );
    await vscode.commands.executeCommand('deleteLeft');
    await waitFor(async () => (await current(editor, id)).quote === 'arliment', 'the first letter deleted');
    await vscode.commands.executeCommand('type', { text: 'P' });
    await waitFor(async () => (await current(editor, id)).quote === 'Parliment', 'the new first letter inside');
    // Deleting and typing are separate undo steps, unless the editor groups them into one.
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => ['arliment', 'parliment'].includes((await current(editor, id)).quote), 'typing undone');
    if ((await current(editor, id)).quote === 'arliment') await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await current(editor, id)).quote === 'parliment', 'back to the old letter');
    const undone = await current(editor, id);
    assert.deepStrictEqual([undone.start, undone.end, undone.orphaned], [before.start, before.end, undefined]);
  });

  it('orphans it when its text is deleted as a whole, and undo re-attaches it exactly', async () => {
    const { editor, id } = await annotated('deleted.md');
    const before = await current(editor, id);
    const uri = editor.document.uri;
    select(editor, find(editor.document, 'parliment voted'));
    await vscode.commands.executeCommand('deleteLeft');
    await waitFor(async () => (await current(editor, id)).orphaned === true, 'orphaned');
    assert.strictEqual((await current(editor, id)).quote, 'parliment', 'an orphan keeps its quote');
    await waitFor(
      () => vscode.languages.getDiagnostics(uri).some(d => d.code === id),
      'the orphan in the Problems panel',
    );
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => !(await current(editor, id)).orphaned, 're-attached');
    const undone = await current(editor, id);
    assert.deepStrictEqual([undone.start, undone.end, undone.quote], [before.start, before.end, 'parliment']);
    await waitFor(() => !vscode.languages.getDiagnostics(uri).some(d => d.code === id), 'no longer a problem');
  });
});
