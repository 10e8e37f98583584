// The shape of one grammar rule and small helpers the rule files share.
import type { TemporalType } from '../types';
import type { YMD } from './calendar';
import { tenseAround, Tense } from './context';

export interface Ctx {
  text: string;
  ref?: YMD;
}

/**
 * One expression a rule found. Every candidate is built with all five fields, in this order (by `span`
 * or `rangeSpan`), so that the code reading them meets one shape: a rare shape met late (a range) made
 * the compiled scanning and selecting code start over, in every worker thread.
 */
export interface Candidate {
  start: number;
  end: number;
  type: TemporalType;
  value: string | undefined;
  range: { from: string; to: string } | undefined;
}

export interface Rule {
  re: RegExp;
  /** A fast pattern every match contains (a month name, a unit word); the rule runs only near its hits. */
  anchor?: RegExp;
  /** Builds the expression for a match, or null when the match is not temporal after all. */
  build(m: RegExpExecArray, ctx: Ctx): Candidate | null;
}

export const isUpper = (s: string | undefined): boolean => !!s && s[0] >= 'A' && s[0] <= 'Z';

/** The word just before `start` on the same line, lower-cased ('' if none). */
export function wordBefore(text: string, start: number): string {
  const m = /([A-Za-z']+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, start - 24), start));
  return m ? m[1].toLowerCase() : '';
}

/** The word just after `end` on the same line, lower-cased ('' if none). */
export function wordAfter(text: string, end: number): string {
  const m = /^[ \t\u00a0]+([A-Za-z']+)/.exec(text.slice(end, end + 24));
  return m ? m[1].toLowerCase() : '';
}

export const tenseOf = (ctx: Ctx, m: RegExpExecArray): Tense => tenseAround(ctx.text, m.index, m.index + m[0].length);

export function span(m: RegExpExecArray, type: TemporalType, value?: string, skip = 0): Candidate {
  return { start: m.index + skip, end: m.index + m[0].length, type, value, range: undefined };
}

/** A DATE from `from` to `to`, its value written as ISO 8601 writes an interval. */
export function rangeSpan(m: RegExpExecArray, value: string, from: string, to: string): Candidate {
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, range: { from, to } };
}

/** Lower-cased words of a matched group with runs of white space as one space. */
export const words = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
