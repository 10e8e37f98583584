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
    void next.finally(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    }).catch(() => undefined);
    return next;
  }

  /** Resolves when every queued write has finished (used before moving a file). */
  async idle(target: vscode.Uri): Promise<void> {
    await this.queues.get(target.toString())?.catch(() => undefined);
  }
}

async function writeAtomically(target: vscode.Uri, content: string, replace: ReplaceFile): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = target.with({ path: target.path.slice(0, target.path.length - name.length) + `.${name}.${randomSuffix()}.tmp` });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await replace(temp, target);
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
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
