// A stated age or length of time that contradicts two dates in the same sentence: "Lindqvist, 45,
// who was born in 1970" (in a 2026 article), "died in 1995 at the age of 80 ... born in 1920",
// "the 12-year war from 1990 to 1998". Only where the sentence leaves no doubt which age or length
// goes with which dates: one of each, and (for an age now) no other year it could refer to.
import type { YMD } from '../dates/calendar';
import { daysInMonth, diffDays } from '../dates/calendar';
import { MONTH, YEAR, cardinal, compile, monthNumber, weekdayNumber } from '../dates/lexicon';
import type { CheckDiagnostic } from './types';
import { isReversed, writtenRanges } from './ranges';
import { quoted, sentenceAround } from './text';

interface Found {
  start: number;
  end: number;
  value: number;
}

const AGE_PATTERNS = [
  // "Okafor, 45, said": the number between commas right after a capitalised word.
  compile(`(?<=\\b[A-Z][\\p{L}'’.-]*,_)(\\d{1,3})(?=,)`, 'gu'),
  compile(`\\b(\\d{1,3})-year-old\\b(?!s)`, 'g'),
  compile(`\\b(?:aged|age)_(\\d{1,3})\\b`, 'gi'),
  compile(`\\bat_the_age_of_(\\d{1,3})\\b`, 'gi'),
  compile(`\\b(\\d{1,3})_years_old\\b`, 'gi'),
];
/** A number that is one end of a span of ages ("aged 18 to 25") is not one person's age. */
const AGE_RANGE_AFTER = /^[ \t]*(?:-|–|to|and|or)[ \t]*\d/;
/** A month or weekday before the comma makes "June, 30," a date, not a name and an age. */
const isCalendarWord = (word: string) => !!monthNumber(word) || !!weekdayNumber(word);

function ages(sentence: string): Found[] {
  const out: Found[] = [];
  for (const re of AGE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const at = m.index + m[0].indexOf(m[1]);
      const value = +m[1];
      if (value < 1 || value > 120 || AGE_RANGE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      if (re === AGE_PATTERNS[0]) {
        const name = /([A-Z][\p{L}'’.-]*),[ \t]+$/u.exec(sentence.slice(0, at))?.[1];
        if (!name || isCalendarWord(name)) continue;
      }
      out.push({ start: at, end: at + m[1].length, value });
    }
  }
  return out;
}

const BORN = compile(
  `\\bborn_(?:on_|in_)?(?:(${MONTH})_?(\\d{1,2})(?:st|nd|rd|th)?,?_|(\\d{1,2})_(${MONTH}),?_|(${MONTH}),?_)?(${YEAR})\\b`,
  'g',
);
const LIFESPAN = compile(`(?<=\\b[A-Z][\\p{L}'’.-]*_)\\((?:born_)?(${YEAR})_?(?:-|–|—)_?(${YEAR})\\)`, 'gu');
const DIED = compile(`\\b(?:died|dies|death)\\b`, 'gi');
const DIED_IN = compile(
  `\\b(?:died|dies)_(?:on_|in_)?(?:(?:${MONTH})_?\\d{1,2}(?:st|nd|rd|th)?,?_|\\d{1,2}_(?:${MONTH}),?_)?(${YEAR})\\b`,
  'g',
);
const ANY_YEAR = compile(`\\b${YEAR}`, 'g');
/** Words that move an age back in time ("the then 30-year-old", "when she was"). */
const THEN = /\b(?:then|when|at the time|had been|was|were)\b/i;

interface Birth {
  start: number;
  end: number;
  day: Partial<YMD> & { y: number };
}

function births(sentence: string): Birth[] {
  const out: Birth[] = [];
  BORN.lastIndex = 0;
  for (let m = BORN.exec(sentence); m; m = BORN.exec(sentence)) {
    const month = m[1] ?? m[4];
    const d = m[2] ?? m[3];
    const day = { y: +m[6], m: month && /^[A-Z]/.test(month) ? monthNumber(month) : undefined, d: d ? +d : undefined };
    out.push({ start: m.index, end: m.index + m[0].length, day });
  }
  return out;
}

/** An age on `at` of someone born on `birth` (year only: the two possible ages). */
function possibleAges(birth: Partial<YMD> & { y: number }, at: Partial<YMD> & { y: number }): number[] {
  const years = at.y - birth.y;
  if (birth.m === undefined || birth.d === undefined || at.m === undefined || at.d === undefined)
    return [years - 1, years];
  const hadBirthday = at.m > birth.m || (at.m === birth.m && at.d >= birth.d);
  return [hadBirthday ? years : years - 1];
}

function ageDiagnostic(text: string, offset: number, age: Found, expected: number[], why: string): CheckDiagnostic {
  const start = offset + age.start;
  const end = offset + age.end;
  const right = expected[expected.length - 1];
  return {
    code: 'age-mismatch',
    family: 'rangesAndAges',
    severity: 'warning',
    start,
    end,
    message: `The age ${age.value} does not fit ${why}: ${expected.length > 1 ? `${expected[0]} or ${right}` : right}.`,
    fixes: expected.map(n => ({
      kind: 'edit' as const,
      title: `Change the age to ${n}`,
      edits: [{ start, end, newText: String(n) }],
    })),
  };
}

/** Ages checked against a birth date and the article date, or against a birth and a death. */
function checkAges(text: string, offset: number, sentence: string, ref: YMD | undefined): CheckDiagnostic[] {
  const found = ages(sentence);
  if (found.length !== 1) return [];
  const age = found[0];
  const lifespans = [...sentence.matchAll(LIFESPAN)];
  const born = births(sentence);
  const deathYears = [...sentence.matchAll(DIED_IN)].map(m => +m[1]);
  DIED.lastIndex = 0;
  const died = DIED.test(sentence);
  if (lifespans.length === 1 && born.length === 0) {
    const [, b, d] = lifespans[0].map(Number);
    if (!died && !/\b(?:aged|at the age of)\b/i.test(sentence)) return [];
    const expected = possibleAges({ y: b }, { y: d });
    return expected.includes(age.value) || d <= b
      ? []
      : [ageDiagnostic(text, offset, age, expected, `a life from ${b} to ${d}`)];
  }
  if (born.length !== 1 || lifespans.length > 0) return [];
  const birth = born[0].day;
  if (died) {
    if (deathYears.length !== 1 || deathYears[0] <= birth.y) return [];
    const expected = possibleAges(birth, { y: deathYears[0] });
    return expected.includes(age.value)
      ? []
      : [ageDiagnostic(text, offset, age, expected, `a birth in ${birth.y} and a death in ${deathYears[0]}`)];
  }
  // An age now: no other year in the sentence it could belong to, and nothing that sets it in the past.
  const years = [...sentence.matchAll(ANY_YEAR)].length;
  if (!ref || years !== 1 || THEN.test(sentence.slice(0, age.start)) || birth.y >= ref.y) return [];
  const expected = possibleAges(birth, ref);
  return expected.includes(age.value)
    ? []
    : [ageDiagnostic(text, offset, age, expected, `a birth in ${birth.y} and the article's date (${ref.y})`)];
}

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
const DURATION = compile(
  `\\b(\\d{1,3}|(?:${SMALL})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:-|_)(year|week|day)s?(?:-long)?\\b(?!-old|_(?:ago|earlier|later|before|after|old))`,
  'gi',
);

/** Lengths of time against the range they describe: "the 12-year war, from 1990 to 1998". */
function checkDurations(text: string, offset: number, sentence: string): CheckDiagnostic[] {
  const ranges = writtenRanges(sentence).filter(r => !isReversed(r));
  if (ranges.length !== 1) return [];
  const range = ranges[0];
  // The length and the range must be next to each other: nothing but a few words between them.
  const gapTo = (m: RegExpMatchArray) =>
    m.index! < range.start ? sentence.slice(m.index! + m[0].length, range.start) : sentence.slice(range.end, m.index!);
  // The length nearest the range, when only a few words without numbers lie between them.
  const m = [...sentence.matchAll(DURATION)]
    .filter(x => gapTo(x).length <= 40 && !/\d|[;:]/.test(gapTo(x)))
    .sort((x, y) => gapTo(x).length - gapTo(y).length)[0];
  if (!m) return [];
  const n = cardinal(m[1]);
  const unit = m[2].toLowerCase();
  const start = m.index!;
  const end = start + m[0].length;
  if (n === undefined || Number.isNaN(n)) return [];
  const { from: a, to: b } = range;
  let measured: number | undefined;
  if (unit === 'year' && a.y !== undefined && b.y !== undefined && a.m === undefined && b.m === undefined)
    measured = b.y - a.y;
  else if ((unit === 'day' || unit === 'week') && a.m !== undefined && a.d !== undefined && b.d !== undefined) {
    const y = a.y ?? b.y ?? 2001;
    const bm = b.m ?? a.m;
    if (a.d > daysInMonth(y, a.m) || b.d > daysInMonth(b.y ?? y, bm)) return [];
    const days = diffDays({ y: b.y ?? y, m: bm, d: b.d }, { y, m: a.m, d: a.d });
    measured = unit === 'day' ? days : days / 7;
  }
  if (measured === undefined || measured <= 0) return [];
  // Counting both ends or only one differs by one ("2019-2021" is two or three seasons).
  if (Math.abs(measured - n) <= 1) return [];
  const shown = Math.round(measured);
  const units = `${unit}${shown === 1 ? '' : 's'}`;
  return [
    {
      code: 'duration-mismatch',
      family: 'rangesAndAges',
      severity: 'warning',
      start: offset + start,
      end: offset + end,
      message: `${quoted(m[0])} does not fit ${quoted(sentence.slice(range.start, range.end))}, which is ${shown} ${units}.`,
      fixes: [],
    },
  ];
}

/** Ages and lengths of time in one paragraph, sentence by sentence. */
export function agesAndDurations(text: string, ref: YMD | undefined): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  const cue = /\d/;
  if (!cue.test(text)) return out;
  let at = 0;
  while (at < text.length) {
    const [from, to] = sentenceAround(text, at, at);
    const sentence = text.slice(from, to);
    if (/\b(?:1\d|20)\d\d\b/.test(sentence)) out.push(...checkAges(text, from, sentence, ref));
    if (/\d/.test(sentence)) out.push(...checkDurations(text, from, sentence));
    at = Math.max(to, at + 1);
  }
  return out;
}
