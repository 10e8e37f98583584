// Turns relative expressions into calendar values against the article's reference date.
import { YMD, addDays, addMonths, fmtDay, fmtMonth, isoWeek, quarterOf, weekday, isValidDay } from './calendar';
import type { Tense } from './context';

/** The weekday `wd` (1 = Monday) nearest the reference in the direction the tense suggests. */
export function resolveWeekday(ref: YMD, wd: number, tense: Tense, shift: 'last' | 'next' | 'this' | ''): YMD {
  const delta = wd - weekday(ref);
  if (shift === 'next') return addDays(ref, delta > 0 ? delta : delta + 7);
  if (shift === 'last') return addDays(ref, delta < 0 ? delta : delta - 7);
  if (shift === 'this') return addDays(ref, delta);
  if (tense === 'future') return addDays(ref, delta >= 0 ? delta : delta + 7);
  return addDays(ref, delta <= 0 ? delta : delta - 7);
}

/**
 * The earliest a yearless date may lie, in months from the reference, by tense; it may lie up to a
 * year after that (past talk still allows a date two months ahead: "payable Dec. 7").
 */
const EARLIEST: Record<Tense, number> = { past: -10, future: -1, unknown: -8 };

/** The year for a month (and day) written without one: inside the year-long window the tense allows. */
export function yearFor(ref: YMD, month: number, day: number | undefined, tense: Tense): number {
  // A whole month told in the past tense must have begun already.
  const lo = tense === 'past' && day === undefined ? -11 : EARLIEST[tense];
  // Months from the reference to the date in the reference year, counting days as fractions.
  const offset = month - ref.m + (day !== undefined ? (day - ref.d) / 31 : 0);
  if (offset < lo) return ref.y + 1;
  if (offset > lo + 12) return ref.y - 1;
  return ref.y;
}

export function monthDayValue(
  ref: YMD | undefined,
  month: number,
  day: number,
  year: number | undefined,
  tense: Tense,
): string | undefined {
  const y = year ?? (ref ? yearFor(ref, month, day, tense) : undefined);
  if (y === undefined)
    return isValidDay(2000, month, day)
      ? `XXXX-${fmtMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`
      : undefined;
  return isValidDay(y, month, day) ? fmtDay({ y, m: month, d: day }) : undefined;
}

export function monthValue(ref: YMD | undefined, month: number, year: number | undefined, tense: Tense): string {
  const y = year ?? (ref ? yearFor(ref, month, undefined, tense) : undefined);
  return y === undefined ? `XXXX-${String(month).padStart(2, '0')}` : fmtMonth(y, month);
}

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The value of the period of size `grain` that is `offset` periods away from the reference. */
export function periodValue(ref: YMD, grain: Grain, offset: number): string {
  switch (grain) {
    case 'day':
      return fmtDay(addDays(ref, offset));
    case 'week':
      return isoWeek(addDays(ref, offset * 7));
    case 'month': {
      const x = addMonths(ref, offset);
      return fmtMonth(x.y, x.m);
    }
    case 'quarter': {
      const idx = ref.y * 4 + quarterOf(ref) - 1 + offset;
      return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
    }
    case 'year':
      return String(ref.y + offset);
    case 'decade':
      return `${String(Math.floor(ref.y / 10) + offset)}X`;
    case 'century':
      return String(Math.floor(ref.y / 100) + offset);
  }
}

/** The last quarter that has ended by the reference date (what results "for the quarter" cover). */
export function lastCompletedQuarter(ref: YMD, yearsBack = 0): string {
  const idx = ref.y * 4 + quarterOf(ref) - 2 - yearsBack * 4;
  return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
}

/** A numbered quarter (or half) with no year: this year's if it has begun, else last year's. */
export function quarterValue(ref: YMD | undefined, n: number, half: boolean, year: number | undefined): string {
  const label = half ? `H${n}` : `Q${n}`;
  if (year !== undefined) return `${year}-${label}`;
  if (!ref) return `XXXX-${label}`;
  const startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
  return `${ref.m >= startMonth ? ref.y : ref.y - 1}-${label}`;
}
