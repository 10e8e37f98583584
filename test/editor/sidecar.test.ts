import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { createAnnotation } from '../../src/core/sidecar/create';
import { serializeSidecar } from '../../src/core/sidecar/serialize';
import { textHash } from '../../src/core/sidecar/hash';
import { closeAllEditors, extensionApi, readText, waitFor, workspaceUri } from './helpers';

async function show(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(relative)));
}

/**
 * A new article `edits/NAME.md` with "Jonas Berg" annotated and then "Mayor " typed before it, unsaved: the
 * sidecar on disk holds the annotation's offsets into the article as it is on disk.
 */
async function annotatedThenEdited(name: string) {
  const api = await extensionApi();
  const article = workspaceUri(`edits/${name}.md`);
  const sidecar = workspaceUri(`edits/${name}.md.annotations.yaml`);
  await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Ana Ferreira met Jonas Berg in Oslo.\n'));
  const editor = await show(`edits/${name}.md`);
  editor.selection = new vscode.Selection(0, 17, 0, 27);
  await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person' });
  await editor.edit(b => b.insert(new vscode.Position(0, 0), 'Mayor '));
  return { api, article, sidecar, editor };
}

describe('the sidecar file in a real workspace', () => {
  afterEach(closeAllEditors);

  it('a malformed sidecar gives a diagnostic with its line and is never overwritten', async () => {
    const api = await extensionApi();
    const sidecar = workspaceUri('broken/broken.md.annotations.yaml');
    const before = await readText(sidecar);
    const editor = await show('broken/broken.md');
    await waitFor(() => vscode.languages.getDiagnostics(sidecar).length > 0, 'diagnostics on the sidecar');
    const [first] = vscode.languages.getDiagnostics(sidecar);
    assert.strictEqual(first.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(first.range.start.line >= 7, `reported at line ${first.range.start.line + 1}`);
    assert.ok(api.store.get(editor.document.uri)?.readOnlyReason, 'read-only');
    editor.selection = new vscode.Selection(0, 0, 0, 12);
    const result = await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person' });
    assert.strictEqual(result, undefined, 'annotating is refused');
    assert.strictEqual(await readText(sidecar), before, 'the file is byte-for-byte unchanged');
  });

  it('opens a sidecar that is not UTF-8 read-only, with a problem at the line of its stray byte, and never writes it', async () => {
    const api = await extensionApi();
    const text = 'Ana Ferreira met Jonas Berg in Oslo.\n';
    const annotation = createAnnotation(text, 0, 12, 'person', { note: 'caf\u00e9', takenIds: new Set() });
    const yaml = serializeSidecar({
      version: 1,
      article: 'latin.md',
      textHash: textHash(text),
      annotations: [annotation],
      corrections: [],
    });
    // The note's "é" as Latin-1 writes it: one byte, 0xE9, which is not UTF-8.
    const bytes = Uint8Array.from([...yaml].map(c => c.charCodeAt(0)));
    const sidecar = workspaceUri('encodings/latin.md.annotations.yaml');
    await vscode.workspace.fs.writeFile(workspaceUri('encodings/latin.md'), new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(sidecar, bytes);
    const editor = await show('encodings/latin.md');
    await waitFor(() => vscode.languages.getDiagnostics(sidecar).length > 0, 'a problem on the sidecar');
    const [problem] = vscode.languages.getDiagnostics(sidecar);
    assert.match(problem.message, /not UTF-8 text \(byte 0xE9 at line \d+/);
    assert.strictEqual(
      problem.range.start.line,
      yaml.split('\n').findIndex(l => l.includes('note:')),
    );
    assert.ok(api.store.get(editor.document.uri)?.readOnlyReason, 'read-only');
    editor.selection = new vscode.Selection(0, 17, 0, 27);
    assert.strictEqual(
      await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person' }),
      undefined,
    );
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(sidecar))], [...bytes], 'byte for byte as it was');
  });

  it('re-anchors a sidecar written for another version of the article, keeping comments and unknown keys', async () => {
    const api = await extensionApi();
    const editor = await show('changed/notes.md');
    const uri = editor.document.uri;
    await waitFor(() => (api.store.get(uri)?.annotations.length ?? 0) === 2, 'sidecar loaded');
    const [berg, gone] = ['a-berg', 'a-gone'].map(id => api.store.get(uri)!.annotations.find(a => a.id === id)!);
    assert.strictEqual(editor.document.getText().slice(berg.start, berg.end), 'Jonas Berg', 'moved onto its text');
    assert.strictEqual(berg.orphaned, undefined);
    assert.strictEqual(gone.orphaned, true, 'text that is gone becomes an orphan');
    await waitFor(
      () => vscode.languages.getDiagnostics(uri).some(d => d.message.includes('Trondheim')),
      'orphan in the Problems panel',
    );

    await vscode.commands.executeCommand(
      'articleAnnotator.editNote',
      uri.toString(),
      'a-berg',
      'spelling checked twice',
    );
    const text = (await readText(workspaceUri('changed/notes.md.annotations.yaml')))!;
    assert.ok(text.startsWith('# Reviewed by the desk on Tuesday; keep these comments.'), text);
    assert.ok(text.includes('reviewer: desk'), 'unknown key kept');
    assert.ok(text.includes('spelling checked twice'));
    const stored = parseSidecar(text).data!;
    assert.strictEqual(stored.annotations.find(a => a.id === 'a-gone')!.orphaned, true, 'the orphan stays in the file');
  });

  it('notices the sidecar changing on disk and shows the new annotation', async () => {
    const api = await extensionApi();
    const editor = await show('hostile/hostile.md');
    const uri = editor.document.uri;
    await waitFor(() => (api.store.get(uri)?.annotations.length ?? 0) === 1, 'loaded');
    const sidecar = workspaceUri('hostile/hostile.md.annotations.yaml');
    const original = (await readText(sidecar))!;
    const bergen = editor.document.getText().indexOf('Bergen');
    const added =
      original +
      `  - id: a-outside
    label: location
    quote: Bergen
    start: ${bergen}
    end: ${bergen + 6}
`;
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(added));
    try {
      await waitFor(
        () => api.store.get(uri)!.annotations.some(a => a.id === 'a-outside'),
        'external annotation loaded',
      );
      await waitFor(
        () => api.tracker.state(uri)!.highlights.some(h => h.id === 'a-outside'),
        'external annotation highlighted',
      );
    } finally {
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(original));
    }
  });

  it('moves the sidecar along when the article is renamed in VS Code', async () => {
    const api = await extensionApi();
    const before = workspaceUri('edits/rename-me.md');
    const after = workspaceUri('edits/renamed.md');
    await vscode.workspace.fs.writeFile(before, new TextEncoder().encode('Ana Ferreira met Jonas Berg in Oslo.\n'));
    const editor = await show('edits/rename-me.md');
    editor.selection = new vscode.Selection(0, 0, 0, 12);
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person', note: 'mayor' });
    await waitFor(
      async () => (await readText(workspaceUri('edits/rename-me.md.annotations.yaml'))) !== undefined,
      'sidecar written',
    );
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(before, after);
    assert.ok(await vscode.workspace.applyEdit(edit), 'renamed');
    await waitFor(
      async () => (await readText(workspaceUri('edits/renamed.md.annotations.yaml'))) !== undefined,
      'sidecar moved',
    );
    // The new sidecar is written before the old one is deleted, so a crash never loses it.
    await waitFor(
      async () => (await readText(workspaceUri('edits/rename-me.md.annotations.yaml'))) === undefined,
      'old sidecar gone',
    );
    const moved = parseSidecar((await readText(workspaceUri('edits/renamed.md.annotations.yaml')))!).data!;
    assert.strictEqual(moved.article, 'renamed.md');
    assert.strictEqual(moved.annotations[0].note, 'mayor');
    // The renamed article, open in the editor, may have loaded an empty sidecar before the file arrived;
    // the store loads it again once the move is done.
    const renamedDocument = await vscode.workspace.openTextDocument(after);
    await waitFor(async () => {
      await api.store.load(renamedDocument);
      return api.store.get(after)?.annotations[0]?.quote === 'Ana Ferreira';
    }, "the renamed article's annotation in the store");
  });

  it('merges a sidecar changed on disk with positions that moved in the unsaved article', async () => {
    const { api, article, sidecar, editor } = await annotatedThenEdited('merge');
    const ours = api.store.get(article)!.annotations[0];
    assert.strictEqual(editor.document.getText().slice(ours.start, ours.end), 'Jonas Berg');

    // Another tool adds "Oslo", with offsets into the article as it is on disk.
    const onDisk = (await readText(sidecar))!;
    await vscode.workspace.fs.writeFile(
      sidecar,
      new TextEncoder().encode(
        onDisk +
          `  - id: a-oslo
    label: location
    quote: Oslo
    start: 31
    end: 35
`,
      ),
    );
    await waitFor(() => api.store.get(article)!.annotations.some(a => a.id === 'a-oslo'), 'external annotation merged');
    const text = editor.document.getText();
    const merged = api.store.get(article)!.annotations;
    for (const a of merged) assert.strictEqual(text.slice(a.start, a.end), a.quote, `${a.id} sits on its quote`);
    assert.ok(
      merged.some(a => a.id === ours.id),
      'our annotation kept',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lists at once the orphans a save merges in from a sidecar changed on disk', async () => {
    const { api, article, sidecar, editor } = await annotatedThenEdited('merge-orphan');

    // Another tool adds an annotation on text this article does not have; the save comes before the
    // watcher reports the file, so the save merges it.
    const onDisk = (await readText(sidecar))!;
    await vscode.workspace.fs.writeFile(
      sidecar,
      new TextEncoder().encode(
        onDisk +
          `  - id: a-bergen
    label: location
    quote: Bergen
    start: 31
    end: 37
`,
      ),
    );
    await api.store.saved(editor.document);
    const merged = api.store.get(article)!.annotations.find(a => a.id === 'a-bergen');
    assert.ok(merged?.orphaned, 'merged as an orphan');
    assert.deepStrictEqual(
      vscode.languages
        .getDiagnostics(article)
        .filter(d => d.source === 'Article Annotator')
        .map(d => d.code),
      ['a-bergen'],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('restores a sidecar whose save was cut short from the temporary file left beside it, and leaves an unreadable one alone', async () => {
    const api = await extensionApi();
    const encode = (text: string) => new TextEncoder().encode(text);
    const text = 'Ana Ferreira met Jonas Berg in Oslo.\n';
    const annotation = createAnnotation(text, 17, 27, 'person', {
      now: new Date('2026-01-05T10:00:00Z'),
      takenIds: new Set(),
    });
    const saved = serializeSidecar({
      version: 1,
      article: 'story.md',
      textHash: textHash(text),
      annotations: [annotation],
      corrections: [],
    });
    await vscode.workspace.fs.writeFile(workspaceUri('interrupted/story.md'), encode(text));
    const leftover = workspaceUri('interrupted/.story.md.annotations.yaml.k3j4h5g6.tmp');
    await vscode.workspace.fs.writeFile(leftover, encode(saved));
    const editor = await show('interrupted/story.md');
    await waitFor(() => (api.store.get(editor.document.uri)?.annotations.length ?? 0) === 1, 'annotation restored');
    assert.strictEqual(
      await readText(workspaceUri('interrupted/story.md.annotations.yaml')),
      saved,
      'sidecar back in place',
    );
    assert.strictEqual(await readText(leftover), undefined, 'temporary file removed');

    await vscode.workspace.fs.writeFile(workspaceUri('interrupted/other.md'), encode(text));
    const unreadable = workspaceUri('interrupted/.other.md.annotations.yaml.a1b2c3d4.tmp');
    await vscode.workspace.fs.writeFile(unreadable, encode('version: 1\nannotations: [oops\n'));
    const other = await show('interrupted/other.md');
    await waitFor(() => api.store.get(other.document.uri) !== undefined, 'other article loaded');
    assert.strictEqual(await readText(unreadable), 'version: 1\nannotations: [oops\n', 'left as it is');
    assert.strictEqual(
      await readText(workspaceUri('interrupted/other.md.annotations.yaml')),
      undefined,
      'nothing written in its place',
    );
  });
});
