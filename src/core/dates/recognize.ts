// Runs every grammar rule over the text and keeps the longest non-overlapping expressions.
import type { Span } from '../types';
import { parseYMD } from './calendar';
import { calendarRules } from './grammar-calendar';
import { measureRules } from './grammar-measure';
import { periodRules } from './grammar-periods';
import { relativeRules } from './grammar-relative';
import type { Candidate, Ctx, Rule } from './rule';
import { AnchorFinder, scanRule } from './scan';

/** Every grammar rule, in the order candidates are collected. */
export const RULES: Rule[] = [...calendarRules, ...relativeRules, ...periodRules, ...measureRules];

const CONCRETE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q\d)?$/;
/** Words joining the two ends of a range ("Oct. 31 to Nov. 1"). */
const RANGE_JOIN = /^[ \t]*(?:-|–|—|to|through|until|till)[ \t]*$/;

/** The rules' anchors, found in one pass over the text, and each rule's among them (-1: none). */
const ANCHORS = new AnchorFinder(RULES.map(rule => rule.anchor));
const ANCHOR_OF_RULE = RULES.map(rule => (rule.anchor ? ANCHORS.anchors.indexOf(rule.anchor) : -1));

function collect(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const hits = ANCHORS.find(ctx.text);
  for (let r = 0; r < RULES.length; r++) {
    const a = ANCHOR_OF_RULE[r];
    scanRule(RULES[r], ctx, out, a < 0 ? undefined : hits[a]);
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

/**
 * The later end of a range whose year was guessed separately: "Dec. 30 to Jan. 2" ends in the
 * year after its start, "Oct. 31 to Nov. 1" in the same one.
 */
function laterEnd(from: string, to: string, toText: string): string {
  if (to > from || /\d{4}/.test(toText) || from.length < 7) return to;
  const sameYear = from.slice(0, 4) + to.slice(4);
  return sameYear > from ? sameYear : String(+from.slice(0, 4) + 1) + to.slice(4);
}

/** The start of a range takes the year written at its end ("Oct. 31 to Nov. 1, 2025"). */
function earlierEnd(from: string, to: string, fromText: string): string {
  if ((/\d{4}/.test(fromText) && !from.startsWith('X')) || from.length < 7) return from;
  const sameYear = to.slice(0, 4) + from.slice(4);
  return sameYear <= to ? sameYear : String(+to.slice(0, 4) - 1) + from.slice(4);
}

/** Joins two dates of the same precision separated by "to", "through" or a dash into one range. */
function joinRanges(text: string, spans: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'DATE' &&
      s.type === 'DATE' &&
      prev.value &&
      s.value &&
      !prev.range &&
      CONCRETE.test(prev.value.replace(/^XXXX/, '0000')) &&
      CONCRETE.test(s.value) &&
      prev.value.length === s.value.length &&
      RANGE_JOIN.test(text.slice(prev.end, s.start))
    ) {
      const from = earlierEnd(prev.value, s.value, text.slice(prev.start, prev.end));
      const to = laterEnd(from, s.value, text.slice(s.start, s.end));
      if (to > from) {
        out[out.length - 1] = {
          start: prev.start,
          end: s.end,
          type: 'DATE',
          value: `${from}/${to}`,
          range: { from, to },
        };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** Finds DATE/TIME/DURATION/SET expressions; sorted, non-overlapping. */
export function recognizeTemporal(text: string, options?: { dct?: string }): Span[] {
  const ctx: Ctx = { text, ref: parseYMD(options?.dct) };
  return joinRanges(text, select(collect(ctx))).map(c => {
    const s: Span = { start: c.start, end: c.end, type: c.type };
    if (c.value !== undefined) s.value = c.value;
    if (c.range) s.range = c.range;
    return s;
  });
}
