// Rules for durations ("two years", "the past three months"), sets ("daily", "every Monday")
// and clock times ("10:30 a.m. Wednesday").
import { MONTH, NUMBER, UNIT, UNITS, WEEKDAY, compile, cardinal, monthNumber, unitKey, weekdayNumber } from './lexicon';
import { Rule, span, tenseOf, wordBefore, words } from './rule';
import { addDays, fmtDay } from './calendar';
import { monthDayValue, resolveWeekday } from './resolve';
import { MOD } from './grammar-relative';

function durationValue(n: number, unit: string): string {
  const u = UNITS[unit];
  const amount = Number.isNaN(n) ? 'X' : String(+(n * (u.factor ?? 1)).toFixed(2));
  return u.time ? `PT${amount}${u.code}` : `P${amount}${u.code}`;
}

/** Words before "a year" etc. that make it a length of time rather than a rate ("$5 a year"). */
const ARTICLE_CUE = new Set([
  'for',
  'over',
  'within',
  'in',
  'than',
  'about',
  'nearly',
  'almost',
  'after',
  'past',
  'last',
  'only',
  'just',
  'half',
  'least',
  'take',
  'takes',
  'took',
  'spent',
  'lasted',
  'around',
  'roughly',
]);

/** "two years", "the past three months", "a 10-year", "more than four hours", "several weeks". */
const durationRule: Rule = {
  anchor: /second|minute|hour|day|night|week|month|quarter|year|decade|centur/gi,
  re: compile(
    `\\b(?:(${MOD})_)?(?:(the)_)?(?:(past|last|next|first|previous|coming|following|final|remaining|initial|latest)_)?` +
      `(${NUMBER})(?:_(?:more|additional|straight|consecutive|full|long))?(-|_)(${UNIT})(s)?\\b(?!-)`,
  ),
  build(m, ctx) {
    const [, mod, the, position, num, sep, unitWord, plural] = m;
    const n = cardinal(num);
    const unit = unitKey(unitWord);
    if (n === undefined || !unit) return null;
    // "60 Minutes" (a title), "1/2 hours" (a fraction we do not read).
    if ((/^[A-Z]/.test(unitWord) && !/^[A-Z]/.test(m[0])) || ctx.text[m.index - 1] === '/') return null;
    const article = /^an?$/i.test(num);
    if (article) {
      if (plural || sep === '-' || /^(second|quarter|night|weekend|decade|century)$/.test(unit)) return null;
      if (!mod && !the && !ARTICLE_CUE.has(wordBefore(ctx.text, m.index))) return null;
    }
    if (n === 1 && plural && /^\d/.test(num)) return null;
    if (/^(some|many)$/i.test(num) && !plural) return null;
    // "over the past two years": the preposition stays outside.
    // "the 14-day waiting period": TimeML marks the adjective without the article.
    const theAt = the ? m[0].toLowerCase().indexOf('the') : 0;
    const afterThe = theAt + 3 + (/^[ \t\u00a0]+/.exec(m[0].slice(theAt + 3))?.[0].length ?? 0);
    const skip = the && sep === '-' && !position ? afterThe : mod && the && /^(over|under)$/i.test(mod) ? theAt : 0;
    return span(m, 'DURATION', durationValue(n, unit), skip);
  },
};

/** "for years", "in months": a bare plural unit is an unspecified length. */
const bareUnits: Rule = {
  anchor: /years|months|weeks|days|decades|hours|minutes|centuries/gi,
  re: compile(
    '\\b(?:for|over|in|within|after|took|take|takes)_(years|months|weeks|days|decades|hours|minutes|centuries)\\b(?!_(?:ago|of|earlier|later))',
  ),
  build(m) {
    const unit = unitKey(m[1])!;
    return span(m, 'DURATION', durationValue(NaN, unit), m[0].length - m[1].length);
  },
};

const ADVERB_SETS: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
  nightly: 'P1D',
  quarterly: 'P1Q',
  biweekly: 'P2W',
  semiannually: 'P6M',
  biannually: 'P6M',
};
const SEASON_SETS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** "daily", "every day", "each July", "every two weeks", "twice a year". */
const setRule: Rule = {
  anchor: /daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|every|each|once|twice|times/gi,
  re: compile(
    '\\b(?:(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|semiannually|biannually)|' +
      `(?:every|each)_(?:(other)_)?(?:(${NUMBER})_)?(day|week|month|year|quarter|decade|hour|minute|morning|afternoon|evening|night|` +
      `summer|winter|spring|fall|autumn|weekend|${WEEKDAY}|${MONTH})s?|(once|twice|three_times|four_times)_(?:a|an|per|each)_(day|week|month|year|hour))\\b`,
  ),
  build(m, ctx) {
    const [, adverb, other, num, unitWord, times, per] = m;
    // "the party daily Granma", "the music weekly NME" name a paper; not "weekly Monday meetings".
    if (adverb && /^(?:daily|weekly|monthly)$/i.test(adverb)) {
      const after = /^[ \t]+([A-Z][\w'’-]*)/.exec(
        ctx.text.slice(m.index + adverb.length, m.index + adverb.length + 40),
      );
      if (after && !weekdayNumber(after[1]) && !monthNumber(after[1])) return null;
    }
    if (adverb) return span(m, 'SET', ADVERB_SETS[adverb.toLowerCase()]);
    if (times) return span(m, 'SET', durationValue(1, unitKey(per)!));
    const wd = weekdayNumber(unitWord);
    if (wd) return span(m, 'SET', `XXXX-WXX-${wd}`);
    const month = /^[A-Z]/.test(unitWord) ? monthNumber(unitWord) : undefined;
    if (month) return span(m, 'SET', `XXXX-${String(month).padStart(2, '0')}`);
    const unit = unitKey(unitWord);
    const season = SEASON_SETS[unitWord.toLowerCase()];
    if (season) return span(m, 'SET', `XXXX-${season}`);
    if (!unit) return span(m, 'SET', `XXXX-XX-XXT${unitWord.slice(0, 2).toUpperCase()}`);
    const n = num ? cardinal(num) : other ? 2 : 1;
    return n === undefined ? null : span(m, 'SET', durationValue(n, unit));
  },
};

const ZONE = '(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|local_time)';

/** "10:30 a.m.", "3 p.m. EST Wednesday", "noon Thursday", "14:00 GMT". */
const timeRule: Rule = {
  anchor: /[ap]\.?m|o'clock|noon|midday|midnight|\d:\d\d/gi,
  re: compile(
    `\\b(?:(?:about|around|approximately|at_about|at_around)_)?(?:(\\d{1,2})(?:[:.](\\d{2}))?_?(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o'clock)` +
      `|(noon|midday|midnight)|(\\d{1,2}):(\\d{2})(?=_?${ZONE}))(?:_?(${ZONE}))?(?:,?_(${WEEKDAY}|today|yesterday|tomorrow|tonight|${MONTH}_?\\d{1,2}\\b))?`,
  ),
  build(m, ctx) {
    const [, h1, min1, ampm, named, h2, min2, , dayWord] = m;
    let hour: number;
    let minute = 0;
    if (named) hour = named.toLowerCase() === 'midnight' ? 24 : 12;
    else {
      hour = +(h1 ?? h2);
      minute = +(min1 ?? min2 ?? 0);
      const pm = ampm && ampm[0].toLowerCase() === 'p';
      if (ampm && /^a/i.test(ampm) && hour === 12) hour = 0;
      if (pm && hour < 12) hour += 12;
      if (hour > 24 || minute > 59 || (ampm && +(h1 ?? 0) > 12)) return null;
    }
    if (named && !dayWord && /^(?:of|the|high)$/.test(wordBefore(ctx.text, m.index))) return null;
    let day = 'XXXX-XX-XX';
    if (ctx.ref) {
      const wd = dayWord ? weekdayNumber(dayWord) : undefined;
      const key = words(dayWord);
      const off = key === 'yesterday' ? -1 : key === 'tomorrow' ? 1 : 0;
      const md = /^(\S+)\s*(\d+)$/.exec(key);
      const monthDay =
        md && monthNumber(md[1])
          ? monthDayValue(ctx.ref, monthNumber(md[1])!, +md[2], undefined, tenseOf(ctx, m))
          : undefined;
      day = monthDay ?? fmtDay(wd ? resolveWeekday(ctx.ref, wd, tenseOf(ctx, m), '') : addDays(ctx.ref, off));
    }
    const hh = String(hour).padStart(2, '0');
    return span(m, 'TIME', `${day}T${hh}:${String(minute).padStart(2, '0')}`);
  },
};

export const measureRules: Rule[] = [durationRule, bareUnits, setRule, timeRule];
