import * as vscode from 'vscode';
import { applyChanges, reanchorSidecar, refreshContext } from '../../core/anchor';
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
  sidecarFileName,
  textHash,
} from '../../core/sidecar';
import { readConfig } from '../config';
import { ProblemReporter } from './problems';
import { AtomicWriter, ReplaceFile, basename, interruptedWrite, readTextIfExists, sizeIfExists } from './sidecarFiles';

export { basename };

/** Sidecars above this size are not opened: a legitimate one with 10,000 notes is a few MB. */
export const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;

interface Entry {
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
  /** Positions moved with edits since the last write. */
  dirty: boolean;
  /** Items re-anchored onto an occurrence another item also uses: placed, but worth a check. */
  shared: ReadonlySet<string>;
}

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
 * and on save for positions that moved with typing. A malformed sidecar is never overwritten.
 */
export class SidecarStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  /** Shared with batch runs, so that their writes to a sidecar never overlap the store's. */
  readonly writer: AtomicWriter;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article's URI when its annotations change for any reason. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly problems: ProblemReporter,
    replaceFile: ReplaceFile,
  ) {
    this.writer = new AtomicWriter(replaceFile);
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

  private async readEntry(document: vscode.TextDocument): Promise<Entry> {
    const article = document.uri;
    const sidecar = sidecarUriFor(article);
    const text = document.getText();
    const size = await sizeIfExists(sidecar);
    if (size !== undefined && size > MAX_SIDECAR_BYTES) {
      const message = `The annotation file is ${(size / 1048576).toFixed(1)} MB, above the ${MAX_SIDECAR_BYTES / 1048576} MB limit; it was not opened and will not be changed.`;
      this.reportUnreadable(sidecar, message, [
        new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error),
      ]);
      return { ...emptyEntry(article, sidecar, text), readOnlyReason: message };
    }
    const file = size === undefined ? await this.recoverInterruptedWrite(sidecar) : await readTextIfExists(sidecar);
    return this.entryFromText(document, sidecar, file?.text);
  }

  /**
   * A missing sidecar whose last write was cut short (only its temporary file is left): the
   * temporary file is put back in its place when it reads as a valid sidecar, and the user told.
   * One that does not read is left alone, and nothing is written over it.
   */
  private async recoverInterruptedWrite(sidecar: vscode.Uri): Promise<{ text: string } | undefined> {
    const leftover = await interruptedWrite(sidecar);
    const file = leftover && (await readTextIfExists(leftover));
    if (!leftover || !file || file.size > MAX_SIDECAR_BYTES) return undefined;
    const parsed = parseSidecar(file.text);
    if (!parsed.data || parsed.readOnly) {
      void vscode.window.showWarningMessage(
        `${basename(leftover)} is left from an interrupted save of ${basename(sidecar)} but cannot be read; it was left as it is.`,
      );
      return undefined;
    }
    await this.writer.write(sidecar, file.text);
    await vscode.workspace.fs.delete(leftover).then(undefined, () => undefined);
    void vscode.window.showInformationMessage(
      `Restored ${basename(sidecar)} (${parsed.data.annotations.length} annotations) from an interrupted save.`,
    );
    return file;
  }

  /** Builds the in-memory entry from the sidecar's text, re-anchoring against the document. */
  private entryFromText(document: vscode.TextDocument, sidecar: vscode.Uri, diskText: string | undefined): Entry {
    const article = document.uri;
    const text = document.getText();
    if (diskText === undefined) {
      this.problems.sidecar(sidecar, []);
      return emptyEntry(article, sidecar, text);
    }
    const parsed = parseSidecar(diskText);
    const diagnostics = parsed.diagnostics.map(toDiagnostic);
    if (!parsed.data || parsed.readOnly) {
      const first = parsed.diagnostics.find(d => d.severity === 'error') ?? parsed.diagnostics[0];
      const reason = `The annotation file ${basename(sidecar)} has problems${first ? ` (line ${first.line + 1}: ${first.message})` : ''}; it is read-only until fixed.`;
      this.reportUnreadable(sidecar, reason, diagnostics);
      return {
        ...emptyEntry(article, sidecar, text),
        data: parsed.data ?? emptyData(article, text),
        diskText,
        diskData: parsed.data,
        readOnlyReason: reason,
      };
    }
    this.problems.sidecar(sidecar, diagnostics);
    const { data, shared } = anchorToText(structuredClone(parsed.data), text);
    this.problems.orphans(article, data, document, shared);
    return {
      article,
      sidecar,
      data,
      diskText,
      diskData: parsed.data,
      readOnlyReason: undefined,
      dirty: data.textHash !== parsed.data.textHash,
      shared,
    };
  }

  private reportUnreadable(sidecar: vscode.Uri, message: string, diagnostics: vscode.Diagnostic[]): void {
    this.problems.sidecar(sidecar, diagnostics);
    void vscode.window.showWarningMessage(message, 'Open File').then(choice => {
      if (choice) void vscode.window.showTextDocument(sidecar);
    });
  }

  /** Moves positions with an edit of the article; items whose text was altered become orphans. */
  trackEdit(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || event.contentChanges.length === 0) return;
    const { data } = entry;
    if (data.annotations.length === 0 && data.corrections.length === 0 && !data.suggestions?.length) return;
    const orphans = () => [...data.annotations, ...data.corrections].filter(i => i.orphaned).length;
    const orphansBefore = orphans();
    data.annotations = applyChanges(data.annotations, event.contentChanges);
    data.corrections = applyChanges(data.corrections, event.contentChanges);
    if (data.suggestions) data.suggestions = applyChanges(data.suggestions, event.contentChanges);
    entry.dirty = true;
    if (orphans() !== orphansBefore) this.problems.orphans(entry.article, data, event.document, entry.shared);
  }

  /** Writes positions that moved with typing once the article itself is saved. */
  async saved(document: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(document.uri.toString());
    if (entry?.dirty && !entry.readOnlyReason && !trustReason() && entry.diskText !== undefined)
      await this.persist(entry, document);
  }

  /**
   * Applies a user change and writes it at once. Returns false (after telling the user why) when the
   * sidecar may not be written.
   */
  async mutate(document: vscode.TextDocument, change: (data: SidecarData, text: string) => void): Promise<boolean> {
    const entry = await this.load(document);
    const reason = entry.readOnlyReason ?? trustReason();
    if (reason) {
      void vscode.window.showWarningMessage(reason);
      return false;
    }
    change(entry.data, document.getText());
    await this.persist(entry, document);
    this.problems.orphans(entry.article, entry.data, document, entry.shared);
    this.changed.fire(entry.article);
    return true;
  }

  private async persist(entry: Entry, document: vscode.TextDocument): Promise<void> {
    const text = document.getText();
    entry.data = refreshContext(entry.data, text);
    entry.data.textHash = textHash(text);
    entry.data.article = basename(entry.article);
    const content = serializeSidecar(entry.data, entry.diskText);
    await this.writer.write(entry.sidecar, content);
    entry.diskText = content;
    // Not a deep copy of thousands of items on every write: read from the text the day a merge needs it.
    entry.diskData = undefined;
    entry.dirty = false;
  }

  /** The sidecar changed on disk (git pull, another window, a script): reload, merging unsaved moves. */
  async externalChange(sidecar: vscode.Uri): Promise<void> {
    const entry = [...this.entries.values()].find(e => e.sidecar.toString() === sidecar.toString());
    if (!entry) return;
    await this.writer.idle(sidecar);
    const file = await readTextIfExists(sidecar);
    if (file?.text === entry.diskText) return; // our own write
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.article.toString());
    if (!document) {
      this.entries.delete(entry.article.toString());
      return;
    }
    const fresh = this.entryFromText(document, sidecar, file?.text);
    const base = entry.diskData ?? (entry.diskText === undefined ? undefined : parseSidecar(entry.diskText).data);
    if (entry.dirty && base && fresh.diskData && !fresh.readOnlyReason) {
      const merged = mergeSidecars(base, entry.data, fresh.data);
      ({ data: fresh.data, shared: fresh.shared } = anchorToText(merged.data, document.getText()));
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

  /** The article was renamed or moved: move its sidecar along (only if the target has none). */
  async articleRenamed(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = sidecarUriFor(oldUri);
    const to = sidecarUriFor(newUri);
    await this.writer.idle(from);
    this.entries.delete(oldUri.toString());
    if ((await sizeIfExists(from)) === undefined || (await sizeIfExists(to)) !== undefined || trustReason()) return;
    const file = await readTextIfExists(from);
    const parsed = file && parseSidecar(file.text);
    if (file && parsed?.data && !parsed.readOnly) {
      parsed.data.article = basename(newUri);
      await this.writer.write(to, serializeSidecar(parsed.data, file.text));
      await vscode.workspace.fs.delete(from);
    } else {
      await vscode.workspace.fs.rename(from, to);
    }
    // The renamed document may have loaded (an empty) sidecar before the file arrived: load it again.
    await this.loading.get(newUri.toString())?.catch(() => undefined);
    this.entries.delete(newUri.toString());
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === newUri.toString());
    if (document) await this.load(document);
  }

  forget(article: vscode.Uri): void {
    this.entries.delete(article.toString());
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

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  const name = basename(article);
  const dir = article.path.slice(0, article.path.length - name.length);
  return article.with({ path: dir + sidecarFileName(name, readConfig(article).sidecarFileName) });
}

/**
 * Places every item on `text` (re-anchoring when the text is not the one the file refers to), and
 * lists the items that had to share an occurrence with another item.
 */
function anchorToText(data: SidecarData, text: string): { data: SidecarData; shared: Set<string> } {
  const placed = reanchorSidecar(data, text);
  const shared = new Set<string>();
  const collect = (items: { id: string }[], results: { shared?: boolean; status: string }[]) =>
    results.forEach((r, i) => {
      if (r.shared && r.status !== 'orphaned') shared.add(items[i].id);
    });
  collect(data.annotations, placed.annotations);
  collect(data.corrections, placed.corrections);
  return { data: placed.data, shared };
}

/** The entry of an article without a sidecar file (yet). */
function emptyEntry(article: vscode.Uri, sidecar: vscode.Uri, text: string): Entry {
  return {
    article,
    sidecar,
    data: emptyData(article, text),
    diskText: undefined,
    diskData: undefined,
    readOnlyReason: undefined,
    dirty: false,
    shared: new Set(),
  };
}

function emptyData(article: vscode.Uri, text: string): SidecarData {
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
