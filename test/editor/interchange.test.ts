import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, readText, select, waitFor, workspaceUri } from './helpers';

describe('export and import in a real editor', () => {
  afterEach(closeAllEditors);

  it('exports annotations to brat and imports them back into a fresh sidecar', async () => {
    const api = await extensionApi();
    const article = workspaceUri('edits/exchange.md');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Ana Ferreira 👋 met Jonas Berg in Oslo.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    select(editor, find(editor.document, 'Jonas Berg'));
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person', note: 'checked' });

    const ann = workspaceUri('edits/exchange.ann');
    await vscode.commands.executeCommand('articleAnnotator.exportAnnotations', 'brat', ann);
    const exported = (await readText(ann))!;
    // Code-point offsets: the emoji before the name counts as one character, not two UTF-16 units.
    assert.match(exported, /^T1\tperson 19 29\tJonas Berg$/m, exported);
    assert.match(exported, /^#1\tAnnotatorNotes T1\tchecked$/m, exported);

    const id = api.store.get(article)!.annotations[0].id;
    await api.store.mutate(editor.document, data => {
      data.annotations = data.annotations.filter(a => a.id !== id);
    });
    const added = await vscode.commands.executeCommand<number>('articleAnnotator.importBrat', ann);
    assert.strictEqual(added, 1);
    const restored = api.store.get(article)!.annotations;
    assert.deepStrictEqual(
      restored.map(a => [a.quote, a.label, a.note]),
      [['Jonas Berg', 'person', 'checked']],
    );
    await waitFor(
      async () => (await readText(workspaceUri('edits/exchange.md.annotations.yaml')))?.includes('checked') ?? false,
      'written',
    );
  });

  it('checks a brat file before reading it: a folder, or one above the sidecar limit, imports nothing', async () => {
    const api = await extensionApi();
    const article = workspaceUri('edits/import-checked.md');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Ana Ferreira met Jonas Berg in Oslo.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const importFrom = (file: vscode.Uri) => vscode.commands.executeCommand('articleAnnotator.importBrat', file);
    assert.strictEqual(await importFrom(workspaceUri('edits')), undefined, 'a folder');

    // A usable first line, then one long line that takes the file above the limit.
    const huge = workspaceUri('edits/import-huge.ann');
    const ann = `T1\tperson 17 27\tJonas Berg\n${'x'.repeat(21 * 1024 * 1024)}\n`;
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode(ann));
    try {
      assert.strictEqual(await importFrom(huge), undefined, 'a file above the limit');
    } finally {
      await vscode.workspace.fs.delete(huge);
    }
    await api.store.load(editor.document);
    assert.deepStrictEqual(api.store.get(article)?.annotations ?? [], []);
    assert.strictEqual(await readText(workspaceUri('edits/import-checked.md.annotations.yaml')), undefined);
  });

  it('refuses to export over the article or its annotation file, leaving both as they were', async () => {
    const article = workspaceUri('edits/export-target.md');
    const text = 'Ana Ferreira met Jonas Berg in Oslo.\n';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    select(editor, find(editor.document, 'Oslo'));
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'location' });
    const sidecar = workspaceUri('edits/export-target.md.annotations.yaml');
    await waitFor(async () => (await readText(sidecar))?.includes('Oslo') ?? false, 'sidecar written');
    const sidecarText = await readText(sidecar);

    for (const target of [article, sidecar, article.with({ path: article.path.toUpperCase() })]) {
      const written = await vscode.commands.executeCommand('articleAnnotator.exportAnnotations', 'csv', target);
      assert.strictEqual(written, undefined, target.path);
    }
    assert.strictEqual(await readText(article), text);
    assert.strictEqual(await readText(sidecar), sidecarText);
  });

  it('says to open an article when export or import is run with none open, and writes nothing', async () => {
    const api = await extensionApi();
    await closeAllEditors();
    const earlier = api.shownMessages.length;
    const csv = workspaceUri('edits/no-article.csv');
    assert.strictEqual(
      await vscode.commands.executeCommand('articleAnnotator.exportAnnotations', 'csv', csv),
      undefined,
    );
    const ann = workspaceUri('edits/exchange.ann');
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.importBrat', ann), undefined);
    assert.deepStrictEqual(api.shownMessages.slice(earlier), [
      { severity: 'information', text: 'Open an article to export its annotations.' },
      { severity: 'information', text: 'Open an article to import brat annotations into it.' },
    ]);
    assert.strictEqual(await readText(csv), undefined);
  });

  it('exports the one article in view when the focus is on an editor that is not a text editor', async () => {
    const article = workspaceUri('edits/beside-shortcuts.md');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Ana Ferreira met Jonas Berg in Oslo.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    await vscode.commands.executeCommand('workbench.action.newGroupRight');
    await vscode.commands.executeCommand('workbench.action.openGlobalKeybindings');
    await waitFor(() => !vscode.window.activeTextEditor, 'the keyboard shortcuts editor in front');
    const csv = workspaceUri('edits/beside-shortcuts.csv');
    assert.strictEqual(
      (await vscode.commands.executeCommand<vscode.Uri>('articleAnnotator.exportAnnotations', 'csv', csv))?.path,
      csv.path,
    );
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path, article.path, 'the article focused');
    assert.notStrictEqual(await readText(csv), undefined);
  });
});
