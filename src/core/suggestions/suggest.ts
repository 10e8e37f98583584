import { Highlight } from '../highlights/highlights';
import { labelOfType } from '../highlights/labels';
import {
  Annotation,
  Correction,
  SidecarData,
  Suggestion,
  allItemIds,
  anchorAt,
  createAnnotation,
  createCorrection,
  newId,
  sidecarTimestamp,
} from '../sidecar';
import { Span } from '../types';

/** The `source` of suggestions made by the built-in recogniser and date tagger. */
const MODEL_SOURCE = 'model';

type Range = { start: number; end: number; orphaned?: boolean };

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const placed = <T extends Range>(items: readonly T[]): T[] => items.filter(i => !i.orphaned);

/**
 * True when the user has already decided about [start, end): one of their annotations overlaps it, or
 * one of their corrections sits exactly on it (corrections belong to one exact automatic span, so
 * rejecting "May" says nothing about "Theresa May").
 */
function decidedByUser(range: Range, annotations: readonly Annotation[], corrections: readonly Correction[]): boolean {
  return (
    placed(annotations).some(a => overlaps(a, range)) ||
    placed(corrections).some(c => c.start === range.start && c.end === range.end)
  );
}

export interface SuggestOptions {
  /** Which labels to suggest (e.g. the types enabled in the settings); all by default. */
  enabled?: (label: string) => boolean;
  /** Most suggestions the article may hold waiting for review; the spans beyond it are withheld. */
  limit?: number;
  source?: string;
  author?: string;
  now?: Date;
}

/** The default of `articleAnnotator.suggestions.maxPerArticle`: a long report's worth, a sidecar of a few hundred KB. */
export const DEFAULT_MAX_SUGGESTIONS = 1000;

/**
 * Adds the recogniser's `spans` to `data` as suggestions, in place: `added` are the new ones, `withheld`
 * counts those left out because the article reached `limit`. `data` must be anchored to `text` (re-anchor
 * first). Skips what the user already decided (see `decidedByUser`) and anything overlapping a pending
 * suggestion, so running it again adds nothing. Near-linear in spans and items: overlaps are found by
 * binary search, as a long article can have 100,000 spans and 10,000 annotations.
 */
export function addSuggestions(
  data: SidecarData,
  text: string,
  spans: readonly Span[],
  options: SuggestOptions = {},
): { added: Suggestion[]; withheld: number } {
  const annotated = overlapIndex(placed(data.annotations));
  const corrected = new Set(placed(data.corrections).map(c => `${c.start}:${c.end}`));
  const pending = overlapIndex(placed(data.suggestions ?? []));
  let room = (options.limit ?? Infinity) - placed(data.suggestions ?? []).length;
  const taken = new Set([...data.annotations, ...data.corrections, ...(data.suggestions ?? [])].map(i => i.id));
  const created = sidecarTimestamp(options.now);
  const added: Suggestion[] = [];
  let withheld = 0;
  let addedEnd = -1;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const label = labelOfType(span.type);
    if (options.enabled && !options.enabled(label)) continue;
    if (span.end <= span.start || span.end > text.length || text.slice(span.start, span.end).trim() === '') continue;
    if (annotated(span) || corrected.has(`${span.start}:${span.end}`) || pending(span) || span.start < addedEnd)
      continue;
    if (room <= 0) {
      withheld++;
      continue;
    }
    room--;
    const id = newId(taken, 's-');
    taken.add(id);
    const suggestion: Suggestion = {
      id,
      label,
      source: options.source ?? MODEL_SOURCE,
      ...anchorAt(text, span.start, span.end),
      created,
    };
    if (options.author) suggestion.author = options.author;
    addedEnd = Math.max(addedEnd, span.end);
    added.push(suggestion);
  }
  if (added.length > 0) data.suggestions = [...(data.suggestions ?? []), ...added];
  return { added, withheld };
}

/**
 * Whether a range overlaps any of `items`: items sorted by start, and the largest end among the first k
 * of them, so one binary search finds the items starting before the range ends.
 */
function overlapIndex(items: readonly Range[]): (range: Range) => boolean {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const item of sorted) maxEnd.push(Math.max(item.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return range => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].start < range.end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && maxEnd[low - 1] > range.start;
  };
}

interface ReviewOptions {
  author?: string;
  now?: Date;
}

export interface ReviewResult<T> {
  /** What the reviewed suggestions became. */
  made: T[];
  /** Suggestions removed without becoming anything: the user's own item there won, or their text is gone. */
  dropped: Suggestion[];
}

/** Takes the suggestions with these ids out of `data`, splitting off the ones that can no longer apply. */
function take(
  data: SidecarData,
  text: string,
  ids: ReadonlySet<string>,
): { usable: Suggestion[]; dropped: Suggestion[] } {
  const chosen = (data.suggestions ?? []).filter(s => ids.has(s.id));
  const rest = (data.suggestions ?? []).filter(s => !ids.has(s.id));
  if (rest.length > 0) data.suggestions = rest;
  else delete data.suggestions;
  const usable: Suggestion[] = [];
  const dropped: Suggestion[] = [];
  for (const s of chosen) {
    const intact = !s.orphaned && text.slice(s.start, s.end) === s.quote;
    (intact && !decidedByUser(s, data.annotations, data.corrections) ? usable : dropped).push(s);
  }
  return { usable, dropped };
}

function ids(data: SidecarData): Set<string> {
  return new Set(allItemIds(data));
}

/** Takes the chosen suggestions out of `data` and makes each usable one into an item with a fresh id. */
function review<T extends { id: string }>(
  data: SidecarData,
  text: string,
  which: ReadonlySet<string>,
  make: (s: Suggestion, takenIds: Set<string>) => T,
): ReviewResult<T> {
  const { usable, dropped } = take(data, text, which);
  const taken = ids(data);
  const made = usable.map(s => {
    const item = make(s, taken);
    taken.add(item.id);
    return item;
  });
  return { made, dropped };
}

/** Turns suggestions into annotations with the same label and place, in place. Never overrides the user's own items. */
export function acceptSuggestions(
  data: SidecarData,
  text: string,
  which: ReadonlySet<string>,
  options: ReviewOptions = {},
): ReviewResult<Annotation> {
  const result = review(data, text, which, (s, takenIds) =>
    createAnnotation(text, s.start, s.end, s.label, {
      note: s.note,
      author: options.author,
      now: options.now,
      takenIds,
    }),
  );
  data.annotations.push(...result.made);
  return result;
}

/**
 * Rejects suggestions, in place: each becomes a correction "<label> is none" on its text, which both
 * keeps it from being suggested again and hides the live automatic highlight that would say the same.
 */
export function rejectSuggestions(
  data: SidecarData,
  text: string,
  which: ReadonlySet<string>,
  options: ReviewOptions = {},
): ReviewResult<Correction> {
  const result = review(data, text, which, (s, takenIds) =>
    createCorrection(text, s.start, s.end, s.label, 'none', { author: options.author, now: options.now, takenIds }),
  );
  data.corrections.push(...result.made);
  return result;
}

/**
 * Adds pending suggestions to composed highlights. A suggestion is hidden where the user already
 * decided (here, or through the registry or labels learned elsewhere), and takes the place of the
 * automatic highlights it overlaps, so decorations never stack.
 */
export function withSuggestions(
  highlights: readonly Highlight[],
  suggestions: readonly Suggestion[],
  annotations: readonly Annotation[],
  corrections: readonly Correction[],
): Highlight[] {
  // Names the workspace knows (registry, learned labels) are decisions too.
  const known = highlights.filter(h => h.source === 'registry' || h.source === 'learned');
  const shown = placed(suggestions).filter(
    s => !decidedByUser(s, annotations, corrections) && !known.some(h => overlaps(s, h)),
  );
  if (shown.length === 0) return [...highlights];
  const kept = highlights.filter(h => h.source !== 'automatic' || !shown.some(s => overlaps(s, h)));
  // The recogniser's span on exactly the same text still describes it (a date's resolved value, for one).
  const spanAt = new Map(
    highlights.filter(h => h.source === 'automatic' && h.span).map(h => [`${h.start}:${h.end}`, h.span!]),
  );
  const added: Highlight[] = shown.map(s => {
    const span = spanAt.get(`${s.start}:${s.end}`);
    return { start: s.start, end: s.end, label: s.label, source: 'suggestion', id: s.id, ...(span ? { span } : {}) };
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
