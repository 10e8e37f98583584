/**
 * The search for later mentions of known names: at capitals that begin a word (and at digits, when a
 * known name opens with one: "3AW"), the longest known name that is a whole word there. `MentionCache` repeats it after an edit on the changed lines only.
 */
import { lineAround, TextSeen, type Edit } from '../analysis/reuse';
import { drain } from '../steps';

const CAPITAL = /\p{Lu}/uy;
/** Characters before a capital that make it part of a longer word, number, URL or abbreviation. */
const JOINS_BEFORE = /[\p{L}\p{N}\-'’.]/uy;
const LETTER_DIGIT_HYPHEN = /[\p{L}\p{N}-]/uy;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Offset of the first capital letter at or after `from` (a code point boundary), or of the first
 * ASCII digit too when `digits`, or -1.
 */
function nextSearchStart(text: string, from: number, digits: boolean): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (digits && c >= 0x30 && c <= 0x39)) return i;
      continue;
    }
    CAPITAL.lastIndex = i;
    if (CAPITAL.test(text)) return i;
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return -1;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when the code point ending just before `at` joins a capital at `at` to a longer word. */
function joinedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let from = at - 1;
  const c = text.charCodeAt(from);
  if (c < 0x80)
    return (
      (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d || c === 0x27 || c === 0x2e
    );
  if (isLowSurrogate(c) && from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from--;
  JOINS_BEFORE.lastIndex = from;
  return JOINS_BEFORE.test(text);
}

/**
 * After a name: a letter, digit or hyphen, or an apostrophe other than a possessive, continues the word.
 * Only the next two code units are looked at, so an apostrophe followed by "s" is always a possessive.
 */
function wordGoesOn(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c === 0x27 || c === 0x2019) {
    const next = text.charCodeAt(at + 1);
    return next !== 0x73 && next !== 0x53;
  }
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d;
  LETTER_DIGIT_HYPHEN.lastIndex = at;
  return LETTER_DIGIT_HYPHEN.test(text);
}

/** Key of the first four code units (collisions only add candidates, which are checked in full anyway). */
function key4(text: string, at: number): number {
  return (
    (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 +
      text.charCodeAt(at + 3)) &
    0x3fffffff
  );
}

/**
 * Candidate names, longest first: of four or more code units by their first four, shorter ones by their
 * first two; and whether any opens with a digit (then the search stops at digits as well as capitals).
 */
interface NameIndex {
  long: Map<number, string[]>;
  short: Map<number, string[]>;
  fromDigit: boolean;
}

function indexNames(names: readonly string[]): NameIndex {
  const index: NameIndex = { long: new Map(), short: new Map(), fromDigit: false };
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const c = name.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) index.fromDigit = true;
    const [map, key] =
      name.length >= 4 ? [index.long, key4(name, 0)] : [index.short, name.charCodeAt(0) * 0x10000 + name.charCodeAt(1)];
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  }
  return index;
}

function wholeNameIn(text: string, start: number, candidates: string[] | undefined): string | undefined {
  if (candidates)
    for (const c of candidates) if (text.startsWith(c, start) && !wordGoesOn(text, start + c.length)) return c;
  return undefined;
}

/** The longest name at `start` that is a whole word there. */
function nameAt(text: string, start: number, index: NameIndex): string | undefined {
  if (start + 1 >= text.length) return undefined;
  return (
    (start + 3 < text.length ? wholeNameIn(text, start, index.long.get(key4(text, start))) : undefined) ??
    wholeNameIn(text, start, index.short.get(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1)))
  );
}

/** A known name found at `start` (an offset into the searched text). */
interface Mention {
  start: number;
  name: string;
}

/**
 * Mentions in order as two parallel lists (offsets are small integers, stored unboxed): no object per
 * mention, so that keeping and shifting an article's mentions after each edit makes little garbage.
 */
interface Mentions {
  starts: number[];
  names: string[];
}

function toList(found: Mentions): Mention[] {
  return found.starts.map((start, i) => ({ start, name: found.names[i] }));
}

/** Code units searched between pauses of the resumable search. */
const SCAN_STEP = 1 << 16;

/** Appends the mentions in `text` to `found`, at `offset` plus their place in `text`, pausing now and then. */
function* scanInto(text: string, index: NameIndex, found: Mentions, offset: number): Generator<void, void, void> {
  let pause = SCAN_STEP;
  for (let start = nextSearchStart(text, 0, index.fromDigit); start >= 0;) {
    const name = joinedBefore(text, start) ? undefined : nameAt(text, start, index);
    const end = name ? start + name.length : start + (isHighSurrogate(text.charCodeAt(start)) ? 2 : 1);
    if (name) {
      found.starts.push(start + offset);
      found.names.push(name);
    }
    if (end >= pause) {
      pause = end + SCAN_STEP;
      yield;
    }
    start = nextSearchStart(text, end, index.fromDigit);
  }
}

/**
 * Mentions of `names` in `text` (markup already masked), in order and not overlapping, as a resumable
 * computation that pauses every stretch of text.
 */
export function* scanMentionsSteps(text: string, names: string[]): Generator<void, Mentions, void> {
  const found: Mentions = { starts: [], names: [] };
  yield* scanInto(text, indexNames(names), found, 0);
  return found;
}

/** Most names added or dropped since the last search for which only the lines holding them are searched again. */
const MAX_CHANGED_NAMES = 32;

/**
 * Keeps the mentions found in the last text searched, and after an edit searches again only the
 * lines that changed, and the lines holding a name that became known or stopped being known. A
 * line's mentions depend only on the line and the names found in it: a line starts after a newline,
 * which joins nothing before a capital, and ends with one, which ends any word, so the search runs
 * alike on a stretch of whole lines alone, and a name that does not occur in a line cannot change
 * what is found there. Names that contain a newline could cross lines; then the whole text is searched.
 */
export class MentionCache {
  private last: { seen: TextSeen; names: Set<string>; index: NameIndex; found: Mentions } | undefined;

  /** The same result as a search of the whole text (`scanMentionsSteps`). */
  scan(text: string, names: string[]): Mention[] {
    return toList(drain(this.scanSteps(text, names)));
  }

  /**
   * `scan` as a resumable computation, the mentions as parallel lists: to be read, not changed, and
   * only until the next search, which may update them in place.
   */
  *scanSteps(text: string, names: string[]): Generator<void, Mentions, void> {
    const last = this.last;
    this.last = undefined;
    if (names.some(n => n.includes('\n'))) return yield* scanMentionsSteps(text, names);
    const same = last !== undefined && names.length === last.names.size && names.every(n => last.names.has(n));
    const nameSet = same ? last.names : new Set(names);
    const changed = last === undefined || same ? [] : changedNames(last.names, nameSet);
    const index = same ? last.index : indexNames(names);
    let found: Mentions;
    if (last !== undefined && changed.length <= MAX_CHANGED_NAMES)
      found = yield* rescanEdited(last.seen.editTo(text), last.found, text, index, changed);
    else {
      found = { starts: [], names: [] };
      yield* scanInto(text, index, found, 0);
    }
    this.last = { seen: new TextSeen(text), names: nameSet, index, found };
    return found;
  }

  /** `before` is being edited into `after`: the last text searched follows the edit (`TextSeen`). */
  followEdit(before: string, after: string): void {
    this.last?.seen.follow(before, after);
  }
}

/** Names in one set and not the other, at most one more than `MAX_CHANGED_NAMES`. */
function changedNames(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const changed: string[] = [];
  for (const n of after) if (!before.has(n) && changed.push(n) > MAX_CHANGED_NAMES) return changed;
  for (const n of before) if (!after.has(n) && changed.push(n) > MAX_CHANGED_NAMES) return changed;
  return changed;
}

/**
 * Mentions in `text`, given those in the text it was made from by `edit`: kept before the edited
 * lines, shifted after them, and searched again on the edited lines and on every line of `text` that
 * holds one of `changed`.
 */
function* rescanEdited(
  { prefix, suffix, delta }: Edit,
  prevFound: Mentions,
  text: string,
  index: NameIndex,
  changed: readonly string[],
): Generator<void, Mentions, void> {
  const edited = lineAround(text, prefix, text.length - suffix);
  const from = edited[0];
  const to = edited[1];
  const ranges = [edited];
  for (const name of changed) {
    for (let at = text.indexOf(name); at >= 0;) {
      // Only where the name is a whole word can it be found, or stop being found: elsewhere ("Mari"
      // in "Maria") the search goes as it did.
      if (joinedBefore(text, at) || wordGoesOn(text, at + name.length)) {
        at = text.indexOf(name, at + 1);
        continue;
      }
      ranges.push(lineAround(text, at, at));
      at = text.indexOf(name, ranges[ranges.length - 1][1]);
    }
  }
  const lines = changed.length === 0 ? ranges : mergeRanges(ranges);
  // The lines are searched first, each into a list of its own, so that the result is allocated once
  // at its size: two lists as long as the article's mentions, grown by pushing, allocate about as much
  // again on every edit, and each edit's garbage brings the next full collection nearer.
  const rescanned: Mentions[] = [];
  let added = 0;
  for (const [a, b] of lines) {
    const part: Mentions = { starts: [], names: [] };
    yield* scanInto(text.slice(a, b), index, part, a);
    rescanned.push(part);
    added += part.starts.length;
  }
  // One stretch of lines searched, which holds the edited ones: the mentions before the edit from its
  // start to its end moved back by the edit are the ones replaced.
  if (lines.length === 1 && replacedInPlace(prevFound, rescanned[0], lines[0][0], lines[0][1] - delta, delta))
    return prevFound;
  const { starts, names } = prevFound;
  const n = starts.length;
  const found: Mentions = { starts: new Array<number>(n + added), names: new Array<string>(n + added) };
  // Where an earlier mention is now: kept before the edit, shifted after it; -1 in the edited lines (dropped).
  const now = (i: number) => (starts[i] < from ? starts[i] : starts[i] >= to - delta ? starts[i] + delta : -1);
  let i = 0;
  let k = 0;
  for (let r = 0; r < lines.length; r++) {
    const [a, b] = lines[r];
    for (; i < n; i++) {
      const at = now(i);
      if (at < 0) continue;
      if (at >= a) break;
      found.starts[k] = at;
      found.names[k++] = names[i];
    }
    while (i < n && now(i) < b) i++;
    const part = rescanned[r];
    for (let j = 0; j < part.starts.length; j++) {
      found.starts[k] = part.starts[j];
      found.names[k++] = part.names[j];
    }
  }
  for (; i < n; i++) {
    const at = now(i);
    if (at < 0) continue;
    found.starts[k] = at;
    found.names[k++] = names[i];
  }
  // Mentions dropped in the edited lines leave room at the end.
  found.starts.length = k;
  found.names.length = k;
  return found;
}

/**
 * `found` updated in place, when the lines searched again (from `from` to `end` before the edit) hold as
 * many mentions after it (`part`) as before, as after most edits: the article's mentions are not copied.
 * False, and `found` unchanged, when they do not.
 */
function replacedInPlace(found: Mentions, part: Mentions, from: number, end: number, delta: number): boolean {
  const { starts, names } = found;
  const lo = firstAtOrAfter(starts, from);
  const hi = firstAtOrAfter(starts, end);
  if (hi - lo !== part.starts.length) return false;
  for (let j = 0; j < part.starts.length; j++) {
    starts[lo + j] = part.starts[j];
    names[lo + j] = part.names[j];
  }
  if (delta !== 0) for (let i = hi; i < starts.length; i++) starts[i] += delta;
  return true;
}

/** Index of the first of the sorted `values` at or after `value`. */
function firstAtOrAfter(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Line ranges in order of their starts, overlapping ones joined. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
