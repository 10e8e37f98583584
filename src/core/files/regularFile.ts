import { FileAccess, FileStat } from './access';

/** A regular file's bytes as found on disk, or why they were not read. */
type RegularFile =
  | { state: 'read'; bytes: Uint8Array }
  | { state: 'missing' }
  /** `problem`: what it is instead, to follow the file's name: `is a folder, not a file`. */
  | { state: 'not a file'; problem: string }
  /** `size`: its size in bytes when it was refused. */
  | { state: 'too large'; size: number };

/**
 * A regular file of at most `maxBytes`, checked before it is opened (its type, then its size) and read
 * so that what changes between the check and the read cannot hurt: a file deleted meanwhile (git, a
 * script, another window deleting it at that moment) is missing, as if it had gone before the check,
 * and one that grew past the limit (a tool appending to it) is not read whole into memory. Other
 * failures to read are passed on.
 */
export async function readRegularFile<Ref>(
  files: FileAccess<Ref>,
  ref: Ref,
  maxBytes = Infinity,
): Promise<RegularFile> {
  const stat = await files.stat(ref);
  if (!stat) return { state: 'missing' };
  const problem = notAFile(stat);
  if (problem) return { state: 'not a file', problem };
  if (stat.size > maxBytes) return { state: 'too large', size: stat.size };
  let bytes: Uint8Array;
  try {
    bytes = await files.read(ref, Number.isFinite(maxBytes) ? maxBytes : undefined);
  } catch (error) {
    if (!(await files.stat(ref))) return { state: 'missing' };
    throw error;
  }
  if (bytes.length <= maxBytes) return { state: 'read', bytes };
  // Only its first bytes were read: its size now is for the message.
  return { state: 'too large', size: (await files.stat(ref))?.size ?? bytes.length };
}

/** What a file that is there is instead of a regular file, or undefined for a regular file. */
function notAFile(stat: FileStat): string | undefined {
  if (stat.kind === 'directory') return 'is a folder, not a file';
  if (stat.kind === 'other') return 'is not a regular file (a pipe, a device or a broken link)';
  return undefined;
}
