/** A range of text, end exclusive, in UTF-16 units. */
export interface TextRange {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every whole-word, exact-case occurrence of `phrase` in `text`: "KCNA" is found in "KCNA's" but not in
 * "KCNAX", and "U.S." not inside "U.S.A.".
 */
export function findOccurrences(text: string, phrase: string): TextRange[] {
  const found: TextRange[] = [];
  if (!phrase) return found;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (at > 0 && WORD_CHAR.test(text[at - 1])) continue;
    if (end < text.length && WORD_CHAR.test(text[end])) continue;
    found.push({ start: at, end });
    at = end - 1;
  }
  return found;
}

/** The ranges that overlap none of `taken` (already annotated text, say). */
export function freeRanges(ranges: readonly TextRange[], taken: readonly TextRange[]): TextRange[] {
  return ranges.filter(r => !taken.some(t => t.start < r.end && r.start < t.end));
}

/** One line of context around a range, for previews ("…the agency KCNA said on…"). */
export function contextLine(text: string, range: TextRange, width = 40): string {
  const from = Math.max(0, range.start - width);
  const to = Math.min(text.length, range.end + width);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, to)).trim()}${to < text.length ? '…' : ''}`;
}
