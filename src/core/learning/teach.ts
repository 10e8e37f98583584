import { NOT_AN_ENTITY } from '../highlights/labels';
import type { AnchorFields } from '../sidecar/types';
import type { EntityType } from '../types';

/** A sidecar item's place and stored context: all the learner reads of it (the article itself is not read). */
type PlacedItem = AnchorFields;

/** The parts of one article's sidecar that teach the recogniser. */
export interface TeachingSidecar {
  /** The article's path in the workspace: the order examples are learned in, so the update does not depend on reading order. */
  article: string;
  annotations: readonly (PlacedItem & { label: string })[];
  corrections: readonly (PlacedItem & { automatic: string; correct: string })[];
}

/**
 * What an item tells the tagger about its tokens: that they are one name of a type, or that they are
 * no name at all (`outside`).
 */
type Lesson = { kind: 'name'; type: EntityType } | { kind: 'outside' };

/** An item that teaches, at its place in the article. */
export interface TeachingItem extends PlacedItem {
  lesson: Lesson;
  /** 0 for annotations, 1 for corrections: an annotation wins where the two overlap. */
  rank: number;
}

const TYPE_OF_LABEL: Record<string, EntityType> = {
  person: 'PER',
  organisation: 'ORG',
  location: 'LOC',
  other: 'MISC',
};

/** Longest name the tagger is taught, in words; longer labelled text is a passage, not a name. */
const MAX_NAME_WORDS = 10;

/**
 * Whether labelled text can teach the tagger a name: one line, a few words, with a capital letter or a
 * digit. The tagger finds names; a label on "the ministry" or a whole sentence is the user's business,
 * not a pattern of names to spread.
 */
export function teachesName(quote: string): boolean {
  const text = quote.trim();
  if (text.length === 0 || /[\r\n]/.test(text)) return false;
  return text.split(/\s+/).length <= MAX_NAME_WORDS && /[\p{Lu}\p{N}]/u.test(text);
}

/**
 * The lesson of a label: entity labels teach a name of their type; `date` and `none` teach that the
 * text is no name (dates have their own tagger, and the shipped model was trained the same way).
 * Custom labels (claim, source …) teach nothing: a source may well be a person, and a claim is a passage.
 */
export function lessonOf(label: string, quote: string): Lesson | undefined {
  if (label === NOT_AN_ENTITY || label === 'date') return { kind: 'outside' };
  const type = TYPE_OF_LABEL[label];
  return type && teachesName(quote) ? { kind: 'name', type } : undefined;
}

/**
 * The items of one sidecar that teach, without overlaps, in article order. Orphans (no trustworthy
 * place) and pending suggestions (the machine's own guesses) teach nothing. Where items overlap (a
 * place inside an institution's name, a correction under an annotation), annotations come first and
 * then the longer item: the tagger reads one flat sequence of names, so nested names cannot be taught.
 */
export function teachingItems(sidecar: TeachingSidecar): TeachingItem[] {
  const candidates: TeachingItem[] = [];
  for (const a of sidecar.annotations) {
    const lesson = !a.orphaned && lessonOf(a.label, a.quote);
    if (lesson) candidates.push({ ...placeOf(a), lesson, rank: 0 });
  }
  for (const c of sidecar.corrections) {
    const lesson = !c.orphaned && lessonOf(c.correct, c.quote);
    if (lesson) candidates.push({ ...placeOf(c), lesson, rank: 1 });
  }
  candidates.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept items in article order: an overlap can only be with the neighbours where the item would go.
  const kept: TeachingItem[] = [];
  for (const item of candidates) {
    if (item.end <= item.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < item.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > item.start) || (after && after.start < item.end)) continue;
    kept.splice(lo, 0, item);
  }
  return kept;
}

function placeOf(item: PlacedItem): PlacedItem {
  const { quote, prefix, suffix, start, end } = item;
  return { quote, prefix, suffix, start, end };
}
