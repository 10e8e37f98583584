import * as vscode from 'vscode';
import { LiveAnchors, ReanchorResult, reanchorSidecar } from '../../core/anchor';
import { SidecarFile } from '../../core/files';
import { SidecarData, sidecarFileName, textHash } from '../../core/sidecar';
import { readConfig } from '../config';
import { OrphanSuggestions } from './problems';
import { basename } from './workspaceFiles';

// What the sidecar store keeps for each open article, and the steps it takes with it.

export interface Entry {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  /** Current annotations, positions relative to the document's current text. */
  data: SidecarData;
  /** The file's text as last read or written: the base for merges and for comment-preserving rewrites. */
  diskText: string | undefined;
  /** What `diskText` reads as, when already known (after a write it is read again only if a merge needs it). */
  diskData: SidecarData | undefined;
  /** Why the file must not be written (malformed, too large); undefined when it may be. */
  readOnlyReason: string | undefined;
  /** Changes (moved positions, or a write that could not be made) not on disk yet. */
  dirty: boolean;
  /** Where orphans found on loading may belong (a similar text, or their quote without enough context). */
  suggested: OrphanSuggestions;
  /** Live tracking of the items through the document's edits. */
  live: LiveAnchors;
}

/** An entry for which no file was ever found: neither read nor refused. */
export function isUntouched(entry: Entry): boolean {
  return entry.diskText === undefined && entry.readOnlyReason === undefined;
}

/** What the file shows in the Problems panel: its errors at their line, or nothing. */
export function sidecarDiagnostics(file: SidecarFile): vscode.Diagnostic[] {
  if (file.state === 'missing') return [];
  return (file.state === 'unreadable' ? file.diagnostics : file.parsed.diagnostics).map(toDiagnostic);
}

/** A write that could not be made: the change stays in memory, to be saved with the next one. */
export function notSaved(entry: Entry, why: string): false {
  entry.dirty = true;
  void vscode.window.showWarningMessage(
    `${why} Your change is kept in this window and saved with the next one that can be.`,
  );
  return false;
}

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  const name = basename(article);
  const dir = article.path.slice(0, article.path.length - name.length);
  return article.with({ path: dir + sidecarFileName(name, readConfig(article).sidecarFileName) });
}

/**
 * Places every item on `text` (re-anchoring when the text is not the one the file refers to), and
 * where orphans may belong.
 */
export function anchorToText(data: SidecarData, text: string): { data: SidecarData; suggested: OrphanSuggestions } {
  const placed = reanchorSidecar(data, text);
  const suggested = new Map<string, { start: number; end: number }>();
  const collect = (items: { id: string }[], results: ReanchorResult[]) =>
    results.forEach((r, i) => {
      if (r.status === 'orphaned' && r.suggestion) suggested.set(items[i].id, r.suggestion);
    });
  collect(data.annotations, placed.annotations);
  collect(data.corrections, placed.corrections);
  return { data: placed.data, suggested };
}

/** The entry of an article without a sidecar file (yet). */
export function emptyEntry(article: vscode.Uri, sidecar: vscode.Uri, text: string): Entry {
  return {
    article,
    sidecar,
    data: emptyData(article, text),
    diskText: undefined,
    diskData: undefined,
    readOnlyReason: undefined,
    dirty: false,
    suggested: new Map(),
    live: new LiveAnchors(),
  };
}

export function emptyData(article: vscode.Uri, text: string): SidecarData {
  return { version: 1, article: basename(article), textHash: textHash(text), annotations: [], corrections: [] };
}

export function trustReason(): string | undefined {
  return vscode.workspace.isTrusted ? undefined : 'This workspace is not trusted, so annotations are read-only here.';
}

export function toDiagnostic(d: {
  message: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
}): vscode.Diagnostic {
  const position = new vscode.Position(d.line, d.column);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(position, position.translate(0, 1)),
    d.message,
    d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'Article Annotator';
  return diagnostic;
}
