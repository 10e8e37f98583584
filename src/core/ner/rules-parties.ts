/**
 * Political parties named before a lower-case "party", as wire copy writes them ("the ruling Velkan
 * Dream party", "his Rak Tarn party"): the words before the noun are the party's name, whatever the
 * tagger made of them.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, dropSpan, insertInOrder, isNameWord, spansWithin, splitAt, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import { TAGS } from './model';
import { listedPhrase, namesListedPlaceOrTown } from './rules-listed';
import type { RuleCue } from './ruleCues';

const DEMONYM_BIT = bit('demonym');
const B_MISC = TAGS.indexOf('B-MISC');
/** Capitalised words before "party" that name a celebration, not a political party ("a Christmas party"). */
const CELEBRATIONS = new Set([
  'christmas',
  'halloween',
  'easter',
  'thanksgiving',
  'eid',
  'diwali',
  'hanukkah',
  'year',
  'eve',
  'day',
  'birthday',
  'oscars',
  'bowl',
]);
/** Faiths and peoples a party may stand for, written before "party" as adjectives ("a Velkan Sunni party"). */
const FAITHS = new Set([
  'muslim',
  'moslem',
  'islamic',
  'islamist',
  'sunni',
  'shiite',
  "shi'ite",
  'christian',
  'catholic',
  'protestant',
  'orthodox',
  'jewish',
  'hindu',
  'buddhist',
  'sikh',
  'arab',
  'kurdish',
]);
/** Most words of a party's name before the noun ("Movement for Democratic Change" has four). */
const MAX_WORDS = 5;

/** `tagPartiesBeforeNoun` acts only on a sentence with "party" or "parties". */
export const PARTY_NOUN_CUE: RuleCue = { words: ['party', 'parties'] };

/**
 * "the ruling Velkan/MISC Dream party", "his Rak/PER Tarn/PER party", "the Tarnvik/LOC party" -> one
 * ORG before "party" or "parties": the capitalised words right before the noun, with "and", "for" or
 * "of" between them ("the Justice and Development party"), are the party's name. A nationality opening
 * them stays apart when the next word is a name of its own ("the Velkan Tarnfa party": a party of that
 * country), not an ordinary word ("Velkan Dream"). Not words ending in a nationality or faith ("Sunni
 * Arab parties"), a lone everyday word, listed place or word the tagger read as MISC ("the Green
 * party", "Kurdish parties": adjectives the tagger types from their context), an ordinary word
 * opening the sentence ("Opposition parties said"), nor a celebration ("a Christmas party"); not where
 * a name runs on over the noun ("the Tarn Party"). Before "parties", names joined by "and" or "or" are
 * each a party ("the Tarn and Velk parties").
 */
export function tagPartiesBeforeNoun(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let e = 1; e < tokens.length; e++) {
    const plural = tokens[e].text === 'parties';
    if ((!plural && tokens[e].text !== 'party') || !isNameWord(tokens[e - 1])) continue;
    let s = tagParty(ctx, tokens, tags, spans, first, e, plural);
    // "the Velkan Labour and Tarn Liberal parties": each name before "and" or "or" is a party too.
    while (plural && s > 1 && /^(?:and|or|,)$/.test(tokens[s - 1].text) && isNameWord(tokens[s - 2])) {
      s = tagParty(ctx, tokens, tags, spans, first, s - 1, plural);
    }
  }
}

/** Tags the party named right before token `e` (see `tagPartiesBeforeNoun`); returns its first token. */
function tagParty(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
  e: number,
  plural: boolean,
): number {
  let s = nameStart(tokens, e, plural);
  // A capitalised ordinary word opening the sentence is no part of a name ("Opposition parties").
  const opener = s === 0 || tokens[s - 1].text === ':';
  if (opener && ctx.lowerWords.has(tokens[s].text.toLowerCase())) s++;
  if (s === e) return s;
  const lower = tokens.slice(s, e).map(t => t.text.toLowerCase());
  if (lower.some(w => CELEBRATIONS.has(w))) return s;
  const last = lower[lower.length - 1];
  if (FAITHS.has(last) || (ctx.gazetteer.word(last) & DEMONYM_BIT) !== 0) return s;
  // A lone everyday word, one the tagger read as an adjective of a people or faith, or a place may
  // describe the party ("the Green party", "the Velkan parties"): its context decides.
  if (e - s === 1 && (tags[s] === B_MISC || ctx.lowerWords.has(last) || ctx.gazetteer.word(last) & PLACE_BITS))
    return s;
  const bits = ctx.gazetteer.word(lower[0]);
  // "the Velkan Tarnfa party": the nationality describes the party named after it.
  const nationality = (bits & DEMONYM_BIT) !== 0 && e - s > 1 && !ctx.lowerWords.has(lower[1]);
  const within = spansWithin(spans, tokens[s].start, tokens[e - 1].end);
  if (!within) return s;
  const [k, j] = within;
  const nameFrom = nationality ? s + 1 : s;
  if (j - k === 1 && first[k] === nameFrom && spans[k].end === tokens[e - 1].end && spans[k].type === 'ORG') return s;
  for (let m = j - 1; m >= k; m--) dropSpan(spans, first, m);
  if (nationality) insertInOrder(spans, first, { start: tokens[s].start, end: tokens[s].end, type: 'MISC' }, s);
  addName(tokens, tags, spans, first, nameFrom, e, 'ORG');
  return s;
}

/**
 * The first token of the capitalised words ending before token `e`, over single "for" or "of" between
 * two of them, and "and" unless the noun is plural (then "and" joins two parties), at most MAX_WORDS
 * capitalised words.
 */
function nameStart(tokens: Token[], e: number, plural: boolean): number {
  let s = e - 1;
  let words = 1;
  while (s > 0 && words < MAX_WORDS) {
    const before = tokens[s - 1];
    if (isNameWord(before) && before.text !== 'The') s--;
    else if (
      (/^(?:for|of)$/.test(before.text) || (!plural && before.text === 'and')) &&
      s > 1 &&
      isNameWord(tokens[s - 2])
    )
      s -= 2;
    else break;
    words++;
  }
  return s;
}

/** Words that name a member of a US party ("a Velland Democrat"). */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican', 'Democrats', 'Republicans']);

/**
 * "a Velland Democrat/ORG" -> "Velland/LOC Democrat/MISC": a listed place right before a word for a
 * party's member, read as one name, is where the member comes from ("Senator Ann Velk, a Texas
 * Republican"); the member word is a party adjective, as a nationality is. Not the party itself
 * ("Velland Democratic Party" has no member word) nor a longer name ("the Velland Republican Guard").
 */
export function splitPlacesFromPartyMembers(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    const last = tokenEnd(tokens, f, span) - 1;
    if (last === f || last - f > 3 || !PARTY_MEMBERS.has(tokens[last].text)) continue;
    const place = listedPhrase(ctx.gazetteer, tokens, f, tokens[last - 1].end);
    if ((place.bits & PLACE_BITS) === 0 && !ctx.gazetteer.isListedPlace(place.phrase)) continue;
    splitAt(tokens, spans, first, k, last, 'LOC', 'MISC');
    k++;
  }
}

/** Most one-word names listed before a party's. */
const MAX_LISTED = 6;

/**
 * "backed by Velkra/LOC, Tarvo/PER and the Democratic Party" -> "Velkra/ORG", "Tarvo/ORG": one-word
 * names listed with commas before "and" and a party's name ending in "Party" are parties too, as
 * election news lists who backs a candidate. Not when any of them is a listed place or town, or a
 * listed given name or surname (a list of people and places beside a party is a list of other things).
 */
export function retypeNamesListedWithParties(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
): void {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].type !== 'ORG' || tokens[tokenEnd(tokens, first[k], spans[k]) - 1].text !== 'Party') continue;
    const and = first[k] - (tokens[first[k] - 1]?.text === 'the' ? 2 : 1);
    if (tokens[and]?.text !== 'and') continue;
    const listed: number[] = [];
    let m = k - 1;
    let next = and;
    while (m >= 0 && listed.length < MAX_LISTED && first[m] === next - 1 && tokens[first[m]].end === spans[m].end) {
      listed.push(m);
      if (tokens[first[m] - 1]?.text !== ',') break;
      next = first[m] - 1;
      m--;
    }
    if (listed.length === 0 || !listed.every(i => mayBeParty(ctx, tokens, first[i], spans[i].end))) continue;
    for (const i of listed) spans[i].type = 'ORG';
  }
}

/**
 * Whether the one word from token `f` to offset `end` may be a party's name: no listed place, town, given
 * name or surname.
 */
function mayBeParty(ctx: FeatureContext, tokens: Token[], f: number, end: number): boolean {
  if (ctx.gazetteer.word(tokens[f].text.toLowerCase()) & PERSON_NAME_BITS) return false;
  return !namesListedPlaceOrTown(ctx.gazetteer, tokens, f, end);
}
