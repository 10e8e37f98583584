import { EntityType, Span } from '../types';
import { maskMarkup } from '../text/markdown';

/** Legal-form endings of company names. */
const COMPANY_SUFFIX = /,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|S\.A|SpA|NV|N\.V|BV|GmbH|Group|Holdings?)\.?$/;

const ENTITY = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Document-level consistency over spans found independently per paragraph:
 * 1. a surface string keeps one type in the article (majority vote, first seen breaks ties);
 * 2. words of multi-word person names are person names on their own ("Kim Jong Un" -> "Kim"), and
 *    a company name without its legal form is the company ("Pirelli SpA" -> "Pirelli");
 * 3. unlabelled later mentions of a name already found are labelled too.
 * `isCommonWord(lower)` keeps ordinary words ("May", "Will") from being spread.
 */
export function harmonizeSpans(text: string, input: Span[], isCommonWord: (lower: string) => boolean): Span[] {
  const spans = input.filter((s) => ENTITY.has(s.type)).map((s) => ({ ...s }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Surface strings sliced once; votes kept in first-seen order so that ties go to the first type seen.
  const keys = spans.map((s) => text.slice(s.start, s.end));
  const votes = new Map<string, { types: EntityType[]; counts: number[] }>();
  spans.forEach((s, i) => {
    const type = s.type as EntityType;
    const v = votes.get(keys[i]);
    if (!v) return void votes.set(keys[i], { types: [type], counts: [1] });
    const at = v.types.indexOf(type);
    if (at < 0) {
      v.types.push(type);
      v.counts.push(1);
    } else v.counts[at]++;
  });
  const typeOf = new Map<string, EntityType>();
  for (const [key, { types, counts }] of votes) {
    let best = 0;
    for (let t = 1; t < types.length; t++) if (counts[t] > counts[best]) best = t;
    typeOf.set(key, types[best]);
  }
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
  spans.forEach((s, i) => { s.type = typeOf.get(keys[i]) ?? s.type; });
  return addMissedMentions(text, spans, typeOf, isCommonWord);
}

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

function indexNames(names: string[]): NameIndex {
  const index: NameIndex = { long: new Map(), short: new Map() };
  for (const name of names.sort((a, b) => b.length - a.length)) {
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
function addMissedMentions(
  text: string, spans: Span[], typeOf: Map<string, EntityType>, isCommonWord: (lower: string) => boolean,
): Span[] {
  const names = [...typeOf.keys()].filter(
    (k) => /^\p{Lu}/u.test(k) && k.length > 1 && !(k.indexOf(' ') < 0 && isCommonWord(k.toLowerCase())),
  );
  if (names.length === 0) return spans;
  const index = indexNames(names);
  const masked = maskMarkup(text);
  const added: Span[] = [];
  let k = 0;
  for (let start = nextCapital(masked, 0); start >= 0;) {
    const name = joinedBefore(masked, start) ? undefined : nameAt(masked, start, index);
    const end = name ? start + name.length : start + (isHighSurrogate(masked.charCodeAt(start)) ? 2 : 1);
    if (name) {
      while (k < spans.length && spans[k].end <= start) k++;
      // Not where a span already is.
      if (k === spans.length || spans[k].start >= end) added.push({ start, end, type: typeOf.get(name)! });
    }
    start = nextCapital(masked, end);
  }
  return added.length === 0 ? spans : mergeByStart(spans, added);
}
