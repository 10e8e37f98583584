/** Entity classes produced by the recogniser (CoNLL-style). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** TimeML TIMEX3 classes produced by the temporal tagger. */
export type TemporalType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type SpanType = EntityType | TemporalType;

/** Whether a type is temporal: comparisons, cheaper than a set lookup on every span of a long article at every edit. */
export function isTemporalType(type: string): type is TemporalType {
  return type === 'DATE' || type === 'TIME' || type === 'DURATION' || type === 'SET';
}

/** Whether a type is an entity type (see `isTemporalType`). */
export function isEntityType(type: string): type is EntityType {
  return type === 'PER' || type === 'ORG' || type === 'LOC' || type === 'MISC';
}

/**
 * A recognised span. Offsets are UTF-16 code units into the analysed text (JavaScript string
 * indices), end exclusive — the same units VS Code uses for document offsets.
 */
export interface Span {
  start: number;
  end: number;
  type: SpanType;
  /** TimeML-style normalised value for temporal spans (e.g. 2025-10-12, P1M, PAST_REF). */
  value?: string;
  /** For ranges ("October 31 to November 1"): normalised values of both ends. */
  range?: { from: string; to: string };
}

/** Options for one analysis call. */
export interface AnalyzeOptions {
  /** The article's reference date (document creation time), YYYY-MM-DD. */
  dct?: string;
}

/** Anything that finds spans in text. Implementations must be pure and synchronous. */
export interface Recognizer {
  recognize(text: string, options?: AnalyzeOptions): Span[];
}
