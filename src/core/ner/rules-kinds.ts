/**
 * Bodies named before a lower-case noun for their kind, as business and labour news writes them ("the
 * Velka services union", "the Harl group"), and sides before a player's position ("Velby striker Ann
 * Lee"): the tagger reads such a name by its look, often as a surname or a town.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, continuesName, isNameWord, OPENING_QUOTES, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';
import { CONTINENTS } from './rules-branches';
import { listRunEnd } from './rules-neighbours';
import { BODY_POSTS, FIRM_STAFF, POSITIONS, TWO_WORD_POSTS } from './teamCues';
import type { RuleCue } from './ruleCues';

/**
 * Kinds of body named right after the body's name. Not "team", "party" (`rules-parties.ts`) or
 * "family": a person's name stands before those ("the Harl team", "the Harl family").
 */
const KIND_NOUNS = new Set([
  'union',
  'federation',
  'group',
  'company',
  'firm',
  'conglomerate',
  'airline',
  'carrier',
  'lender',
  'bank',
  'insurer',
  'retailer',
  'broadcaster',
  'automaker',
  'carmaker',
  'miner',
  'brewer',
]);
/** `tagBodiesBeforeKindNouns` acts only on a sentence with one of those nouns. */
export const KIND_NOUN_CUE: RuleCue = { words: KIND_NOUNS };
/** Lower-case words that may stand between the name and the noun ("the Velka services union"). */
const MAX_MODIFIERS = 2;
/** Words that end the name's phrase, so no kind noun after them describes it ("the Velka said the union"). */
const PHRASE_BREAKS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'at',
  'from',
]);
const VERB = /^(?:said|says|is|was|were|are|has|had|have|will|would|can|could|told|asked)$/;
const NOT_A_BODY_BITS = PLACE_BITS | bit('demonym') | bit('first');

/**
 * "the Velka/PER services union called a strike", "The Harl/O trade union federation" -> ORG: a name of
 * one or two words right after "the" and before a noun for a kind of body, perhaps after one or two
 * lower-case words, is that body, when the tagger read it as a person or left it out. Not a listed
 * place ("the Tarnby bank" is a bank in that town), nationality, given name or everyday word.
 */
export function tagBodiesBeforeKindNouns(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  let k = 0;
  for (let i = 1; i < tokens.length; i++) {
    while (k < spans.length && spans[k].end <= tokens[i].start) k++;
    const the = tokens[i - 1].text;
    if ((the !== 'the' && the !== 'The') || !isNameWord(tokens[i])) continue;
    const span = k < spans.length && spans[k].start < tokens[i].end ? spans[k] : undefined;
    let e = i + 1;
    if (span) {
      if (span.type !== 'PER' || first[k] !== i) continue;
      while (e < tokens.length && tokens[e].end <= span.end) e++;
    } else if (isNameWord(tokens[e]) && tags[e] === 0) e++;
    if (e - i > 2 || !kindNounFollows(tokens, e)) continue;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, i, tokens[e - 1].end);
    if (bits & NOT_A_BODY_BITS || ctx.gazetteer.isListedPlace(phrase)) continue;
    const word = tokens[i].text.toLowerCase();
    if (ctx.gazetteer.word(word) & NOT_A_BODY_BITS || (!span && e === i + 1 && ctx.lowerWords.has(word))) continue;
    if (span) span.type = 'ORG';
    else addName(tokens, tags, spans, first, i, e, 'ORG');
    i = e;
  }
}

/**
 * Whether a kind noun follows token `e`, after at most MAX_MODIFIERS lower-case words, and no name
 * after it: "the Internet security firm Velkasoft" names the firm after the noun.
 */
function kindNounFollows(tokens: Token[], e: number): boolean {
  for (let j = e; j < tokens.length && j <= e + MAX_MODIFIERS; j++) {
    if (KIND_NOUNS.has(tokens[j].text)) return !isNameWord(tokens[j + 1]);
    const word = tokens[j].text;
    if (!/^\p{Ll}+$/u.test(word) || PHRASE_BREAKS.has(word) || VERB.test(word)) return false;
  }
  return false;
}

const NATION_BITS = bit('country') | bit('demonym');
const NATION_OR_PLACE_BITS = NATION_BITS | PLACE_BITS;
const REGION_BIT = bit('region');

/** A body's post that a country or region has too ("Lombardy president"). */
const PLACES_TOO = new Set(['president']);

type Post = { words: number; kind: 'side' | 'body' | 'placesToo' | 'staff' };

/** How many words of a post end right before token `end` (0: none), and whose post it is. */
function postBefore(tokens: Token[], end: number): Post {
  const last = tokens[end - 1]?.text ?? '';
  const before = tokens[end - 2]?.text ?? '';
  if (end >= 2 && TWO_WORD_POSTS.get(before)?.has(last)) return { words: 2, kind: 'body' };
  if (BODY_POSTS.has(last)) return { words: 1, kind: PLACES_TOO.has(last) ? 'placesToo' : 'body' };
  if (FIRM_STAFF.has(last)) return { words: 1, kind: 'staff' };
  return { words: POSITIONS.has(last) ? 1 : 0, kind: 'side' };
}

/** Whether token i opens its sentence, after any opening quote or bracket. */
function opensSentence(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.has(tokens[j].text)) j--;
  return j < 0;
}
const OPENERS = new Set([...OPENING_QUOTES, '(', '[']);

/**
 * "Tarnby/LOC striker Ann Lee", "Velkona/O midfielder Ann Lee", "Velkona/O chairman Ann Lee" -> ORG:
 * the name right before a player's position (or a side's captain, coach or manager) or a body's post
 * (`BODY_POSTS`) and the person who holds it is the side or body, whether the tagger read a town's name,
 * a person or nothing. Not a country or nationality, which name a national side or the player's nation
 * ("Tarnian striker", "Velland captain": CoNLL types those as the nationality and the place), nor before
 * a body's post a listed region, nor a continent or an everyday word; before a post that places have
 * too, only a name read as a person ("Velkona/PER president Ann Lee", not "Lombardy president"), and
 * before a firm's staff (`FIRM_STAFF`) no name read as a place ("Tokyo analyst Ann Lee").
 */
export function tagClubsBeforePositions(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const p = first[k];
    if (spans[k].type !== 'PER') continue;
    const post = postBefore(tokens, p);
    const c = p - post.words - 1;
    if (post.words === 0 || c < 0) continue;
    if (!isNameWord(tokens[c])) continue;
    const j = k > 0 && spans[k - 1].end === tokens[c].end ? k - 1 : -1;
    if (j < 0 && (tags[c] !== 0 || ctx.lowerWords.has(tokens[c].text.toLowerCase()))) continue;
    if (j >= 0 && (spans[j].type === 'ORG' || spans[j].type === 'MISC')) continue;
    if (post.kind === 'placesToo' && (j < 0 || spans[j].type !== 'PER')) continue;
    if (post.kind === 'staff' && j >= 0 && spans[j].type !== 'PER') continue;
    // A word left out at the sentence's start may be the body's kind ("Party chairman Ann Lee said", "Fund
    // manager Ann Lee").
    if (j < 0 && opensSentence(tokens, c)) continue;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, j >= 0 ? first[j] : c, tokens[c].end);
    if (bits & NATION_BITS || (post.kind === 'body' && bits & REGION_BIT) || CONTINENTS.has(phrase)) continue;
    if (j >= 0) spans[j].type = 'ORG';
    else {
      addName(tokens, tags, spans, first, c, c + 1, 'ORG');
      k++;
    }
  }
}

/** What joins the examples of a kind: not "&", which joins the names inside one firm's ("Harl & Velko"). */
const EXAMPLE_SERIES_LINKS = new Set([',', 'and', 'or']);

/** Plural nouns for kinds of body that introduce examples ("brands such as ...", "lenders including ..."). */
const KIND_PLURALS = new Set([
  'companies',
  'firms',
  'brands',
  'banks',
  'lenders',
  'insurers',
  'retailers',
  'supermarkets',
  'discounters',
  'chains',
  'stores',
  'carmakers',
  'automakers',
  'airlines',
  'carriers',
  'suppliers',
  'manufacturers',
  'groups',
  'clubs',
  'labels',
  'broadcasters',
  'publishers',
  'unions',
  'operators',
  'utilities',
  'miners',
  'refiners',
  'drugmakers',
  'chipmakers',
  'shipbuilders',
  'startups',
  'start-ups',
]);
const isKindPlural = (word: string): boolean => KIND_PLURALS.has(word);
/** `retypeExamplesOfKinds` acts only on a sentence with one of those plurals, `tagClubsBeforePositions` with a position or post. */
export const KIND_PLURAL_CUE: RuleCue = { words: KIND_PLURALS };
export const POSITION_CUE: RuleCue = {
  words: [...POSITIONS, ...BODY_POSTS, ...FIRM_STAFF, ...[...TWO_WORD_POSTS.values()].flatMap(last => [...last])],
};
/** The words between such a noun and its examples. */
const EXAMPLE_LINKS = new Set(['including', 'like']);

/**
 * "brands such as Velka/PER, Harlé/PER and Ann Tarvell/PER", "rival suppliers including Velko/PER",
 * "the discounters Velko/PER and Harl/PER" -> ORG: the names listed right after a plural noun for a
 * kind of body and "such as", "including" or "like", or right after the noun when two or more, are
 * such bodies, whatever the tagger read (fashion houses and firms bear their founders'
 * names). The list runs over commas, "and" and "or" while names follow; a name with "of" or a
 * listed place or nationality in it keeps its reading.
 */
export function retypeExamplesOfKinds(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const last = examplesAfterPlural(tokens, spans, first, k, isKindPlural, true);
    if (last < 0) continue;
    for (let j = k; j <= last; j++) {
      const { bits } = listedPhrase(ctx.gazetteer, tokens, first[j], spans[j].end);
      if ((spans[j].type === 'PER' || spans[j].type === 'LOC') && !(bits & NATION_OR_PLACE_BITS)) spans[j].type = 'ORG';
    }
    k = last;
  }
}

/**
 * "the department stores Velko and Harlé/ORG", "suburbs such as Velby and Tarnby/LOC" -> two names: one
 * name right after a plural noun for a kind (`isPlural`; when `bare`, right after the noun, else after it
 * and "such as", "including" or "like") that holds one "and" between names is two such names, unless the
 * whole is a listed name ("Marks and Spencer" where listed). The rules for examples then type them.
 */
export function splitPairsAfterPlurals(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
  isPlural: (word: string) => boolean,
  bare: boolean,
): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (!introducedByPlural(tokens, f, isPlural, bare)) continue;
    const and = soleInnerAnd(tokens, f, tokenEnd(tokens, f, spans[k]));
    if (and < 0 || !isNameWord(tokens[and + 1]) || !isNameWord(tokens[and - 1])) continue;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, spans[k].end);
    if (bits !== 0 || ctx.gazetteer.isListedBody(phrase) || ctx.gazetteer.isListedPlace(phrase)) continue;
    splitAround(tokens, spans, first, k, and, spans[k].type, spans[k].type);
    k++;
  }
}

/**
 * Whether a plural noun for a kind introduces the name at token `f`: right before it (when `bare`), or
 * with "such as", "including", "like" or "among them" between, perhaps after a comma ("four villages,
 * among them Velby and Tarnby").
 */
function introducedByPlural(tokens: Token[], f: number, isPlural: (word: string) => boolean, bare: boolean): boolean {
  const before = tokens[f - 1]?.text ?? '';
  if (bare && isPlural(before)) return true;
  const two = tokens[f - 2]?.text;
  const link = EXAMPLE_LINKS.has(before)
    ? 1
    : (before === 'as' && two === 'such') || (before === 'them' && two === 'among')
      ? 2
      : 0;
  if (link === 0) return false;
  const noun = tokens[f - link - 1]?.text === ',' ? f - link - 2 : f - link - 1;
  return noun >= 0 && isPlural(tokens[noun].text);
}

/** `splitPairsAfterPlurals` after a kind of body's plural. */
export function splitPairsAfterKinds(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  splitPairsAfterPlurals(ctx, tokens, spans, first, isKindPlural, true);
}

/**
 * The last span of the list of examples that span k opens after a plural noun for a kind (`isPlural`)
 * and "such as", "including" or "like", or, when `bare`, right after the noun if the list has two names
 * or more; -1 when no such noun introduces it. The list runs over commas, "and" and "or".
 */
export function examplesAfterPlural(
  tokens: Token[],
  spans: Span[],
  first: number[],
  k: number,
  isPlural: (word: string) => boolean,
  bare: boolean,
): number {
  if (first[k] < 2) return -1;
  const last = listRunEnd(tokens, spans, first, k, EXAMPLE_SERIES_LINKS);
  // "carmakers Velko and Harl": the noun right before a list of two or more.
  return introducedByPlural(tokens, first[k], isPlural, bare && last > k) ? last : -1;
}

/** Most words of one name in a list after a kind's plural noun ("Velk Energy Holdings"). */
const MAX_EXAMPLE_WORDS = 3;
/** A word that may be or open a firm's name in such a list: a capital or a digit first ("TenneT", "50Hertz"). */
const EXAMPLE_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&.-]*\p{L}[\p{L}\p{N}&.-]*$/u;
const NOT_A_FIRM_BITS = NATION_OR_PLACE_BITS | bit('calendar') | bit('first') | bit('title');

/**
 * "the four grid operators TenneT/O, Velkion/PER, 50Hertz/O and TarnnetBW/O" -> four bodies: a list of
 * names right after a plural noun for a kind of body, with commas and a last "and" or "or", names such
 * bodies; the names the tagger left out are tagged (`retypeExamplesOfKinds` then retypes the ones it read
 * as people or places). Not a list whose words are places, nationalities, given names, titles, months or
 * everyday words, nor one a name runs across.
 */
export function tagExamplesAfterKinds(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let p = 0; p + 3 < tokens.length; p++) {
    if (!KIND_PLURALS.has(tokens[p].text)) continue;
    const items = exampleItems(ctx, tokens, p + 1);
    if (items.length < 2 || items.some(([s, e]) => crossedBy(tags, s, e))) continue;
    for (const [s, e] of items) if (tags[s] === 0) addName(tokens, tags, spans, first, s, e, 'ORG');
    p = items[items.length - 1][1];
  }
}

/**
 * The names, as token ranges, of a list starting at token `i` with commas and a last "and" or "or";
 * none when the list does not end so or a word is not a firm's.
 */
function exampleItems(ctx: FeatureContext, tokens: Token[], i: number): [number, number][] {
  const firmWord = (t: number) => {
    const text = tokens[t]?.text ?? '';
    const lower = text.toLowerCase();
    return EXAMPLE_WORD.test(text) && !ctx.lowerWords.has(lower) && !(ctx.gazetteer.word(lower) & NOT_A_FIRM_BITS);
  };
  const items: [number, number][] = [];
  for (let last = false; ;) {
    let e = i;
    while (e - i < MAX_EXAMPLE_WORDS && firmWord(e)) e++;
    if (e === i) return [];
    items.push([i, e]);
    if (last) return items;
    const link = tokens[e]?.text;
    if (link === 'and' || link === 'or') last = true;
    else if (link !== ',') return [];
    i = e + 1;
  }
}

/** Whether a name the tagger read runs into tokens [s, e) from before or on past them. */
function crossedBy(tags: Uint8Array, s: number, e: number): boolean {
  return continuesName(tags, s) || (e < tags.length && continuesName(tags, e));
}
