import * as vscode from 'vscode';
import { contextLine, freeRanges } from '../../core/workspace/occurrences';
import { TextRange, findName } from '../../core/workspace/search';
import { displayNameOfLabel } from '../../core/highlights/labels';
import { Annotation } from '../../core/sidecar';
import { findArticleFiles, readArticleText } from '../workspace/articleFiles';
import { COMMANDS } from './commandIds';
import { SidecarStore, newAnnotation } from '../sidecar/sidecarStore';

type Scope = 'article' | 'workspace';

interface Candidate extends vscode.QuickPickItem {
  uri: vscode.Uri;
  range: TextRange;
}

/**
 * "Label Every Occurrence": from an annotation, gives every other whole-word, same-case occurrence of its
 * text (a name wrapped across lines included) the same label, in this article or in every article, after a preview where each change can be unticked.
 * Text that already carries an annotation is left alone. Notes are not copied: a note is about one place.
 * Arguments (from a hover link or a test): article URI, annotation id, scope, and `preview: false`.
 */
export function registerLabelEveryOccurrence(store: SidecarStore): vscode.Disposable {
  return vscode.commands.registerCommand(
    COMMANDS.labelEveryOccurrence,
    (uri?: string, id?: string, scope?: Scope, options?: { preview?: boolean }) =>
      labelEveryOccurrence(store, uri, id, scope, options?.preview ?? true),
  );
}

async function labelEveryOccurrence(
  store: SidecarStore,
  uri: string | undefined,
  id: string | undefined,
  scope: Scope | undefined,
  preview: boolean,
): Promise<number> {
  const source = await sourceAnnotation(store, uri, id);
  if (!source) return 0;
  const { document, annotation } = source;
  const chosenScope = scope ?? (await pickScope(annotation));
  if (!chosenScope) return 0;
  const candidates = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Finding occurrences' },
    () => collect(store, annotation, chosenScope === 'article' ? [document.uri] : undefined),
  );
  const what = `“${annotation.quote}” as ${displayNameOfLabel(annotation.label).toLowerCase()}`;
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(
      `No other unlabelled occurrence of “${annotation.quote}” ${chosenScope === 'article' ? 'in this article' : 'in the workspace'}.`,
    );
    return 0;
  }
  const chosen = preview
    ? await previewOccurrences(
        candidates,
        `Label ${candidates.length} occurrence${candidates.length === 1 ? '' : 's'} of ${what}`,
      )
    : candidates;
  if (!chosen || chosen.length === 0) return 0;
  let added = 0;
  const byArticle = new Map<string, Candidate[]>();
  for (const c of chosen) byArticle.set(c.uri.toString(), [...(byArticle.get(c.uri.toString()) ?? []), c]);
  for (const list of byArticle.values()) {
    const target = await vscode.workspace.openTextDocument(list[0].uri);
    await store.load(target);
    await store.mutate(target, (data, text) => {
      // The text may have changed since the preview: only ranges still holding the name are labelled.
      const current = new Set(findName(text, annotation.quote).map(r => `${r.start}:${r.end}`));
      for (const { range } of list) {
        if (!current.has(`${range.start}:${range.end}`)) continue;
        data.annotations.push(newAnnotation(data, text, range.start, range.end, annotation.label));
        added++;
      }
    });
  }
  vscode.window.setStatusBarMessage(`Labelled ${added} occurrence${added === 1 ? '' : 's'} of ${what}`, 4000);
  return added;
}

/**
 * The preview: every occurrence ticked, and the ones still ticked when Enter is pressed (undefined when
 * dismissed). Built with its items before it is shown, so that it opens with them ticked: a picker shown
 * first and filled after (as `showQuickPick` does) can be accepted in between, with nothing ticked.
 */
function previewOccurrences(candidates: Candidate[], title: string): Promise<readonly Candidate[] | undefined> {
  const picker = vscode.window.createQuickPick<Candidate>();
  picker.title = title;
  picker.placeholder = 'Untick any occurrence that is not the same thing, then press Enter';
  picker.canSelectMany = true;
  picker.matchOnDescription = true;
  picker.items = candidates;
  picker.selectedItems = candidates;
  return new Promise(resolve => {
    let accepted: readonly Candidate[] | undefined;
    picker.onDidAccept(() => {
      accepted = picker.selectedItems;
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(accepted);
    });
    picker.show();
  });
}

async function sourceAnnotation(
  store: SidecarStore,
  uri: string | undefined,
  id: string | undefined,
): Promise<{ document: vscode.TextDocument; annotation: Annotation } | undefined> {
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  await store.load(document);
  const editor = vscode.window.activeTextEditor;
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const annotation = store
    .get(document.uri)
    ?.annotations.find(a => (id ? a.id === id : !a.orphaned && a.start <= offset && offset <= a.end));
  if (!annotation) {
    void vscode.window.showInformationMessage('Put the cursor on one of your annotations first.');
    return undefined;
  }
  return { document, annotation };
}

async function pickScope(annotation: Annotation): Promise<Scope | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'In this article', scope: 'article' as const },
      { label: 'In every article of the workspace', scope: 'workspace' as const },
    ],
    { title: `Label every occurrence of “${annotation.quote}”` },
  );
  return picked?.scope;
}

/** Unlabelled occurrences in the given articles (or every article), with a line of context each. */
async function collect(store: SidecarStore, annotation: Annotation, only?: vscode.Uri[]): Promise<Candidate[]> {
  const articles = only ?? (await findArticleFiles());
  const candidates: Candidate[] = [];
  for (const uri of articles) {
    const read = await readArticleText(store.flow.files, uri);
    if ('skipped' in read) continue;
    const { text } = read;
    let ranges = findName(text, annotation.quote);
    if (ranges.length === 0) continue;
    const document = await vscode.workspace.openTextDocument(uri);
    await store.load(document);
    ranges = freeRanges(
      ranges,
      (store.get(uri)?.annotations ?? []).filter(a => !a.orphaned),
    );
    const where = vscode.workspace.asRelativePath(uri);
    for (const range of ranges) {
      candidates.push({
        uri,
        range,
        label: `${where}:${document.positionAt(range.start).line + 1}`,
        description: contextLine(text, range),
      });
    }
  }
  return candidates;
}
