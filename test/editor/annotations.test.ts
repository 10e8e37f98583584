import * as assert from 'assert';
import * as vscode from 'vscode';
import { Annotation, parseSidecar } from '../../src/core/sidecar';
import { annotateSelection } from '../../src/editor/commands/annotateSelection';
import {
  closeAllEditors,
  extensionApi,
  find,
  openArticle,
  readText,
  paintedRanges,
  runAcceptingPrompts,
  select,
  waitFor,
  workspaceUri,
} from './helpers';

const sidecarOf = (relative: string) => workspaceUri(`${relative}.annotations.yaml`);
/**
 * For polling while the extension saves: outside the Node build's local files, a save replaces the
 * sidecar through `workspace.fs.rename` with overwrite, which deletes the target first, so a reader
 * can find no file for a moment (seen in the web extension host).
 */
const parseSidecarIfThere = (text: string | undefined) => (text === undefined ? undefined : parseSidecar(text).data);

describe('annotating in a real editor', () => {
  afterEach(closeAllEditors);

  it('Annotate Selection asks for a label in a quick pick and writes the sidecar at once', async () => {
    const api = await extensionApi();
    const editor = await openArticle('story.md');
    const range = find(editor.document, 'river treaty');
    select(editor, range);
    // Answers the label quick pick with its first item (Person), then accepts the empty note.
    await runAcceptingPrompts('articleAnnotator.annotateSelection');
    const text = await readText(sidecarOf('story.md'));
    assert.ok(text, 'sidecar written');
    const parsed = parseSidecar(text);
    const annotation = parsed.data?.annotations.find(a => a.quote === 'river treaty');
    assert.ok(annotation, text);
    assert.strictEqual(annotation.label, 'person');
    assert.strictEqual(annotation.start, range.start);
    assert.strictEqual(annotation.end, range.end);
    assert.strictEqual(annotation.note, undefined);
    await waitFor(
      () =>
        paintedRanges(api, editor.document, 'person', 'user').some(r => editor.document.getText(r) === 'river treaty'),
      'annotation painted with the user style',
    );
  });

  it('stores a note and a custom label, moves with edits, and is restored from disk', async () => {
    const api = await extensionApi();
    const editor = await openArticle('edits/draft.md');
    const uri = editor.document.uri;
    select(editor, find(editor.document, 'the talks'));
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', {
      label: 'claim',
      note: 'needs a second source',
    });
    const stored = parseSidecar((await readText(sidecarOf('edits/draft.md')))!).data!;
    assert.strictEqual(stored.annotations[0].label, 'claim');
    assert.strictEqual(stored.annotations[0].note, 'needs a second source');

    await editor.edit(b => b.insert(new vscode.Position(0, 0), 'UPDATED: '));
    const moved = api.store.get(uri)!.annotations[0];
    assert.strictEqual(editor.document.getText().slice(moved.start, moved.end), 'the talks', 'moved with the text');
    await editor.document.save();
    await waitFor(
      async () =>
        parseSidecarIfThere(await readText(sidecarOf('edits/draft.md')))?.annotations[0].start === moved.start,
      'saved positions',
    );

    api.store.forget(uri);
    await api.store.load(editor.document);
    const restored = api.store.get(uri)!.annotations[0];
    assert.deepStrictEqual(
      [restored.start, restored.end, restored.note],
      [moved.start, moved.end, 'needs a second source'],
    );
  });

  it('marks an automatic highlight as wrong, and the correction is respected', async () => {
    const api = await extensionApi();
    const editor = await openArticle('story.md');
    const uri = editor.document.uri;
    const portugal = find(editor.document, 'Portugal');
    await waitFor(
      () => api.tracker.state(uri)!.highlights.some(h => h.start === portugal.start && h.source === 'automatic'),
      'Portugal highlighted',
    );
    await vscode.commands.executeCommand('articleAnnotator.markWrong', uri.toString(), portugal.start, portugal.end);
    await waitFor(
      () => !api.tracker.state(uri)!.highlights.some(h => h.start === portugal.start),
      'Portugal no longer highlighted',
    );
    const stored = parseSidecar((await readText(sidecarOf('story.md')))!).data!;
    const correction = stored.corrections.find(c => c.quote === 'Portugal');
    assert.ok(correction);
    assert.strictEqual(correction.correct, 'none');
    assert.strictEqual(correction.automatic, 'location');
  });

  it('edits the note, changes the label and deletes an annotation', async () => {
    const api = await extensionApi();
    const editor = await openArticle('edits/draft.md');
    const uri = editor.document.uri;
    select(editor, find(editor.document, 'Jonas Berg'));
    const [added] = (await vscode.commands.executeCommand<{ id: string }[]>('articleAnnotator.annotateSelection', {
      label: 'person',
      note: 'first',
    }))!;
    const current = () => api.store.get(uri)!.annotations.find(a => a.id === added.id)!;
    await vscode.commands.executeCommand('articleAnnotator.editNote', uri.toString(), added.id, 'second');
    assert.strictEqual(current().note, 'second');
    assert.ok(current().updated, 'updated time set');
    const edited = current().updated;
    // Through the quick pick: every label keeps its place, the current one (Person, the first) included,
    // and picking it changes nothing.
    await runAcceptingPrompts('articleAnnotator.changeLabel', uri.toString(), added.id);
    assert.deepStrictEqual([current().label, current().updated], ['person', edited]);
    await vscode.commands.executeCommand('articleAnnotator.changeLabel', uri.toString(), added.id, 'organisation');
    assert.strictEqual(current().label, 'organisation');
    const done = vscode.commands.executeCommand('articleAnnotator.deleteAnnotation', uri.toString(), added.id);
    await waitFor(() => !api.store.get(uri)!.annotations.some(a => a.id === added.id), 'deleted');
    void done;
    await waitFor(
      async () => (await readText(sidecarOf('edits/draft.md')))?.includes(added.id) === false,
      'deleted on disk',
    );
  });

  it('says to open an article when Annotate Selection is run with none open', async () => {
    const api = await extensionApi();
    await closeAllEditors();
    const earlier = api.shownMessages.length;
    // With a label given, as from a keybinding: no prompt would show that the command ran at all.
    const added = await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'person' });
    assert.strictEqual(added, undefined);
    assert.deepStrictEqual(api.shownMessages.slice(earlier), [
      { severity: 'information', text: 'Open an article to annotate it.' },
    ]);
  });

  describe('Annotate Selection while the article changes', () => {
    /**
     * Starts Annotate Selection, makes `edit` once the label picker is showing (as keys typed right after
     * the shortcut reach the editor before the picker), then takes the first label and an empty note.
     * The function is called directly so that the selection is captured before the edit, every time.
     */
    async function annotateWhileEditing(
      editor: vscode.TextEditor,
      edit: (builder: vscode.TextEditorEdit) => void,
    ): Promise<Annotation[] | undefined> {
      const api = await extensionApi();
      let settled = false;
      const result = annotateSelection(api.store, api.schemas).finally(() => (settled = true));
      assert.ok(await editor.edit(edit), 'the edit applied');
      for (const deadline = Date.now() + 15000; !settled && Date.now() < deadline;) {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await new Promise(resolve => setTimeout(resolve, 200));
      }
      return result;
    }

    it('saves nothing when typing replaced the selected text before a label was picked', async () => {
      const api = await extensionApi();
      const editor = await openArticle('edits/draft.md');
      const range = find(editor.document, 'Jonas Berg');
      select(editor, range);
      const before = await readText(sidecarOf('edits/draft.md'));
      const added = await annotateWhileEditing(editor, b =>
        b.replace(
          new vscode.Range(editor.document.positionAt(range.start), editor.document.positionAt(range.end)),
          'l',
        ),
      );
      assert.strictEqual(added, undefined);
      assert.ok(!api.store.get(editor.document.uri)!.annotations.some(a => a.start === range.start));
      assert.strictEqual(await readText(sidecarOf('edits/draft.md')), before, 'the sidecar is untouched');
      await vscode.commands.executeCommand('undo');
    });

    it('follows the selected text when an edit before it moved it, and saves it there', async () => {
      const editor = await openArticle('edits/draft.md');
      select(editor, find(editor.document, 'Jonas Berg'));
      const added = await annotateWhileEditing(editor, b => b.insert(new vscode.Position(0, 0), 'Draft: '));
      assert.strictEqual(added?.length, 1);
      const [annotation] = added;
      assert.strictEqual(editor.document.getText().slice(annotation.start, annotation.end), 'Jonas Berg');
      assert.strictEqual(annotation.quote, 'Jonas Berg');
      await vscode.commands.executeCommand('undo');
    });
  });
});
