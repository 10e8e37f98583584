import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/editor/commands/commandIds';
import { closeAllEditors, extensionApi, find, waitFor, workspaceUri } from './helpers';

const TEXT = 'Ingrid Solvang met Tomas Haraldsen of the Nordic Water Council on Monday.\n';

const automatic = (api: Awaited<ReturnType<typeof extensionApi>>, uri: vscode.Uri) =>
  api.tracker.state(uri)?.highlights.filter(h => h.source === 'automatic') ?? [];

async function openTooLarge(name: string): Promise<vscode.TextEditor> {
  const api = await extensionApi();
  const uri = workspaceUri(`large/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor(() => api.tracker.state(uri)?.tooLarge === true, `${name} left unanalysed for its size`);
  return editor;
}

describe('an article above the size limit, analysed on request', function () {
  this.timeout(60000);
  const config = () => vscode.workspace.getConfiguration('articleAnnotator');
  beforeEach(() => config().update('maxArticleSize', 50, vscode.ConfigurationTarget.Workspace));
  afterEach(async () => {
    await config().update('maxArticleSize', undefined, vscode.ConfigurationTarget.Workspace);
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });
  after(() => vscode.workspace.fs.delete(workspaceUri('large'), { recursive: true }));

  it('offers it from the status bar, then analyses that article only, after edits too, and leaves the setting alone', async () => {
    const api = await extensionApi();
    const other = (await openTooLarge('other.txt')).document.uri;
    const editor = await openTooLarge('minutes.txt');
    const { uri } = editor.document;
    await waitFor(() => api.statusBar.text === '$(warning) Article not analysed', 'the status bar saying why');
    assert.strictEqual(
      api.statusBar.command && typeof api.statusBar.command === 'object' && api.statusBar.command.command,
      COMMANDS.analyseLargeArticle,
    );
    assert.deepStrictEqual(automatic(api, uri), []);

    assert.ok(api.tracker.analyseDespiteSize(uri));
    await waitFor(
      () => automatic(api, uri).some(h => h.start === find(editor.document, 'Ingrid Solvang').start),
      'highlights',
    );
    assert.strictEqual(api.tracker.state(uri)?.tooLarge, false);
    await waitFor(() => /\$\(symbol-keyword\) [1-9]/.test(api.statusBar.text), 'the counts in the status bar');
    assert.match(
      String((api.statusBar.tooltip as vscode.MarkdownString | string | undefined) ?? ''),
      /Analysed on request/,
    );

    await editor.edit(b =>
      b.insert(editor.document.positionAt(editor.document.getText().length), 'Maria Lindqvist agreed.\n'),
    );
    await waitFor(
      () => automatic(api, uri).some(h => h.start === find(editor.document, 'Maria Lindqvist').start),
      'a name typed afterwards highlighted',
    );

    assert.strictEqual(api.tracker.state(other)?.tooLarge, true, 'another large article stays unanalysed');
    assert.deepStrictEqual(automatic(api, other), []);
    assert.strictEqual(config().inspect('maxArticleSize')?.workspaceValue, 50, 'the setting as it was');
    assert.strictEqual(config().inspect('maxArticleSize')?.globalValue, undefined);
  });

  it('says an article within the limit is analysed already, and asks nothing', async () => {
    await config().update('maxArticleSize', undefined, vscode.ConfigurationTarget.Workspace);
    const api = await extensionApi();
    const uri = workspaceUri('large/small.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => automatic(api, uri).length > 0, 'highlights');
    assert.strictEqual(await vscode.commands.executeCommand(COMMANDS.analyseLargeArticle, uri.toString()), false);
    assert.strictEqual(api.tracker.analysedDespiteSize(uri), false);
  });
});
