import { AnalyzeOptions, Span, isTemporalType } from '../types';

/** The entity recogniser as the pipeline uses it: per independent unit, then a cheap document pass. */
export interface EntityTagger {
  recognizeParagraph(text: string): Span[];
  harmonize(text: string, spans: Span[]): Span[];
  /** Optional resumable form of `harmonize` (same result), which lets a long article's document pass yield. */
  harmonizeSteps?(text: string, spans: Span[]): Generator<void, Span[], void>;
  /** Optional: `before` is being edited into `after` (see `UnitAnalyzer.followEdit`). */
  followEdit?(before: string, after: string): void;
}

type TemporalTagger = (text: string, options?: AnalyzeOptions) => Span[];

/** One analysis unit's worth of work, and the document pass, as incremental analysis expects them. */
interface ArticleAnalyzer {
  analyzeUnit(text: string): Span[];
  harmonize(text: string, spans: Span[]): Span[];
  /** `harmonize` as a resumable computation; present when the entity tagger has one. */
  harmonizeSteps?(text: string, spans: Span[]): Generator<void, Span[], void>;
  followEdit?(before: string, after: string): void;
}

const isTemporal = (s: Span) => isTemporalType(s.type);

/**
 * Combines entities and temporal expressions, each sorted by start, into one sorted, non-overlapping
 * list in one pass. Where they overlap, the longer span wins; on a tie a person, organisation or place
 * beats a date ("May" in "Theresa May") and a date beats MISC ("Christmas Day").
 */
export function mergeSpans(entities: readonly Span[], temporal: readonly Span[]): Span[] {
  const kept: Span[] = new Array(entities.length + temporal.length);
  let n = 0;
  let i = 0;
  let j = 0;
  let last: Span | undefined;
  while (i < entities.length || j < temporal.length) {
    const span =
      j >= temporal.length || (i < entities.length && comesFirst(entities[i], temporal[j]))
        ? entities[i++]
        : temporal[j++];
    if (last === undefined || span.start >= last.end) kept[n++] = last = span;
    else if (beats(span, last)) kept[n - 1] = last = span;
  }
  kept.length = n;
  return kept;
}

/** Order of the merge: by start, the longer span first. */
function comesFirst(a: Span, b: Span): boolean {
  return a.start < b.start || (a.start === b.start && a.end - a.start >= b.end - b.start);
}

function beats(challenger: Span, incumbent: Span): boolean {
  const lengthDiff = challenger.end - challenger.start - (incumbent.end - incumbent.start);
  if (lengthDiff !== 0) return lengthDiff > 0;
  const rank = (s: Span) => (isTemporal(s) ? 1 : s.type === 'MISC' ? 0 : 2);
  return rank(challenger) > rank(incumbent);
}

/** Builds the article analyser for one reference date (temporal values depend on it). */
export function createArticleAnalyzer(
  entities: EntityTagger,
  temporal: TemporalTagger,
  options: AnalyzeOptions = {},
): ArticleAnalyzer {
  const analyzeUnit = (text: string) => mergeSpans(entities.recognizeParagraph(text), temporal(text, options));
  const harmonize = (text: string, spans: Span[]) => {
    const { entitySpans, temporalSpans } = splitKinds(spans);
    return mergeSpans(entities.harmonize(text, entitySpans), temporalSpans);
  };
  const followEdit = entities.followEdit?.bind(entities);
  if (!entities.harmonizeSteps) return { analyzeUnit, harmonize, followEdit };
  const entitySteps = entities.harmonizeSteps.bind(entities);
  function* harmonizeSteps(text: string, spans: Span[]): Generator<void, Span[], void> {
    const { entitySpans, temporalSpans } = splitKinds(spans);
    yield;
    const harmonized = yield* entitySteps(text, entitySpans);
    yield;
    return mergeSpans(harmonized, temporalSpans);
  }
  return { analyzeUnit, harmonize, harmonizeSteps, followEdit };
}

/** One pass to split the kinds: each pass over every span of a long article costs. */
function splitKinds(spans: readonly Span[]): { entitySpans: Span[]; temporalSpans: Span[] } {
  // Counted first, so that each list is allocated once at its size: growing two lists of thousands
  // by pushing would allocate about as much again on every edit of a long article.
  let temporal = 0;
  for (let i = 0; i < spans.length; i++) if (isTemporal(spans[i])) temporal++;
  const entitySpans: Span[] = new Array(spans.length - temporal);
  const temporalSpans: Span[] = new Array(temporal);
  let e = 0;
  let t = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (isTemporal(s)) temporalSpans[t++] = s;
    else entitySpans[e++] = s;
  }
  return { entitySpans, temporalSpans };
}
