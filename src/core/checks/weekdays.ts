// Weekdays that contradict their date ("Monday, March 3, 2026" is a Tuesday) and dates that do not
// exist ("February 30"). Runs on one paragraph with its temporal spans; offsets are the paragraph's.
import type { Span } from '../types';
import { YMD, addDays, daysInMonth, isValidDay, weekday } from '../dates/calendar';
import { tenseAround } from '../dates/context';
import { MONTH, WEEKDAY_OR_ABBR, YEAR, compile, monthNumber, weekdayNumber } from '../dates/lexicon';
import { yearFor } from '../dates/resolve';
import type { CheckDiagnostic, CheckFix, TextEdit } from './types';
import { MONTHS, WEEKDAYS } from '../dates/describe';
import { monthDayText, ordinalSuffix, quoted } from './text';

const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY_OR_ABBR}(?![\\p{L}])`, 'u');
const ONLY_WEEKDAY = new RegExp(`^${WEEKDAY_OR_ABBR}$`);
const FOUR_DIGITS = /\b\d{4}\b/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A weekday written next to a calendar date, and where each is in the paragraph. */
interface Pairing {
  /** The weekday word as written ("Mon.", "Monday"). */
  word: string;
  wordStart: number;
  /** The date expression (without the weekday when that is a separate span). */
  date: Span;
}

/** Weekday words written inside a date span, or right before (", ") or after ("(Monday)") it. */
function pairings(text: string, spans: readonly Span[]): Pairing[] {
  const out: Pairing[] = [];
  spans.forEach((s, i) => {
    if (s.type !== 'DATE' || !s.value || !FULL_DAY.test(s.range?.from ?? s.value)) return;
    const written = text.slice(s.start, s.end);
    const inside = WEEKDAY_WORD.exec(written);
    if (inside && /^[A-Z]/.test(inside[0])) {
      out.push({ word: inside[0], wordStart: s.start + inside.index, date: s });
      return;
    }
    const prev = spans[i - 1];
    if (prev && isWeekdaySpan(text, prev) && /^,?[ \t]*$/.test(text.slice(prev.end, s.start))) {
      out.push({ word: text.slice(prev.start, prev.end), wordStart: prev.start, date: s });
      return;
    }
    const next = spans[i + 1];
    if (
      next &&
      isWeekdaySpan(text, next) &&
      /^[ \t]*\([ \t]*$/.test(text.slice(s.end, next.start)) &&
      /^[ \t]*\)/.test(text.slice(next.end))
    )
      out.push({ word: text.slice(next.start, next.end), wordStart: next.start, date: s });
  });
  return out;
}

function isWeekdaySpan(text: string, s: Span): boolean {
  return s.type === 'DATE' && ONLY_WEEKDAY.test(text.slice(s.start, s.end));
}

/**
 * The calendar day a date expression names. A date written with its year is that day; one without a
 * year lies in the year the article date and the clause's tense give it (as the date tagger would
 * resolve it without the weekday), so "Monday, March 3" in a 2026 article is checked against 2026.
 */
function writtenDay(text: string, p: Pairing, ref: YMD | undefined): { day: YMD; yearWritten: boolean } | undefined {
  const m = FULL_DAY.exec(p.date.range?.from ?? p.date.value!)!;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  const written = text.slice(p.date.start, p.date.end);
  if (FOUR_DIGITS.test(written)) return { day, yearWritten: true };
  if (!ref) return undefined;
  const before = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, p.date.start - 12), p.date.start))?.[1];
  const tense = /^(?:by|until|till)$/i.test(before ?? '') ? 'future' : tenseAround(text, p.date.start, p.date.end);
  const y = yearFor(ref, day.m, day.d, tense);
  return isValidDay(y, day.m, day.d) ? { day: { ...day, y }, yearWritten: false } : undefined;
}

/** The weekday written the way the article writes it: "Tuesday", "Tue", "Tue." or "TUESDAY". */
function weekdayLike(written: string, wd: number): string {
  const full = WEEKDAYS[wd - 1];
  const out = written.replace(/\.$/, '').length >= 6 ? full : full.slice(0, 3);
  const cased = written === written.toUpperCase() ? out.toUpperCase() : out;
  return written.endsWith('.') ? `${cased}.` : cased;
}

/** A month written the way the article writes it: its full name, or an abbreviation ("Sept.", "Oct"). */
function monthLike(written: string, month: number): string {
  const full = MONTHS[month - 1];
  if (MONTHS.includes(written)) return full;
  const dot = written.endsWith('.');
  // Short month names are written out even where others are abbreviated ("Feb." but "March").
  if (dot && full.length <= 5) return full;
  const short = month === 9 ? 'Sept' : full.slice(0, 3);
  return dot ? `${short}.` : short;
}

/** Edits that turn the date expression into `to`: its day number, its month and year when they change. */
function dateEdits(text: string, date: Span, from: YMD, to: YMD, yearWritten: boolean): TextEdit[] | undefined {
  const written = text.slice(date.start, date.end);
  if (ISO_DATE.test(written)) {
    const iso = `${to.y}-${String(to.m).padStart(2, '0')}-${String(to.d).padStart(2, '0')}`;
    return [{ start: date.start, end: date.end, newText: iso }];
  }
  const edits: TextEdit[] = [];
  const day = new RegExp(`\\b0?${from.d}(st|nd|rd|th)?\\b`).exec(written);
  if (!day) return undefined;
  edits.push({
    start: date.start + day.index,
    end: date.start + day.index + day[0].length,
    newText: `${to.d}${day[1] ? ordinalSuffix(to.d) : ''}`,
  });
  if (to.m !== from.m) {
    const month = compile(MONTH, '').exec(written);
    if (!month) return undefined;
    edits.push({
      start: date.start + month.index,
      end: date.start + month.index + month[0].length,
      newText: monthLike(month[0], to.m),
    });
  }
  if (to.y !== from.y && yearWritten) {
    const year = new RegExp(`\\b${from.y}\\b`).exec(written);
    if (!year) return undefined;
    edits.push({ start: date.start + year.index, end: date.start + year.index + 4, newText: String(to.y) });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** The date with the written weekday nearest to `day` (at most three days away). */
function nearestWithWeekday(day: YMD, wd: number): YMD {
  let delta = wd - weekday(day);
  if (delta > 3) delta -= 7;
  if (delta < -3) delta += 7;
  return addDays(day, delta);
}

export function weekdayMismatches(text: string, spans: readonly Span[], ref: YMD | undefined): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const p of pairings(text, spans)) {
    const wanted = weekdayNumber(p.word);
    const found = writtenDay(text, p, ref);
    if (!wanted || !found) continue;
    const actual = weekday(found.day);
    if (actual === wanted) continue;
    const { day, yearWritten } = found;
    const start = Math.min(p.wordStart, p.date.start);
    const end = Math.max(p.wordStart + p.word.length, p.date.end);
    const named = yearWritten ? monthDayText(day.m, day.d, day.y) : monthDayText(day.m, day.d);
    const inYear = yearWritten ? '' : ` in ${day.y} (the year the article's date gives it)`;
    const fixes: CheckFix[] = [
      {
        kind: 'edit',
        title: `Change “${p.word}” to “${weekdayLike(p.word, actual)}”`,
        edits: [{ start: p.wordStart, end: p.wordStart + p.word.length, newText: weekdayLike(p.word, actual) }],
      },
    ];
    const nearest = nearestWithWeekday(day, wanted);
    const edits = dateEdits(text, p.date, day, nearest, yearWritten);
    if (edits)
      fixes.push({
        kind: 'edit',
        title: `Change the date to ${WEEKDAYS[wanted - 1]}, ${monthDayText(nearest.m, nearest.d, yearWritten ? nearest.y : undefined)}`,
        edits,
      });
    out.push({
      code: 'weekday-mismatch',
      family: 'weekdays',
      severity: 'warning',
      start,
      end,
      message: `${quoted(text.slice(start, end))}: ${named} is a ${WEEKDAYS[actual - 1]}${inYear}, not a ${WEEKDAYS[wanted - 1]}.`,
      fixes,
    });
  }
  return out;
}

const MONTH_DAY = compile(`\\b(${MONTH})_?(\\d{1,2})(st|nd|rd|th)?\\b(?!_?[-–]_?\\d)(?:,?_(${YEAR}))?`, 'g');
const DAY_MONTH = compile(`\\b(\\d{1,2})(st|nd|rd|th)?_(?:of_)?(${MONTH})(?:,?_(${YEAR}))?`, 'g');
const ISO_DAY = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const WEEKDAY_BEFORE = compile(`(${WEEKDAY_OR_ABBR}),?_$`, '');

interface WrittenDate {
  start: number;
  end: number;
  y: number | undefined;
  m: number;
  d: number;
  /** The same kind of expression for another day: "March 2, 2026", "2 March 2026", "2026-03-02". */
  format(day: YMD): string;
}

function writtenDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  const yearPart = (y: number | undefined, day: YMD) => (y === undefined ? '' : ` ${day.y}`);
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(text); m; m = MONTH_DAY.exec(text)) {
    if (!/^[A-Z]/.test(m[1])) continue;
    const y = m[4] ? +m[4] : undefined;
    const month = m[1];
    const format = (day: YMD) => `${monthLike(month, day.m)} ${day.d}${y === undefined ? '' : `, ${day.y}`}`;
    out.push({ start: m.index, end: m.index + m[0].length, y, m: monthNumber(month)!, d: +m[2], format });
  }
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m; m = DAY_MONTH.exec(text)) {
    if (!/^[A-Z]/.test(m[3])) continue;
    const y = m[4] ? +m[4] : undefined;
    const month = m[3];
    const format = (day: YMD) => `${day.d} ${monthLike(month, day.m)}${yearPart(y, day)}`;
    out.push({ start: m.index, end: m.index + m[0].length, y, m: monthNumber(month)!, d: +m[1], format });
  }
  ISO_DAY.lastIndex = 0;
  for (let m = ISO_DAY.exec(text); m; m = ISO_DAY.exec(text)) {
    const format = (day: YMD) => `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
    out.push({ start: m.index, end: m.index + m[0].length, y: +m[1], m: +m[2], d: +m[3], format });
  }
  return out;
}

/**
 * Dates that do not exist: a day past the end of its month ("February 30", "April 31"), or February 29
 * of a year written out that is not a leap year. With a weekday written before it, the fix is the
 * date with that weekday nearest to where the impossible one would fall (February 30 counts on to
 * March 2).
 */
export function impossibleDates(text: string): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const w of writtenDates(text)) {
    // A number past 31 is not a day ("July 96" in a table is a month and a year).
    if (w.d > 31 || w.d <= daysInMonth(w.y ?? 2000, w.m)) continue;
    const why =
      w.m === 2 && w.d === 29
        ? `${w.y} is not a leap year`
        : `${MONTHS[w.m - 1]} has ${w.m === 2 ? '28 days (29 in a leap year)' : `${daysInMonth(2001, w.m)} days`}`;
    const fixes: CheckFix[] = [];
    const wd = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, w.start - 14), w.start));
    if (wd && /^[A-Z]/.test(wd[1])) {
      const wanted = weekdayNumber(wd[1])!;
      const nearest = nearestWithWeekday(addDays({ y: w.y ?? 2001, m: w.m, d: 1 }, w.d - 1), wanted);
      const newText = w.format(nearest);
      fixes.push({
        kind: 'edit',
        title: `Change the date to ${WEEKDAYS[wanted - 1]}, ${newText}`,
        edits: [{ start: w.start, end: w.end, newText }],
      });
    }
    out.push({
      code: 'impossible-date',
      family: 'weekdays',
      severity: 'warning',
      start: w.start,
      end: w.end,
      message: `${quoted(text.slice(w.start, w.end))} does not exist: ${why}.`,
      fixes,
    });
  }
  return out;
}
