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
export const MODEL_SOURCE = 'model';

type Range = { start: number; end: number; orphaned?: boolean };

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const placed = <T extends Range>(items: readonly T[]): T[] => items.filter(i => !i.orphaned);

/**
 * True when the user has already decided about [start, end): one of their annotations overlaps it, or
 * one of their corrections sits exactly on it (corrections belong to one exact automatic span, so
 * rejecting "May" says nothing about "Theresa May").
 */
export function decidedByUser(
  range: Range,
  annotations: readonly Annotation[],
  corrections: readonly Correction[],
): boolean {
  return (
    placed(annotations).some(a => overlaps(a, range)) ||
    placed(corrections).some(c => c.start === range.start && c.end === range.end)
  );
}

export interface SuggestOptions {
  /** Which labels to suggest (e.g. the types enabled in the settings); all by default. */
  enabled?: (label: string) => boolean;
  source?: string;
  author?: string;
  now?: Date;
}

/**
 * Adds the recogniser's `spans` to `data` as suggestions, in place, and returns the new ones. `data`
 * must be anchored to `text` (re-anchor first). Skips what the user already decided (see
 * `decidedByUser`) and anything overlapping a pending suggestion, so running it again adds nothing.
 */
export function addSuggestions(
  data: SidecarData,
  text: string,
  spans: readonly Span[],
  options: SuggestOptions = {},
): Suggestion[] {
  const pending = placed(data.suggestions ?? []);
  const taken = new Set([...data.annotations, ...data.corrections, ...(data.suggestions ?? [])].map(i => i.id));
  const created = sidecarTimestamp(options.now);
  const added: Suggestion[] = [];
  for (const span of spans) {
    const label = labelOfType(span.type);
    if (options.enabled && !options.enabled(label)) continue;
    if (span.end <= span.start || span.end > text.length || text.slice(span.start, span.end).trim() === '') continue;
    if (decidedByUser(span, data.annotations, data.corrections) || pending.some(s => overlaps(s, span))) continue;
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
    pending.push(suggestion);
    added.push(suggestion);
  }
  if (added.length > 0) data.suggestions = [...(data.suggestions ?? []), ...added];
  return added;
}

export interface ReviewOptions {
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

/** Turns suggestions into annotations with the same label and place, in place. Never overrides the user's own items. */
export function acceptSuggestions(
  data: SidecarData,
  text: string,
  which: ReadonlySet<string>,
  options: ReviewOptions = {},
): ReviewResult<Annotation> {
  const { usable, dropped } = take(data, text, which);
  const taken = ids(data);
  const made = usable.map(s => {
    const annotation = createAnnotation(text, s.start, s.end, s.label, {
      note: s.note,
      author: options.author,
      now: options.now,
      takenIds: taken,
    });
    taken.add(annotation.id);
    return annotation;
  });
  data.annotations.push(...made);
  return { made, dropped };
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
  const { usable, dropped } = take(data, text, which);
  const taken = ids(data);
  const made = usable.map(s => {
    const correction = createCorrection(text, s.start, s.end, s.label, 'none', {
      author: options.author,
      now: options.now,
      takenIds: taken,
    });
    taken.add(correction.id);
    return correction;
  });
  data.corrections.push(...made);
  return { made, dropped };
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
