import { withoutAccents } from '../world/names';
import {
  ABBREVIATED,
  COUNTRIES_LISTED_AS_NATIONALITIES,
  RULE_BODY_HEADS,
  RULE_COUNTRIES,
  RULE_DEMONYMS,
  RULE_PLACE_HEADS,
} from './ruleLists';

/**
 * Letters whose mark is part of their shape, which Unicode decomposition leaves whole ("Wrocław",
 * "Tromsø", "Diyarbakır"), and what the lists write for them.
 */
const WHOLE_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ı: 'i',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

const WHOLE_LETTER = new RegExp(`[${Object.keys(WHOLE_LETTERS).join('')}]`, 'g');

/** A lower-cased word as the lists spell it: without accents or the letters above. */
function plainSpelling(lower: string): string {
  return withoutAccents(lower).replace(WHOLE_LETTER, letter => WHOLE_LETTERS[letter]);
}

/** Whether a word has a letter beyond ASCII; a loop, as most words asked are ASCII and short. */
function notAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * Name lists compiled into the model file at training time. Each entry is a lower-cased phrase
 * (words separated by single spaces) with a bit set of categories; lookups find the longest phrase
 * (up to MAX_WORDS words) starting at each token.
 */
export const GAZ_CATEGORIES = [
  'first',
  'last',
  'person',
  'country',
  'city',
  'region',
  'org',
  'team',
  'orgWord',
  'locWord',
  'demonym',
  'title',
  'calendar',
  'eventWord',
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** The bit a category sets in what `word` and the phrase lookups return. */
export const categoryBit = (category: GazCategory): number => 1 << GAZ_CATEGORIES.indexOf(category);
/** Listed places: countries, cities and regions. */
export const PLACE_BITS = categoryBit('country') | categoryBit('city') | categoryBit('region');
/** Listed people's names: given names, surnames and well-known people. */
export const PERSON_NAME_BITS = categoryBit('first') | categoryBit('last') | categoryBit('person');

/**
 * A larger list of given names, less certain than the lexicon's: the rules read its names as given
 * names (`word` sets the 'first' bit), the tagger's features do not (`taggerWord`), so it adds
 * evidence where a rule asks for a given name without changing what the tagger learned.
 */
export const RULE_GIVEN_NAMES = 'givenMore';
const FIRST_BIT = categoryBit('first');
const ORG_WORD_BIT = categoryBit('orgWord');
const LOC_WORD_BIT = categoryBit('locWord');
const COUNTRY_BIT = categoryBit('country');
const DEMONYM_BIT = categoryBit('demonym');

const MAX_WORDS = 4;

/**
 * What the rules see beyond the lists is stored in the same map as the categories, shifted past them,
 * so that `word`, asked of most words by many rules, costs one lookup.
 */
const RULE_SHIFT = 16;
const CATEGORY_MASK = (1 << RULE_SHIFT) - 1;

/** The keys of the listed bodies, places and towns in the serialisable form (not categories: no feature reads them). */
const BODIES_KEY = 'bodies';
const PLACES_KEY = 'places';
const TOWNS_KEY = 'towns';

export class Gazetteer {
  private readonly phrases = new Map<string, number>();
  /** First words of multi-word phrases, with the longest phrase length starting there. */
  private readonly starts = new Map<string, number>();
  /**
   * Names of well-known organisations (companies, clubs), one a line, apart from the
   * categories: the tagger's features never see them, only the rules after it (`isListedBody`). Kept
   * as text until a rule first asks, so that loading the model does not build their set.
   */
  private readonly bodyText: string;
  /**
   * The listed bodies' names in code-unit order, split from `bodyText` on first use and looked up by
   * binary search: building sets of twenty thousand names would slow the first sentence analysed.
   */
  private bodyNames?: string[];
  /** Bits set by the hashes of the listed bodies' first words (`firstWordBits`). */
  private bodyStarts?: Uint32Array;
  /** Bits set by the hashes of the listed bodies' whole names (`wholeNameBits`). */
  private bodyWholes?: Uint32Array;
  /**
   * The listed bodies' first words, built on first use: `mayBeBody` is asked of most names, and a set
   * answers in one lookup what the binary search answered in fifteen comparisons.
   */
  private bodyFirstWords?: Set<string>;
  /**
   * Names of places of two or more words from the knowledge base, one a line, for the rules alone
   * (`isListedPlace`), kept as text like the bodies.
   */
  private readonly placeText: string;
  private placeNames?: string[];
  /** Bits set by the hashes of the listed places' first words (`firstWordBits`). */
  private placeStarts?: Uint32Array;
  /** Bits set by the hashes of the listed places' whole names (`wholeNameBits`). */
  private placeWholes?: Uint32Array;
  /**
   * Towns' and divisions' one-word names from the knowledge base, one a line, for the rules alone
   * (`isListedTown`): apart from the places, as such a word is a surname too often to be a place on its own.
   */
  private readonly townText: string;
  private townNames?: ReadonlySet<string>;
  private readonly ruleGiven: ReadonlySet<string>;

  /** `bodies`, `places`, `towns`: the listed bodies', places' and towns' lower-cased names, one a line. */
  constructor(
    lists: Partial<Record<GazCategory | typeof RULE_GIVEN_NAMES, string[]>>,
    bodies = '',
    places = '',
    towns = '',
  ) {
    this.bodyText = bodies;
    this.placeText = places;
    this.townText = towns;
    GAZ_CATEGORIES.forEach((cat, bit) => {
      for (const phrase of lists[cat] ?? []) {
        const words = phrase.split(' ');
        if (words.length > MAX_WORDS) continue;
        this.add(phrase, words.length, 1 << bit);
      }
    });
    this.ruleGiven = new Set(lists[RULE_GIVEN_NAMES]);
    // What the rules see beyond the lists (`word`): the larger list of given names, `RULE_BODY_HEADS`,
    // `RULE_PLACE_HEADS`, `RULE_COUNTRIES` and `RULE_DEMONYMS`.
    for (const name of this.ruleGiven) this.addRuleBits(name, FIRST_BIT);
    for (const head of RULE_BODY_HEADS) this.addRuleBits(head, ORG_WORD_BIT);
    for (const head of RULE_PLACE_HEADS) this.addRuleBits(head, LOC_WORD_BIT);
    for (const country of RULE_COUNTRIES) this.addRuleBits(country, COUNTRY_BIT);
    for (const people of RULE_DEMONYMS) this.addRuleBits(people, DEMONYM_BIT);
  }

  private addRuleBits(word: string, bits: number): void {
    this.phrases.set(word, (this.phrases.get(word) ?? 0) | (bits << RULE_SHIFT));
  }

  private add(phrase: string, words: number, bits: number): void {
    this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) | bits);
    if (words === 1) return;
    const first = phrase.slice(0, phrase.indexOf(' '));
    this.starts.set(first, Math.max(this.starts.get(first) ?? 0, words));
  }

  /**
   * Adds the abbreviated forms of listed places' names ("st. louis" beside "saint louis"). Only a loaded
   * model does this, not training: the weights were learned from the full forms, which the abbreviated
   * ones stand for, and training with them as well lowered every development set (data card). Dotted
   * initials are listed without their last stop too, as hurried copy writes them ("U.S - Tarnia talks").
   */
  private addAbbreviatedPlaces(): void {
    for (const [phrase, bits] of [...this.phrases]) {
      // A stop first, as this runs over every listed phrase when a model loads and few have one.
      if (phrase.includes('.') && DOTTED_INITIALS.test(phrase) && this.word(phrase) & PLACE_BITS)
        this.add(phrase.slice(0, -1), 1, bits);
      const space = phrase.indexOf(' ');
      const short = space > 0 && bits & PLACE_BITS ? ABBREVIATED[phrase.slice(0, space)] : undefined;
      if (!short) continue;
      const words = phrase.split(' ').length;
      for (const first of short) this.add(first + phrase.slice(space), words, bits & PLACE_BITS);
    }
  }

  /**
   * Lists these names as countries instead of nationalities. Only a loaded model does this: training
   * with the corrected lists moved the development sets by the noise of retraining, up and down.
   */
  private relistAsCountries(names: readonly string[]): void {
    const nationality = categoryBit('demonym');
    for (const name of names) {
      const bits = this.phrases.get(name);
      if (bits !== undefined) this.phrases.set(name, (bits & ~nationality) | categoryBit('country'));
    }
  }

  /** Category bits of one lower-cased word on its own, with what the rules see beyond the lists. */
  word(lower: string): number {
    let bits = this.phrases.get(lower);
    // The lists spell most names without accents, which wire copy keeps ("Gdańsk", "Zürich", "Łódź"): a
    // word not found as written is looked up without them.
    if (bits === undefined && notAscii(lower)) bits = this.phrases.get(plainSpelling(lower));
    bits ??= 0;
    return (bits | (bits >>> RULE_SHIFT)) & CATEGORY_MASK;
  }

  /** Category bits of one lower-cased word on its own, as the tagger's features see them. */
  taggerWord(lower: string): number {
    return (this.phrases.get(lower) ?? 0) & CATEGORY_MASK;
  }

  /** Length in words of the longest multi-word phrase starting with this lower-cased word (0 if none). */
  longestFrom(lower: string): number {
    return this.starts.get(lower) ?? 0;
  }

  /** Whether a name's first word, lower-cased, begins some listed body. */
  mayBeBody(firstLower: string): boolean {
    // Asked of most names a sentence holds: a bit per hash of the names' first words answers most
    // questions "no" at once; the names themselves are searched only when the bit is set.
    if (!hasStartBit(this.bodyStartBits(), firstLower)) return false;
    this.bodyFirstWords ??= new Set(this.listedBodies().map(name => name.slice(0, (name + ' ').indexOf(' '))));
    return this.bodyFirstWords.has(firstLower);
  }

  /** Whether a lower-cased phrase (words separated by single spaces) is a listed body's name. */
  isListedBody(phrase: string): boolean {
    // Most phrases asked begin like some body (their callers made sure): a bit for the whole name
    // answers nearly all of them "no" without the binary search.
    if (!hasWholeBit((this.bodyWholes ??= wholeNameBits(this.bodyText)), phrase)) return false;
    const names = this.listedBodies();
    return names[lowerBound(names, phrase)] === phrase;
  }

  /** Whether a word, lower-cased, may open a listed place's name: "no" is sure, "yes" only likely. */
  mayBePlace(firstLower: string): boolean {
    return hasStartBit(this.placeStartBits(), firstLower);
  }

  /** Whether a lower-cased phrase (words separated by single spaces) is a listed place's name. */
  isListedPlace(phrase: string): boolean {
    if (!hasWholeBit((this.placeWholes ??= wholeNameBits(this.placeText)), phrase)) return false;
    this.placeNames ??= sortedLines(this.placeText);
    return this.placeNames[lowerBound(this.placeNames, phrase)] === phrase;
  }

  /** Whether a lower-cased word is a listed town's one-word name ("kathmandu"). */
  isListedTown(lower: string): boolean {
    this.townNames ??= new Set(this.townText ? this.townText.split('\n') : []);
    return this.townNames.has(lower);
  }

  /** The first-word filter of the listed bodies, built on first use. */
  private bodyStartBits(): Uint32Array {
    return (this.bodyStarts ??= firstWordBits(this.bodyText));
  }

  /** The first-word filter of the listed places, built on first use. */
  private placeStartBits(): Uint32Array {
    return (this.placeStarts ??= firstWordBits(this.placeText));
  }

  private listedBodies(): string[] {
    this.bodyNames ??= sortedLines(this.bodyText);
    return this.bodyNames;
  }

  /**
   * Marks longest gazetteer matches in a sentence of lower-cased words. Writes bits of the phrase
   * covering each token into `inside`, and into `begin` for the phrase's first token. `known`, when
   * given, holds each word's `word()` and `longestFrom()` values, already looked up, by token.
   */
  match(
    lower: string[],
    candidate: (i: number) => boolean,
    begin: Int32Array,
    inside: Int32Array,
    known?: { bits: ArrayLike<number>; longest: ArrayLike<number> },
  ): void {
    for (let i = 0; i < lower.length; i++) {
      if (!candidate(i)) continue;
      let len = 1;
      let bits = known ? known.bits[i] : this.taggerWord(lower[i]);
      const longest = Math.min(known ? known.longest[i] : (this.starts.get(lower[i]) ?? 0), lower.length - i);
      let phrase = lower[i];
      for (let n = 2; n <= longest; n++) {
        phrase += ' ' + lower[i + n - 1];
        const b = this.taggerWord(phrase);
        if (b !== 0) {
          bits = b;
          len = n;
        }
      }
      if (bits === 0) continue;
      begin[i] |= bits;
      for (let k = i; k < i + len; k++) inside[k] |= bits;
    }
  }

  /** Serialisable form: one newline-separated phrase list per category. */
  toLists(): Record<string, string> {
    const out: Record<string, string[]> = {};
    for (const [phrase, bits] of this.phrases) {
      GAZ_CATEGORIES.forEach((cat, bit) => {
        if (bits & (1 << bit)) (out[cat] ??= []).push(phrase);
      });
    }
    const joined: Record<string, string> = {};
    for (const cat of GAZ_CATEGORIES) joined[cat] = (out[cat] ?? []).sort().join('\n');
    if (this.ruleGiven.size > 0) joined[RULE_GIVEN_NAMES] = [...this.ruleGiven].sort().join('\n');
    // Left out when empty, so that a model without listed bodies, places or towns keeps its bytes.
    if (this.bodyText) joined[BODIES_KEY] = this.bodyText;
    if (this.placeText) joined[PLACES_KEY] = this.placeText;
    if (this.townText) joined[TOWNS_KEY] = this.townText;
    return joined;
  }

  static fromLists(joined: Record<string, string>): Gazetteer {
    const lists: Partial<Record<GazCategory | typeof RULE_GIVEN_NAMES, string[]>> = {};
    for (const cat of [...GAZ_CATEGORIES, RULE_GIVEN_NAMES] as const)
      lists[cat] = joined[cat] ? joined[cat].split('\n') : [];
    const gazetteer = new Gazetteer(lists, joined[BODIES_KEY] ?? '', joined[PLACES_KEY] ?? '', joined[TOWNS_KEY] ?? '');
    gazetteer.addAbbreviatedPlaces();
    gazetteer.relistAsCountries(COUNTRIES_LISTED_AS_NATIONALITIES);
    return gazetteer;
  }
}

/** Initials each with its stop, two or more: "u.s.", "u.a.e.". */
const DOTTED_INITIALS = /^(?:\p{Ll}\.){2,}$/u;

/** Bits of the first-word filter: 2^18 (32 KB), about one in twenty set by the names' 11,000 first words. */
const START_MASK = (1 << 18) - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Whether the bit of the FNV-1a hash of a phrase's first word (up to its first space; a word alone is
 * its own first word) is set in a first-word filter: "no" is sure, and spares a binary search of the names.
 */
function hasStartBit(bits: Uint32Array, phrase: string): boolean {
  let h = FNV_OFFSET;
  for (let i = 0, c = phrase.charCodeAt(0); i < phrase.length && c !== 32; c = phrase.charCodeAt(++i))
    h = Math.imul(h ^ c, FNV_PRIME);
  const b = (h >>> 0) & START_MASK;
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** The first-word filter of the names in `text`, one a line: a bit for the hash of each one's first word. */
function firstWordBits(text: string): Uint32Array {
  const bits = new Uint32Array((START_MASK + 1) >>> 5);
  for (let i = 0; i < text.length;) {
    let h = FNV_OFFSET;
    let j = i;
    for (let c = text.charCodeAt(j); j < text.length && c !== 32 && c !== 10; c = text.charCodeAt(++j))
      h = Math.imul(h ^ c, FNV_PRIME);
    const b = (h >>> 0) & START_MASK;
    bits[b >>> 5] |= 1 << (b & 31);
    const newline = text.indexOf('\n', j);
    i = newline < 0 ? text.length : newline + 1;
  }
  return bits;
}

/** Bits of the whole-name filter: 2^20 (128 KB), about one in thirty set by the 38,000 listed bodies. */
const WHOLE_MASK = (1 << 20) - 1;

/** Whether the bit of the FNV-1a hash of the whole phrase is set in a whole-name filter: "no" is sure. */
function hasWholeBit(bits: Uint32Array, phrase: string): boolean {
  let h = FNV_OFFSET;
  for (let i = 0; i < phrase.length; i++) h = Math.imul(h ^ phrase.charCodeAt(i), FNV_PRIME);
  const b = (h >>> 0) & WHOLE_MASK;
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** The whole-name filter of the names in `text`, one a line: a bit for the hash of each name. */
function wholeNameBits(text: string): Uint32Array {
  const bits = new Uint32Array((WHOLE_MASK + 1) >>> 5);
  for (let i = 0; i < text.length; i++) {
    let h = FNV_OFFSET;
    for (let c = text.charCodeAt(i); i < text.length && c !== 10; c = text.charCodeAt(++i))
      h = Math.imul(h ^ c, FNV_PRIME);
    const b = (h >>> 0) & WHOLE_MASK;
    bits[b >>> 5] |= 1 << (b & 31);
  }
  return bits;
}

/** The lines of `text` in code-unit order (training writes them so; sorted here only if not). */
function sortedLines(text: string): string[] {
  const lines = text ? text.split('\n') : [];
  if (lines.some((line, i) => i > 0 && lines[i - 1] > line)) lines.sort();
  return lines;
}

/** Index of the first of the sorted `names` not before `key` (names.length if none). */
function lowerBound(names: readonly string[], key: string): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
