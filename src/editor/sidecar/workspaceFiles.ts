import * as vscode from 'vscode';
import type { FileAccess, FileStat, SidecarFile } from '../../core/files';

/**
 * What local files can do in one step and `workspace.fs` cannot: the Node build passes `node:fs`
 * versions (the operating system's rename, create-if-absent, and a read that stops at a limit), used
 * when the paths are local.
 */
export interface LocalSteps {
  rename(fromPath: string, toPath: string): Promise<void>;
  /** Reads at most `limit + 1` bytes of the file, however much it grows meanwhile. */
  read(path: string, limit: number): Promise<Uint8Array>;
  /** Creates the file only if nothing is there; false when something is. */
  create(path: string, bytes: Uint8Array): Promise<boolean>;
}

/** The file name at the end of a URI's path. */
export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Why a file a user picked could not be read, as a sentence naming it. */
export function unreadReason(file: vscode.Uri, read: Exclude<SidecarFile, { state: 'read' }>): string {
  return read.state === 'missing' ? `${basename(file)} cannot be found.` : read.reason;
}

const isLocal = (...uris: vscode.Uri[]) => uris.every(u => u.scheme === 'file');

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/**
 * The editor's file access: `workspace.fs`, so that the same code works on remote and virtual file
 * systems and in the browser. There, replacing a file through `workspace.fs.rename` may delete the
 * target first, and creating a lock is a check then a write; local files in the Node build take the
 * atomic steps instead.
 */
export class WorkspaceFiles implements FileAccess<vscode.Uri> {
  constructor(private readonly local?: LocalSteps) {}

  key(uri: vscode.Uri): string {
    return uri.toString();
  }

  name(uri: vscode.Uri): string {
    return basename(uri);
  }

  sibling(uri: vscode.Uri, name: string): vscode.Uri {
    return uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/') + 1) + name });
  }

  async stat(uri: vscode.Uri): Promise<FileStat | undefined> {
    try {
      const { type, size, mtime } = await vscode.workspace.fs.stat(uri);
      // FileType is a bit set (a link to a file is File | SymbolicLink); a pipe or a device is Unknown.
      const kind = type & vscode.FileType.File ? 'file' : type & vscode.FileType.Directory ? 'directory' : 'other';
      return { kind, size, mtime };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async read(uri: vscode.Uri, limit?: number): Promise<Uint8Array> {
    if (limit === undefined) return vscode.workspace.fs.readFile(uri);
    if (this.local && isLocal(uri)) return this.local.read(uri.fsPath, limit);
    // workspace.fs has no partial read: the whole file is read, and only what the caller may use is kept.
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length > limit ? bytes.slice(0, limit + 1) : bytes;
  }

  async write(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
    await vscode.workspace.fs.writeFile(uri, bytes);
  }

  async create(uri: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
    if (this.local && isLocal(uri)) return this.local.create(uri.fsPath, bytes);
    if (await this.stat(uri)) return false;
    await this.write(uri, bytes);
    return true;
  }

  async rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    if (this.local && isLocal(from, to)) return this.local.rename(from.fsPath, to.fsPath);
    await vscode.workspace.fs.rename(from, to, { overwrite: true });
  }

  async delete(uri: vscode.Uri): Promise<void> {
    await vscode.workspace.fs.delete(uri).then(undefined, error => {
      if (!isNotFound(error)) throw error;
    });
  }

  async siblings(uri: vscode.Uri): Promise<string[]> {
    const folder = uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) || '/' });
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.map(([name]) => name);
  }
}
