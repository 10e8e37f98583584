/**
 * Units of an edited article from those of the version before: only the edited lines, or the block
 * they belong to, are split again; units before them are kept and units after them moved by the
 * edit's length change. The result is always `splitUnits(text, limits)`, which a property test checks.
 */
import { editBounds } from './reuse';
import {
  DEFAULT_MAX_BLOCK_CHARS,
  DEFAULT_MAX_UNIT_CHARS,
  splitLines,
  splitUnits,
  type Unit,
  type UnitLimits,
} from './units';

/** Whether the line [from, to) (without its newline) is empty or white space only, as `splitUnits` counts it. */
function blankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12 && c !== 0xa0 && !/\s/.test(text[i])) return false;
  }
  return true;
}

/** Whether any line meeting [from, to] is blank. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let start = from; start <= to;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (blankLine(text, start, end)) return true;
    start = end + 1;
  }
  return false;
}

/**
 * The block (run of non-blank lines) holding the lines [from, to] (a line start, and the end of a
 * line: its newline or the text's end), and whether `splitUnits` cuts it into lines. The search
 * stops once the block is known to be longer than `maxBlock`; its extent is `exact` when it did not.
 */
function blockAround(text: string, from: number, to: number, maxBlock: number) {
  let exact = true;
  let start = from;
  while (start > 0) {
    if (to - start > maxBlock + 1) {
      exact = false;
      break;
    }
    const lineStart = text.lastIndexOf('\n', start - 2) + 1;
    if (blankLine(text, lineStart, start - 1)) break;
    start = lineStart;
  }
  let end = to;
  while (exact && end < text.length) {
    if (end - start > maxBlock + 1) {
      exact = false;
      break;
    }
    let lineEnd = text.indexOf('\n', end + 1);
    if (lineEnd < 0) lineEnd = text.length;
    if (blankLine(text, end + 1, lineEnd)) break;
    end = lineEnd;
  }
  // As `splitUnits` measures a block: to the end of its last line, without a carriage return.
  const length = (end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end) - start;
  const oneLine = exact && start === from && end === to && text.lastIndexOf('\n', to - 1) < from;
  return { start, end, split: !exact || length > maxBlock || oneLine, exact };
}

function cut(text: string, start: number, length: number): Unit {
  return { text: text.slice(start, start + length), start };
}

/** Index of the first unit starting at or after `offset`. */
function firstFrom(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `splitUnits(text, limits)`, given `units = splitUnits(prev, limits)`: the units before the edited
 * stretch are kept, those after it moved, and only the stretch split again.
 */
export function splitUnitsAfterEdit(
  prev: string,
  units: readonly Unit[],
  text: string,
  limits: UnitLimits = {},
): Unit[] {
  if (prev === text) return units.map(u => cut(text, u.start, u.text.length));
  const maxUnit = limits.maxUnitChars ?? DEFAULT_MAX_UNIT_CHARS;
  const maxBlock = Math.min(limits.maxBlockChars ?? DEFAULT_MAX_BLOCK_CHARS, maxUnit);
  const { prefix, suffix } = editBounds(prev, text);
  const delta = text.length - prev.length;
  // The edited lines: from the start of the line where the texts first differ to the end of the line where they agree again.
  const from = prefix === 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
  let to = text.indexOf('\n', text.length - suffix);
  if (to < 0) to = text.length;
  // A blank line made or removed moves block boundaries: then everything is split again.
  if (hasBlankLine(text, from, to) || hasBlankLine(prev, from, to - delta)) return splitUnits(text, limits);
  const now = blockAround(text, from, to, maxBlock);
  const before = blockAround(prev, from, to - delta, maxBlock);
  let redo: { start: number; end: number };
  if (now.split && before.split) redo = { start: from, end: to };
  else {
    // One of the two is a whole block no longer than maxBlock: its extent gives the other's.
    const start = now.exact ? now.start : before.start;
    const end = now.exact ? now.end : before.end + delta;
    redo = { start, end };
  }
  const kept = firstFrom(units, redo.start);
  const moved = firstFrom(units, redo.end - delta + 1);
  const fresh =
    now.split && before.split
      ? splitLines(text, redo.start, redo.end, maxUnit)
      : splitUnits(text.slice(redo.start, redo.end), limits).map(u => ({ text: u.text, start: u.start + redo.start }));
  // Every unit's text is cut from this version: a unit of an earlier version would keep it alive.
  const out: Unit[] = new Array(kept + fresh.length + units.length - moved);
  let k = 0;
  for (let i = 0; i < kept; i++) out[k++] = cut(text, units[i].start, units[i].text.length);
  for (const u of fresh) out[k++] = u;
  for (let i = moved; i < units.length; i++) out[k++] = cut(text, units[i].start + delta, units[i].text.length);
  return out;
}
