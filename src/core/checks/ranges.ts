// Date ranges that end before they start: "March 12-10", "from 2021 to 2019",
// "between June 5, 2026 and June 1, 2026". Runs on one paragraph; offsets are the paragraph's.
import { MONTH, YEAR, compile, monthNumber } from '../dates/lexicon';
import type { CheckDiagnostic, TextEdit } from './types';
import { quoted } from './text';

/** One end of a range as written, with the text it occupies. */
interface RangeEnd {
  start: number;
  end: number;
  y?: number;
  m?: number;
  d?: number;
}

/** A range as written: both ends, and whether "between … and" joined them. */
interface WrittenRange {
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

const MD_START = compile(`^${MD}`, '');
const DM_START = compile(`^${DM}`, '');

/** Every match of a global pattern in `text`. */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** A range of two written dates ("March 12 to March 10, 2026", "between 5 June and 1 June"). */
function datesRange(text: string, m: RegExpExecArray, dayFirst: boolean): WrittenRange | undefined {
  const [month1, month2] = dayFirst ? [m[3], m[6]] : [m[2], m[5]];
  if (!/^[A-Z]/.test(month1) || !/^[A-Z]/.test(month2)) return undefined;
  const between = !!m[1];
  const a = m.index + (m[1]?.length ?? 0);
  const first = (dayFirst ? DM_START : MD_START).exec(text.slice(a))![0];
  // The second end starts with its month (or its day) after the first end.
  const b = m.index + m[0].indexOf(m[5], a + first.length - m.index);
  const second = text.slice(b, m.index + m[0].length);
  const from = dayFirst ? end(a, first, m[4], m[3], m[2]) : end(a, first, m[4], m[2], m[3]);
  const to = dayFirst ? end(b, second, m[7], m[6], m[5]) : end(b, second, m[7], m[5], m[6]);
  if (!validJoin(joinedBy(text, from, to).replace(/\s+/g, ' '), between)) return undefined;
  return { start: a, end: m.index + m[0].length, from, to };
}

/** Days of one month: "March 12-10" (`monthFirst`), "12-10 March". */
function daysRange(m: RegExpExecArray, monthFirst: boolean): WrittenRange | undefined {
  const [month, d1, d2] = monthFirst ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
  if (!/^[A-Z]/.test(month)) return undefined;
  const a = monthFirst ? m.index + m[0].indexOf(d1, month.length) : m.index;
  const b = m.index + (monthFirst ? m[0].lastIndexOf(d2) : m[0].indexOf(d2, d1.length));
  return {
    start: m.index,
    end: m.index + m[0].length,
    from: { start: a, end: a + d1.length, m: monthNumber(month), d: +d1 },
    to: { start: b, end: b + d2.length, m: monthNumber(month), d: +d2 },
  };
}

function yearsRange(text: string, m: RegExpExecArray): WrittenRange | undefined {
  const a = m.index + (m[1]?.length ?? 0);
  const b = m.index + m[0].lastIndexOf(m[3]);
  if (!validJoin(text.slice(a + 4, b).trim(), /^between/i.test(m[1] ?? ''))) return undefined;
  return { start: m.index, end: m.index + m[0].length, from: end(a, m[2], m[2]), to: end(b, m[3], m[3]) };
}

function isoRange(m: RegExpExecArray): WrittenRange {
  const [y1, m1, d1] = m[1].split('-');
  const [y2, m2, d2] = m[2].split('-');
  const b = m.index + m[0].lastIndexOf(m[2]);
  return {
    start: m.index,
    end: m.index + m[0].length,
    from: { start: m.index, end: m.index + 10, y: +y1, m: +m1, d: +d1 },
    to: { start: b, end: b + 10, y: +y2, m: +m2, d: +d2 },
  };
}

/** Ranges of month-day dates ("March 12 to March 10, 2026", "12 to 10 March"), of years and of ISO dates. */
export function writtenRanges(text: string): WrittenRange[] {
  const found = [
    ...[...matches(MD_RANGE, text)].map(m => datesRange(text, m, false)),
    ...[...matches(DM_RANGE, text)].map(m => datesRange(text, m, true)),
    ...[...matches(DAYS_IN_MONTH, text)].map(m => daysRange(m, true)),
    ...[...matches(DAYS_BEFORE_MONTH, text)].map(m => daysRange(m, false)),
    ...[...matches(YEARS, text)].map(m => yearsRange(text, m)),
    ...[...matches(ISO, text)].map(isoRange),
  ];
  return found.filter((r): r is WrittenRange => r !== undefined);
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
