// Runs every grammar rule over the text and keeps the longest non-overlapping expressions.
import type { Span } from '../types';
import { parseYMD } from './calendar';
import { calendarRules } from './grammar-calendar';
import { measureRules } from './grammar-measure';
import { relativeRules } from './grammar-relative';
import type { Candidate, Ctx, Rule } from './rule';

const RULES: Rule[] = [...calendarRules, ...relativeRules, ...measureRules];

const CONCRETE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q\d)?$/;
/** Words joining the two ends of a range ("Oct. 31 to Nov. 1"). */
const RANGE_JOIN = /^[ \t]*(?:-|–|—|to|through|until|till)[ \t]*$/;

function collect(text: string, ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of RULES) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const c = rule.build(m, ctx);
      if (c && c.end > c.start) out.push(c);
    }
  }
  return out;
}

/** Leftmost-longest selection: earlier start wins, then the longer expression. */
function select(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let end = -1;
  for (const c of cands) {
    if (c.start < end) continue;
    kept.push(c);
    end = c.end;
  }
  return kept;
}

/** Joins two dates of the same precision separated by "to", "through" or a dash into one range. */
function joinRanges(text: string, spans: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'DATE' && s.type === 'DATE' && prev.value && s.value && !prev.range &&
        CONCRETE.test(prev.value) && CONCRETE.test(s.value) && prev.value.length === s.value.length &&
        prev.value < s.value && RANGE_JOIN.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = {
        start: prev.start, end: s.end, type: 'DATE', value: `${prev.value}/${s.value}`,
        range: { from: prev.value, to: s.value },
      };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Finds DATE/TIME/DURATION/SET expressions; sorted, non-overlapping. */
export function recognizeTemporal(text: string, options?: { dct?: string }): Span[] {
  const ctx: Ctx = { text, ref: parseYMD(options?.dct) };
  return joinRanges(text, select(collect(text, ctx))).map((c) => {
    const s: Span = { start: c.start, end: c.end, type: c.type };
    if (c.value !== undefined) s.value = c.value;
    if (c.range) s.range = c.range;
    return s;
  });
}
