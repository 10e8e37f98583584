import * as vscode from 'vscode';
import {
  MAX_REGISTRY_LENGTH,
  NewRegistryEntry,
  REGISTRY_FILE_NAME,
  RegistryEntry,
  addRegistryEntry,
  parseRegistry,
} from '../../core/registry';
import { AnnotationFiles } from '../../core/files';
import { toDiagnostic, trustReason } from '../sidecar/sidecarStore';
import { YamlFileListener } from '../sidecar/yamlWatcher';

interface FolderRegistry {
  uri: vscode.Uri;
  entries: RegistryEntry[];
}

/**
 * Keeps the `entities.yaml` of every workspace folder read and current. Problems appear in the Problems
 * panel at their line; entries that are fine still apply. "Add to registry" writes through here and
 * never rewrites a file with errors.
 */
export class RegistryStore implements vscode.Disposable, YamlFileListener {
  private readonly folders = new Map<string, FolderRegistry>();
  private readonly problems = vscode.languages.createDiagnosticCollection('articleAnnotator.registry');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private loaded: Promise<void> | undefined;
  readonly onDidChange = this.changed.event;

  /** `flow`: the store's, so that registry writes take the same lock and temporary files as sidecar writes. */
  constructor(private readonly flow: AnnotationFiles<vscode.Uri>) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.folders.clear();
        this.loaded = undefined;
        void this.ready().then(() => this.changed.fire());
      }),
    );
  }

  /** Reads every folder's registry the first time it is needed. */
  ready(): Promise<void> {
    this.loaded ??= Promise.all((vscode.workspace.workspaceFolders ?? []).map(f => this.read(registryUri(f.uri)))).then(
      () => undefined,
    );
    return this.loaded;
  }

  /** All entries of all folders, in folder order. */
  entries(): RegistryEntry[] {
    return [...this.folders.values()].flatMap(r => r.entries);
  }

  /** The registry file an entry came from. */
  fileOf(entry: RegistryEntry): vscode.Uri | undefined {
    return [...this.folders.values()].find(r => r.entries.includes(entry))?.uri;
  }

  /** Adds (or merges) an entry in the registry of the folder holding `near`; undefined after telling the user why not. */
  async add(entry: NewRegistryEntry, near: vscode.Uri): Promise<{ uri: vscode.Uri; merged: boolean } | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(near) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Open a folder to keep an entity registry (entities.yaml at its root).');
      return undefined;
    }
    const reason = trustReason();
    if (reason) {
      void vscode.window.showWarningMessage(reason);
      return undefined;
    }
    const uri = registryUri(folder.uri);
    // Made to the file as it is at the moment of writing, so that an entry added meanwhile (by hand,
    // or in another window) is kept.
    let edit: ReturnType<typeof addRegistryEntry> | undefined;
    const result = await this.flow.updateText(uri, MAX_REGISTRY_LENGTH, current => {
      edit = addRegistryEntry(current, entry);
      return edit.ok ? edit.text : undefined;
    });
    if (result.status === 'refused' || !edit?.ok) {
      const why =
        result.status === 'refused' ? `${result.reason}; it was not changed.` : edit && !edit.ok && edit.reason;
      void vscode.window.showErrorMessage(`Article Annotator: ${why}`);
      return undefined;
    }
    await this.read(uri);
    this.changed.fire();
    return { uri, merged: edit.merged };
  }

  /** Called for every YAML file changed on disk (see `watchYamlFiles`); only registries are re-read. */
  yamlFileChanged(uri: vscode.Uri): void {
    if (this.isRegistryFile(uri)) this.rereadSoon(uri);
  }

  /**
   * Re-reads after file events settle: a tool writing the file in place can be seen half-written, and
   * the event for the rest of the write may be merged away, so the file is read until it holds still.
   */
  private rereadSoon(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.readUntilStable(uri).then(() => this.changed.fire());
      }, SETTLE_MS),
    );
  }

  private async readUntilStable(uri: vscode.Uri): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await stamp(uri);
      await this.read(uri);
      if ((await stamp(uri)) === before) return;
    }
  }

  private isRegistryFile(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return !!folder && registryUri(folder.uri).toString() === uri.toString();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let file;
    try {
      file = await this.flow.readText(uri, MAX_REGISTRY_LENGTH);
    } catch (error) {
      this.unreadable(
        uri,
        `entities.yaml could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    if (file.state === 'missing') {
      this.folders.delete(key);
      this.problems.delete(uri);
      return;
    }
    if (file.state === 'unreadable') {
      this.unreadable(uri, file.reason);
      return;
    }
    const parsed = parseRegistry(file.text);
    this.problems.set(uri, parsed.diagnostics.map(toDiagnostic));
    this.folders.set(key, { uri, entries: parsed.registry?.entities ?? [] });
  }

  private unreadable(uri: vscode.Uri, message: string): void {
    this.folders.set(uri.toString(), { uri, entries: [] });
    this.problems.set(uri, [
      new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error),
    ]);
  }

  dispose(): void {
    this.pending.forEach(timer => clearTimeout(timer));
    this.disposables.forEach(d => d.dispose());
  }
}

const SETTLE_MS = 100;

/** Modification time and size, enough to notice that a file changed while it was read. */
function stamp(uri: vscode.Uri): Thenable<string> {
  return vscode.workspace.fs.stat(uri).then(
    s => `${s.mtime}:${s.size}`,
    () => 'missing',
  );
}

function registryUri(folder: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(folder, REGISTRY_FILE_NAME);
}
