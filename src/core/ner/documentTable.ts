import { EntityType, Span } from '../types';
import { definingType, voteDefinedTypes } from './cues';

/** Legal-form endings of company names. */
const COMPANY_SUFFIX = /,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|S\.A|SpA|NV|N\.V|BV|GmbH|Group|Holdings?)\.?$/;

/** Spans handled between pauses of the resumable form. */
export const STEP = 8192;

/** What the document pass knows about the article's names: each span's surface string and the names' types. */
export interface Table {
  /** Surface string of each sorted entity span. */
  keys: string[];
  typeOf: Map<string, EntityType>;
  /** Names whose later mentions are searched for. */
  names: string[];
  /** Type code (`TYPE_INDEX`) of each span after the vote, when known without looking its key up. */
  labels?: Uint8Array;
}

/** Votes of one surface string: how often each entity type was found for it. */
export interface Votes {
  counts: number[];
  /** Index of each type's first span, when counted from scratch (dropped once an edit touches the string). */
  first?: number[];
}

export const TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };
export const TYPE_OF_INDEX: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A document table computed from scratch, with the votes behind it (kept by `HarmonizeCache`). */
interface FreshTable {
  table: Table;
  votes: Map<string, Votes>;
  winners: Map<string, EntityType>;
  /** Types given by defining contexts (`voteDefinedTypes`). */
  defined: Map<string, EntityType>;
  /** The type each span's own defining context gives, if any. */
  definedPerSpan: (EntityType | undefined)[];
}

/** The document table of `sorted` (entity spans of `text` in order), counted from scratch; pauses between stages. */
export function* freshTable(
  text: string,
  sorted: Span[],
  isCommonWord: (lower: string) => boolean,
): Generator<void, FreshTable, void> {
  // Surface strings sliced once.
  const keys: string[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    keys[i] = text.slice(sorted[i].start, sorted[i].end);
    if (i % STEP === STEP - 1) yield;
  }
  const votes = countVotes(keys, sorted);
  yield;
  const winners = new Map<string, EntityType>();
  for (const [key, v] of votes) winners.set(key, winner(v, key, keys, sorted));
  yield;
  const definedPerSpan: (EntityType | undefined)[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    definedPerSpan[i] = definingType(text, sorted[i]);
    if (i % STEP === STEP - 1) yield;
  }
  const defined = voteDefinedTypes(definedPerSpan, keys);
  yield;
  const typeOf = deriveTypes(winners, defined, isCommonWord);
  return { table: { keys, typeOf, names: knownNames(typeOf, isCommonWord) }, votes, winners, defined, definedPerSpan };
}

function countVotes(keys: readonly string[], sorted: readonly Span[]): Map<string, Votes> {
  const votes = new Map<string, Votes>();
  for (let i = 0; i < keys.length; i++) {
    const t = TYPE_INDEX[sorted[i].type];
    const v = votes.get(keys[i]);
    if (!v) {
      const counts = [0, 0, 0, 0];
      const first = [-1, -1, -1, -1];
      counts[t] = 1;
      first[t] = i;
      votes.set(keys[i], { counts, first });
    } else if (v.counts[t]++ === 0) v.first![t] = i;
  }
  return votes;
}

/** The majority type of `key`; on a tie, the tied type seen first in the article. */
export function winner(
  { counts, first }: Votes,
  key: string,
  keys: readonly string[],
  sorted: readonly Span[],
): EntityType {
  let best = -1;
  let tied = false;
  for (let t = 0; t < 4; t++) {
    if (counts[t] === 0) continue;
    if (best < 0 || counts[t] > counts[best]) {
      best = t;
      tied = false;
    } else if (counts[t] === counts[best]) tied = true;
  }
  if (!tied) return TYPE_OF_INDEX[best];
  const top = counts[best];
  if (first) {
    for (let t = 0; t < 4; t++) if (counts[t] === top && first[t] < first[best]) best = t;
    return TYPE_OF_INDEX[best];
  }
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === key && counts[TYPE_INDEX[sorted[i].type]] === top) return sorted[i].type as EntityType;
  }
  return TYPE_OF_INDEX[best];
}

/**
 * Types of names: the voted ones unless a defining context gives one (`defined`), person name parts
 * and company names without their legal form.
 */
export function deriveTypes(
  winners: ReadonlyMap<string, EntityType>,
  defined: ReadonlyMap<string, EntityType>,
  isCommonWord: (lower: string) => boolean,
): Map<string, EntityType> {
  const typeOf = new Map(winners);
  for (const [key, type] of defined) typeOf.set(key, type);
  // Person name parts: only from names of two or more words, never ordinary words.
  const nameParts = new Set<string>();
  for (const [key, type] of typeOf) {
    if (type !== 'PER') continue;
    const words = key.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words) if (w.length > 1 && /^\p{Lu}/u.test(w) && !isCommonWord(w.toLowerCase())) nameParts.add(w);
  }
  for (const part of nameParts) typeOf.set(part, 'PER');
  // "Pirelli SpA" names the company; later "Pirelli" alone is the same company.
  for (const [key, type] of [...typeOf]) {
    if (type !== 'ORG') continue;
    const short = key.replace(COMPANY_SUFFIX, '');
    if (short !== key && short.length > 1 && !(short.indexOf(' ') < 0 && isCommonWord(short.toLowerCase()))) {
      typeOf.set(short, 'ORG');
    }
  }
  return typeOf;
}

/** Names whose later mentions are labelled: capitalised, longer than a letter, not an ordinary word. */
export function knownNames(
  typeOf: ReadonlyMap<string, EntityType>,
  isCommonWord: (lower: string) => boolean,
): string[] {
  return [...typeOf.keys()].filter(
    k => /^\p{Lu}/u.test(k) && k.length > 1 && !(k.indexOf(' ') < 0 && isCommonWord(k.toLowerCase())),
  );
}
