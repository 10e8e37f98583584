import * as vscode from 'vscode';
import { isValidDay } from '../../core/dates/articleDate';
import { highlightsAt } from '../../core/highlights/highlights';
import { labelOfType } from '../../core/highlights/labels';
import {
  Annotation,
  Correction,
  Relation,
  createCorrection,
  relationsUsing,
  sidecarTimestamp,
} from '../../core/sidecar';
import { ArticleTracker } from '../analysis/articleTracker';
import { COMMANDS } from './commandIds';
import { askNote, pickLabel } from './labelPicker';
import { AnnotateArgs, annotateSelection, preview } from './annotateSelection';
import { SidecarStore, allIds } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';

/** Registers every command; handlers translate editor state into sidecar changes and hold no format logic. */
export function registerCommands(
  tracker: ArticleTracker,
  store: SidecarStore,
  schemas: SchemaStore,
): vscode.Disposable[] {
  const r = vscode.commands.registerCommand;
  return [
    r(COMMANDS.annotateSelection, (args?: AnnotateArgs) => annotateSelection(store, schemas, args)),
    r(COMMANDS.toggleHighlights, () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && tracker.state(editor.document.uri)) {
        const visible = tracker.toggle(editor.document.uri);
        vscode.window.setStatusBarMessage(visible ? 'Article highlights shown' : 'Article highlights hidden', 2500);
      }
    }),
    r(COMMANDS.editNote, (uri?: string, id?: string, note?: string) => editNote(store, uri, id, note)),
    r(COMMANDS.changeLabel, (uri?: string, id?: string, label?: string) => changeLabel(store, schemas, uri, id, label)),
    r(COMMANDS.deleteAnnotation, (uri?: string, id?: string) => deleteItem(store, uri, id)),
    r(COMMANDS.markWrong, (uri?: string, start?: number, end?: number) =>
      correct(tracker, store, schemas, { uri, start, end, label: 'none' }),
    ),
    r(COMMANDS.markAsType, (uri?: string, start?: number, end?: number, label?: string) =>
      correct(tracker, store, schemas, { uri, start, end, label }),
    ),
    r(COMMANDS.setArticleDate, (uri?: string, date?: string) => setArticleDate(tracker, store, uri, date)),
    r(COMMANDS.goToMention, (uri: string, start: number, end: number) => goTo(uri, start, end)),
  ];
}

/** Finds the annotation or correction the command is about: by id from a hover link, else at the cursor. */
async function resolveItem(
  store: SidecarStore,
  uri?: string,
  id?: string,
): Promise<
  { document: vscode.TextDocument; item: Annotation | Correction; kind: 'annotation' | 'correction' } | undefined
> {
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  const view = store.get(document.uri) ?? (await store.load(document).then(() => store.get(document.uri)));
  if (!view) return undefined;
  const editor = vscode.window.activeTextEditor;
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const matches = (i: Annotation | Correction) =>
    id ? i.id === id : !i.orphaned && i.start <= offset && offset <= i.end;
  const annotation = view.annotations.find(matches);
  if (annotation) return { document, item: annotation, kind: 'annotation' };
  const correction = view.corrections.find(matches);
  if (correction) return { document, item: correction, kind: 'correction' };
  void vscode.window.showInformationMessage('There is no annotation here.');
  return undefined;
}

async function editNote(store: SidecarStore, uri?: string, id?: string, newNote?: string): Promise<void> {
  const found = await resolveItem(store, uri, id);
  if (!found || !(await store.writable(found.document))) return;
  const note = newNote ?? (await askNote('Edit note', found.item.note ?? ''));
  if (note === undefined) return;
  await store.mutate(found.document, data => {
    const item = [...data.annotations, ...data.corrections].find(i => i.id === found.item.id);
    if (!item) return;
    if (note.trim()) item.note = note.trim();
    else delete item.note;
    item.updated = sidecarTimestamp();
  });
}

async function changeLabel(
  store: SidecarStore,
  schemas: SchemaStore,
  uri?: string,
  id?: string,
  newLabel?: string,
): Promise<void> {
  const found = await resolveItem(store, uri, id);
  if (!found || !(await store.writable(found.document))) return;
  const current = 'label' in found.item ? found.item.label : found.item.correct;
  const used = store.get(found.document.uri)?.annotations.map(a => a.label);
  const schema = await schemas.schemaOf(found.document.uri);
  const label = newLabel ?? (await pickLabel('Change label', { current, used, schema }));
  if (!label || label === current) return;
  await store.mutate(found.document, data => {
    const annotation = data.annotations.find(a => a.id === found.item.id);
    const correction = data.corrections.find(c => c.id === found.item.id);
    if (annotation) annotation.label = label;
    if (correction) correction.correct = label;
    if (annotation ?? correction) (annotation ?? correction)!.updated = sidecarTimestamp();
  });
}

async function deleteItem(store: SidecarStore, uri?: string, id?: string): Promise<void> {
  const found = await resolveItem(store, uri, id);
  if (!found || !(await store.writable(found.document))) return;
  const removed = structuredClone(found.item);
  const using =
    found.kind === 'annotation'
      ? relationsUsing({ relations: [...(store.get(found.document.uri)?.relations ?? [])] }, removed.id)
      : [];
  const withRelations = using.length > 0 ? await askAboutRelations(removed.quote, using) : false;
  if (withRelations === undefined) return;
  const removedRelations = withRelations ? structuredClone(using) : [];
  const ok = await store.mutate(found.document, data => {
    data.annotations = data.annotations.filter(a => a.id !== removed.id);
    data.corrections = data.corrections.filter(c => c.id !== removed.id);
    if (withRelations) data.relations = data.relations?.filter(r => !removedRelations.some(x => x.id === r.id));
  });
  if (!ok) return;
  const what = found.kind === 'annotation' ? 'annotation' : 'correction';
  const also = removedRelations.length > 0 ? ` and ${removedRelations.length} relation(s)` : '';
  const choice = await vscode.window.showInformationMessage(
    `Deleted the ${what} on “${preview(removed.quote)}”${also}.`,
    'Undo',
  );
  if (choice === 'Undo') {
    await store.mutate(found.document, data => {
      if (found.kind === 'annotation') data.annotations.push(removed as Annotation);
      else data.corrections.push(removed as Correction);
      if (removedRelations.length > 0) data.relations = [...(data.relations ?? []), ...removedRelations];
    });
  }
}

/**
 * Asked before deleting an annotation that relations use: true deletes them too, false keeps them
 * (flagged, their end gone), undefined cancels.
 */
async function askAboutRelations(quote: string, using: Relation[]): Promise<boolean | undefined> {
  const names = [...new Set(using.map(r => r.type))].join(', ');
  const items: (vscode.QuickPickItem & { answer: boolean })[] = [
    { label: `Delete it and its ${using.length} relation(s)`, detail: names, answer: true },
    {
      label: 'Delete it, keep the relations',
      detail: 'They stay in the file, flagged in the Problems panel as missing an end.',
      answer: false,
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `“${preview(quote)}” is used by ${using.length} relation(s)`,
    placeHolder: 'Escape to keep the annotation',
  });
  return picked?.answer;
}

/** Records a correction of the automatic highlight at the given range (or under the cursor). */
async function correct(
  tracker: ArticleTracker,
  store: SidecarStore,
  schemas: SchemaStore,
  { uri, start, end, label }: { uri?: string; start?: number; end?: number; label?: string },
): Promise<void> {
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  const state = document && tracker.state(document.uri);
  if (!document || !state) return;
  const editor = vscode.window.activeTextEditor;
  const offset = start ?? (editor?.document === document ? document.offsetAt(editor.selection.active) : -1);
  const correctable = new Set(['automatic', 'registry', 'learned']);
  const target = highlightsAt(state.highlights, offset).find(
    h => correctable.has(h.source) && (end === undefined || h.end === end),
  );
  if (!target) {
    void vscode.window.showInformationMessage('There is no automatic highlight here to correct.');
    return;
  }
  // Registry and learned names are corrected like the recogniser's: for this occurrence, in this article.
  const automatic = target.span && target.source === 'automatic' ? labelOfType(target.span.type) : target.label;
  const correctLabel =
    label ??
    (await pickLabel(`“${preview(document.getText().slice(target.start, target.end))}” is really…`, {
      current: automatic,
      schema: await schemas.schemaOf(document.uri),
    }));
  if (!correctLabel || correctLabel === automatic) return;
  await store.mutate(document, (data, text) => {
    data.corrections.push(
      createCorrection(text, target.start, target.end, automatic, correctLabel, { takenIds: allIds(data) }),
    );
  });
}

async function setArticleDate(
  tracker: ArticleTracker,
  store: SidecarStore,
  uri?: string,
  date?: string,
): Promise<void> {
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  if (!document || !tracker.state(document.uri) || !(await store.writable(document))) return;
  const current = tracker.state(document.uri)?.articleDate;
  const value =
    date ??
    (await vscode.window.showInputBox({
      title: 'Article date',
      prompt:
        'The day the article was written or published (YYYY-MM-DD); relative dates resolve against it. Empty to clear.',
      value: current?.date ?? '',
      validateInput: v => (v.trim() === '' || isValidDay(v.trim()) ? undefined : 'Use a real date written YYYY-MM-DD'),
    }));
  if (value === undefined || (value.trim() !== '' && !isValidDay(value.trim()))) return;
  const ok = await store.mutate(document, data => {
    if (value.trim()) data.date = value.trim();
    else delete data.date;
  });
  if (ok) tracker.refresh(document.uri);
}

async function goTo(uri: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
