import { EntityType, Span } from '../types';
import { mayHaveMarkup, maskMarkupSteps } from '../text/markdown';
import { TextSeen, type Edit } from '../analysis/reuse';
import { DEFINING_REACH, definingType, voteDefinedTypes } from './cues';
import {
  NameForms,
  Positions,
  STEP,
  Table,
  Votes,
  deriveTypes,
  freshTable,
  knownNames,
  typeIndex,
  winner,
} from './documentTable';
import { MentionCache } from './mentionSearch';
import { detach } from '../text/detach';

/**
 * What one document pass leaves for the next over an edited version of the article: the names'
 * votes and types, whether the text was free of markup, and the mentions found (`mentions`). Spans
 * before and after the edit that are the same as last time keep their surface strings and votes;
 * only those in between are counted again, and the names' types are derived again only when a vote's
 * outcome changes. Checked against a pass from scratch by a property test.
 */
export class HarmonizeCache {
  readonly mentions = new MentionCache();
  private last:
    | {
        seen: TextSeen;
        isCommonWord: (lower: string) => boolean;
        votes: Map<string, Votes>;
        winners: Map<string, EntityType>;
        /** Types given by defining contexts (`voteDefinedTypes`), and by each span's own. */
        defined: Map<string, EntityType>;
        definedPerSpan: (EntityType | undefined)[];
        table: Table & { labels: Uint8Array };
      }
    | undefined;
  /** The last text seen that has no markup at all. */
  private plain: TextSeen | undefined;
  /** What the name rules made of each name, for the `isCommonWord` of the last pass. */
  private forms: NameForms | undefined;

  /** The document table for `sorted` (entity spans of `text` in order), reusing the last one where the article is unchanged. */
  *table(text: string, sorted: Span[], isCommonWord: (lower: string) => boolean): Generator<void, Table, void> {
    const last = this.last;
    this.last = undefined;
    if (this.forms?.isCommonWord !== isCommonWord) this.forms = new NameForms(isCommonWord);
    const forms = this.forms;
    const edited =
      last !== undefined && last.isCommonWord === isCommonWord ? editedTable(last, text, sorted) : undefined;
    if (edited === undefined) {
      const fresh = yield* freshTable(text, sorted, isCommonWord, forms);
      yield;
      const { table, votes, winners, defined, definedPerSpan } = fresh;
      const { keys, typeOf, names, positions } = table;
      const labels = new Uint8Array(sorted.length);
      for (let i = 0; i < labels.length; i++) {
        const type = typeOf.get(keys[i]);
        labels[i] = type === undefined ? positions.types[i] : typeIndex(type);
      }
      const kept = { keys, typeOf, names, positions, labels };
      this.last = { seen: new TextSeen(text), isCommonWord, votes, winners, defined, definedPerSpan, table: kept };
      return kept;
    }
    const { votes, winners } = last!;
    const { keys, positions, head, tail, edit } = edited;
    // Defining contexts reach beyond their span: looked for again where that reach meets the edit.
    yield;
    const definedPerSpan = yield* definedTypesAfterEdit(last!, edit, text, sorted, positions, head, tail);
    const defined = voteDefinedTypes(definedPerSpan, keys);
    yield;
    const n = sorted.length;
    const before = last!.table;
    const m = before.labels.length;
    // Updated in place when the number of spans stays the same (as after most edits): less garbage.
    const labels = n === m ? before.labels : new Uint8Array(n);
    let { typeOf, names } = before;
    // Spans at either end keep last time's labels, unless their name's type changed.
    if (labels !== before.labels) {
      labels.set(before.labels.subarray(0, head));
      labels.set(before.labels.subarray(m - tail), n - tail);
    }
    if (edited.changed || !sameEntries(defined, last!.defined)) {
      typeOf = yield* deriveTypes(winners, defined, forms);
      names = yield* knownNames(typeOf, forms);
      const retyped = changedKeys(before.typeOf, typeOf);
      if (retyped === undefined) relabel(labels, 0, n, keys, typeOf, positions.types);
      else if (retyped.length > 0) {
        for (let i = 0; i < n; i++)
          if (retyped.includes(keys[i])) relabel(labels, i, i + 1, keys, typeOf, positions.types);
      }
    }
    relabel(labels, head, n - tail, keys, typeOf, positions.types);
    const table = { keys, typeOf, names, positions, labels };
    this.last = { seen: new TextSeen(text), isCommonWord, votes, winners, defined, definedPerSpan, table };
    return table;
  }

  /** `before` is being edited into `after`: what was kept of `before` follows the edit (`TextSeen`). */
  followEdit(before: string, after: string): void {
    this.last?.seen.follow(before, after);
    this.plain?.follow(before, after);
    this.mentions.followEdit(before, after);
  }

  /** `maskMarkup(text)`, resumable; after an edit of a text without markup, only the edited lines are checked for it. */
  *masked(text: string): Generator<void, string, void> {
    const plain = this.plain;
    this.plain = undefined;
    if (plain !== undefined ? !editAddsMarkup(plain.editTo(text), text) : !mayHaveMarkup(text)) {
      this.plain = new TextSeen(text);
      return text;
    }
    return yield* maskMarkupSteps(text);
  }
}

/**
 * Whether `text`, made by `edit` from a text without markup, has markup: any markup it has touches the
 * edited stretch, so lies within the edited lines and the line breaks around them.
 */
function editAddsMarkup({ prefix, suffix, delta }: Edit, text: string): boolean {
  if (delta === 0 && prefix + suffix === text.length) return false;
  const from = prefix === 0 ? 0 : Math.max(0, text.lastIndexOf('\n', prefix - 1));
  const lineEnd = text.indexOf('\n', text.length - suffix);
  return mayHaveMarkup(text.slice(from, lineEnd < 0 ? text.length : lineEnd + 1));
}

/** Names whose type differs between two tables (or that only one has); undefined when there are many. */
function changedKeys(
  before: ReadonlyMap<string, EntityType>,
  after: ReadonlyMap<string, EntityType>,
): string[] | undefined {
  const keys: string[] = [];
  for (const [key, type] of after) if (before.get(key) !== type && keys.push(key) > MAX_RETYPED) return undefined;
  for (const key of before.keys()) if (!after.has(key) && keys.push(key) > MAX_RETYPED) return undefined;
  return keys;
}

/** Most names whose type changed for which only their own spans are labelled again, found by comparing keys. */
const MAX_RETYPED = 8;

/** Each span's label after the vote, for spans [from, to): its name's type, else its own. */
function relabel(
  labels: Uint8Array,
  from: number,
  to: number,
  keys: readonly string[],
  typeOf: ReadonlyMap<string, EntityType>,
  types: Uint8Array,
): void {
  for (let i = from; i < to; i++) {
    const type = typeOf.get(keys[i]);
    labels[i] = type === undefined ? types[i] : typeIndex(type);
  }
}

/**
 * Updates the last pass's votes for the spans of an edited article: spans at the start and end that
 * are the same as last time (same place relative to the edit, same type, same text) keep their
 * surface strings, positions and votes; only the spans in between are read. Undefined when little
 * is shared (then counting from scratch is cheaper). `changed` says whether any name's voted type
 * changed (or a name came or went).
 */
function editedTable(
  last: NonNullable<HarmonizeCache['last']>,
  text: string,
  sorted: readonly Span[],
): { keys: string[]; positions: Positions; changed: boolean; head: number; tail: number; edit: Edit } | undefined {
  const edit = last.seen.editTo(text);
  const { prefix, suffix, delta } = edit;
  const { votes, winners } = last;
  const { starts, ends, types } = last.table.positions;
  const prev = last.table.keys;
  const n = sorted.length;
  const m = starts.length;
  let head = 0;
  while (head < n && head < m) {
    const s = sorted[head];
    if (s.end > prefix || s.start !== starts[head] || s.end !== ends[head] || typeIndex(s.type) !== types[head]) break;
    head++;
  }
  const tailFrom = text.length - suffix;
  let tail = 0;
  while (tail < n - head && tail < m - head) {
    const s = sorted[n - 1 - tail];
    const j = m - 1 - tail;
    if (
      s.start < tailFrom ||
      s.start !== starts[j] + delta ||
      s.end !== ends[j] + delta ||
      typeIndex(s.type) !== types[j]
    )
      break;
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
  const positions = movedPositions(last.table.positions, sorted, head, tail, delta);
  // Updated in place when the number of spans stays the same (as after most edits): less garbage.
  const keys: string[] = n === m ? prev : new Array(n);
  if (keys !== prev) {
    for (let i = 0; i < head; i++) keys[i] = prev[i];
    for (let i = n - tail; i < n; i++) keys[i] = prev[i - n + m];
  }
  // Copies, not views into this version of the article: keys live on through later edits and would
  // otherwise keep every version they were cut from alive.
  for (let i = head; i < n - tail; i++) keys[i] = detach(text.slice(positions.starts[i], positions.ends[i]));
  for (let i = head; i < n - tail; i++) {
    const v = votes.get(keys[i]);
    if (v) {
      v.counts[positions.types[i]]++;
      v.first = undefined;
    } else {
      const counts = [0, 0, 0, 0];
      counts[positions.types[i]] = 1;
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
    const type = winner(v, key, keys, positions.types);
    if (winners.get(key) !== type) {
      winners.set(key, type);
      changed = true;
    }
  }
  return { keys, positions, changed, head, tail, edit };
}

/**
 * The positions of the spans after an edit, from the last ones: the first `head` are where they were,
 * the last `tail` moved by `delta`, and only those in between are read from the spans. In place when
 * the number of spans is the same.
 */
function movedPositions(
  before: Positions,
  sorted: readonly Span[],
  head: number,
  tail: number,
  delta: number,
): Positions {
  const n = sorted.length;
  const m = before.starts.length;
  const after = n === m ? before : { starts: new Int32Array(n), ends: new Int32Array(n), types: new Uint8Array(n) };
  if (after !== before) {
    after.starts.set(before.starts.subarray(0, head));
    after.ends.set(before.ends.subarray(0, head));
    after.types.set(before.types.subarray(0, head));
    after.starts.set(before.starts.subarray(m - tail), n - tail);
    after.ends.set(before.ends.subarray(m - tail), n - tail);
    after.types.set(before.types.subarray(m - tail), n - tail);
  }
  for (let i = n - tail; i < n; i++) {
    after.starts[i] += delta;
    after.ends[i] += delta;
  }
  for (let i = head; i < n - tail; i++) {
    const s = sorted[i];
    after.starts[i] = s.start;
    after.ends[i] = s.end;
    after.types[i] = typeIndex(s.type);
  }
  return after;
}

/**
 * Each span's own defining-context type after an edit: kept from last time for the shared spans at
 * either end whose whole reach (`DEFINING_REACH`) lies in the unchanged text before or after the
 * edit, looked for again for the rest.
 */
function* definedTypesAfterEdit(
  last: NonNullable<HarmonizeCache['last']>,
  { prefix, suffix }: Edit,
  text: string,
  sorted: readonly Span[],
  { starts, ends }: Positions,
  head: number,
  tail: number,
): Generator<void, (EntityType | undefined)[], void> {
  const n = sorted.length;
  const before = last.definedPerSpan;
  const m = before.length;
  // In place when the number of spans is the same: entry i is read before it is written.
  const out: (EntityType | undefined)[] = n === m ? before : new Array(n);
  const suffixFrom = text.length - suffix;
  for (let i = 0; i < n; i++) {
    if (i < head && ends[i] + DEFINING_REACH.after <= prefix) out[i] = before[i];
    else if (i >= n - tail && starts[i] - DEFINING_REACH.before >= suffixFrom) out[i] = before[i - n + m];
    else out[i] = definingType(text, sorted[i]);
    if (i % STEP === STEP - 1) yield;
  }
  return out;
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
