/** Finding a name in article files: whole words, exact case, any whitespace between its words. */

export interface TextRange {
  start: number;
  end: number;
}

/** Files above this size are skipped by the workspace search: articles are far smaller. */
export const MAX_SEARCH_BYTES = 5 * 1024 * 1024;

/** Why a file above `MAX_SEARCH_BYTES` is not searched (its size is checked before it is read). */
export const TOO_LARGE_TO_SEARCH = `larger than ${MAX_SEARCH_BYTES / 1048576} MB`;

/**
 * Every occurrence of `name` in `text` as whole words ("Lee" is not found in "Leeds"), case-sensitive
 * (the name of a person, not the word "bank"), with any run of whitespace, line breaks included,
 * standing for the spaces between its words so a name wrapped across lines is still found.
 */
export function findName(text: string, name: string): TextRange[] {
  const words = name
    .trim()
    .split(/\s+/)
    .filter(w => w.length > 0);
  if (words.length === 0) return [];
  const body = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0]+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])${body}(?![\\p{L}\\p{N}\\p{M}_])`, 'gu');
  const found: TextRange[] = [];
  for (const m of text.matchAll(pattern)) found.push({ start: m.index!, end: m.index! + m[0].length });
  return found;
}

/**
 * Why a file of at most `MAX_SEARCH_BYTES` is not searched, or undefined to search it: a NUL byte near
 * the start marks a binary file.
 */
export function skipReason(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : undefined;
}

/** Line and character (UTF-16 units) of each offset, counting \n, \r\n and \r as line breaks as VS Code does. */
export function positionsOf(text: string, offsets: readonly number[]): { line: number; character: number }[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return offsets.map(offset => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  });
}
