// Rules for reporting periods and spoken years: "the year-ago period", "the full year",
// "year-end", "the end of the month", "nineteen ninety-six".
import { YEAR, cardinal, compile } from './lexicon';
import { Rule, span, words } from './rule';
import { Grain, lastCompletedQuarter, periodValue, quarterValue } from './resolve';

/** "the latest period", "the year-earlier quarter", "the 1988 period": the quarter being reported. */
const reportPeriod: Rule = {
  anchor: /period|quarter/gi,
  re: compile(
    `\\b(?:the_)?(?:(latest|year-ago|year-earlier|comparable|corresponding|same)_(?:year-ago_|year-earlier_)?|(${YEAR})_)` +
      '(period|quarter)\\b(?!s)(?:_(last|a)_year)?',
  ),
  build(m, ctx) {
    const [, which, year, , lastYear] = m;
    if (!ctx.ref) return span(m, 'DATE', 'XXXX-QX');
    const latest = lastCompletedQuarter(ctx.ref);
    if (year) return span(m, 'DATE', `${year}${latest.slice(4)}`);
    const back = /^(year-|comparable|corresponding|same)/i.test(which) || lastYear ? 1 : 0;
    return /^(comparable|corresponding|same)$/i.test(which) && !lastYear && !/year/i.test(m[0])
      ? null
      : span(m, 'DATE', lastCompletedQuarter(ctx.ref, back));
  },
};

/** "the full year", "the current fiscal year", "year-end", "the end of the month", "earlier in the year". */
const currentPeriod: Rule = {
  anchor: /year|month|week|quarter/gi,
  re: compile(
    '\\b(?:(?:the_)?(?:full|current|latest|fiscal)_(?:fiscal_)?year|the_fiscal_year|year-end|year_end|' +
      "year's_end|(?:the_)?(?:end|beginning|start|middle|rest|remainder)_of_the_(year|month|week|quarter)|" +
      '(?:earlier|later)_in_the_(year|month|week))\\b(?!-)',
  ),
  build(m, ctx) {
    const grain = words(m[1] ?? m[2] ?? 'year') as Grain;
    return span(m, 'DATE', ctx.ref ? periodValue(ctx.ref, grain, 0) : undefined);
  },
};

/** Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
const spokenYear: Rule = {
  anchor: /nineteen|eighteen|thousand/gi,
  re: compile(
    '\\b(?:the_year_)?(?:(nineteen|eighteen)_(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
      'eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?)' +
      '|two_thousand(?:_and_(one|two|three|four|five|six|seven|eight|nine|ten))?)\\b',
  ),
  build(m) {
    const [, century, tens, unit, after2000] = m;
    if (!century) {
      if (!/^the/i.test(m[0]) && !after2000) return null; // a bare "two thousand" is usually a number
      return span(m, 'DATE', String(2000 + (after2000 ? cardinal(after2000)! : 0)));
    }
    const base = century.toLowerCase() === 'nineteen' ? 1900 : 1800;
    const t = cardinal(tens.split('-')[0])!;
    return span(m, 'DATE', String(base + t + (unit ? cardinal(unit)! : 0)));
  },
};

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** "the summer of 2024", "autumn 2023". */
const seasonYear: Rule = {
  anchor: /spring|summer|fall|autumn|winter/gi,
  re: compile(`\\b(?:the_)?(?:(?:early|late|mid-?)_?)?(spring|summer|fall|autumn|winter)(?:_of)?_(${YEAR})`),
  build: m => span(m, 'DATE', `${m[2]}-${SEASON_CODES[m[1].toLowerCase()]}`),
};

/** "for the year ended March 31": a twelve-month accounting period. */
const accountingYear: Rule = {
  anchor: /year/gi,
  re: compile('\\bthe_(?:fiscal_)?year(?=_(?:ended|ending|to))'),
  build: m => span(m, 'DURATION', 'P1Y'),
};

/** Business shorthand: "Q3", "Q3 2025", "H1 2024", "Q4'24". */
const shortQuarter: Rule = {
  anchor: /\b[QH][1-4]\b/g,
  re: compile(`\\b(?:([QH])([1-4])(?:_?(${YEAR})|'(\\d\\d)\\b)?|(${YEAR})_?([QH])([1-4]))\\b`, 'g'),
  build(m, ctx) {
    const [, k1, n1, y1, y2, y3, k3, n3] = m;
    const kind = k1 ?? k3;
    const n = +(n1 ?? n3);
    if (kind === 'H' && n > 2) return null;
    const year = y1 ?? y3 ?? (y2 ? String(2000 + +y2) : undefined);
    return span(m, 'DATE', quarterValue(ctx.ref, n, kind === 'H', year !== undefined ? +year : undefined));
  },
};

export const periodRules: Rule[] = [shortQuarter, reportPeriod, currentPeriod, spokenYear, seasonYear, accountingYear];
