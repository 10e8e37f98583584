// Node extension host only: it starts command-line processes beside the editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { startTogether } from '../cli/processes';
import { closeAllEditors, extensionApi, find, readText, select, waitFor, workspaceUri } from './helpers';

const EACH = 12;

describe('the editor and the command line writing one sidecar at once', function () {
  this.timeout(180000);
  after(closeAllEditors);

  it(`loses none of ${EACH} annotations made in the editor and ${EACH} imported by as many processes meanwhile`, async () => {
    const api = await extensionApi();
    const mine = Array.from({ length: EACH }, (_, i) => `Editor${i}`);
    const theirs = Array.from({ length: EACH }, (_, i) => `Script${i}`);
    const article = workspaceUri('concurrent/desk.md');
    const text = `${mine.join(' ')} ${theirs.join(' ')}.\n`;
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(text));
    const anns = theirs.map((name, i) => {
      const start = text.indexOf(name);
      return {
        uri: workspaceUri(`concurrent/part${i}.ann`),
        text: `T1\tperson ${start} ${start + name.length}\t${name}\n`,
      };
    });
    for (const ann of anns) await vscode.workspace.fs.writeFile(ann.uri, new TextEncoder().encode(ann.text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    await api.store.load(editor.document);

    const start = workspaceUri('concurrent/start').fsPath;
    const runs = await startTogether(
      anns.map(ann => ['import-brat', article.fsPath, ann.uri.fsPath, '--write']),
      start,
    );
    await vscode.workspace.fs.writeFile(vscode.Uri.file(start), new Uint8Array());
    for (const name of mine) {
      select(editor, find(editor.document, name));
      await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person' });
    }
    for (const run of await Promise.all(runs)) assert.strictEqual(run.code, 0, run.output);

    const all = [...mine, ...theirs].sort();
    const onDisk = parseSidecar((await readText(workspaceUri('concurrent/desk.md.annotations.yaml')))!).data!;
    assert.deepStrictEqual(onDisk.annotations.map(a => a.quote).sort(), all, 'every annotation is on disk');
    await waitFor(
      () => api.store.get(article)!.annotations.length === all.length,
      'the editor shows the annotations written by the command line',
    );
    assert.deepStrictEqual(
      api.store
        .get(article)!
        .annotations.map(a => a.quote)
        .sort(),
      all,
    );
  });
});
