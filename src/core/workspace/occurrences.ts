import type { TextRange } from './search';

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
