import { labelOfType } from './labels';
import { Span, SpanType } from './types';

/** Where a highlight comes from: the recogniser, a user annotation, or a user correction of the recogniser. */
export type HighlightSource = 'automatic' | 'annotation' | 'correction';

export interface Highlight {
  start: number;
  end: number;
  /** A built-in label (person, organisation, ...) or a custom one. */
  label: string;
  source: HighlightSource;
  /** The recogniser's span, for automatic and corrected highlights. */
  span?: Span;
  /** Id of the annotation or correction behind it. */
  id?: string;
}

/** The parts of sidecar items this module needs; orphans have no trustworthy position and are skipped. */
export interface PlacedAnnotation { id: string; label: string; start: number; end: number; orphaned?: boolean }
export interface PlacedCorrection { id: string; automatic: string; correct: string; start: number; end: number; orphaned?: boolean }

/** The label a correction uses to say "this is not an entity". */
export const NOT_AN_ENTITY = 'none';

/**
 * Merges the recogniser's spans with the user's work. User annotations win over any automatic span they
 * overlap (so decorations never stack); a correction replaces or removes the automatic span it sits on.
 * `enabled` filters automatic spans by type; the user's own annotations are always shown.
 */
export function composeHighlights(
  spans: readonly Span[],
  annotations: readonly PlacedAnnotation[],
  corrections: readonly PlacedCorrection[],
  enabled: (type: SpanType) => boolean = () => true,
): Highlight[] {
  const placed = annotations.filter(a => !a.orphaned && a.end > a.start);
  const correctionAt = new Map<string, PlacedCorrection>();
  for (const c of corrections) {
    if (!c.orphaned) correctionAt.set(`${c.start}:${c.end}`, c);
  }
  const result: Highlight[] = placed.map(a => ({ start: a.start, end: a.end, label: a.label, source: 'annotation', id: a.id }));
  const overlapsAnnotation = overlapTest(placed);
  for (const span of spans) {
    if (overlapsAnnotation(span.start, span.end)) continue;
    const correction = correctionAt.get(`${span.start}:${span.end}`);
    if (correction && correction.automatic === labelOfType(span.type)) {
      if (correction.correct !== NOT_AN_ENTITY) {
        result.push({ start: span.start, end: span.end, label: correction.correct, source: 'correction', span, id: correction.id });
      }
      continue;
    }
    if (enabled(span.type)) result.push({ start: span.start, end: span.end, label: labelOfType(span.type), source: 'automatic', span });
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Returns a test for "does [start, end) overlap any of these ranges". An overlap exists exactly when,
 * among ranges starting before `end`, the largest end exceeds `start`: a prefix maximum over ranges
 * sorted by start answers that with one binary search.
 */
function overlapTest(ranges: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts = sorted.map(r => r.start);
  const maxEnd: number[] = [];
  for (const r of sorted) maxEnd.push(Math.max(r.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > start;
  };
}

/** Highlights containing `offset` (end inclusive, so a cursor just after a word still finds it). */
export function highlightsAt(highlights: readonly Highlight[], offset: number): Highlight[] {
  return highlights.filter(h => h.start <= offset && offset <= h.end);
}

/**
 * Every mention of the same thing as `target`, in document order: highlights with the same label and
 * text, and for people also a shorter or longer form of the name ("Okafor" for "Daniel Okafor").
 */
export function mentionsOf(text: string, highlights: readonly Highlight[], target: Highlight): Highlight[] {
  const surface = text.slice(target.start, target.end);
  const words = nameWords(surface);
  return highlights.filter(h => {
    if (h.label !== target.label) return false;
    const other = text.slice(h.start, h.end);
    return other === surface || (target.label === 'person' && sameName(words, nameWords(other)));
  });
}

export function nameWords(name: string): string[] {
  return name.split(/[\s\u00a0]+/).map(w => w.replace(/[’']s$/, '')).filter(w => /\p{Lu}/u.test(w));
}

/** One name's capitalised words all occur in the other's, so one is a short form of the other. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every(w => longer.includes(w));
}
