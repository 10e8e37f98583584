// Node extension host only: it starts command-line processes beside the editor.
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, extensionApi, find, readText, select, waitFor, workspaceUri } from './helpers';

const EACH = 12;

/** Command-line processes that wait for `start` to exist (see test/cli/cliProcess.ts); resolves when all are ready. */
async function commandLines(argsList: string[][], start: string): Promise<Promise<string>[]> {
  const script = path.join(__dirname, '..', 'cli', 'cliProcess.js');
  const ready: Promise<void>[] = [];
  const runs = argsList.map(args => {
    const child: ChildProcess = spawn(process.execPath, [script, start, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let markReady: () => void;
    ready.push(new Promise<void>(resolve => (markReady = resolve)));
    child.stdout!.on('data', chunk => {
      output += chunk;
      if (output.startsWith('ready\n')) markReady();
    });
    child.stderr!.on('data', chunk => (output += chunk));
    return new Promise<string>((resolve, reject) =>
      child.on('close', code => (code === 0 ? resolve(output) : reject(new Error(`exit ${code}: ${output}`)))),
    );
  });
  await Promise.all(ready);
  return runs;
}

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
    const runs = await commandLines(
      anns.map(ann => ['import-brat', article.fsPath, ann.uri.fsPath, '--write']),
      start,
    );
    await vscode.workspace.fs.writeFile(vscode.Uri.file(start), new Uint8Array());
    for (const name of mine) {
      select(editor, find(editor.document, name));
      await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person' });
    }
    await Promise.all(runs);

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
