import * as vscode from 'vscode';

/** Replaces `target` by `temp` in one step; the Node build uses the operating system's atomic rename. */
export type ReplaceFile = (temp: vscode.Uri, target: vscode.Uri) => Promise<void>;

/** Portable replacement through `workspace.fs` (remote and virtual file systems, the browser). */
export const replaceThroughWorkspace: ReplaceFile = async (temp, target) => {
  await vscode.workspace.fs.rename(temp, target, { overwrite: true });
};

/**
 * Atomic, serialised file writes: the content goes to a temporary file beside the target, then a
 * rename replaces the target, so a crash mid-write never leaves a half-written sidecar. Writes to
 * one file never overlap.
 */
export class AtomicWriter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly replace: ReplaceFile) {}

  write(target: vscode.Uri, content: string): Promise<void> {
    const key = target.toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => writeAtomically(target, content, this.replace));
    this.queues.set(key, next);
    void next
      .finally(() => {
        if (this.queues.get(key) === next) this.queues.delete(key);
      })
      .catch(() => undefined);
    return next;
  }

  /** Resolves when every queued write has finished (used before moving a file). */
  async idle(target: vscode.Uri): Promise<void> {
    await this.queues.get(target.toString())?.catch(() => undefined);
  }
}

/** The file name at the end of a URI's path. */
export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The temporary file a write of `target` goes through: `.NAME.RANDOM.tmp` beside it. */
function tempFileFor(target: vscode.Uri): vscode.Uri {
  const name = basename(target);
  return target.with({
    path: target.path.slice(0, target.path.length - name.length) + `.${name}.${randomSuffix()}.tmp`,
  });
}

/** Whether `entry` is the name of a temporary file `tempFileFor` makes for a target named `name`. */
function isTempFileOf(entry: string, name: string): boolean {
  const head = `.${name}.`;
  return (
    entry.startsWith(head) && entry.endsWith('.tmp') && /^[a-z0-9]{1,8}$/.test(entry.slice(head.length, -'.tmp'.length))
  );
}

async function writeAtomically(target: vscode.Uri, content: string, replace: ReplaceFile): Promise<void> {
  const temp = tempFileFor(target);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await replace(temp, target);
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

/**
 * The newest temporary file a write of `target` left behind, when `target` itself is missing. A
 * replacement through `workspace.fs.rename` may delete the target before moving the new file in; a
 * crash in between leaves only the temporary file, which then holds the latest content.
 */
export async function interruptedWrite(target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const name = basename(target);
  const folder = target.with({ path: target.path.slice(0, target.path.length - name.length - 1) || '/' });
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined;
  }
  let newest: { uri: vscode.Uri; mtime: number } | undefined;
  for (const [entry, type] of entries) {
    if (type !== vscode.FileType.File || !isTempFileOf(entry, name)) continue;
    const uri = vscode.Uri.joinPath(folder, entry);
    const { mtime } = await vscode.workspace.fs.stat(uri);
    if (!newest || mtime > newest.mtime) newest = { uri, mtime };
  }
  return newest?.uri;
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Reads a file as UTF-8, or undefined when it does not exist. */
export async function readTextIfExists(uri: vscode.Uri): Promise<{ text: string; size: number } | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: new TextDecoder('utf-8').decode(bytes), size: bytes.byteLength };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Size in bytes, or undefined when the file does not exist. */
export async function sizeIfExists(uri: vscode.Uri): Promise<number | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).size;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}
