import * as vscode from 'vscode';
import { highlightsAt } from '../../core/highlights/highlights';
import { Annotation, Correction, Suggestion } from '../../core/sidecar';
import { ReviewResult, acceptSuggestions, rejectSuggestions } from '../../core/suggestions/suggest';
import { ArticleTracker } from '../analysis/articleTracker';
import { COMMANDS } from './commandIds';
import { readConfig } from '../config';
import { SidecarStore } from '../sidecar/sidecarStore';

type Verdict = 'accept' | 'reject';

/** Accept / Reject for the suggestion at the cursor (or given by a hover link), and for all of an article's. */
export function registerSuggestionCommands(tracker: ArticleTracker, store: SidecarStore): vscode.Disposable[] {
  const r = vscode.commands.registerCommand;
  return [
    r(COMMANDS.acceptSuggestion, (uri?: string, id?: string) => reviewOne(tracker, store, 'accept', uri, id)),
    r(COMMANDS.rejectSuggestion, (uri?: string, id?: string) => reviewOne(tracker, store, 'reject', uri, id)),
    r(COMMANDS.acceptAllSuggestions, (uri?: string) => reviewAll(tracker, store, 'accept', uri)),
    r(COMMANDS.rejectAllSuggestions, (uri?: string) => reviewAll(tracker, store, 'reject', uri)),
  ];
}

async function articleDocument(tracker: ArticleTracker, uri?: string): Promise<vscode.TextDocument | undefined> {
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  return document && tracker.state(document.uri) ? document : undefined;
}

/** Reviews one suggestion: the one with `id`, else the one shown under the cursor. */
async function reviewOne(
  tracker: ArticleTracker,
  store: SidecarStore,
  verdict: Verdict,
  uri?: string,
  id?: string,
): Promise<ReviewResult<Annotation | Correction> | undefined> {
  const document = await articleDocument(tracker, uri);
  if (!document) return undefined;
  const editor = vscode.window.activeTextEditor;
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const target =
    id ?? highlightsAt(tracker.state(document.uri)!.highlights, offset).find(h => h.source === 'suggestion')?.id;
  if (!target) {
    void vscode.window.showInformationMessage('There is no suggestion here.');
    return undefined;
  }
  const result = await review(store, document, verdict, new Set([target]));
  if (result && result.dropped.length > 0) {
    void vscode.window.showInformationMessage(
      'That suggestion no longer applies (your own annotation or correction covers it, or its text changed); it was removed.',
    );
  }
  return result;
}

/** Reviews every pending suggestion of an article, with an Undo that takes back exactly what it did. */
async function reviewAll(
  tracker: ArticleTracker,
  store: SidecarStore,
  verdict: Verdict,
  uri?: string,
): Promise<ReviewResult<Annotation | Correction> | undefined> {
  const document = await articleDocument(tracker, uri);
  if (!document) return undefined;
  const pending = store.get(document.uri)?.suggestions ?? [];
  if (pending.length === 0) {
    void vscode.window.showInformationMessage('This article has no suggestions to review.');
    return undefined;
  }
  const before: Suggestion[] = structuredClone([...pending]);
  const result = await review(store, document, verdict, new Set(before.map(s => s.id)));
  if (!result) return undefined;
  const done = verdict === 'accept' ? 'Accepted' : 'Rejected';
  const skipped = result.dropped.length > 0 ? ` (${result.dropped.length} no longer applied and were removed)` : '';
  void vscode.window
    .showInformationMessage(
      `${done} ${result.made.length} suggestion${result.made.length === 1 ? '' : 's'}${skipped}.`,
      'Undo',
    )
    .then(choice => {
      if (choice !== 'Undo') return;
      const made = new Set(result.made.map(i => i.id));
      void store.mutate(document, data => {
        data.annotations = data.annotations.filter(a => !made.has(a.id));
        data.corrections = data.corrections.filter(c => !made.has(c.id));
        const kept = new Set((data.suggestions ?? []).map(s => s.id));
        data.suggestions = [...(data.suggestions ?? []), ...before.filter(s => !kept.has(s.id))];
      });
    });
  return result;
}

async function review(
  store: SidecarStore,
  document: vscode.TextDocument,
  verdict: Verdict,
  ids: ReadonlySet<string>,
): Promise<ReviewResult<Annotation | Correction> | undefined> {
  let result: ReviewResult<Annotation | Correction> | undefined;
  const options = { author: readConfig().author };
  const ok = await store.mutate(document, (data, text) => {
    result =
      verdict === 'accept' ? acceptSuggestions(data, text, ids, options) : rejectSuggestions(data, text, ids, options);
  });
  return ok ? result : undefined;
}
