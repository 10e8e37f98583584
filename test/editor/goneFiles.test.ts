import * as assert from 'assert';
import * as vscode from 'vscode';
import { ProblemReporter } from '../../src/editor/sidecar/problems';
import { watchGoneFiles } from '../../src/editor/sidecar/goneFiles';
import { sidecarDiagnostics } from '../../src/editor/sidecar/sidecarEntry';
import { SidecarStore } from '../../src/editor/sidecar/sidecarStore';
import { WorkspaceFiles } from '../../src/editor/sidecar/workspaceFiles';
import { closeAllEditors, extensionApi, readText, waitFor, workspaceUri } from './helpers';
import { ORPHAN, RELATION, TEXT, sidecarWithProblems } from './problemFixtures';

const MALFORMED = 'version: 1\nannotations:\n  - id: a1\n    label: person\n    quote: "Ingrid Solvang\n';
const encode = (text: string) => new TextEncoder().encode(text);
const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map(d => String(d.code));
const hasItemProblems = (uri: vscode.Uri) => codes(uri).includes(ORPHAN) && codes(uri).includes(RELATION);
const hasNoItemProblems = (uri: vscode.Uri) => !codes(uri).includes(ORPHAN) && !codes(uri).includes(RELATION);
const hasProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).length > 0;

/** Workspace files that another program deletes at the worst moment: after their size check, before their read. */
class RacingFiles extends WorkspaceFiles {
  deleteBeforeReading: vscode.Uri | undefined;

  override async read(uri: vscode.Uri, limit?: number): Promise<Uint8Array> {
    if (uri.toString() === this.deleteBeforeReading?.toString()) {
      this.deleteBeforeReading = undefined;
      await vscode.workspace.fs.delete(uri);
    }
    return super.read(uri, limit);
  }
}

async function write(relative: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? encode(content) : content);
  return uri;
}

/** An article (`.txt`) beside a sidecar, opened in an editor. */
async function openWithSidecar(name: string, sidecar: string | Uint8Array): Promise<vscode.TextEditor> {
  await write(`${name}.annotations.yaml`, sidecar);
  const article = await write(name, TEXT);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
}

describe('problems of files that are deleted, renamed or closed', function () {
  this.timeout(60000);
  afterEach(closeAllEditors);
  after(() => vscode.workspace.fs.delete(workspaceUri('gone'), { recursive: true }));

  // Files named `.log` are no articles to the extension itself: only the store made here reads them.
  it('takes a sidecar deleted between its size check and its read for a deleted one, without an error', async () => {
    const files = new RacingFiles();
    const problems = new ProblemReporter();
    const store = new SidecarStore(problems, files);
    try {
      const sidecar = await write('gone/race.log.annotations.yaml', sidecarWithProblems('race.log'));
      const document = await vscode.workspace.openTextDocument(await write('gone/race.log', TEXT));
      await store.load(document);
      assert.strictEqual(store.get(document.uri)?.annotations.length, 2);
      assert.ok(hasItemProblems(document.uri), 'its orphan and relation listed');

      files.deleteBeforeReading = sidecar;
      await store.externalChange(sidecar);
      assert.strictEqual(await readText(sidecar), undefined, 'deleted at the moment of reading');
      assert.deepStrictEqual(store.get(document.uri)?.annotations, [], 'the annotations of a deleted sidecar');
      assert.strictEqual(store.get(document.uri)?.readOnlyReason, undefined, 'and a new one can be written');
      assert.ok(hasNoItemProblems(document.uri), 'its orphan and relation went with it');

      // The same moment when the article is being opened.
      await write('gone/race.log.annotations.yaml', sidecarWithProblems('race.log'));
      store.forget(document.uri);
      files.deleteBeforeReading = sidecar;
      await store.load(document);
      assert.deepStrictEqual(store.get(document.uri)?.annotations, []);
    } finally {
      store.dispose();
      problems.dispose();
    }
  });

  it('keeps the errors of a closed article’s sidecar until the file is fixed or deleted, and clears its orphans', async () => {
    const problems = new ProblemReporter();
    const store = new SidecarStore(problems, new WorkspaceFiles());
    try {
      await write('gone/closed.log.annotations.yaml', sidecarWithProblems('closed.log'));
      const withItems = await vscode.workspace.openTextDocument(await write('gone/closed.log', TEXT));
      await store.load(withItems);
      assert.ok(hasItemProblems(withItems.uri));
      store.forget(withItems.uri);
      assert.ok(hasNoItemProblems(withItems.uri), 'orphans and relations go when the article closes');

      for (const [name, change] of [
        ['fixed', (uri: vscode.Uri) => vscode.workspace.fs.writeFile(uri, encode(sidecarWithProblems('fixed.log')))],
        ['deleted', (uri: vscode.Uri) => vscode.workspace.fs.delete(uri)],
      ] as const) {
        const sidecar = await write(`gone/${name}.log.annotations.yaml`, MALFORMED);
        const document = await vscode.workspace.openTextDocument(await write(`gone/${name}.log`, TEXT));
        await store.load(document);
        store.forget(document.uri);
        assert.ok(hasProblems(sidecar), `the ${name} file's errors stay after its article closed`);
        await change(sidecar);
        await store.externalChange(sidecar);
        assert.ok(!hasProblems(sidecar), `no errors listed for a ${name} file`);
      }
    } finally {
      store.dispose();
      problems.dispose();
    }
  });

  it('moves the errors of a closed article’s sidecar with it when the article is renamed', async () => {
    const problems = new ProblemReporter();
    const store = new SidecarStore(problems, new WorkspaceFiles());
    try {
      const sidecar = await write('gone/old.log.annotations.yaml', MALFORMED);
      const article = await write('gone/old.log', TEXT);
      await store.load(await vscode.workspace.openTextDocument(article));
      store.forget(article);
      const renamed = workspaceUri('gone/new.log');
      await vscode.workspace.fs.rename(article, renamed);
      await store.articleRenamed(article, renamed);
      const moved = workspaceUri('gone/new.log.annotations.yaml');
      assert.strictEqual(await readText(moved), MALFORMED, 'the sidecar moved as it is');
      assert.ok(!hasProblems(sidecar), 'no errors under the old name');
      assert.ok(hasProblems(moved), 'the errors under the new one');
    } finally {
      store.dispose();
      problems.dispose();
    }
  });

  it('moves the errors of a closed article’s sidecar with its folder when the folder is renamed', async () => {
    const problems = new ProblemReporter();
    const files = new WorkspaceFiles();
    const store = new SidecarStore(problems, files);
    const watchers = watchGoneFiles(problems, files);
    try {
      const sidecar = await write('gone/desk-a/report.log.annotations.yaml', MALFORMED);
      const article = await write('gone/desk-a/report.log', TEXT);
      await store.load(await vscode.workspace.openTextDocument(article));
      store.forget(article);
      assert.ok(hasProblems(sidecar), 'its errors listed while its article is closed');
      // As the Explorer renames a folder.
      const rename = new vscode.WorkspaceEdit();
      rename.renameFile(workspaceUri('gone/desk-a'), workspaceUri('gone/desk-b'));
      assert.ok(await vscode.workspace.applyEdit(rename), 'renamed');
      const moved = workspaceUri('gone/desk-b/report.log.annotations.yaml');
      await waitFor(() => hasProblems(moved), 'the errors under the new folder');
      assert.ok(!hasProblems(sidecar), 'none under the old one');
      const listed = (diagnostics: readonly vscode.Diagnostic[]) =>
        diagnostics.map(d => [d.range.start.line, d.message]);
      assert.deepStrictEqual(
        listed(vscode.languages.getDiagnostics(moved)),
        listed(sidecarDiagnostics(await store.flow.readSidecar(moved))),
        'what the file says',
      );
    } finally {
      watchers.forEach(d => d.dispose());
      store.dispose();
      problems.dispose();
    }
  });

  it('takes a deleted sidecar’s orphans and relations out of the Problems panel', async () => {
    const api = await extensionApi();
    const { document } = await openWithSidecar('gone/deleted-sidecar.txt', sidecarWithProblems('deleted-sidecar.txt'));
    await waitFor(() => hasItemProblems(document.uri), 'the orphan and the relation listed');
    await vscode.workspace.fs.delete(workspaceUri('gone/deleted-sidecar.txt.annotations.yaml'));
    await waitFor(() => hasNoItemProblems(document.uri), 'the orphan and the relation gone');
    assert.deepStrictEqual(api.store.get(document.uri)?.annotations, []);
  });

  it('lets a sidecar that could not be read go when it is deleted: its problem leaves, and annotating works again', async () => {
    const api = await extensionApi();
    // "é" as Latin-1 writes it: one byte, 0xE9, which is not UTF-8.
    const bytes = encode(sidecarWithProblems('latin.txt').replace('label: person', 'label: person\n    note: caf*'));
    bytes[bytes.indexOf('*'.charCodeAt(0))] = 0xe9;
    const { document } = await openWithSidecar('gone/latin.txt', bytes);
    const sidecar = workspaceUri('gone/latin.txt.annotations.yaml');
    await waitFor(() => hasProblems(sidecar), 'the problem of the file');
    assert.ok(api.store.get(document.uri)?.readOnlyReason, 'read-only');
    await vscode.workspace.fs.delete(sidecar);
    await waitFor(() => !hasProblems(sidecar), 'the problem gone');
    await waitFor(() => api.store.get(document.uri)?.readOnlyReason === undefined, 'writable again');
  });

  it('takes a deleted article’s orphans and relations out of the Problems panel', async () => {
    const { document } = await openWithSidecar('gone/deleted.txt', sidecarWithProblems('deleted.txt'));
    await waitFor(() => hasItemProblems(document.uri), 'the orphan and the relation listed');
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(document.uri);
    assert.ok(await vscode.workspace.applyEdit(edit), 'deleted');
    await waitFor(() => hasNoItemProblems(document.uri), 'the orphan and the relation gone');
  });

  it('moves the problems of a renamed article to its new name, and its sidecar’s errors with the sidecar', async () => {
    const { document } = await openWithSidecar('gone/before.txt', sidecarWithProblems('before.txt'));
    await waitFor(() => hasItemProblems(document.uri), 'the orphan and the relation listed');
    const renamed = workspaceUri('gone/after.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(document.uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit), 'renamed');
    await waitFor(() => hasItemProblems(renamed), 'the problems under the new name');
    await waitFor(() => hasNoItemProblems(document.uri), 'none under the old one');

    const broken = await openWithSidecar('gone/broken.txt', MALFORMED);
    const [from, to] = ['broken', 'mended'].map(name => workspaceUri(`gone/${name}.txt.annotations.yaml`));
    await waitFor(() => hasProblems(from), 'the errors of the sidecar');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(broken.document.uri, workspaceUri('gone/mended.txt'));
    assert.ok(await vscode.workspace.applyEdit(rename), 'renamed');
    await waitFor(() => hasProblems(to) && !hasProblems(from), 'the errors moved with the sidecar');
  });
});
