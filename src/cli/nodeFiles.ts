import { constants, promises as fs } from 'fs';
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

  async read(file) {
    // Non-blocking, so that a pipe put in the file's place since it was checked cannot hang the read.
    const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!(await handle.stat()).isFile()) throw new Error(`${file} is not a regular file`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  },

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

function statOf(s: import('fs').Stats): FileStat {
  return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
