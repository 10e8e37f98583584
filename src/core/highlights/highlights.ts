import type { KnownMention, KnownName } from '../knowledge/types';
import { NOT_AN_ENTITY, labelOfType } from './labels';
import { Span, SpanType } from '../types';
import { onOneLine } from '../text/softWraps';

/**
 * Where a highlight comes from: the recogniser, a user annotation, a user correction of the recogniser,
 * the workspace registry (`entities.yaml`), a label the user gave the same name in another place, or a
 * pending suggestion.
 */
type HighlightSource = 'automatic' | 'annotation' | 'correction' | 'registry' | 'learned' | 'suggestion';

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
  /** For registry and learned highlights: what the workspace knows about the name. */
  known?: KnownName;
}

/** Workspace knowledge applied to one article: known names found in it, and a test for rejected spans. */
export interface ArticleKnowledge {
  mentions: readonly KnownMention[];
  /** True when the user said elsewhere that this automatic span is not an entity. */
  rejects(span: Span): boolean;
}

/** The parts of sidecar items this module needs; orphans have no trustworthy position and are skipped. */
export interface PlacedAnnotation {
  id: string;
  label: string;
  start: number;
  end: number;
  orphaned?: boolean;
}
export interface PlacedCorrection {
  id: string;
  automatic: string;
  correct: string;
  start: number;
  end: number;
  orphaned?: boolean;
}

/**
 * Merges the recogniser's spans with the user's work, most specific first: this article's annotations,
 * then its corrections, then workspace knowledge (registry names, labels learned from other articles),
 * then the recogniser. User annotations win over any automatic span they overlap (so decorations never
 * stack); a correction replaces or removes the automatic span it sits on. A known name inside a longer
 * automatic span gives way to it ("Kim" inside "Kim Yo Jong"). `enabled` filters automatic spans by
 * type and `knownLabel` known names by label (a project's closed list of labels); the user's own
 * decisions in this article are always shown.
 */
export function composeHighlights(
  spans: readonly Span[],
  annotations: readonly PlacedAnnotation[],
  corrections: readonly PlacedCorrection[],
  enabled: (type: SpanType) => boolean = () => true,
  knowledge?: ArticleKnowledge,
  knownLabel: (label: string) => boolean = () => true,
): Highlight[] {
  const placed = annotations.filter(a => !a.orphaned && a.end > a.start);
  const placedCorrections = corrections.filter(c => !c.orphaned);
  const correctionAt = new Map<string, PlacedCorrection>();
  for (const c of placedCorrections) correctionAt.set(`${c.start}:${c.end}`, c);
  const result: Highlight[] = placed.map(a => ({
    start: a.start,
    end: a.end,
    label: a.label,
    source: 'annotation',
    id: a.id,
  }));
  const overlapsAnnotation = overlapTest(placed);
  const overlapsCorrection = overlapTest(placedCorrections);
  const insideLongerSpan = containmentTest(spans, knowledge);
  // A correction made here on a known name ("not an entity in this article") settles that range.
  const settled = new Set<string>();
  const known = (knowledge?.mentions ?? []).filter(m => {
    if (!knownLabel(m.name.label)) return false;
    if (overlapsAnnotation(m.start, m.end) || insideLongerSpan(m.start, m.end)) return false;
    if (!overlapsCorrection(m.start, m.end)) return true;
    const key = `${m.start}:${m.end}`;
    const correction = correctionAt.get(key);
    if (correction?.automatic === m.name.label) {
      settled.add(key);
      if (correction.correct !== NOT_AN_ENTITY) {
        result.push({
          start: m.start,
          end: m.end,
          label: correction.correct,
          source: 'correction',
          id: correction.id,
          known: m.name,
        });
      }
    }
    return false;
  });
  for (const m of known)
    result.push({ start: m.start, end: m.end, label: m.name.label, source: m.name.source, known: m.name });
  const overlapsKnown = overlapTest(known);
  for (const span of spans) {
    if (overlapsAnnotation(span.start, span.end) || settled.has(`${span.start}:${span.end}`)) continue;
    const correction = correctionAt.get(`${span.start}:${span.end}`);
    if (correction && correction.automatic === labelOfType(span.type)) {
      if (correction.correct !== NOT_AN_ENTITY) {
        result.push({
          start: span.start,
          end: span.end,
          label: correction.correct,
          source: 'correction',
          span,
          id: correction.id,
        });
      }
      continue;
    }
    if (overlapsKnown(span.start, span.end) || knowledge?.rejects(span)) continue;
    if (enabled(span.type))
      result.push({ start: span.start, end: span.end, label: labelOfType(span.type), source: 'automatic', span });
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Returns a test for "is [start, end) strictly inside a longer automatic span that stays shown". The
 * recogniser's spans are sorted and do not overlap, so one binary search finds the candidate.
 */
function containmentTest(
  spans: readonly Span[],
  knowledge: ArticleKnowledge | undefined,
): (start: number, end: number) => boolean {
  if (!knowledge || knowledge.mentions.length === 0) return () => false;
  return (start, end) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    const span = lo > 0 ? spans[lo - 1] : undefined;
    return !!span && span.end >= end && span.end - span.start > end - start && !knowledge.rejects(span);
  };
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
 * text, for people also a shorter or longer form of the name ("Okafor" for "Daniel Okafor"), and for
 * registry names every alias of the same entry.
 */
export function mentionsOf(text: string, highlights: readonly Highlight[], target: Highlight): Highlight[] {
  const surface = onOneLine(text.slice(target.start, target.end));
  const words = nameWords(surface);
  const entity = target.known?.entity;
  return highlights.filter(h => {
    if (h.label !== target.label) return false;
    if (entity !== undefined && h.known) return h.known.entity === entity;
    const other = onOneLine(text.slice(h.start, h.end));
    return other === surface || (target.label === 'person' && sameName(words, nameWords(other)));
  });
}

export function nameWords(name: string): string[] {
  return name
    .split(/[\s\u00a0]+/)
    .map(w => w.replace(/[’']s$/, ''))
    .filter(w => /\p{Lu}/u.test(w));
}

/** One name's capitalised words all occur in the other's, so one is a short form of the other. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every(w => longer.includes(w));
}
