// Plain-language hover text for a temporal span.
import type { Span } from '../types';
import { YMD, diffDays, parseYMD, weekBounds, weekday } from './calendar';

interface TemporalDescription {
  summary: string;
  details: string[];
  relative: boolean;
}

/** English month and weekday names, January and Monday first: the hover text's and the fact checks'. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINAL = ['first', 'second', 'third', 'fourth'];
const PARTS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const UNIT_NAMES: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  Q: 'quarter',
  H: 'hour',
  S: 'second',
};
const REFS: Record<string, string> = {
  PRESENT_REF: 'The present, around the time of writing',
  PAST_REF: 'Some time in the past, before the time of writing',
  FUTURE_REF: 'Some time in the future, after the time of writing',
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
/** "Tuesday 10 March 2026". */
export const dayText = (x: YMD): string => `${WEEKDAYS[weekday(x) - 1]} ${x.d} ${MONTHS[x.m - 1]} ${x.y}`;

function relation(diff: number, unit: string): string {
  if (diff === 0) return `the ${unit} of publication`;
  return diff > 0 ? `${plural(diff, unit)} before publication` : `${plural(-diff, unit)} after publication`;
}

/** Words for a concrete value, and (given the article date) how far it lies from publication. */
function describeValue(value: string, ref: YMD | undefined): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})|T(MO|AF|EV|NI))?$/.exec(value))) {
    const x = { y: +m[1], m: +m[2], d: +m[3] };
    const head = m[4] ? `${m[4]} on ${dayText(x)}` : m[5] ? `${dayText(x)}, ${PARTS[m[5]]}` : dayText(x);
    if (!ref) return head;
    const diff = diffDays(ref, x);
    return `${head} — ${diff === 0 ? 'the publication date' : relation(diff, 'day')}`;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const [mon, sun] = weekBounds(value)!;
    const head = `${m[3] ? 'Weekend of week' : 'Week'} ${+m[2]} of ${m[1]} (${dayText(mon)} to ${dayText(sun)})`;
    return ref ? `${head} — ${relation(Math.round(diffDays(ref, mon) / 7 - 0.49), 'week')}` : head;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const head = `${MONTHS[+m[2] - 1]} ${m[1]}`;
    return ref ? `${head} — ${relation(ref.y * 12 + ref.m - (+m[1] * 12 + +m[2]), 'month')}` : head;
  }
  if ((m = /^(\d{4})-([QH])(\d)$/.exec(value))) {
    const n = +m[3];
    const size = m[2] === 'Q' ? 3 : 6;
    const months = `${MONTHS[(n - 1) * size]} to ${MONTHS[n * size - 1]}`;
    return `The ${ORDINAL[n - 1]} ${m[2] === 'Q' ? 'quarter' : 'half'} of ${m[1]} (${months})`;
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) {
    return ref ? `The year ${m[1]} — ${relation(ref.y - +m[1], 'year')}` : `The year ${m[1]}`;
  }
  if ((m = /^(\d{3})X$/.exec(value))) return `The ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `The ${ordinal(+m[1] + 1)} century`;
  return undefined;
}

function describeDuration(value: string): string | undefined {
  const m = /^P(T?)(\d+(?:\.\d+)?|X)([YMWDQHS])$/.exec(value);
  if (!m) return undefined;
  const unit = m[1] && m[3] === 'M' ? 'minute' : UNIT_NAMES[m[3]];
  return m[2] === 'X'
    ? `A length of time counted in ${unit}s (number unspecified)`
    : `A length of ${plural(+m[2], unit)}`;
}

function describeSet(value: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^XXXX-WXX-(\d)(?:T(MO|AF|EV|NI))?$/.exec(value)))
    return `Every ${WEEKDAYS[+m[1] - 1]}${m[2] ? ` ${PARTS[m[2]]}` : ''}`;
  if ((m = /^XXXX-(\d{2})$/.exec(value))) return `Every ${MONTHS[+m[1] - 1]}`;
  if ((m = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(value))) return `Every ${PARTS[m[1]]}`;
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) return `Every ${SEASONS[m[1]].toLowerCase()}`;
  if ((m = /^P(T?)(\d+)([YMWDQH])$/.exec(value))) {
    const unit = m[1] && m[3] === 'M' ? 'minute' : UNIT_NAMES[m[3]];
    return +m[2] === 1 ? `Every ${unit}` : `Every ${plural(+m[2], unit)}`;
  }
  return undefined;
}

/** Whether the expression leans on the article date rather than naming its year itself. */
function isRelative(span: Span, expr: string): boolean {
  if (span.type === 'DURATION' || span.type === 'SET') return false;
  if (!span.value || /XXXX|_REF/.test(span.value)) return true;
  return !/\b\d{4}\b|'\d{2}\b|\d0s\b|century/i.test(expr);
}

/** One line in plain words plus details (normalised value, range ends, anchor) for a hover card. */
export function describeTemporal(span: Span, text: string, dct?: string): TemporalDescription {
  const expr = text.slice(span.start, span.end);
  const ref = parseYMD(dct);
  const relative = isRelative(span, expr);
  const details: string[] = [`Type: ${span.type}`];
  if (span.value) details.push(`Normalised: ${span.value}`);
  const unknownAnchor = relative && (!ref || !span.value || /XXXX/.test(span.value));
  if (span.range) {
    const from = describeValue(span.range.from, ref) ?? span.range.from;
    const to = describeValue(span.range.to, ref) ?? span.range.to;
    details.push(`From: ${from}`, `To: ${to}`);
    const bare = (d: string) => d.split(' — ')[0].replace(/^The /, 'the ');
    return { summary: `From ${bare(from)} to ${bare(to)}`, details, relative };
  }
  let summary: string | undefined;
  if (span.value && REFS[span.value]) summary = REFS[span.value];
  else if (unknownAnchor) {
    summary = `"${expr}" is relative to the article's date, which is not known`;
    details.push('Set the article date to resolve it');
  } else if (span.value) {
    summary =
      span.type === 'DURATION'
        ? describeDuration(span.value)
        : span.type === 'SET'
          ? describeSet(span.value)
          : describeValue(span.value, ref);
  }
  if (relative && ref && !unknownAnchor) details.push(`Resolved against the article date ${dct}`);
  return { summary: summary ?? `${span.type.toLowerCase()} expression "${expr}"`, details, relative };
}
