/**
 * What the article and sidecar flow needs from a file system, so that the one flow in the core runs
 * over VS Code's `workspace.fs` in the editor, `node:fs` in the command line, and memory in the tests.
 * `Ref` names a file: a URI in the editor, a path on the command line.
 */
export interface FileAccess<Ref> {
  /** A string naming the file, equal for equal files (for maps and messages). */
  key(ref: Ref): string;
  /** The file's own name, without its folder. */
  name(ref: Ref): string;
  /** The file called `name` in the same folder as `ref`. */
  sibling(ref: Ref, name: string): Ref;
  /** What is there, following links; undefined when nothing is. Never opens the file. */
  stat(ref: Ref): Promise<FileStat | undefined>;
  /**
   * The bytes of a regular file (the flow only reads one after `stat` said it is one, of acceptable size).
   * Given `limit`, a file that has grown past it since is not read whole: at most `limit + 1` bytes come
   * back, enough to tell it is too large. (Off the local disk, `workspace.fs` can only read a whole file,
   * which is then cut.)
   */
  read(ref: Ref, limit?: number): Promise<Uint8Array>;
  /** Creates or overwrites a file. */
  write(ref: Ref, bytes: Uint8Array): Promise<void>;
  /**
   * Creates a file only when nothing is there; false when something is. In one step where the file
   * system allows it (local files); otherwise a check then a write.
   */
  create(ref: Ref, bytes: Uint8Array): Promise<boolean>;
  /** Moves `from` onto `to`, replacing it: in one step where the file system allows it (local files). */
  rename(from: Ref, to: Ref): Promise<void>;
  /** Deletes a file; nothing happens when it is already gone. */
  delete(ref: Ref): Promise<void>;
  /** Names of the entries of the folder holding `ref` (empty when it cannot be listed). */
  siblings(ref: Ref): Promise<string[]>;
}

/** `file`: a regular file; `other`: a FIFO, a device, a socket or a broken link, which is never opened. */
export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  /** Bytes. */
  size: number;
  /** Last modification, in milliseconds since 1970. */
  mtime: number;
}
