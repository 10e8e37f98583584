import { constants, promises as fs } from 'fs';
import type { FileHandle } from 'fs/promises';
import * as path from 'path';
import type { FileAccess, FileStat } from '../core/files';

/** The command line's file access: paths, `node:fs`, atomic rename and exclusive create as the system gives them. */
export const nodeFiles: FileAccess<string> = {
  key: file => path.resolve(file),
  name: file => path.basename(file),
  sibling: (file, name) => path.join(path.dirname(file), name),

  async stat(file) {
    for (;;) {
      try {
        return statOf(await fs.stat(file));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      // Nothing there, or a link to nothing (which is there, but is not a file). Anything else means the
      // file appeared in between (another writer renamed it into place): look again.
      const link = await fs.lstat(file).catch(() => undefined);
      if (!link) return undefined;
      if (link.isSymbolicLink()) return { kind: 'other', size: 0, mtime: link.mtimeMs };
    }
  },

  read: readLocalFile,

  write: (file, bytes) => fs.writeFile(file, bytes, { flag: 'wx' }),

  async create(file, bytes) {
    try {
      await fs.writeFile(file, bytes, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  },

  rename: (from, to) => fs.rename(from, to),
  delete: file => fs.rm(file, { force: true }),
  siblings: file => fs.readdir(path.dirname(file)),
};

/**
 * A local file's bytes; given `limit`, at most `limit + 1` of them, however much the file grows while it
 * is read. Opened non-blocking, so that a pipe put in the file's place since it was checked cannot hang
 * the read.
 */
export async function readLocalFile(file: string, limit?: number): Promise<Uint8Array> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error(`${file} is not a regular file`);
    return limit === undefined ? await handle.readFile() : await readAtMost(handle, limit + 1, stat.size);
  } finally {
    await handle.close();
  }
}

/** Up to `most` bytes from the start of the file, in a buffer sized for `size`, its size when it was opened. */
async function readAtMost(handle: FileHandle, most: number, size: number): Promise<Uint8Array> {
  // One byte more than the file had, so that a file that did not grow is read to its end in one buffer.
  let buffer = Buffer.allocUnsafe(Math.min(most, size + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === most) break;
      const larger = Buffer.allocUnsafe(Math.min(most, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

function statOf(s: import('fs').Stats): FileStat {
  return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
