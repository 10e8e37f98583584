// Date ranges that end before they start: "March 12-10", "from 2021 to 2019",
// "between June 5, 2026 and June 1, 2026". Runs on one paragraph; offsets are the paragraph's.
import { MONTH, YEAR, compile, monthNumber } from '../dates/lexicon';
import type { CheckDiagnostic, TextEdit } from './types';
import { quoted } from './text';

/** One end of a range as written, with the text it occupies. */
export interface RangeEnd {
  start: number;
  end: number;
  y?: number;
  m?: number;
  d?: number;
}

/** A range as written: both ends, and whether "between … and" joined them. */
export interface WrittenRange {
  start: number;
  end: number;
  from: RangeEnd;
  to: RangeEnd;
}

const ORD = '(?:st|nd|rd|th)?';
const MD = `(${MONTH})_?(\\d{1,2})${ORD}(?:,?_(${YEAR}))?`;
const DM = `(\\d{1,2})${ORD}_(?:of_)?(${MONTH})(?:,?_(${YEAR}))?`;
/** The word or dash joining two ends ("and" only after "between"). */
const JOIN = '(?:_?(?:-|–|—)_?|_(?:to|through|until|till|and)_)';
const MD_RANGE = compile(`\\b(between_)?${MD}${JOIN}${MD}\\b(?![-–]\\d)`, 'g');
const DM_RANGE = compile(`\\b(between_)?${DM}${JOIN}${DM}(?![-–]\\d)`, 'g');
/** "March 12-10": a day range inside one month. */
const DAYS_IN_MONTH = compile(`\\b(${MONTH})_?(\\d{1,2})${ORD}_?[-–—]_?(\\d{1,2})${ORD}\\b(?!_?[-–.,]?\\d)`, 'g');
const DAYS_BEFORE_MONTH = compile(`\\b(\\d{1,2})${ORD}_?[-–—]_?(\\d{1,2})${ORD}_(${MONTH})`, 'g');
const YEARS = compile(
  `(?<![$£€#\\d./-])\\b(from_|between_)?(${YEAR})${JOIN}(${YEAR})\\b(?![-–/.]\\d|_?%|_?B\\.?C)`,
  'g',
);
const ISO = compile(`\\b(\\d{4}-\\d{2}-\\d{2})${JOIN}(\\d{4}-\\d{2}-\\d{2})\\b`, 'g');

const joinedBy = (text: string, a: RangeEnd, b: RangeEnd) => text.slice(a.end, b.start).trim();
/** "and" joins a range only after "between". */
const validJoin = (join: string, between: boolean) => join !== 'and' || between;

function end(start: number, text: string, y?: string, m?: string, d?: string): RangeEnd {
  return {
    start,
    end: start + text.length,
    y: y ? +y : undefined,
    m: m ? monthNumber(m) : undefined,
    d: d ? +d : undefined,
  };
}

/** Ranges of month-day dates ("March 12 to March 10, 2026", "12 to 10 March"), of years and of ISO dates. */
export function writtenRanges(text: string): WrittenRange[] {
  const out: WrittenRange[] = [];
  const push = (m: RegExpExecArray, from: RangeEnd, to: RangeEnd, between: boolean) => {
    if (!validJoin(joinedBy(text, from, to).replace(/\s+/g, ' '), between)) return;
    out.push({ start: m.index + (between ? m[1].length : 0), end: m.index + m[0].length, from, to });
  };
  const locate = (m: RegExpExecArray, group: number, from: number) => m.index + m[0].indexOf(m[group], from - m.index);
  MD_RANGE.lastIndex = 0;
  for (let m = MD_RANGE.exec(text); m; m = MD_RANGE.exec(text)) {
    if (!/^[A-Z]/.test(m[2]) || !/^[A-Z]/.test(m[5])) continue;
    const a = m.index + (m[1]?.length ?? 0);
    const firstEnd = text.slice(a).match(compile(`^${MD}`, ''))![0];
    const b = locate(m, 5, a + firstEnd.length);
    push(m, end(a, firstEnd, m[4], m[2], m[3]), end(b, text.slice(b, m.index + m[0].length), m[7], m[5], m[6]), !!m[1]);
  }
  DM_RANGE.lastIndex = 0;
  for (let m = DM_RANGE.exec(text); m; m = DM_RANGE.exec(text)) {
    if (!/^[A-Z]/.test(m[3]) || !/^[A-Z]/.test(m[6])) continue;
    const a = m.index + (m[1]?.length ?? 0);
    const firstEnd = text.slice(a).match(compile(`^${DM}`, ''))![0];
    const b = locate(m, 5, a + firstEnd.length);
    push(m, end(a, firstEnd, m[4], m[3], m[2]), end(b, text.slice(b, m.index + m[0].length), m[7], m[6], m[5]), !!m[1]);
  }
  DAYS_IN_MONTH.lastIndex = 0;
  for (let m = DAYS_IN_MONTH.exec(text); m; m = DAYS_IN_MONTH.exec(text)) {
    if (!/^[A-Z]/.test(m[1])) continue;
    const a = m.index + m[0].indexOf(m[2], m[1].length);
    const b = m.index + m[0].lastIndexOf(m[3]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { start: a, end: a + m[2].length, m: monthNumber(m[1]), d: +m[2] },
      to: { start: b, end: b + m[3].length, m: monthNumber(m[1]), d: +m[3] },
    });
  }
  DAYS_BEFORE_MONTH.lastIndex = 0;
  for (let m = DAYS_BEFORE_MONTH.exec(text); m; m = DAYS_BEFORE_MONTH.exec(text)) {
    if (!/^[A-Z]/.test(m[3])) continue;
    const b = m.index + m[0].indexOf(m[2], m[1].length);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { start: m.index, end: m.index + m[1].length, m: monthNumber(m[3]), d: +m[1] },
      to: { start: b, end: b + m[2].length, m: monthNumber(m[3]), d: +m[2] },
    });
  }
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const a = m.index + (m[1]?.length ?? 0);
    const b = m.index + m[0].lastIndexOf(m[3]);
    const join = text.slice(a + 4, b).trim();
    if (!validJoin(join, /^between/i.test(m[1] ?? ''))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, from: end(a, m[2], m[2]), to: end(b, m[3], m[3]) });
  }
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m; m = ISO.exec(text)) {
    const [y1, m1, d1] = m[1].split('-');
    const [y2, m2, d2] = m[2].split('-');
    const b = m.index + m[0].lastIndexOf(m[2]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { start: m.index, end: m.index + 10, y: +y1, m: +m1, d: +d1 },
      to: { start: b, end: b + 10, y: +y2, m: +m2, d: +d2 },
    });
  }
  return out;
}

/**
 * Whether a range certainly ends before it starts. Both years written: compare the dates. Otherwise
 * only within one month ("March 12 to March 10"): "Dec. 30 to Jan. 2" crosses a new year.
 */
export function isReversed(r: WrittenRange): boolean {
  const { from: a, to: b } = r;
  if (a.y !== undefined && b.y !== undefined) {
    return a.y * 400 + (a.m ?? 0) * 32 + (a.d ?? 0) > b.y * 400 + (b.m ?? 0) * 32 + (b.d ?? 0);
  }
  return a.m !== undefined && a.m === b.m && a.d !== undefined && b.d !== undefined && a.d > b.d;
}

/** The day number inside one end of a range ("12" in "March 12, 2026"), in paragraph offsets. */
function dayDigits(text: string, e: RangeEnd): { start: number; end: number } | undefined {
  if (e.d === undefined) return undefined;
  const m = new RegExp(`\\b0?${e.d}(?!\\d)`).exec(text.slice(e.start, e.end));
  return m ? { start: e.start + m.index, end: e.start + m.index + m[0].length } : undefined;
}

/** Swapping the ends: only the day numbers when both lie in one month ("March 10 to March 12, 2026"). */
function swapEdits(text: string, r: WrittenRange): TextEdit[] {
  const { from: a, to: b } = r;
  const dayA = dayDigits(text, a);
  const dayB = dayDigits(text, b);
  const oneMonth = a.m === b.m && (a.y === undefined || b.y === undefined || a.y === b.y);
  const [x, y] = oneMonth && dayA && dayB ? [dayA, dayB] : [a, b];
  return [
    { start: x.start, end: x.end, newText: text.slice(y.start, y.end) },
    { start: y.start, end: y.end, newText: text.slice(x.start, x.end) },
  ];
}

export function reversedRanges(text: string): CheckDiagnostic[] {
  const seen = new Set<string>();
  const out: CheckDiagnostic[] = [];
  for (const r of writtenRanges(text)) {
    const key = `${r.from.start}:${r.to.end}`;
    if (!isReversed(r) || seen.has(key)) continue;
    seen.add(key);
    const edits = swapEdits(text, r);
    let swapped = text.slice(r.start, r.end);
    for (const e of [...edits].sort((p, q) => q.start - p.start))
      swapped = swapped.slice(0, e.start - r.start) + e.newText + swapped.slice(e.end - r.start);
    out.push({
      code: 'reversed-range',
      family: 'rangesAndAges',
      severity: 'warning',
      start: r.start,
      end: r.end,
      message: `${quoted(text.slice(r.start, r.end))} ends before it starts.`,
      fixes: [{ kind: 'edit', title: `Swap the ends: ${quoted(swapped)}`, edits }],
    });
  }
  return out;
}
