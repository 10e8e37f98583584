import * as vscode from 'vscode';
import { highlightsAt } from '../../core/highlights/highlights';
import { sidecarTimestamp } from '../../core/sidecar';
import { ArticleTracker } from '../analysis/articleTracker';
import { SidecarStore, newAnnotation } from '../sidecar/sidecarStore';
import { COMMANDS } from './commandIds';

const WIKIDATA_ID = /^Q[1-9]\d*$/;

/**
 * "Link" in a hover card: records that the highlight at [start, end) is the Wikidata item `id`, in the
 * user's annotation there (made from the highlight's label when there is none yet), as `wikidata: Q…`.
 */
export function registerLinkCommands(tracker: ArticleTracker, store: SidecarStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.linkEntity, (uri?: string, start?: number, end?: number, id?: string) =>
      linkEntity(tracker, store, uri, start, end, id),
    ),
  ];
}

async function linkEntity(
  tracker: ArticleTracker,
  store: SidecarStore,
  uri: string | undefined,
  start: number | undefined,
  end: number | undefined,
  id: string | undefined,
): Promise<boolean> {
  if (!uri || start === undefined || end === undefined || !id || !WIKIDATA_ID.test(id)) return false;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const state = tracker.state(document.uri);
  const highlight = state && highlightsAt(state.highlights, start).find(h => h.start === start && h.end === end);
  if (!highlight) {
    void vscode.window.showInformationMessage('The highlight to link is no longer there.');
    return false;
  }
  return store.mutate(document, (data, text) => {
    const existing = data.annotations.find(a => !a.orphaned && a.start === start && a.end === end);
    if (existing) {
      existing.wikidata = id;
      existing.updated = sidecarTimestamp();
    } else {
      const annotation = newAnnotation(data, text, start, end, highlight.label, undefined);
      annotation.wikidata = id;
      data.annotations.push(annotation);
    }
  });
}
