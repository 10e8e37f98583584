import * as vscode from 'vscode';
import { refreshContext } from '../../core/anchor';
import { AnnotationFiles, CurrentSidecar, LockTimeout } from '../../core/files';
import { MergeConflict, SidecarData, mergeSidecars, parseSidecar, textHash } from '../../core/sidecar';
import { OrphanSuggestions } from './problems';
import { Entry, anchorToText, emptyData, notSaved } from './sidecarEntry';
import { basename } from './workspaceFiles';

/**
 * Writes an open article's entry through the flow. When the file on disk is no longer the one last read
 * or written, this editor's version is merged with it by item id (see `mergeSidecars`), so nothing written
 * elsewhere is lost; the entry then shows the merged items, and the result is `merged`: what the entry
 * shows changed. Returns false, the change kept in memory only, when the file
 * cannot be written (it turned malformed meanwhile, another writer holds it too long, or an item would
 * not sit on its quote).
 */
export async function writeEntry(
  flow: AnnotationFiles<vscode.Uri>,
  entry: Entry,
  document: vscode.TextDocument,
): Promise<'written' | 'merged' | false> {
  const text = document.getText();
  entry.data = refreshContext(entry.data, text);
  entry.data.textHash = textHash(text);
  entry.data.article = basename(entry.article);
  const mine = entry.data;
  let merged: { data: SidecarData; suggested: OrphanSuggestions; conflicts: MergeConflict[] } | undefined;
  const change = (current: CurrentSidecar): SidecarData => {
    if (current.text === entry.diskText) return mine;
    merged = mergeWithDisk(entry, current, text);
    return merged.data;
  };
  let result;
  try {
    result = await flow.update(entry.sidecar, text, change);
  } catch (error) {
    if (!(error instanceof LockTimeout)) throw error;
    return notSaved(entry, error.message);
  }
  for (const notice of result.notices) void vscode.window.showInformationMessage(notice);
  if (result.status === 'refused') return notSaved(entry, `${result.reason}; nothing was saved.`);
  if (result.status === 'written') entry.diskText = result.text;
  // Not a deep copy of thousands of items on every write: read from the text the day a merge needs it.
  entry.diskData = undefined;
  entry.dirty = false;
  if (merged) {
    entry.data = merged.data;
    entry.suggested = merged.suggested;
    if (merged.conflicts.length > 0)
      void vscode.window.showWarningMessage(
        `${basename(entry.sidecar)} changed on disk meanwhile; ${merged.conflicts.length} conflicting change(s) kept your version.`,
      );
    return 'merged';
  }
  return 'written';
}

/**
 * This editor's version and the file as it is now, merged against the file as last read or written
 * (nothing, when this editor never saw a file: then everything on disk was added there). A file deleted
 * on disk gets this editor's version whole.
 */
function mergeWithDisk(entry: Entry, current: CurrentSidecar, text: string) {
  const theirs = current.data();
  if (!theirs) return { data: entry.data, suggested: entry.suggested, conflicts: [] };
  const base =
    entry.diskData ??
    (entry.diskText === undefined ? undefined : parseSidecar(entry.diskText).data) ??
    emptyData(entry.article, text);
  const merged = mergeSidecars(base, entry.data, anchorToText(theirs, text).data);
  return { ...anchorToText(merged.data, text), conflicts: merged.conflicts };
}
