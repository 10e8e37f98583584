/**
 * Splitting an article into independently analysable units.
 *
 * A unit is one line: news text keeps each paragraph on one line, and a newline is a boundary no
 * entity or date crosses, so per-line results are the same as in-context results. A trailing "\r"
 * (CRLF files) is not part of the unit. Blank lines produce no unit.
 *
 * A line longer than `maxUnitChars` (a file with no line breaks, a pasted table) is cut into
 * pieces, preferring a sentence end, else a space, so that no single unit can block the host for
 * long. The cut depends only on the line's own content, so the pieces stay cacheable.
 */

/** One unit: its text and the offset of its first character in the article. */
export interface Unit {
  text: string;
  start: number;
}

/** Default longest unit, in UTF-16 code units. */
export const DEFAULT_MAX_UNIT_CHARS = 20_000;

const WHITESPACE = /\s/;

export function splitUnits(text: string, maxUnitChars = DEFAULT_MAX_UNIT_CHARS): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.length > 0 && !isBlank(line)) {
      if (line.length <= maxUnitChars) units.push({ text: line, start: offset });
      else pushPieces(units, line, offset, maxUnitChars);
    }
    offset += rawLine.length + 1;
  }
  return units;
}

function isBlank(line: string): boolean {
  // Fast path: most lines start with a visible character.
  return WHITESPACE.test(line[0]) && line.trim().length === 0;
}

function pushPieces(units: Unit[], line: string, offset: number, max: number): void {
  let from = 0;
  while (line.length - from > max) {
    const cut = findCut(line, from, from + max);
    pushUnlessBlank(units, line.slice(from, cut), offset + from);
    from = cut;
  }
  pushUnlessBlank(units, line.slice(from), offset + from);
}

function pushUnlessBlank(units: Unit[], text: string, start: number): void {
  if (!isBlank(text)) units.push({ text, start });
}

/** A cut position in (from, limit]: after a sentence end plus space, else after a space, else hard. */
function findCut(line: string, from: number, limit: number): number {
  const lowest = from + Math.floor((limit - from) / 2);
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    if (line[i] !== ' ') continue;
    const before = line[i - 1];
    if (before === '.' || before === '!' || before === '?') return i + 1;
    if (space < 0) space = i + 1;
    if (i < lowest) break;
  }
  if (space > 0) return space;
  // No space at all: a hard cut, but never between the halves of a surrogate pair.
  const code = line.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
