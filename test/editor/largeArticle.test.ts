import * as assert from 'assert';
import * as vscode from 'vscode';
import { anchorAt, serializeSidecar, textHash } from '../../src/core/sidecar';
import { COMMANDS } from '../../src/editor/commands/commandIds';
import { closeAllEditors, extensionApi, find, waitFor, workspaceUri } from './helpers';

const TEXT = 'Ingrid Solvang met Tomas Haraldsen of the Nordic Water Council on Monday.\n';
/** A body only the registry knows: the editor tests' recogniser does not. */
const GUILD = 'Varnholt Ferry Guild';

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
    assert.strictEqual(api.statusBar.command, COMMANDS.analyseLargeArticle);
    // The item is updated after every analysis; its command must stay the one a click already holds (a
    // command object would be registered anew each time and the old one dropped, losing that click).
    const updated = new Promise<void>(resolve => {
      const listener = api.tracker.onDidUpdate(changed => {
        if (changed.toString() !== uri.toString()) return;
        listener.dispose();
        resolve();
      });
    });
    api.tracker.refresh(uri);
    await updated;
    assert.strictEqual(api.statusBar.command, COMMANDS.analyseLargeArticle);
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

  it('shows none of the names the workspace knows while it is not analysed, but the user’s annotations', async () => {
    const api = await extensionApi();
    const encode = (text: string) => new TextEncoder().encode(text);
    const known = (uri: vscode.Uri) =>
      api.tracker.state(uri)?.highlights.filter(h => h.source === 'registry' || h.source === 'learned') ?? [];
    const registry = workspaceUri('entities.yaml');
    await vscode.workspace.fs.writeFile(registry, encode(`entities:\n  - name: ${GUILD}\n    type: organisation\n`));
    try {
      // Within the limit, the registry's name is highlighted: the knowledge is there.
      const small = workspaceUri('large/guild.txt');
      await vscode.workspace.fs.writeFile(small, encode(`The ${GUILD} met.\n`));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(small));
      await waitFor(() => known(small).length === 1, 'the registry name highlighted in a small article');

      const text = `Ingrid Solvang met Tomas Haraldsen of the ${GUILD} on Monday.\n`;
      const uri = workspaceUri('large/guild-report.txt');
      const mayor = text.indexOf('Ingrid Solvang');
      await vscode.workspace.fs.writeFile(
        workspaceUri('large/guild-report.txt.annotations.yaml'),
        encode(
          serializeSidecar({
            version: 1,
            article: 'guild-report.txt',
            textHash: textHash(text),
            annotations: [{ id: 'a-mayor0000001', label: 'person', ...anchorAt(text, mayor, mayor + 14) }],
            corrections: [],
          }),
        ),
      );
      await vscode.workspace.fs.writeFile(uri, encode(text));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor(
        () =>
          !!api.tracker.state(uri)?.tooLarge &&
          !!api.tracker.state(uri)?.highlights.some(h => h.source === 'annotation'),
        'left unanalysed, with the annotation shown',
      );
      assert.deepStrictEqual(known(uri), [], 'no registry or learned names');
      assert.deepStrictEqual(automatic(api, uri), []);

      assert.ok(api.tracker.analyseDespiteSize(uri));
      await waitFor(
        () => known(uri).some(h => h.start === find(editor.document, GUILD).start),
        'the registry name once analysed',
      );
    } finally {
      await vscode.workspace.fs.delete(registry);
      await waitFor(() => api.registry.entries().length === 0, 'the registry gone');
    }
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
