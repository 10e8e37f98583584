/**
 * Reuse of the previous analysis by position. An edit leaves the text before and after it
 * unchanged, so units lying wholly in that common prefix or suffix keep their spans without being
 * looked up in the cache, which would mean hashing and comparing every paragraph of the article.
 */
import type { Span } from '../types';
import type { Unit } from './units';

/** The last complete analysis: its text, units and per-unit results (spans relative to each unit, by default). */
export interface Snapshot<T = Span[]> {
  text: string;
  units: readonly Unit[];
  perUnit: readonly T[];
}

/** Chunk compared natively before falling back to character steps. */
const CHUNK = 1024;

export function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `max`. */
export function commonSuffixLength(a: string, b: string, max: number): number {
  let n = 0;
  while (
    n + CHUNK <= max &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  )
    n += CHUNK;
  while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

let lastBounds: { a: string; b: string; prefix: number; suffix: number } | undefined;

/**
 * Lengths of the common prefix and (not overlapping it) common suffix of two versions of a text.
 * The engine, the document pass and the mention search all compare the same two versions after an
 * edit, so the last answer is kept (strings are immutable: same pair, same answer).
 */
export function editBounds(a: string, b: string): { prefix: number; suffix: number } {
  if (lastBounds !== undefined && lastBounds.a === a && lastBounds.b === b) return lastBounds;
  const prefix = commonPrefixLength(a, b);
  const suffix = commonSuffixLength(a, b, Math.min(a.length, b.length) - prefix);
  lastBounds = { a, b, prefix, suffix };
  return lastBounds;
}

/**
 * Forgets the last answer of `editBounds`, once every comparison of an edit is made: it holds the
 * version before the edit, which would otherwise stay alive (and be carried into the old generation)
 * until the next edit.
 */
export function forgetEditBounds(): void {
  lastBounds = undefined;
}

/** Start of the line holding `at`, and the end of the line holding `end` after its newline (or the text's end). */
export function lineAround(text: string, at: number, end: number): [number, number] {
  const from = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return [from, lineEnd < 0 ? text.length : lineEnd + 1];
}

/**
 * The lines of `text` that an edit of `prev` touched: from the start of the line where the texts
 * first differ to the end of the line where they agree again. Searches that never match across a
 * line break need look again only there.
 */
export function editedLines(prev: string, text: string): [number, number] {
  const { prefix, suffix } = editBounds(prev, text);
  return lineAround(text, prefix, text.length - suffix);
}

/**
 * For each unit of `text`, the previous result (spans, or anything else computed per unit) when the
 * same unit (same text, same place relative to the edit) existed in `prev`, otherwise undefined.
 */
export function reusableSpans<T = Span[]>(
  prev: Snapshot<T> | undefined,
  text: string,
  units: readonly Unit[],
): (T | undefined)[] {
  const known: (T | undefined)[] = new Array(units.length).fill(undefined);
  if (prev === undefined) return known;
  const { prefix, suffix } = editBounds(prev.text, text);
  const delta = text.length - prev.text.length;
  const suffixStart = text.length - suffix;
  let j = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const inPrefix = u.start + u.text.length <= prefix;
    if (!inPrefix && u.start < suffixStart) continue;
    // Same start (shifted by the edit's length change in the suffix) and same length: same text.
    const oldStart = inPrefix ? u.start : u.start - delta;
    while (j < prev.units.length && prev.units[j].start < oldStart) j++;
    const old = prev.units[j];
    if (old !== undefined && old.start === oldStart && old.text.length === u.text.length) known[i] = prev.perUnit[j];
  }
  return known;
}
