// Rules for calendar names: month dates, weekdays, years, decades, quarters and holidays.
import { DAY, MONTH, PRE, WEEKDAY, WEEKDAY_OR_ABBR, YEAR, compile, monthNumber, weekdayNumber } from './lexicon';
import { Rule, isUpper, rangeSpan, span, tenseOf, wordAfter, wordBefore, words } from './rule';
import { fmtDay, YMD, isValidDay, weekday } from './calendar';
import { monthDayValue, monthValue, resolveWeekday } from './resolve';
import type { Tense } from './context';

/** Any month name or abbreviation, capitalised or in capitals. */
const MONTH_ANCHOR =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/g;

const SHIFT: Record<string, 'last' | 'next' | 'this'> = {
  last: 'last',
  past: 'last',
  'this past': 'last',
  next: 'next',
  'this coming': 'next',
  coming: 'next',
  this: 'this',
  'the previous': 'last',
  'the following': 'next',
};
/** Words that make a bare "May" or "March" a month ("in May", "since March"). */
const MONTH_CUE = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'of',
  'during',
  'from',
  'through',
  'before',
  'after',
  'between',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'each',
  'every',
  'around',
  'throughout',
  'for',
]);

const dayNum = (s: string | undefined): number | undefined => (s ? parseInt(s, 10) : undefined);

function yearShift(ref: YMD | undefined, w: string | undefined): number | undefined {
  if (!w || !ref) return undefined;
  const s = words(w);
  return ref.y + (s === 'last' ? -1 : s === 'next' ? 1 : 0);
}

function tenseFor(shift: string | undefined, fallback: () => Tense): Tense {
  const s = SHIFT[words(shift)];
  return s === 'last' ? 'past' : s === 'next' ? 'future' : fallback();
}

/** With "Thursday, Jan. 6" and no year, the year near the reference in which Jan. 6 is a Thursday. */
function yearOfWeekday(ref: YMD | undefined, month: number, day: number, wd: string | undefined): number | undefined {
  if (!ref || !wd) return undefined;
  const want = weekdayNumber(wd);
  return [ref.y, ref.y - 1, ref.y + 1].find(
    y => isValidDay(y, month, day) && weekday({ y, m: month, d: day }) === want,
  );
}

/** "Oct. 12, 2025", "Saturday, April 12", "early September", "last May", "July 1998", "Oct. 12-14". */
const monthDate: Rule = {
  anchor: MONTH_ANCHOR,
  re: compile(
    `\\b(${PRE})(?:(${WEEKDAY_OR_ABBR}),?_)?(?:(this_coming|this_past|this|last|next)_)?(${MONTH})` +
      `(?:_?(${DAY})(?:_?(?:-|–)_?(${DAY}))?)?(?:(?:_?,_?|_)(?:of_)?(${YEAR})|_(this|last|next)_year)?(?!-?\\d)`,
  ),
  build(m, ctx) {
    const [, pre, wd, shift, monthWord, d1, d2, yearWord, relYear] = m;
    if (!isUpper(monthWord) || (wd && !isUpper(wd))) return null;
    const month = monthNumber(monthWord)!;
    const year = yearWord
      ? +yearWord
      : relYear
        ? yearShift(ctx.ref, relYear)
        : words(shift) === 'this'
          ? ctx.ref?.y
          : undefined;
    if (!d1 && !yearWord && !relYear && !shift && !pre) {
      if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(monthWord)) return null; // bare "Jan", "Sept."
      const cued = MONTH_CUE.has(wordBefore(ctx.text, m.index));
      if ((month === 3 || month === 5) && !cued) return null;
      // "April Ryan", "June Carter": a first name before a surname.
      if (!cued && /^[ \t]+[A-Z][a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
        return null;
    }
    // "by May", "until Dec. 7": a deadline lies ahead.
    const deadline = /^(by|until|till)$/.test(wordBefore(ctx.text, m.index));
    const tense = tenseFor(shift, () => (deadline ? 'future' : tenseOf(ctx, m)));
    if (!d1) return span(m, 'DATE', monthValue(ctx.ref, month, year, tense));
    const from = monthDayValue(ctx.ref, month, +d1, year ?? yearOfWeekday(ctx.ref, month, +d1, wd), tense);
    if (!from) return null;
    if (!d2) return span(m, 'DATE', from);
    const to = monthDayValue(ctx.ref, month, +d2, year, tense);
    if (!to || +d2 <= +d1) return null;
    return rangeSpan(m, `${from}/${to}`, from, to);
  },
};

/** "12 October 2025", "the 12th of October". */
const dayMonth: Rule = {
  anchor: MONTH_ANCHOR,
  re: compile(`\\b(?:(${WEEKDAY_OR_ABBR}),?_)?(?:the_)?(${DAY})_(?:of_)?(${MONTH})(?:,?_(${YEAR}))?(?!-?\\d)`),
  build(m, ctx) {
    const [, wd, d, monthWord, yearWord] = m;
    if (!isUpper(monthWord) || (wd && !isUpper(wd))) return null;
    const value = monthDayValue(
      ctx.ref,
      monthNumber(monthWord)!,
      dayNum(d)!,
      yearWord ? +yearWord : undefined,
      tenseOf(ctx, m),
    );
    return value ? span(m, 'DATE', value) : null;
  },
};

/** ISO "2025-10-12" (also inside a timestamp), "2025/10/12" and US "10/12/2025". */
const numericDate: Rule = {
  re: /\b(?:(\d{4})([-/])(\d{2})\2(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?:\b|(?=T\d))(?![-/]\d)/g,
  build(m) {
    const [y, mo, d] = m[1] ? [+m[1], +m[3], +m[4]] : [+m[7], +m[5], +m[6]];
    return isValidDay(y, mo, d) ? span(m, 'DATE', fmtDay({ y, m: mo, d })) : null;
  },
};

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "Friday", "last Friday", "Friday night", "Mondays", "each Thursday". */
const weekdayRule: Rule = {
  anchor: /monday|tuesday|wednesday|thursday|friday|saturday|sunday/gi,
  re: compile(
    `\\b((?:the_)?(?:end|beginning|middle)_of_|early_|mid-?_?)?(?:(this_coming|this_past|last|next|this|every|each|the_previous|the_following)_)?(${WEEKDAY})(s)?` +
      '(?:_(morning|afternoon|evening|night)s?)?\\b',
  ),
  build(m, ctx) {
    const [, , shiftWord, wdWord, plural, part] = m;
    if (!isUpper(wdWord)) return null;
    const wd = weekdayNumber(wdWord)!;
    // "Friday night" is still that Friday; only the set form keeps the part of day.
    const partCode =
      part && (plural || /^(every|each)$/i.test(shiftWord ?? '')) ? `T${PART_OF_DAY[part.toLowerCase()]}` : '';
    const shift = words(shiftWord);
    if (plural || shift === 'every' || shift === 'each') return span(m, 'SET', `XXXX-WXX-${wd}${partCode}`);
    const value = ctx.ref
      ? fmtDay(resolveWeekday(ctx.ref, wd, tenseOf(ctx, m), SHIFT[shift] ?? '')) + partCode
      : `XXXX-WXX-${wd}${partCode}`;
    return span(m, 'DATE', value);
  },
};

/** Nouns after a number that show it is a count, not a year ("1500 troops"). */
const COUNT_NOUN =
  /^(?:percent|people|men|women|children|troops|soldiers|shares|jobs|workers|employees|tons|tonnes|units|cars|miles|feet|meters|metres|acres|points|votes|homes|barrels|members|pounds|dollars|euros|yen|calories|kilometres|kilometers|students|cases|deaths|rooms|copies|acres|residents|years|ft)$/;

/** "1998", "fiscal 1998", "2019-2021", "1990-91". */
const yearRule: Rule = {
  anchor: /(?:1\d|20)\d\d/g,
  re: compile(
    `\\b(${PRE})(?:(fiscal|calendar|FY)_?)?(${YEAR})(?:(?:-|–|/)(\\d{4}|\\d{2})\\b)?(?!-?\\d|,\\d|\\.\\d|_?%)`,
  ),
  build(m, ctx) {
    const [, , , y, y2] = m;
    const year = +y;
    const prev = ctx.text[m.index - 1];
    if (prev === '$' || prev === '£' || prev === '€' || prev === '#' || prev === '-' || prev === '/') return null;
    if (year < 1700 || COUNT_NOUN.test(wordAfter(ctx.text, m.index + m[0].length))) return null;
    if (/^(?:no|number|flight|route|model|room|page|version|at)$/.test(wordBefore(ctx.text, m.index))) return null;
    if (!y2) return span(m, 'DATE', y);
    const to = y2.length === 2 ? Math.floor(year / 100) * 100 + +y2 : +y2;
    if (to <= year || to - year > 100) return null;
    return rangeSpan(m, `${year}/${to}`, y, String(to));
  },
};

const DECADE_WORDS: Record<string, string> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};

/** "the 1990s", "the early '90s", "the nineties", "the 20th century". */
const decadeRule: Rule = {
  anchor: /0'?s\b|ties\b|century/gi,
  re: compile(
    "\\b(?:(the)_)?(?:(?:early|late|mid)(?:-|_))?(?:(1\\d\\d|20\\d)0'?s|'(\\d)0s|" +
      '(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\\d{1,2})(?:st|nd|rd|th)_century)\\b',
  ),
  build(m) {
    const [, the, digits, short, word, century] = m;
    if (century) return span(m, 'DATE', String(+century - 1).padStart(2, '0'));
    if (digits) return span(m, 'DATE', `${digits}X`);
    if (short) return span(m, 'DATE', `19${short}X`);
    return the ? span(m, 'DATE', `19${DECADE_WORDS[word.toLowerCase()]}X`) : null;
  },
};

export const calendarRules: Rule[] = [monthDate, dayMonth, numericDate, weekdayRule, yearRule, decadeRule];
