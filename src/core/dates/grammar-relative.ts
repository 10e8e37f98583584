// Rules for expressions anchored to the article date: "last year", "the third quarter",
// "yesterday", "two weeks ago", "now", holidays.
import { NUMBER, PRE, UNIT, YEAR, cardinal, compile, ordinalNumber, unitKey } from './lexicon';
import { Rule, span, isUpper, tenseOf, wordBefore, words } from './rule';
import { YMD, addDays, daysInMonth, fmtDay, isoWeek, weekday, isValidDay } from './calendar';
import { aboutQuarters } from './context';
import { Grain, lastCompletedQuarter, periodValue, quarterValue, resolveWeekday, yearFor } from './resolve';

const OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  'the current': 0,
  last: -1,
  past: -1,
  previous: -1,
  'the past': -1,
  'the last': -1,
  'the previous': -1,
  next: 1,
  coming: 1,
  following: 1,
  'the next': 1,
  'the coming': 1,
  'the following': 1,
};

const QUARTER_WORD: Record<string, (ref: YMD) => string> = {
  latest: r => lastCompletedQuarter(r),
  past: r => lastCompletedQuarter(r),
  recent: r => lastCompletedQuarter(r),
  last: r => lastCompletedQuarter(r),
  previous: r => lastCompletedQuarter(r),
  the: r => lastCompletedQuarter(r),
  current: r => periodValue(r, 'quarter', 0),
  this: r => periodValue(r, 'quarter', 0),
  next: r => periodValue(r, 'quarter', 1),
  coming: r => periodValue(r, 'quarter', 1),
  'year-ago': r => lastCompletedQuarter(r, 1),
  'year-earlier': r => lastCompletedQuarter(r, 1),
};

/** "the third quarter", "third-quarter", "the first half of 1998", "last year's fourth quarter", "the quarter". */
const quarterRule: Rule = {
  anchor: /quarter|half/gi,
  re: compile(
    `\\b(?:(the|this|last|next|(${YEAR})'s|(this|last|next)_year's|the_(${YEAR}))_)?(?:(year-ago|year-earlier)_)?(?:(?:fiscal|calendar)_)?` +
      '(?:(first|second|third|fourth|1st|2nd|3rd|4th|latest|current|past|previous|final|last|coming|next|recent|' +
      'year-ago|year-earlier)(-|_))?(?:(?:fiscal|calendar)_)?(quarter|half)\\b(?!-|s)' +
      `(?:_of_(?:(?:fiscal_)?(${YEAR})|(this|last|next)_year))?`,
  ),
  build(m, ctx) {
    const [, det, yPos, relPos, yThe, yearAgo, which, joint, kind, yOf, relOf] = m;
    const half = kind.toLowerCase() === 'half';
    if (isUpper(kind) && !isUpper(m[0])) return null; // "the Latin Quarter"
    const n = which ? ordinalNumber(which) : undefined;
    if (!n && !(det && /^(the|this|last|next)$/i.test(det)) && !which) return null;
    if (half && !n) return null;
    const rel = relPos ?? relOf;
    const year = yPos ?? yThe ?? yOf ?? (rel && ctx.ref ? String(ctx.ref.y + (OFFSET[words(rel)] ?? 0)) : undefined);
    // In "the third-quarter results" TimeML marks only "third-quarter".
    const skip = joint === '-' && det && !yPos && !relPos && !yThe ? m[0].indexOf(which) : 0;
    if (n) {
      const value = quarterValue(ctx.ref, n, half, year !== undefined ? +year : undefined);
      return span(
        m,
        'DATE',
        yearAgo && /^\d/.test(value) ? String(+value.slice(0, 4) - 1) + value.slice(4) : value,
        skip,
      );
    }
    const key = words(which ?? det);
    if (key === 'final')
      return span(
        m,
        'DATE',
        year ? `${year}-Q4` : ctx.ref ? quarterValue(ctx.ref, 4, false, undefined) : 'XXXX-Q4',
        skip,
      );
    const f = yearAgo ? QUARTER_WORD['year-ago'] : QUARTER_WORD[key];
    return span(m, 'DATE', ctx.ref && f ? f(ctx.ref) : 'XXXX-QX', skip);
  },
};

const SEASONS: Record<string, [string, number]> = {
  spring: ['SP', 3],
  summer: ['SU', 6],
  fall: ['FA', 9],
  autumn: ['FA', 9],
  winter: ['WI', 12],
};

/** "last year", "this month", "next week", "earlier this month", "the past year", "this summer", "the weekend". */
const relativePeriod: Rule = {
  anchor: /year|month|week|decade|century|summer|winter|spring|fall|autumn/gi,
  re: compile(
    `\\b(${PRE})(this_past|this_coming|this|last|next|past|coming|current|previous|following|the_(?:past|coming|current|previous|following|last|next))_` +
      "(year|month|week|weekend|decade|century|summer|winter|spring|fall|autumn)\\b(?!-|'s_\\w+_quarter)",
  ),
  build(m, ctx) {
    const [, , shiftWord, unit] = m;
    if (/^This Week$/.test(m[0])) return null; // the television programme
    const off = OFFSET[words(shiftWord).replace(/^this (?=past|coming)/, '')];
    const u = unit.toLowerCase();
    if (!ctx.ref) return span(m, 'DATE', undefined);
    const season = SEASONS[u];
    if (season) {
      const passed = ctx.ref.m >= season[1] + 3;
      const y =
        off === 0 ? ctx.ref.y : off < 0 ? (passed ? ctx.ref.y : ctx.ref.y - 1) : passed ? ctx.ref.y + 1 : ctx.ref.y;
      return span(m, 'DATE', `${y}-${season[0]}`);
    }
    if (u === 'weekend') return span(m, 'DATE', `${periodValue(ctx.ref, 'week', off)}-WE`);
    return span(m, 'DATE', periodValue(ctx.ref, u as Grain, off));
  },
};

const DEICTIC: Record<string, number | string> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  tonight: 0,
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  soon: 'FUTURE_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the present': 'PRESENT_REF',
  'the near term': 'FUTURE_REF',
  'recent years': 'PAST_REF',
  'recent months': 'PAST_REF',
  'recent weeks': 'PAST_REF',
  'recent days': 'PAST_REF',
  'coming years': 'FUTURE_REF',
  'coming months': 'FUTURE_REF',
  'coming weeks': 'FUTURE_REF',
  'coming days': 'FUTURE_REF',
};
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "today", "late yesterday", "now", "recently", "this morning", "last night", "the future". */
const deictic: Rule = {
  anchor:
    /today|tonight|yesterday|tomorrow|now|currently|presently|recently|lately|soon|future|past|present|term|recent|coming|morning|afternoon|evening|night/gi,
  re: compile(
    `\\b(${PRE})(?:(today|tonight|yesterday|tomorrow|now|currently|nowadays|presently|recently|lately|` +
      'soon|the_(?:near_)?future|the_past|the_present|the_near_term|(?:recent|coming)_(?:years|months|weeks|days))' +
      '|(this|last|yesterday|tomorrow|today)_(morning|afternoon|evening|night))\\b(?!-)',
  ),
  build(m, ctx) {
    const [, , word, anchor, part] = m;
    const key = words(word ?? anchor);
    const before = wordBefore(ctx.text, m.index);
    if (key === 'soon' && (before === 'as' || /^as\b/i.test(ctx.text.slice(m.index + m[0].length).trim()))) return null;
    if (key === 'now' && before === 'from') return span(m, 'DATE', 'FUTURE_REF');
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    // "in today's world", "the future of the company": generic, not a time.
    if (key === 'today' && after.startsWith("'s") && (before === 'of' || /^'s world/.test(after))) return null;
    if (/future$/.test(key) && /^ of\b/.test(after)) return null;
    // "VOA Today", a programme name.
    if (m[0] === 'Today' && m.index > 0 && /[A-Z][A-Za-z]*[ \t]$/.test(ctx.text.slice(m.index - 12, m.index)))
      return null;
    if (part) {
      if (key === 'last' && part.toLowerCase() !== 'night') return null;
      const off = key === 'yesterday' || key === 'last' ? -1 : key === 'tomorrow' ? 1 : 0;
      const day = ctx.ref ? fmtDay(addDays(ctx.ref, off)) : 'XXXX-XX-XX';
      return span(m, 'TIME', `${day}T${PARTS[part.toLowerCase()]}`);
    }
    const v = DEICTIC[key];
    if (typeof v === 'string') return span(m, 'DATE', v);
    const day = ctx.ref ? fmtDay(addDays(ctx.ref, v)) : undefined;
    return key === 'tonight' ? span(m, 'TIME', day ? `${day}TNI` : undefined) : span(m, 'DATE', day);
  },
};

const MOD =
  '(?:nearly|almost|about|around|roughly|approximately|some|only|just|exactly|more_than|less_than|' +
  'fewer_than|at_least|at_most|up_to|over|under|no_more_than|well_over|barely)';

/** "two weeks ago", "a year earlier", "three days from now", "year-earlier". */
const agoRule: Rule = {
  anchor: /ago|earlier|now|back|year-/gi,
  re: compile(
    `\\b(?:${MOD}_)?(${NUMBER})(?:-|_)(${UNIT})s?(?:_or_so)?_(ago|earlier|from_now|back)\\b|` +
      '\\b(?:the_)?year-(?:ago|earlier)_(?:quarter|period)\\b|\\byear-(?:ago|earlier)\\b',
  ),
  build(m, ctx) {
    const [, num, unit, dir] = m;
    const n = num ? cardinal(num) : 1;
    const key = unit ? unitKey(unit)! : 'year';
    const sign = dir && words(dir) === 'from now' ? 1 : -1;
    if (n === undefined) return null;
    if (!ctx.ref) return span(m, 'DATE', undefined);
    if (Number.isNaN(n)) return span(m, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
    if (key === 'year' && n === 1 && aboutQuarters(ctx.text, m.index, m.index + m[0].length)) {
      return span(m, 'DATE', lastCompletedQuarter(ctx.ref, 1));
    }
    const grain: Record<string, [Grain, number]> = {
      day: ['day', 1],
      night: ['day', 1],
      week: ['week', 1],
      weekend: ['week', 1],
      month: ['month', 1],
      quarter: ['quarter', 1],
      year: ['year', 1],
      decade: ['year', 10],
      century: ['year', 100],
    };
    const g = grain[key];
    if (!g) return span(m, 'DATE', 'PAST_REF');
    return span(m, 'DATE', periodValue(ctx.ref, g[0], sign * Math.round(n) * g[1]));
  },
};

function nthWeekday(y: number, month: number, wd: number, nth: number): YMD {
  if (nth > 0) {
    const first = { y, m: month, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7);
  }
  const end = { y, m: month, d: daysInMonth(y, month) };
  return addDays(end, -((weekday(end) - wd + 7) % 7));
}

const HOLIDAYS: Record<string, (y: number) => YMD> = {
  christmas: y => ({ y, m: 12, d: 25 }),
  'christmas day': y => ({ y, m: 12, d: 25 }),
  'christmas eve': y => ({ y, m: 12, d: 24 }),
  "new year's day": y => ({ y, m: 1, d: 1 }),
  "new year's eve": y => ({ y, m: 12, d: 31 }),
  halloween: y => ({ y, m: 10, d: 31 }),
  "valentine's day": y => ({ y, m: 2, d: 14 }),
  'independence day': y => ({ y, m: 7, d: 4 }),
  thanksgiving: y => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': y => nthWeekday(y, 11, 4, 4),
  'labor day': y => nthWeekday(y, 9, 1, 1),
  'memorial day': y => nthWeekday(y, 5, 1, -1),
};

/** Fixed and rule-based holidays, placed in the year the tense suggests. */
const holidayRule: Rule = {
  anchor: /Christmas|New|Halloween|Valentine|Independence|Thanksgiving|Labor|Memorial/g,
  re: compile(
    `\\b(Christmas(?:_(?:Day|Eve))?|New_Year's_(?:Day|Eve)|Halloween|Valentine's_Day|Independence_Day|` +
      `Thanksgiving(?:_Day)?|Labor_Day|Memorial_Day)(?:(?:,_?|_)(${YEAR}))?`,
    'g',
  ),
  build(m, ctx) {
    const f = HOLIDAYS[words(m[1])];
    const probe = f(2000);
    const y = m[2] ? +m[2] : ctx.ref ? yearFor(ctx.ref, probe.m, probe.d, tenseOf(ctx, m)) : undefined;
    if (y === undefined) return span(m, 'DATE', undefined);
    const d = f(y);
    return isValidDay(d.y, d.m, d.d) ? span(m, 'DATE', fmtDay(d)) : null;
  },
};

/** "over the weekend": the latest weekend, or the coming one in future talk. */
const theWeekend: Rule = {
  anchor: /weekend/gi,
  re: compile('\\bthe_weekend\\b(?!-)'),
  build(m, ctx) {
    if (!ctx.ref) return span(m, 'DATE', undefined);
    const saturday = resolveWeekday(ctx.ref, 6, tenseOf(ctx, m), '');
    return span(m, 'DATE', `${isoWeek(saturday)}-WE`);
  },
};

export const relativeRules: Rule[] = [quarterRule, relativePeriod, deictic, agoRule, holidayRule, theWeekend];
export { MOD };
