import { EntityType, Span } from '../types';
import { definingType, voteDefinedTypes } from './cues';
import { detach } from '../text/detach';
import { TRADE_ENDINGS, WRITTEN_LEGAL_FORMS } from './nameHeads';

/**
 * A legal form or a trade ending a company's name, which its later mentions leave out ("Pirelli SpA" ...
 * "Pirelli", "Velka Semiconductor" ... "Velka").
 */
const COMPANY_SUFFIX = new RegExp(
  `,?\\s+(?:${[
    ...WRITTEN_LEGAL_FORMS.map(form => form.replace(/\./g, '\\.')),
    ...TRADE_ENDINGS.map(trade => trade[0].toUpperCase() + trade.slice(1)),
    'Group',
    'Holdings?',
  ].join('|')})\\.?$`,
);

/**
 * Spans (or names) handled between pauses of the resumable form. Reading a span's defining context,
 * the dearest of these loops, takes about a microsecond once the code is warm, so a step takes about
 * 2 ms; 8192 made steps of 10 ms warm and up to 50 ms cold on a 3M-character text, longer than a slice.
 */
export const STEP = 2048;

/** What the document pass knows about the article's names: each span's surface string and the names' types. */
export interface Table {
  /** Surface string of each sorted entity span. */
  keys: string[];
  typeOf: Map<string, EntityType>;
  /** Names whose later mentions are searched for. */
  names: string[];
  /** Type code (`typeIndex`) of each span after the vote, when known without looking its key up. */
  labels?: Uint8Array;
  /** Where each span is and its own type code: later passes read these, not the spans. */
  positions: Positions;
}

/** Offsets and type codes of the sorted entity spans, in flat arrays. */
export interface Positions {
  starts: Int32Array;
  ends: Int32Array;
  types: Uint8Array;
}

/** Votes of one surface string: how often each entity type was found for it. */
export interface Votes {
  counts: number[];
  /** Index of each type's first span, when counted from scratch (dropped once an edit touches the string). */
  first?: number[];
}

export const TYPE_OF_INDEX: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The code of an entity type, its index in `TYPE_OF_INDEX` (comparisons: a keyed lookup costs more on every span). */
export function typeIndex(type: string): number {
  return type === 'PER' ? 0 : type === 'ORG' ? 1 : type === 'LOC' ? 2 : 3;
}

/** The offsets and type codes of spans, read once. */
function positionsOf(sorted: readonly Span[]): Positions {
  const n = sorted.length;
  const positions = { starts: new Int32Array(n), ends: new Int32Array(n), types: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const s = sorted[i];
    positions.starts[i] = s.start;
    positions.ends[i] = s.end;
    positions.types[i] = typeIndex(s.type);
  }
  return positions;
}

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

/**
 * The document table of `sorted` (entity spans of `text` in order), counted from scratch; pauses between
 * stages. `forms`, for the same `isCommonWord`, keeps what earlier passes made of each name.
 */
export function* freshTable(
  text: string,
  sorted: Span[],
  isCommonWord: (lower: string) => boolean,
  forms = new NameForms(isCommonWord),
): Generator<void, FreshTable, void> {
  const positions = positionsOf(sorted);
  yield;
  // Surface strings cut once, as copies: a cached table keeps them (and the maps keyed by them)
  // through later edits, and views would keep this whole version of the article alive with them.
  const keys: string[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    keys[i] = detach(text.slice(positions.starts[i], positions.ends[i]));
    if (i % STEP === STEP - 1) yield;
  }
  const votes = yield* countVotes(keys, positions.types);
  yield;
  const winners = new Map<string, EntityType>();
  for (const [key, v] of votes) winners.set(key, winner(v, key, keys, positions.types));
  yield;
  const definedPerSpan: (EntityType | undefined)[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    definedPerSpan[i] = definingType(text, sorted[i]);
    if (i % STEP === STEP - 1) yield;
  }
  const defined = voteDefinedTypes(definedPerSpan, keys);
  yield;
  const typeOf = yield* deriveTypes(winners, defined, forms);
  const table = { keys, typeOf, names: yield* knownNames(typeOf, forms), positions };
  return { table, votes, winners, defined, definedPerSpan };
}

/** The votes of each surface string; `types` holds each span's type code. Resumable. */
function* countVotes(keys: readonly string[], types: ArrayLike<number>): Generator<void, Map<string, Votes>, void> {
  const votes = new Map<string, Votes>();
  for (let i = 0; i < keys.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const t = types[i];
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

/** The majority type of `key`; on a tie, the tied type seen first in the article (`types`: each span's type code). */
export function winner(
  { counts, first }: Votes,
  key: string,
  keys: readonly string[],
  types: ArrayLike<number>,
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
    if (keys[i] === key && counts[types[i]] === top) return TYPE_OF_INDEX[types[i]];
  }
  return TYPE_OF_INDEX[best];
}

/**
 * What the name rules make of one surface string on its own: its person name parts, its company
 * name without the legal form, whether its later mentions are looked for. Kept across document passes
 * of an edited article (`HarmonizeCache`), where the same names come back at every edit.
 */
export class NameForms {
  private readonly parts = new Map<string, string[]>();
  private readonly shorts = new Map<string, string>();
  private readonly names = new Map<string, boolean>();

  constructor(readonly isCommonWord: (lower: string) => boolean) {}

  /** The words of a person's name of two or more words that are names on their own: capitalised, not ordinary words. */
  personParts(key: string): string[] {
    let parts = this.parts.get(key);
    if (parts === undefined) {
      const words = key.split(/\s+/);
      parts =
        words.length < 2
          ? []
          : words.filter(w => w.length > 1 && /^\p{Lu}/u.test(w) && !this.isCommonWord(w.toLowerCase()));
      this.parts.set(bounded(this.parts, key), parts);
    }
    return parts;
  }

  /** "Pirelli" for "Pirelli SpA"; '' when the name has no legal form or what is left is no name. */
  companyShort(key: string): string {
    let short = this.shorts.get(key);
    if (short === undefined) {
      short = key.replace(COMPANY_SUFFIX, '');
      if (short === key || short.length <= 1 || (short.indexOf(' ') < 0 && this.isCommonWord(short.toLowerCase())))
        short = '';
      this.shorts.set(bounded(this.shorts, key), short);
    }
    return short;
  }

  /**
   * Whether later mentions of the name are labelled: capitalised (or digits before a capital, as in
   * "3AW" and "7-Eleven"), longer than a letter, not an ordinary word.
   */
  isName(key: string): boolean {
    let name = this.names.get(key);
    if (name === undefined) {
      name =
        NAME_OPENING.test(key) && key.length > 1 && !(key.indexOf(' ') < 0 && this.isCommonWord(key.toLowerCase()));
      this.names.set(bounded(this.names, key), name);
    }
    return name;
  }
}

const NAME_OPENING = /^(?:\p{Lu}|\d[\d-]*\p{Lu})/u;

/** Entries a `NameForms` map keeps before starting afresh. */
const MAX_FORMS = 50_000;

/** `key`, after emptying `map` if it is full. */
function bounded(map: Map<string, unknown>, key: string): string {
  if (map.size >= MAX_FORMS) map.clear();
  return key;
}

/**
 * Types of names: the voted ones unless a defining context gives one (`defined`), person name parts
 * and company names without their legal form. Resumable, as the other stages of the document pass.
 */
export function* deriveTypes(
  winners: ReadonlyMap<string, EntityType>,
  defined: ReadonlyMap<string, EntityType>,
  forms: NameForms,
): Generator<void, Map<string, EntityType>, void> {
  const typeOf = new Map(winners);
  for (const [key, type] of defined) typeOf.set(key, type);
  yield;
  retypeBodyBeginnings(typeOf, defined);
  yield;
  // Person name parts: only from names of two or more words, never ordinary words.
  const nameParts = new Set<string>();
  let n = 0;
  for (const [key, type] of typeOf) {
    if (++n % STEP === 0) yield;
    if (type !== 'PER') continue;
    for (const part of forms.personParts(key)) nameParts.add(part);
  }
  // A part that has a defining context of its own keeps that type ("shares of Jones" after "Ann Jones"),
  // and so does a part the article reads on its own as a nationality or faith ("Sunni" after a name
  // read as "Sunni Hamid"): such words make no person's name.
  for (const part of nameParts) if (!defined.has(part) && winners.get(part) !== 'MISC') typeOf.set(part, 'PER');
  yield;
  // "Pirelli SpA" names the company; later "Pirelli" alone is the same company.
  for (const [key, type] of [...typeOf]) {
    if (++n % STEP === 0) yield;
    if (type !== 'ORG') continue;
    const short = forms.companyShort(key);
    if (short) typeOf.set(short, 'ORG');
  }
  return typeOf;
}

/**
 * "Harl Medical Industries Inc" ... "Harl said": a one-word name read as a person that is the first
 * word of the name of a body of the same article is that body's short form (ORG), as news names a
 * body in full once and by its first word afterwards. Not a name of two or more words, which may be
 * the person a body is named after ("Ann Harl" of the "Ann Harl Band"), nor a name a defining context
 * types; a part of a person's full name in the article stays a person (`deriveTypes`).
 */
const WHITESPACE = /\s/;
function retypeBodyBeginnings(typeOf: Map<string, EntityType>, defined: ReadonlyMap<string, EntityType>): void {
  let persons: Set<string> | undefined;
  for (const [key, type] of typeOf) {
    if (type !== 'PER' || defined.has(key) || WHITESPACE.test(key)) continue;
    (persons ??= new Set()).add(key);
  }
  if (!persons) return;
  for (const [key, type] of [...typeOf]) {
    if (type !== 'ORG') continue;
    const space = key.search(WHITESPACE);
    if (space > 0 && persons.has(key.slice(0, space))) typeOf.set(key.slice(0, space), 'ORG');
  }
}

/** Names whose later mentions are labelled: capitalised, longer than a letter, not an ordinary word. Resumable. */
export function* knownNames(
  typeOf: ReadonlyMap<string, EntityType>,
  forms: NameForms,
): Generator<void, string[], void> {
  const names: string[] = [];
  let n = 0;
  for (const key of typeOf.keys()) {
    if (++n % STEP === 0) yield;
    if (forms.isName(key)) names.push(key);
  }
  return names;
}
