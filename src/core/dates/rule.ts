// The shape of one grammar rule and small helpers the rule files share.
import type { TemporalType } from '../types';
import type { YMD } from './calendar';
import { tenseAround, Tense } from './context';

export interface Ctx {
  text: string;
  ref?: YMD;
}

export interface Candidate {
  start: number;
  end: number;
  type: TemporalType;
  value?: string;
  range?: { from: string; to: string };
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
  return { start: m.index + skip, end: m.index + m[0].length, type, value };
}

/** Lower-cased words of a matched group with runs of white space as one space. */
export const words = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
