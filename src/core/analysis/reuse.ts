/**
 * Reuse of the previous analysis by position. An edit leaves the text before and after it
 * unchanged, so units lying wholly in that common prefix or suffix keep their spans without being
 * looked up in the cache, which would mean hashing and comparing every paragraph of the article.
 */
import type { Span } from '../types';
import type { Unit } from './units';

/**
 * The last analysis: its text, units and per-unit results (spans relative to each unit, by default);
 * a result is undefined for a unit that an analysis stopped half-way did not reach.
 */
export interface Snapshot<T = Span[]> {
  text: string;
  units: readonly Unit[];
  perUnit: readonly (T | undefined)[];
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

/** How a text became another: the lengths of their common prefix and (not overlapping it) common suffix, and the change in length. */
export interface Edit {
  prefix: number;
  suffix: number;
  delta: number;
}

function editOf(a: string, b: string): Edit {
  const { prefix, suffix } = editBounds(a, b);
  return { prefix, suffix, delta: b.length - a.length };
}

/**
 * Two edits in a row as one: the texts agree where both edits left them alone. The stretch between
 * may be longer than the smallest one, which does for the caches that ask: they redo a longer stretch
 * with the same result.
 */
function followedBy(first: Edit, second: Edit): Edit {
  return {
    prefix: Math.min(first.prefix, second.prefix),
    suffix: Math.min(first.suffix, second.suffix),
    delta: first.delta + second.delta,
  };
}

/**
 * The text a cache last worked on, and the edits made to it since (`follow`): after an edit it holds
 * the new version and how it differs from the old one, which it lets go. The engine reports an edit as
 * soon as it has compared the two versions, so that a long article's version before the edit (1.2 MB
 * at 100k words) is garbage while the new one is analysed, instead of being kept by the caches until
 * their next pass: a young collection during the edit carried it into the old generation, and such
 * garbage is what raised the heap's peak while editing.
 */
export class TextSeen {
  /** How `text` differs from the text the cache worked on; undefined while they are the same. */
  private edit: Edit | undefined;

  constructor(private text: string) {}

  /** `before` was edited into `after`: followed when it is the text held. */
  follow(before: string, after: string): void {
    if (this.text !== before || before === after) return;
    const edit = editOf(before, after);
    this.edit = this.edit ? followedBy(this.edit, edit) : edit;
    this.text = after;
  }

  /** How `text` differs from the text the cache worked on. */
  editTo(text: string): Edit {
    if (this.edit === undefined) return editOf(this.text, text);
    return text === this.text ? this.edit : followedBy(this.edit, editOf(this.text, text));
  }
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
