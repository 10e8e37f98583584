import { EntityType, Span } from '../types';
import { mayHaveMarkup, maskMarkup } from '../text/markdown';
import { editBounds } from '../incremental/reuse';
import { definedTypes } from './cues';
import { MentionCache, scanMentionsSteps } from './mentions';

/** Legal-form endings of company names. */
const COMPANY_SUFFIX = /,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|S\.A|SpA|NV|N\.V|BV|GmbH|Group|Holdings?)\.?$/;

const ENTITY = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** Spans handled between pauses of the resumable form. */
const STEP = 8192;

/**
 * Document-level consistency over spans found independently per paragraph:
 * 1. a surface string keeps one type in the article: the type its defining contexts give ("..., a
 *    band from", "the village of ...", see `cues.ts`) if it has any, else the majority vote (first
 *    seen breaks ties);
 * 2. words of multi-word person names are person names on their own ("Kim Jong Un" -> "Kim"), and
 *    a company name without its legal form is the company ("Pirelli SpA" -> "Pirelli");
 * 3. unlabelled later mentions of a name already found are labelled too.
 * `isCommonWord(lower)` keeps ordinary words ("May", "Will") from being spread. A `HarmonizeCache`
 * (or just a `MentionCache`) kept across calls makes repeated passes over an edited article
 * cheaper; the result is the same.
 */
export function harmonizeSpans(
  text: string, input: Span[], isCommonWord: (lower: string) => boolean, cache?: HarmonizeCache | MentionCache,
): Span[] {
  const steps = harmonizeSteps(text, input, isCommonWord, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `harmonizeSpans` as a resumable computation: it yields every few thousand spans and every stretch
 * of the mention search, so that a caller can spread the pass over a long article across slices.
 */
export function* harmonizeSteps(
  text: string, input: Span[], isCommonWord: (lower: string) => boolean, cache?: HarmonizeCache | MentionCache,
): Generator<void, Span[], void> {
  const sorted = entitiesInOrder(input);
  yield;
  const memo = cache instanceof HarmonizeCache ? cache : undefined;
  const mentions = cache instanceof HarmonizeCache ? cache.mentions : cache;
  const table = memo ? yield* memo.table(text, sorted, isCommonWord) : yield* documentTable(text, sorted, isCommonWord);
  const { keys, typeOf } = table;
  // Spans keep their identity unless their type changes, and the list is copied only from the first
  // change on: copying every span cost time and garbage.
  let spans = sorted;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    const type = table.labels ? TYPE_OF_INDEX[table.labels[i]] : typeOf.get(keys[i]) ?? s.type;
    if (type !== s.type) {
      if (spans === sorted) spans = sorted.slice();
      spans[i] = { ...s, type };
    }
    if (i % STEP === STEP - 1) yield;
  }
  // Always a new list, as before: the caller's list is never handed back.
  if (table.names.length === 0) return spans === input ? spans.slice() : spans;
  const masked = memo ? memo.masked(text) : maskMarkup(text);
  const out = yield* addMissedMentions(masked, spans, typeOf, table.names, mentions);
  return out === input ? out.slice() : out;
}

/**
 * The entity spans of `input` by start, longer first on equal starts. The input itself (never changed)
 * when it already is such a list, as the pipeline passes it: no copy and no sort.
 */
function entitiesInOrder(input: Span[]): Span[] {
  let ordered = true;
  for (let i = 0; i < input.length && ordered; i++) {
    const s = input[i];
    if (!ENTITY.has(s.type)) ordered = false;
    else if (i > 0) {
      const p = input[i - 1];
      ordered = p.start < s.start || (p.start === s.start && p.end >= s.end);
    }
  }
  if (ordered) return input;
  const sorted = input.filter((s) => ENTITY.has(s.type));
  sorted.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted;
}

/** What the document pass knows about the article's names: each span's surface string and the names' types. */
interface Table {
  /** Surface string of each sorted entity span. */
  keys: string[];
  typeOf: Map<string, EntityType>;
  /** Names whose later mentions are searched for. */
  names: string[];
  /** Type code (`TYPE_INDEX`) of each span after the vote, when known without looking its key up. */
  labels?: Uint8Array;
}

/** Votes of one surface string: how often each entity type was found for it. */
interface Votes {
  counts: number[];
  /** Index of each type's first span, when counted from scratch (dropped once an edit touches the string). */
  first?: number[];
}

const TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };
const TYPE_OF_INDEX: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

function* documentTable(text: string, sorted: Span[], isCommonWord: (lower: string) => boolean): Generator<void, Table, void> {
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
  const typeOf = deriveTypes(winners, definedTypes(text, sorted, keys), isCommonWord);
  return { keys, typeOf, names: knownNames(typeOf, isCommonWord) };
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
function winner({ counts, first }: Votes, key: string, keys: readonly string[], sorted: readonly Span[]): EntityType {
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
function deriveTypes(
  winners: ReadonlyMap<string, EntityType>, defined: ReadonlyMap<string, EntityType>, isCommonWord: (lower: string) => boolean,
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
function knownNames(typeOf: ReadonlyMap<string, EntityType>, isCommonWord: (lower: string) => boolean): string[] {
  return [...typeOf.keys()].filter(
    (k) => /^\p{Lu}/u.test(k) && k.length > 1 && !(k.indexOf(' ') < 0 && isCommonWord(k.toLowerCase())),
  );
}

/** Merges two lists sorted by start; on equal starts the first list's span comes first. */
function mergeByStart(first: Span[], second: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const s of first) {
    while (j < second.length && second[j].start < s.start) out.push(second[j++]);
    out.push(s);
  }
  while (j < second.length) out.push(second[j++]);
  return out;
}

/** Later mentions of known names, at capitals that begin a word, where no span is yet. */
function* addMissedMentions(
  masked: string, spans: Span[], typeOf: Map<string, EntityType>, names: string[], cache: MentionCache | undefined,
): Generator<void, Span[], void> {
  const found = cache ? yield* cache.scanSteps(masked, names) : yield* scanMentionsSteps(masked, names);
  const added: Span[] = [];
  let k = 0;
  for (let f = 0; f < found.starts.length; f++) {
    const start = found.starts[f];
    const name = found.names[f];
    const end = start + name.length;
    while (k < spans.length && spans[k].end <= start) k++;
    // Not where a span already is.
    if (k === spans.length || spans[k].start >= end) added.push({ start, end, type: typeOf.get(name)! });
  }
  yield;
  return added.length === 0 ? spans : mergeByStart(spans, added);
}

/**
 * What one document pass leaves for the next over an edited version of the article: the names'
 * votes and types, whether the text was free of markup, and the mentions found (`mentions`). Spans
 * before and after the edit that are the same as last time keep their surface strings and votes;
 * only those in between are counted again, and the names' types are derived again only when a vote's
 * outcome changes. Checked against a pass from scratch by a property test.
 */
export class HarmonizeCache {
  readonly mentions = new MentionCache();
  private last: {
    text: string;
    isCommonWord: (lower: string) => boolean;
    starts: Int32Array;
    ends: Int32Array;
    types: Uint8Array;
    votes: Map<string, Votes>;
    winners: Map<string, EntityType>;
    /** Types given by defining contexts (`definedTypes`). */
    defined: Map<string, EntityType>;
    table: Table;
  } | undefined;
  /** The last text seen that has no markup at all. */
  private plain: string | undefined;

  /** The document table for `sorted` (entity spans of `text` in order), reusing the last one where the article is unchanged. */
  *table(text: string, sorted: Span[], isCommonWord: (lower: string) => boolean): Generator<void, Table, void> {
    const last = this.last;
    this.last = undefined;
    let votes: Map<string, Votes>;
    let winners: Map<string, EntityType>;
    let defined: Map<string, EntityType>;
    let table: Table;
    const reused = last !== undefined && last.isCommonWord === isCommonWord ? editedTable(last, text, sorted) : undefined;
    if (reused !== undefined) {
      ({ votes, winners } = last!);
      const { keys, head, tail } = reused;
      // Defining contexts reach beyond their span: they are looked for again in the whole article.
      yield;
      defined = definedTypes(text, sorted, keys);
      yield;
      const changed = reused.changed || !sameEntries(defined, last!.defined);
      if (changed) {
        const typeOf = deriveTypes(winners, defined, isCommonWord);
        table = { keys, typeOf, names: knownNames(typeOf, isCommonWord) };
      } else {
        // Same types for every name: spans at either end keep last time's labels.
        const { typeOf, names, labels: before } = last!.table;
        const n = sorted.length;
        const m = before!.length;
        // Updated in place when the number of spans stays the same (as after most edits): less garbage.
        const labels = n === m ? before! : new Uint8Array(n);
        if (labels !== before) {
          labels.set(before!.subarray(0, head));
          labels.set(before!.subarray(m - tail), n - tail);
        }
        for (let i = head; i < n - tail; i++) labels[i] = TYPE_INDEX[typeOf.get(keys[i]) ?? sorted[i].type];
        table = { keys, typeOf, names, labels };
      }
    } else {
      const keys: string[] = new Array(sorted.length);
      for (let i = 0; i < sorted.length; i++) {
        keys[i] = text.slice(sorted[i].start, sorted[i].end);
        if (i % STEP === STEP - 1) yield;
      }
      votes = countVotes(keys, sorted);
      yield;
      winners = new Map();
      for (const [key, v] of votes) winners.set(key, winner(v, key, keys, sorted));
      yield;
      defined = definedTypes(text, sorted, keys);
      yield;
      const typeOf = deriveTypes(winners, defined, isCommonWord);
      table = { keys, typeOf, names: knownNames(typeOf, isCommonWord) };
    }
    yield;
    const n = sorted.length;
    const same = last !== undefined && reused !== undefined && last.starts.length === n;
    const starts = same ? last.starts : new Int32Array(n);
    const ends = same ? last.ends : new Int32Array(n);
    const types = same ? last.types : new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = sorted[i].start;
      ends[i] = sorted[i].end;
      types[i] = TYPE_INDEX[sorted[i].type];
    }
    if (table.labels === undefined) {
      const labels = new Uint8Array(n);
      for (let i = 0; i < n; i++) labels[i] = TYPE_INDEX[table.typeOf.get(table.keys[i]) ?? sorted[i].type];
      table.labels = labels;
    }
    this.last = { text, isCommonWord, starts, ends, types, votes, winners, defined, table };
    return table;
  }

  /** `maskMarkup(text)`; after an edit of a text without markup, only the edited lines are checked for it. */
  masked(text: string): string {
    const plain = this.plain;
    this.plain = undefined;
    if (plain !== undefined ? !editAddsMarkup(plain, text) : !mayHaveMarkup(text)) {
      this.plain = text;
      return text;
    }
    return maskMarkup(text);
  }
}

/**
 * Whether `text`, an edited version of `plain` (which has no markup), has markup: any markup it has
 * touches the edited stretch, so lies within the edited lines and the line breaks around them.
 */
function editAddsMarkup(plain: string, text: string): boolean {
  if (plain === text) return false;
  const { prefix, suffix } = editBounds(plain, text);
  const from = prefix === 0 ? 0 : Math.max(0, text.lastIndexOf('\n', prefix - 1));
  const lineEnd = text.indexOf('\n', text.length - suffix);
  return mayHaveMarkup(text.slice(from, lineEnd < 0 ? text.length : lineEnd + 1));
}

/**
 * Updates the last pass's votes for the spans of an edited article: spans at the start and end that
 * are the same as last time (same place relative to the edit, same type, same text) keep their
 * surface strings and votes. Undefined when little is shared (then counting from scratch is cheaper).
 * `changed` says whether any name's voted type changed (or a name came or went).
 */
function editedTable(
  last: NonNullable<HarmonizeCache['last']>, text: string, sorted: readonly Span[],
): { keys: string[]; changed: boolean; head: number; tail: number } | undefined {
  const { starts, ends, types, votes, winners } = last;
  const prev = last.table.keys;
  const n = sorted.length;
  const m = starts.length;
  const { prefix, suffix } = editBounds(last.text, text);
  const delta = text.length - last.text.length;
  let head = 0;
  while (head < n && head < m) {
    const s = sorted[head];
    if (s.end > prefix || s.start !== starts[head] || s.end !== ends[head] || TYPE_INDEX[s.type] !== types[head]) break;
    head++;
  }
  const tailFrom = text.length - suffix;
  let tail = 0;
  while (tail < n - head && tail < m - head) {
    const s = sorted[n - 1 - tail];
    const j = m - 1 - tail;
    if (s.start < tailFrom || s.start !== starts[j] + delta || s.end !== ends[j] + delta || TYPE_INDEX[s.type] !== types[j]) break;
    tail++;
  }
  if (2 * (head + tail) < n) return undefined;
  // Votes: the old spans between the shared ends out, then the new ones in.
  const touched = new Set<string>();
  for (let i = head; i < m - tail; i++) {
    const v = votes.get(prev[i])!;
    v.counts[types[i]]--;
    v.first = undefined;
    touched.add(prev[i]);
  }
  // Updated in place when the number of spans stays the same (as after most edits): less garbage.
  const keys: string[] = n === m ? prev : new Array(n);
  if (keys !== prev) {
    for (let i = 0; i < head; i++) keys[i] = prev[i];
    for (let i = n - tail; i < n; i++) keys[i] = prev[i - n + m];
  }
  // Copies, not views into this version of the article: keys live on through later edits and would
  // otherwise keep every version they were cut from alive.
  for (let i = head; i < n - tail; i++) keys[i] = detach(text.slice(sorted[i].start, sorted[i].end));
  for (let i = head; i < n - tail; i++) {
    const v = votes.get(keys[i]);
    if (v) {
      v.counts[TYPE_INDEX[sorted[i].type]]++;
      v.first = undefined;
    } else {
      const counts = [0, 0, 0, 0];
      counts[TYPE_INDEX[sorted[i].type]] = 1;
      votes.set(keys[i], { counts });
    }
    touched.add(keys[i]);
  }
  let changed = false;
  for (const key of touched) {
    const v = votes.get(key)!;
    if (v.counts[0] + v.counts[1] + v.counts[2] + v.counts[3] === 0) {
      votes.delete(key);
      winners.delete(key);
      changed = true;
      continue;
    }
    const type = winner(v, key, keys, sorted);
    if (winners.get(key) !== type) {
      winners.set(key, type);
      changed = true;
    }
  }
  return { keys, changed, head, tail };
}

/** A copy of `text` that shares no storage with the string it was cut from. */
function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
