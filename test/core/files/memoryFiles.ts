import type { FileAccess, FileKind, FileStat } from '../../../src/core/files';

interface Entry {
  kind: FileKind;
  bytes: Uint8Array;
  mtime: number;
}

/**
 * An in-memory file system for the flow's tests: paths with `/`, a clock that ticks on every change,
 * and hooks run before each read and each rename, where a test can play another writer at the worst moment.
 */
export class MemoryFiles implements FileAccess<string> {
  readonly entries = new Map<string, Entry>();
  clock = 1000;
  beforeRename: ((from: string, to: string) => Promise<void> | void) | undefined;
  beforeRead: ((file: string) => Promise<void> | void) | undefined;
  /** How many bytes each read returned, in order. */
  readonly bytesRead: number[] = [];

  put(file: string, text: string | Uint8Array, kind: FileKind = 'file'): void {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    this.entries.set(file, { kind, bytes, mtime: ++this.clock });
  }

  text(file: string): string | undefined {
    const entry = this.entries.get(file);
    return entry && new TextDecoder('utf-8', { ignoreBOM: true }).decode(entry.bytes);
  }

  names(folder: string): string[] {
    return [...this.entries.keys()].filter(k => k.startsWith(folder + '/')).map(k => k.slice(folder.length + 1));
  }

  key(file: string): string {
    return file;
  }

  name(file: string): string {
    return file.slice(file.lastIndexOf('/') + 1);
  }

  sibling(file: string, name: string): string {
    return file.slice(0, file.lastIndexOf('/') + 1) + name;
  }

  async stat(file: string): Promise<FileStat | undefined> {
    const entry = this.entries.get(file);
    return entry && { kind: entry.kind, size: entry.bytes.length, mtime: entry.mtime };
  }

  async read(file: string, limit?: number): Promise<Uint8Array> {
    await this.beforeRead?.(file);
    const entry = this.entries.get(file);
    if (!entry) throw new Error(`${file}: no such file`);
    if (entry.kind !== 'file') throw new Error(`${file}: read of a ${entry.kind}, which would hang or fail`);
    const bytes = limit === undefined ? entry.bytes : entry.bytes.subarray(0, limit + 1);
    this.bytesRead.push(bytes.length);
    return bytes;
  }

  async write(file: string, bytes: Uint8Array): Promise<void> {
    this.put(file, bytes);
  }

  async create(file: string, bytes: Uint8Array): Promise<boolean> {
    if (this.entries.has(file)) return false;
    this.put(file, bytes);
    return true;
  }

  async rename(from: string, to: string): Promise<void> {
    await this.beforeRename?.(from, to);
    const entry = this.entries.get(from);
    if (!entry) throw new Error(`${from}: no such file`);
    this.entries.delete(from);
    this.entries.set(to, entry);
  }

  async delete(file: string): Promise<void> {
    this.entries.delete(file);
  }

  async siblings(file: string): Promise<string[]> {
    return this.names(file.slice(0, file.lastIndexOf('/'))).filter(n => !n.includes('/'));
  }
}
