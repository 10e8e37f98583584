/**
 * Splitting an article into independently analysable units.
 *
 * A unit is a block of non-blank lines (a Markdown paragraph), so hard-wrapped sentences keep
 * their context. News text often has no blank lines at all and one paragraph per line; a block
 * longer than `maxBlockChars` is therefore split into its lines, which keeps an edit's work small.
 * No entity or date crosses a line boundary in such text. A trailing "\r" (CRLF files) is not part
 * of a unit, and blank lines produce none.
 *
 * A line longer than `maxUnitChars` (a file with no line breaks, a pasted table) is cut into
 * pieces, preferring a sentence end, else a space, so that no single unit can block the host for
 * long. Every cut depends only on the block's own content, so units stay cacheable.
 */

/** One unit: its text and the offset of its first character in the article. */
export interface Unit {
  text: string;
  start: number;
}

export interface UnitLimits {
  /** Longest multi-line block kept whole. Default 2,000 code units. */
  maxBlockChars?: number;
  /** Longest unit; longer lines are cut. Default 20,000 code units. */
  maxUnitChars?: number;
}

export const DEFAULT_MAX_BLOCK_CHARS = 2_000;
export const DEFAULT_MAX_UNIT_CHARS = 20_000;

const WHITESPACE = /\s/;

interface Line {
  text: string;
  start: number;
}

export function splitUnits(text: string, limits: UnitLimits = {}): Unit[] {
  const maxUnit = limits.maxUnitChars ?? DEFAULT_MAX_UNIT_CHARS;
  const maxBlock = Math.min(limits.maxBlockChars ?? DEFAULT_MAX_BLOCK_CHARS, maxUnit);
  const units: Unit[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length > 0) pushBlock(units, text, block, maxBlock, maxUnit);
    block = [];
  };
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.length === 0 || isBlank(line)) flush();
    else block.push({ text: line, start: offset });
    offset += rawLine.length + 1;
  }
  flush();
  return units;
}

function pushBlock(units: Unit[], text: string, block: Line[], maxBlock: number, maxUnit: number): void {
  const first = block[0];
  const last = block[block.length - 1];
  const end = last.start + last.text.length;
  if (block.length === 1 || end - first.start > maxBlock) {
    for (const line of block) pushLine(units, line, maxUnit);
  } else {
    units.push({ text: text.slice(first.start, end), start: first.start });
  }
}

/** A line as its own unit, or cut into pieces when longer than `maxUnit`. */
function pushLine(units: Unit[], line: Line, maxUnit: number): void {
  if (line.text.length <= maxUnit) units.push(line);
  else pushPieces(units, line.text, line.start, maxUnit);
}

/**
 * The units of the lines from `from` (a line start) to `to` (the end of a line), none of them blank,
 * in a block `splitUnits` cuts into lines.
 */
export function splitLines(text: string, from: number, to: number, maxUnit: number): Unit[] {
  const units: Unit[] = [];
  for (let start = from; start <= to;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    pushLine(units, { text: text.slice(start, stop), start }, maxUnit);
    start = end + 1;
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
