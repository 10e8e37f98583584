import * as vscode from 'vscode';
import { AnnotationFiles } from '../../core/files';
import { Diagnostic } from '../../core/sidecar';
import { toDiagnostic } from '../sidecar/sidecarEntry';
import { YamlFileListener } from '../sidecar/yamlWatcher';
import { KeyedTimers } from '../keyedTimers';
import { SteadyDiagnostics } from '../steadyDiagnostics';

/** What a store makes of its file's text: `value` undefined when nothing in it can be used. */
interface Parsed<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/** Where one folder file store differs from another. */
interface FolderFileKind<T> {
  /** The file's name at the root of each workspace folder. */
  fileName: string;
  /** Larger files are not read. */
  maxBytes: number;
  /** The name of the diagnostic collection its problems are listed in. */
  collection: string;
  parse(text: string): Parsed<T>;
  /** What a folder holds while its file cannot be read; without it, nothing, as without the file. */
  whenUnreadable?: T;
  /** Whether the first read fires `onDidChange`, for those who asked before it and were told "nothing yet". */
  announceFirstRead: boolean;
}

/**
 * A file kept at the root of every workspace folder (the entity registry, the project schema), read the
 * first time it is needed and again once file events about it settle. Its problems appear in the Problems
 * panel at their line; the extension reads it only as a strict UTF-8 file within its size limit.
 */
export class FolderFileStore<T> implements vscode.Disposable, YamlFileListener {
  private readonly values = new Map<string, { uri: vscode.Uri; value: T }>();
  private readonly problems: SteadyDiagnostics;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  private readonly pending = new KeyedTimers();
  /** The last read started for each file: a read that finishes after a later one began is out of date. */
  private readonly lastRead = new Map<string, number>();
  private reads = 0;
  private loaded: Promise<void> | undefined;
  /** Fires after a file was read again, and after the first read where the kind announces it. */
  readonly onDidChange = this.changed.event;

  /** `flow`: the sidecar store's, which checks a file's type and size before it reads it, as strict UTF-8. */
  constructor(
    protected readonly flow: AnnotationFiles<vscode.Uri>,
    private readonly kind: FolderFileKind<T>,
  ) {
    this.problems = new SteadyDiagnostics(kind.collection);
    this.disposables = [
      this.problems,
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.values.clear();
        this.lastRead.clear();
        this.forgetRemovedFolders();
        this.loaded = undefined;
        void this.ready().then(() => this.changed.fire());
      }),
    ];
  }

  /** A removed folder's file is no longer the extension's to read: its problems leave the Problems panel. */
  private forgetRemovedFolders(): void {
    const files = new Set((vscode.workspace.workspaceFolders ?? []).map(f => this.fileIn(f.uri).toString()));
    for (const uri of this.problems.files()) if (!files.has(uri.toString())) this.problems.delete(uri);
  }

  /** Reads every folder's file the first time it is needed. */
  ready(): Promise<void> {
    this.loaded ??= Promise.all((vscode.workspace.workspaceFolders ?? []).map(f => this.read(this.fileIn(f.uri)))).then(
      () => {
        if (this.kind.announceFirstRead) this.changed.fire();
      },
    );
    return this.loaded;
  }

  /** Called for every YAML file changed on disk (see `watchYamlFiles`); only this store's files are read again. */
  yamlFileChanged(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || this.fileIn(folder.uri).toString() !== uri.toString()) return;
    this.pending.schedule(uri.toString(), SETTLE_MS, () => {
      void this.readUntilStable(uri).then(() => this.changed.fire());
    });
  }

  /** What the file of the workspace folder holding `uri` holds, if it has one that could be read. */
  protected valueFor(uri: vscode.Uri): T | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.values.get(this.fileIn(folder.uri).toString())?.value;
  }

  /** Every folder's file read, with what it holds. */
  protected files(): { uri: vscode.Uri; value: T }[] {
    return [...this.values.values()];
  }

  protected fileIn(folder: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(folder, this.kind.fileName);
  }

  /** Reads the file again now (after this extension wrote it) and tells the listeners. */
  protected async reread(uri: vscode.Uri): Promise<void> {
    await this.read(uri);
    this.changed.fire();
  }

  /**
   * A changed file is read until it holds still: a tool writing it in place can be seen half-way, and
   * the event for the rest of the write may be merged away.
   */
  private async readUntilStable(uri: vscode.Uri): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await stamp(uri);
      await this.read(uri);
      if ((await stamp(uri)) === before) return;
    }
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const ticket = ++this.reads;
    this.lastRead.set(key, ticket);
    const file = await this.flow.readText(uri, this.kind.maxBytes).catch((error: unknown) => ({
      state: 'failed' as const,
      reason: `${this.kind.fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    }));
    // A later read (or the workspace folders changing) made this one out of date.
    if (this.lastRead.get(key) !== ticket) return;
    if (file.state === 'missing') {
      this.values.delete(key);
      this.problems.delete(uri);
    } else if (file.state === 'read') {
      const parsed = this.kind.parse(file.text);
      this.problems.set(uri, parsed.diagnostics.map(toDiagnostic));
      this.hold(uri, parsed.value);
    } else {
      this.hold(uri, this.kind.whenUnreadable);
      this.problems.set(uri, [
        new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), file.reason, vscode.DiagnosticSeverity.Error),
      ]);
    }
  }

  private hold(uri: vscode.Uri, value: T | undefined): void {
    if (value === undefined) this.values.delete(uri.toString());
    else this.values.set(uri.toString(), { uri, value });
  }

  dispose(): void {
    this.pending.dispose();
    this.lastRead.clear();
    this.disposables.forEach(d => d.dispose());
  }
}

/** Lets a hand edit's save settle before the file is read. */
const SETTLE_MS = 100;

/** Modification time and size, enough to notice that a file changed while it was read. */
function stamp(uri: vscode.Uri): Thenable<string> {
  return vscode.workspace.fs.stat(uri).then(
    s => `${s.mtime}:${s.size}`,
    () => 'missing',
  );
}
