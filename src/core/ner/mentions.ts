/**
 * The search for later mentions of known names: at capitals that begin a word, the longest known
 * name that is a whole word there. `MentionCache` repeats it after an edit on the changed lines only.
 */
import { commonPrefixLength, commonSuffixLength } from '../incremental/reuse';

const CAPITAL = /\p{Lu}/uy;
/** Characters before a capital that make it part of a longer word, number, URL or abbreviation. */
const JOINS_BEFORE = /[\p{L}\p{N}\-'’.]/uy;
const LETTER_DIGIT_HYPHEN = /[\p{L}\p{N}-]/uy;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Offset of the first capital letter at or after `from` (a code point boundary), or -1. */
function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return i;
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
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d || c === 0x27 || c === 0x2e;
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
  return (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 + text.charCodeAt(at + 3)) & 0x3fffffff;
}

/** Candidate names, longest first: of four or more code units by their first four, shorter ones by their first two. */
interface NameIndex { long: Map<number, string[]>; short: Map<number, string[]> }

function indexNames(names: readonly string[]): NameIndex {
  const index: NameIndex = { long: new Map(), short: new Map() };
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const [map, key] = name.length >= 4 ? [index.long, key4(name, 0)] : [index.short, name.charCodeAt(0) * 0x10000 + name.charCodeAt(1)];
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  }
  return index;
}

function wholeNameIn(text: string, start: number, candidates: string[] | undefined): string | undefined {
  if (candidates) for (const c of candidates) if (text.startsWith(c, start) && !wordGoesOn(text, start + c.length)) return c;
  return undefined;
}

/** The longest name at `start` that is a whole word there. */
function nameAt(text: string, start: number, index: NameIndex): string | undefined {
  if (start + 1 >= text.length) return undefined;
  return (start + 3 < text.length ? wholeNameIn(text, start, index.long.get(key4(text, start))) : undefined) ??
    wholeNameIn(text, start, index.short.get(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1)));
}

/** A known name found at `start` (an offset into the searched text). */
export interface Mention { start: number; name: string }

function scanIndexed(text: string, index: NameIndex): Mention[] {
  const found: Mention[] = [];
  for (let start = nextCapital(text, 0); start >= 0;) {
    const name = joinedBefore(text, start) ? undefined : nameAt(text, start, index);
    const end = name ? start + name.length : start + (isHighSurrogate(text.charCodeAt(start)) ? 2 : 1);
    if (name) found.push({ start, name });
    start = nextCapital(text, end);
  }
  return found;
}

/** Mentions of `names` in `text` (markup already masked), in order and not overlapping. */
export function scanMentions(text: string, names: string[]): Mention[] {
  return scanIndexed(text, indexNames(names));
}

/**
 * Keeps the mentions found in the last text searched, and after an edit searches again only the
 * lines that changed. A line's mentions depend only on the line and the names: a line starts after
 * a newline, which joins nothing before a capital, and ends with one, which ends any word, so the
 * search runs alike on a stretch of whole lines alone. Names that contain a newline could cross
 * lines; then the whole text is searched.
 */
export class MentionCache {
  private last: { text: string; names: Set<string>; index: NameIndex; found: Mention[] } | undefined;

  /** The same result as `scanMentions(text, names)`. */
  scan(text: string, names: string[]): Mention[] {
    const last = this.last;
    this.last = undefined;
    if (names.some((n) => n.includes('\n'))) return scanMentions(text, names);
    const same = last !== undefined && names.length === last.names.size && names.every((n) => last.names.has(n));
    const index = same ? last.index : indexNames(names);
    const found = same ? rescanEdited(last.text, last.found, text, index) : scanIndexed(text, index);
    this.last = { text, names: same ? last.names : new Set(names), index, found };
    return found;
  }
}

/** Mentions in `text`, given those in `prev`: kept before the edited lines, shifted after them. */
function rescanEdited(prev: string, prevFound: readonly Mention[], text: string, index: NameIndex): Mention[] {
  const prefix = commonPrefixLength(prev, text);
  const suffix = commonSuffixLength(prev, text, Math.min(prev.length, text.length) - prefix);
  // The edited lines: from the start of the line where the texts first differ to the end of the
  // line where they agree again.
  const from = prefix === 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
  const lineEnd = text.indexOf('\n', text.length - suffix);
  const to = lineEnd < 0 ? text.length : lineEnd + 1;
  const delta = text.length - prev.length;
  const found: Mention[] = [];
  let i = 0;
  for (; i < prevFound.length && prevFound[i].start < from; i++) found.push(prevFound[i]);
  for (const m of scanIndexed(text.slice(from, to), index)) found.push({ start: m.start + from, name: m.name });
  while (i < prevFound.length && prevFound[i].start < to - delta) i++;
  for (; i < prevFound.length; i++) found.push({ start: prevFound[i].start + delta, name: prevFound[i].name });
  return found;
}
