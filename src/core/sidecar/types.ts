/**
 * In-memory model of the sidecar file (`story.md.annotations.yaml`). Offsets are UTF-16 code units
 * into the article text the `textHash` refers to, end exclusive.
 */

/** Where an item sits in the article, and enough of the text to find it again after edits. */
export interface AnchorFields {
  /** The annotated text, exactly. Never empty. */
  quote: string;
  /** Up to 32 UTF-16 units before the quote ('' at the start of the text). */
  prefix: string;
  /** Up to 32 UTF-16 units after the quote. */
  suffix: string;
  start: number;
  end: number;
  /** Set when the quote could not be found intact; positions and context are then the last known ones. */
  orphaned?: boolean;
}

interface ItemMeta {
  /** Stable id, unique within the file. */
  id: string;
  note?: string;
  author?: string;
  created?: string;
  updated?: string;
  /** Keys this version does not know, kept so that other tools' data survives a round trip. */
  extra?: Record<string, unknown>;
}

/** A user annotation: a label (built-in or custom) on a piece of text, with an optional note. */
export interface Annotation extends AnchorFields, ItemMeta {
  label: string;
  /** The Wikidata item the user linked the text to (`Q90`), when they did. */
  wikidata?: string;
  /** Values of the project's attributes (`certainty: confirmed`); absent when none is set. */
  attributes?: Record<string, string>;
}

/**
 * A typed link between two annotations of the article (`from` and `to` are their ids). For a
 * symmetric type the order of the two ends carries no meaning. A relation whose end is missing or
 * orphaned is kept, and flagged, never dropped.
 */
export interface Relation extends ItemMeta {
  type: string;
  from: string;
  to: string;
}

/** A user correction of an automatic highlight. */
export interface Correction extends AnchorFields, ItemMeta {
  /** The label the recogniser gave. */
  automatic: string;
  /** The right label, or `none` when the text is not an entity at all. */
  correct: string;
}

/**
 * A label the recogniser proposed in a batch run, waiting for the user to accept (it becomes an
 * annotation) or reject (it becomes a `none` correction). Never shown over the user's own items.
 */
export interface Suggestion extends AnchorFields, ItemMeta {
  label: string;
  /** What proposed it (`model` for the built-in recogniser and date tagger). */
  source: string;
}

export interface SidecarData {
  version: 1;
  /** File name of the article, relative to the sidecar. */
  article: string;
  /** `sha256:<hex>` of the article's UTF-8 text that the offsets refer to. */
  textHash: string;
  /** The article's reference date (YYYY-MM-DD), when known. */
  date?: string;
  annotations: Annotation[];
  /** Relations between annotations, in the order they were made; absent or empty when there are none. */
  relations?: Relation[];
  corrections: Correction[];
  /** Pending suggestions; absent or empty when there are none. */
  suggestions?: Suggestion[];
  /** Unknown top-level keys, kept verbatim. */
  extra?: Record<string, unknown>;
}

export const SIDECAR_VERSION = 1;

/** Key order written to the file: fixed keys first, in this order, then unknown keys. */
export const TOP_LEVEL_KEYS = [
  'version',
  'article',
  'textHash',
  'date',
  'annotations',
  'relations',
  'corrections',
  'suggestions',
] as const;
/** Where an item sits in the article (and its note): the keys after each kind's own, in this order. */
const ANCHOR_KEYS = ['quote', 'prefix', 'suffix', 'start', 'end', 'note'] as const;
/** What every item may carry last, relations included. */
const META_KEYS = ['author', 'created', 'updated'] as const;
const ANCHOR_AND_META_KEYS = [...ANCHOR_KEYS, ...META_KEYS, 'orphaned'] as const;
export const ANNOTATION_KEYS = [
  'id',
  'label',
  'wikidata',
  ...ANCHOR_KEYS,
  'attributes',
  ...META_KEYS,
  'orphaned',
] as const;
export const RELATION_KEYS = ['id', 'type', 'from', 'to', 'note', ...META_KEYS] as const;
export const CORRECTION_KEYS = ['id', 'automatic', 'correct', ...ANCHOR_AND_META_KEYS] as const;
export const SUGGESTION_KEYS = ['id', 'label', 'source', ...ANCHOR_AND_META_KEYS] as const;

/** Orders items by position (start, then end, then id) so that a change makes a small diff. */
export function compareItems(
  a: { start: number; end: number; id: string },
  b: { start: number; end: number; id: string },
): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every id in the file: ids are unique across annotations, relations, corrections and suggestions. */
export function allItemIds(data: SidecarData): string[] {
  return [...data.annotations, ...(data.relations ?? []), ...data.corrections, ...(data.suggestions ?? [])].map(
    i => i.id,
  );
}
