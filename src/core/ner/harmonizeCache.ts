import { EntityType, Span } from '../types';
import { mayHaveMarkup, maskMarkup } from '../text/markdown';
import { editBounds } from '../analysis/reuse';
import { DEFINING_REACH, definingType, voteDefinedTypes } from './cues';
import { Table, TYPE_INDEX, Votes, deriveTypes, freshTable, knownNames, winner } from './documentTable';
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
        text: string;
        isCommonWord: (lower: string) => boolean;
        starts: Int32Array;
        ends: Int32Array;
        types: Uint8Array;
        votes: Map<string, Votes>;
        winners: Map<string, EntityType>;
        /** Types given by defining contexts (`voteDefinedTypes`), and by each span's own. */
        defined: Map<string, EntityType>;
        definedPerSpan: (EntityType | undefined)[];
        table: Table;
      }
    | undefined;
  /** The last text seen that has no markup at all. */
  private plain: string | undefined;

  /** The document table for `sorted` (entity spans of `text` in order), reusing the last one where the article is unchanged. */
  *table(text: string, sorted: Span[], isCommonWord: (lower: string) => boolean): Generator<void, Table, void> {
    const last = this.last;
    this.last = undefined;
    let votes: Map<string, Votes>;
    let winners: Map<string, EntityType>;
    let defined: Map<string, EntityType>;
    let definedPerSpan: (EntityType | undefined)[];
    let table: Table;
    const reused =
      last !== undefined && last.isCommonWord === isCommonWord ? editedTable(last, text, sorted) : undefined;
    if (reused !== undefined) {
      ({ votes, winners } = last!);
      const { keys, head, tail } = reused;
      // Defining contexts reach beyond their span: looked for again where that reach meets the edit.
      yield;
      definedPerSpan = definedTypesAfterEdit(last!, text, sorted, head, tail);
      defined = voteDefinedTypes(definedPerSpan, keys);
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
      ({ table, votes, winners, defined, definedPerSpan } = yield* freshTable(text, sorted, isCommonWord));
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
    this.last = { text, isCommonWord, starts, ends, types, votes, winners, defined, definedPerSpan, table };
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
  last: NonNullable<HarmonizeCache['last']>,
  text: string,
  sorted: readonly Span[],
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
    if (
      s.start < tailFrom ||
      s.start !== starts[j] + delta ||
      s.end !== ends[j] + delta ||
      TYPE_INDEX[s.type] !== types[j]
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

/**
 * Each span's own defining-context type after an edit: kept from last time for the shared spans at
 * either end whose whole reach (`DEFINING_REACH`) lies in the unchanged text before or after the
 * edit, looked for again for the rest.
 */
function definedTypesAfterEdit(
  last: NonNullable<HarmonizeCache['last']>,
  text: string,
  sorted: readonly Span[],
  head: number,
  tail: number,
): (EntityType | undefined)[] {
  const { prefix, suffix } = editBounds(last.text, text);
  const n = sorted.length;
  const m = last.definedPerSpan.length;
  const out: (EntityType | undefined)[] = new Array(n);
  const suffixFrom = text.length - suffix;
  for (let i = 0; i < n; i++) {
    const s = sorted[i];
    if (i < head && s.end + DEFINING_REACH.after <= prefix) out[i] = last.definedPerSpan[i];
    else if (i >= n - tail && s.start - DEFINING_REACH.before >= suffixFrom) out[i] = last.definedPerSpan[i - n + m];
    else out[i] = definingType(text, s);
  }
  return out;
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
