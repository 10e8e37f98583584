import * as vscode from 'vscode';
import { shiftRanges } from '../../core/anchor';
import { AnnotationFiles } from '../../core/files';
import {
  Annotation,
  Correction,
  Relation,
  SidecarData,
  Suggestion,
  allItemIds,
  createAnnotation,
  mergeSidecars,
  parseSidecar,
  serializeSidecar,
} from '../../core/sidecar';
import { readConfig } from '../config';
import { ProblemReporter } from './problems';
import { Entry, anchorToText, isUntouched, sidecarDiagnostics, sidecarUriFor, trustReason } from './sidecarEntry';
import { entryFromFile } from './sidecarRead';
import { writeEntry } from './sidecarWrite';
import { WorkspaceFiles, basename } from './workspaceFiles';

export { basename };

export interface SidecarView {
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
  readonly corrections: readonly Correction[];
  readonly suggestions: readonly Suggestion[];
  readonly date: string | undefined;
  readonly readOnlyReason: string | undefined;
  readonly sidecar: vscode.Uri;
}

/**
 * Keeps each open article's annotations in memory, in step with its text, and on disk in the sidecar.
 * Writes are immediate for the user's own actions (so a crash right after annotating loses nothing),
 * and on save for positions that moved with typing. A write goes through the core's flow: when the file
 * changed on disk since it was read (another window, the command line, a script), what is there is
 * merged with this editor's version item by item instead of being overwritten. A malformed sidecar is
 * never written.
 */
export class SidecarStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  /** Shared with batch runs and the workspace index: reads, and writes that never overlap the store's. */
  readonly flow: AnnotationFiles<vscode.Uri>;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article's URI when its annotations change for any reason. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly problems: ProblemReporter,
    files: WorkspaceFiles,
  ) {
    this.flow = new AnnotationFiles(files);
  }

  get(article: vscode.Uri): SidecarView | undefined {
    const entry = this.entries.get(article.toString());
    return (
      entry && {
        annotations: entry.data.annotations,
        relations: entry.data.relations ?? [],
        corrections: entry.data.corrections,
        suggestions: entry.data.suggestions ?? [],
        date: entry.data.date,
        readOnlyReason: entry.readOnlyReason ?? trustReason(),
        sidecar: entry.sidecar,
      }
    );
  }

  /** Loads (once) the sidecar of an open article, re-anchoring it if the article changed meanwhile. */
  load(document: vscode.TextDocument): Promise<Entry> {
    const key = document.uri.toString();
    const existing = this.entries.get(key);
    if (existing) return Promise.resolve(existing);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.readEntry(document)
        .then(entry => {
          this.entries.set(key, entry);
          this.changed.fire(document.uri);
          return entry;
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  /**
   * Reads the sidecar of an article being opened. A write cut short (only its temporary file left, or the
   * temporary file newer than the sidecar) is completed first when the temporary file reads as a valid
   * sidecar, and the user told; one that does not read is left alone.
   */
  private async readEntry(document: vscode.TextDocument): Promise<Entry> {
    const sidecar = sidecarUriFor(document.uri);
    const { file, notices } = await this.flow.openSidecar(sidecar, !trustReason());
    for (const notice of notices)
      void (notice.startsWith('Restored ')
        ? vscode.window.showInformationMessage(notice)
        : vscode.window.showWarningMessage(notice));
    return entryFromFile(this.problems, document, sidecar, file);
  }

  /** Moves positions with an edit of the article; items whose text was altered become orphans. */
  trackEdit(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || event.contentChanges.length === 0) return;
    const { data } = entry;
    if (data.annotations.length === 0 && data.corrections.length === 0 && !data.suggestions?.length) return;
    const annotations = entry.live.follow(data.annotations, event.contentChanges);
    const corrections = entry.live.follow(data.corrections, event.contentChanges);
    data.annotations = annotations.items;
    data.corrections = corrections.items;
    if (data.suggestions) data.suggestions = entry.live.applyChanges(data.suggestions, event.contentChanges);
    if (entry.suggested.size > 0) {
      const places = shiftRanges(
        [...entry.suggested].map(([id, at]) => ({ id, ...at })),
        event.contentChanges,
      );
      entry.suggested = new Map(places.map(({ id, start, end }) => [id, { start, end }]));
    }
    entry.dirty = true;
    // Orphans and relations are listed where their text is: they move with the edit like the other problems
    // (set again only when what they show changed). Healthy relations with no orphan about, before the edit
    // or after it, cost no keystroke.
    if (annotations.orphans || corrections.orphans || this.problems.showsArticle(entry.article))
      this.problems.orphans(entry.article, data, event.document, entry.suggested);
  }

  /** Writes positions that moved with typing once the article itself is saved. */
  async saved(document: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri.toString());
    if (!entry?.dirty || entry.readOnlyReason || trustReason() || entry.diskText === undefined) return;
    // Items written elsewhere meanwhile, merged in, are shown at once: orphans among them listed as such.
    if ((await writeEntry(this.flow, entry, document)) === 'merged') this.show(entry, document);
  }

  /** Shows what the entry holds now: its orphans and relations listed, the views and highlights told. */
  private show(entry: Entry, document: vscode.TextDocument): void {
    this.problems.orphans(entry.article, entry.data, document, entry.suggested);
    this.changed.fire(entry.article);
  }

  /**
   * Whether the article's sidecar may be written; when not, tells the user why. Commands that ask for a
   * label, a note or a value call it before asking, so that nobody types what could not be saved.
   */
  async writable(document: vscode.TextDocument): Promise<boolean> {
    return !this.refused(await this.load(document));
  }

  /** Why the entry may not be written (said to the user), or undefined when it may. */
  private refused(entry: Entry): string | undefined {
    const reason = entry.readOnlyReason ?? trustReason();
    if (reason) void vscode.window.showWarningMessage(reason);
    return reason;
  }

  /**
   * Applies a user change and writes it at once. Returns false (after telling the user why) when the
   * sidecar may not be written.
   */
  async mutate(document: vscode.TextDocument, change: (data: SidecarData, text: string) => void): Promise<boolean> {
    const entry = await this.load(document);
    if (this.refused(entry)) return false;
    change(entry.data, document.getText());
    const written = await writeEntry(this.flow, entry, document);
    this.show(entry, document);
    return written !== false;
  }

  /** The sidecar changed on disk (git pull, another window, a script): reload, merging unsaved moves. */
  async externalChange(sidecar: vscode.Uri): Promise<void> {
    const entry = [...this.entries.values()].find(e => e.sidecar.toString() === sidecar.toString());
    if (!entry) return this.recheckProblems(sidecar);
    await this.flow.idle(sidecar);
    const file = await this.flow.readSidecar(sidecar);
    // Our own write; or still no file, when there was none (one that could not be read is not "none").
    if (file.state === 'read' ? file.text === entry.diskText : file.state === 'missing' && isUntouched(entry)) return;
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.article.toString());
    if (!document) {
      this.forget(entry.article);
      this.problems.sidecar(sidecar, sidecarDiagnostics(file));
      return;
    }
    const fresh = entryFromFile(this.problems, document, sidecar, file);
    const base = entry.diskData ?? (entry.diskText === undefined ? undefined : parseSidecar(entry.diskText).data);
    if (entry.dirty && base && fresh.diskData && !fresh.readOnlyReason) {
      const merged = mergeSidecars(base, entry.data, fresh.data);
      ({ data: fresh.data, suggested: fresh.suggested } = anchorToText(merged.data, document.getText()));
      if (merged.conflicts.length > 0) {
        void vscode.window.showWarningMessage(
          `${basename(sidecar)} changed on disk while you were editing; ${merged.conflicts.length} conflicting change(s) kept your version.`,
        );
      }
      fresh.dirty = true;
    }
    this.entries.set(entry.article.toString(), fresh);
    this.changed.fire(entry.article);
  }

  /**
   * A sidecar of no open article changed or went: the problems it shows (left from when its article was
   * open) are read again, so that a fixed file's errors go, and a deleted file's with it.
   */
  private async recheckProblems(sidecar: vscode.Uri): Promise<void> {
    if (!this.problems.showsSidecar(sidecar)) return;
    await this.flow.idle(sidecar);
    const file = await this.flow.readSidecar(sidecar);
    if (![...this.entries.values()].some(e => e.sidecar.toString() === sidecar.toString()))
      this.problems.sidecar(sidecar, sidecarDiagnostics(file));
  }

  /** The article was renamed or moved: move its sidecar along (only if the target has none). */
  async articleRenamed(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = sidecarUriFor(oldUri);
    const to = sidecarUriFor(newUri);
    await this.flow.idle(from);
    this.forget(oldUri);
    if (trustReason()) return;
    const file = await this.flow.readSidecar(from);
    if (file.state === 'missing' || (await this.flow.files.stat(to))) return;
    if (file.state === 'read' && file.parsed.data && !file.parsed.readOnly) {
      const moved = { ...file.parsed.data, article: basename(newUri) };
      const written = await this.flow.updateText(to, this.flow.maxSidecarBytes, current =>
        current === undefined ? serializeSidecar(moved, file.text) : undefined,
      );
      // The new sidecar is written before the old one goes, so a crash in between never loses it.
      if (written.status === 'written') await this.flow.files.delete(from);
    } else if ((await this.flow.files.stat(from))?.kind === 'file') {
      // One that cannot be rewritten safely is moved as it is.
      await vscode.workspace.fs.rename(from, to);
    }
    // The sidecar's own problems move with it (an open article's are reported again when it loads).
    if (this.problems.showsSidecar(from))
      for (const sidecar of [from, to])
        this.problems.sidecar(sidecar, sidecarDiagnostics(await this.flow.readSidecar(sidecar)));
    // The renamed document may have loaded (an empty) sidecar before the file arrived: load it again.
    await this.loading.get(newUri.toString())?.catch(() => undefined);
    this.entries.delete(newUri.toString());
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === newUri.toString());
    if (document) await this.load(document);
  }

  /**
   * The article was closed (or left): its entry goes, and so do its orphans and relations in the Problems
   * panel, placed in a text nothing follows any more. The sidecar's own errors stay while the file has them.
   */
  forget(article: vscode.Uri): void {
    this.entries.delete(article.toString());
    this.problems.clearArticle(article);
  }

  dispose(): void {
    this.changed.dispose();
    this.entries.clear();
  }
}

/** New annotation anchored on [start, end) of `text`, by the configured author. */
export function newAnnotation(
  data: SidecarData,
  text: string,
  start: number,
  end: number,
  label: string,
  note?: string,
): Annotation {
  return createAnnotation(text, start, end, label, { note, author: readConfig().author, takenIds: allIds(data) });
}

export function allIds(data: SidecarData): string[] {
  return allItemIds(data);
}
