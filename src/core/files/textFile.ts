import { Diagnostic, ParseResult } from '../sidecar/parse';
import { FileAccess } from './access';
import { readRegularFile } from './regularFile';
import { DecodedText, decodeSidecar } from './text';

/** A text file (a sidecar, the registry) as found on disk. */
export type TextFile =
  | { state: 'missing' }
  | {
      state: 'unreadable';
      /** What is wrong, to follow the file's name: `is a folder, not a file`. */
      problem: string;
      /** A sentence for the user: what is wrong and that the file is left alone. */
      reason: string;
      diagnostics: Diagnostic[];
    }
  | ({ state: 'read' } & DecodedText);

/** A sidecar as found on disk: a text file, read as a sidecar when it is one. */
export type SidecarFile = Exclude<TextFile, { state: 'read' }> | ({ state: 'read'; parsed: ParseResult } & DecodedText);

/** A text file of at most `maxBytes`, strictly UTF-8; its type and size are checked before it is opened. */
export async function readTextFile<Ref>(files: FileAccess<Ref>, ref: Ref, maxBytes: number): Promise<TextFile> {
  const name = files.name(ref);
  const file = await readRegularFile(files, ref, maxBytes);
  if (file.state === 'missing') return file;
  if (file.state === 'not a file') return unreadable(name, file.problem);
  if (file.state === 'too large')
    return unreadable(name, `is ${megabytes(file.size)} MB, above the ${megabytes(maxBytes)} MB limit`);
  const decoded = decodeSidecar(file.bytes);
  if ('invalid' in decoded) {
    const { line, byte, value } = decoded.invalid;
    const hex = value.toString(16).toUpperCase().padStart(2, '0');
    return unreadable(
      name,
      `is not UTF-8 text (byte 0x${hex} at line ${line}, byte ${byte} of the line; save it as UTF-8 to use it)`,
      line - 1,
    );
  }
  return { state: 'read', ...decoded };
}

function unreadable(name: string, problem: string, line = 0): TextFile {
  const reason = `${name} ${problem}; it is not opened and will not be changed.`;
  return {
    state: 'unreadable',
    problem,
    reason,
    diagnostics: [{ message: reason, line, column: 0, severity: 'error' }],
  };
}

/** A size in bytes as MB for a message: `20`, `20.5`. */
export function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1).replace(/\.0$/, '');
}
