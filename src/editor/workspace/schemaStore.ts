import * as vscode from 'vscode';
import { AnnotationFiles } from '../../core/files';
import { AnnotationSchema, MAX_SCHEMA_LENGTH, SCHEMA_FILE_NAME, parseAnnotationSchema } from '../../core/project';
import { toDiagnostic } from '../sidecar/sidecarStore';
import { YamlFileListener } from '../sidecar/yamlWatcher';

/**
 * Keeps the `annotation-schema.yaml` of every workspace folder read and current. Problems appear in the
 * Problems panel at their line and the valid part applies; the extension never writes the file. A folder
 * without one has no schema, and everything works as it does without projects.
 */
export class SchemaStore implements vscode.Disposable, YamlFileListener {
  private readonly schemas = new Map<string, AnnotationSchema>();
  private readonly problems = vscode.languages.createDiagnosticCollection('articleAnnotator.schema');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private loaded: Promise<void> | undefined;
  /** Fires after any folder's schema was read again. */
  readonly onDidChange = this.changed.event;

  /** `flow`: the store's, which reads a file only after checking its type and size, as strict UTF-8. */
  constructor(private readonly flow: AnnotationFiles<vscode.Uri>) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.schemas.clear();
        this.loaded = undefined;
        void this.ready().then(() => this.changed.fire());
      }),
    );
  }

  /** Reads every folder's schema the first time it is needed. */
  ready(): Promise<void> {
    this.loaded ??= Promise.all((vscode.workspace.workspaceFolders ?? []).map(f => this.read(schemaUri(f.uri)))).then(
      () => this.changed.fire(),
    );
    return this.loaded;
  }

  /** The schema of the workspace folder holding `uri`, if that folder has one. */
  schemaFor(uri: vscode.Uri): AnnotationSchema | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.schemas.get(schemaUri(folder.uri).toString());
  }

  /** The schema for `uri` once the schemas were read. */
  async schemaOf(uri: vscode.Uri): Promise<AnnotationSchema | undefined> {
    await this.ready();
    return this.schemaFor(uri);
  }

  /** Called for every YAML file changed on disk; only schema files are read again, once events settle. */
  yamlFileChanged(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || schemaUri(folder.uri).toString() !== uri.toString()) return;
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.read(uri).then(() => this.changed.fire());
      }, SETTLE_MS),
    );
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let file;
    try {
      file = await this.flow.readText(uri, MAX_SCHEMA_LENGTH);
    } catch (error) {
      this.unreadable(uri, `${SCHEMA_FILE_NAME} could not be read: ${(error as Error).message}`);
      return;
    }
    if (file.state === 'missing') {
      this.schemas.delete(key);
      this.problems.delete(uri);
      return;
    }
    if (file.state === 'unreadable') {
      this.unreadable(uri, file.reason);
      return;
    }
    const parsed = parseAnnotationSchema(file.text);
    this.problems.set(uri, parsed.diagnostics.map(toDiagnostic));
    if (parsed.schema) this.schemas.set(key, parsed.schema);
    else this.schemas.delete(key);
  }

  private unreadable(uri: vscode.Uri, message: string): void {
    this.schemas.delete(uri.toString());
    this.problems.set(uri, [
      new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error),
    ]);
  }

  dispose(): void {
    this.pending.forEach(timer => clearTimeout(timer));
    this.disposables.forEach(d => d.dispose());
  }
}

/** Lets a hand edit's save settle before the file is read. */
const SETTLE_MS = 100;

function schemaUri(folder: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(folder, SCHEMA_FILE_NAME);
}
