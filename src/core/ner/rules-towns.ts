/**
 * Rules on towns the tagger read as bodies or people: it learned many towns' names as their football
 * clubs from sports reports, and the words around the name say which is meant ("the mayor of Velby",
 * "born in Velby, Tarnia").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { dropSpan, isPossessive, tagTokens, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { listedPhrase, namesListedPlace, readsAsBody } from './rules-listed';
import { categoryBit as bit } from './gazetteer';
import { listedBody } from './rules-bodies';
import { TAGS } from './model';
import { listAround } from './rules-neighbours';
import type { RuleCue } from './ruleCues';

const B_ORG = TAGS.indexOf('B-ORG');

/**
 * Whether tokens [f, e) make a listed place's name and no listed body's: a town, not a firm or club named
 * like one. The place is asked first, as most names are none and the body's lookup builds a phrase.
 */
export function isListedTown(ctx: FeatureContext, tokens: Token[], f: number, e: number): boolean {
  return namesListedPlace(ctx.gazetteer, tokens, f, tokens[e - 1].end) && !listedBody(ctx, tokens, f, e);
}

/**
 * Lower-case nouns of what a town or a country has as a place: its mayor, its people, its streets
 * ("the mayor of Velby", "residents of Velby", "Velby's streets").
 */
const A_PLACE_HAS = new Set([
  'mayor',
  'governor',
  'residents',
  'inhabitants',
  'people',
  'citizens',
  'streets',
  'outskirts',
  'suburbs',
  'city',
  'town',
  'village',
]);

/**
 * "the mayor of Velby/ORG", "residents of Velby/PER", "Velby/ORG 's mayor" -> LOC: a listed place's name
 * read as a body or a person, right after a lower-case noun of what a place has and "of", or before a
 * possessive and such a noun, is the place. The tagger reads a town's name as its football club from
 * sports reports ("Lyon", "Leeds"); a mayor, residents or streets are a town's. Not a listed body.
 */
export function retypePlacesByWhatTheyHave(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' && span.type !== 'PER') return;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    // The noun is capitalised only as a sentence's first word ("Residents of Velby").
    const noun = f === 2 ? tokens[0].text.toLowerCase() : f > 2 ? tokens[f - 2].text : '';
    const before = tokens[f - 1]?.text === 'of' && A_PLACE_HAS.has(noun);
    const after = e + 1 < tokens.length && isPossessive(tokens[e]) && A_PLACE_HAS.has(tokens[e + 1].text);
    if (!before && !after) return;
    if (!isListedTown(ctx, tokens, f, e)) return;
    span.type = 'LOC';
  });
}

/** A score or a figure of a table. */
const NUMBER = /^\d/;

/** Words of sports reports: a sentence with none of them does not speak of a town's side. */
const SPORTS_WORDS = new Set(
  (
    'match matches goal goals league coach season striker midfielder defender forward goalkeeper ' +
    'beat beaten drew draw draws cup club clubs scored score scores win won wins winning victory ' +
    'defeat defeated final finals semi-final quarter-final fixture fixtures stadium champions ' +
    'championship tournament player players team teams squad manager signing signed transfer ' +
    'football soccer rugby cricket basketball hockey baseball tennis innings wicket wickets game ' +
    'games play-off play-offs playoffs derby kick-off half-time fans supporters relegation promoted ' +
    'promotion sacked captain batsman bowler all-rounder debut v vs versus olympic olympics medal ' +
    'play plays played playing chairman'
  ).split(' '),
);

/** Whether a sentence has a word of sports reports. */
export const speaksOfSport = (tokens: Token[]): boolean => tokens.some(t => SPORTS_WORDS.has(t.text.toLowerCase()));

/**
 * "between Lisbon/ORG and Munich/ORG", "a teacher from Leeds/ORG" -> LOC: a listed place read as a body
 * in a sentence with no word of sports is the place. The tagger learned towns' names as their clubs from
 * sports reports; elsewhere news names a town for the town (CoNLL types a capital named for its
 * government as the place too). Not a listed body (a firm named like its town).
 */
export function retypeTownsOutsideSport(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  let sport: boolean | undefined;
  spans.forEach((span, k) => {
    // Only the tagger's own reading: a rule that made the town a side read the words around it.
    if (span.type !== 'ORG' || tags[first[k]] !== B_ORG) return;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (!isListedTown(ctx, tokens, f, e)) return;
    // A number beside the name is a score or a table's figure ("Velby 2 Tarnby 1", "Velby 429-7").
    if (NUMBER.test(tokens[e]?.text ?? '') || (f > 0 && NUMBER.test(tokens[f - 1].text))) return;
    sport ??= speaksOfSport(tokens);
    if (!sport) span.type = 'LOC';
  });
}

/**
 * "in neighbouring Ekiti State/ORG" -> LOC: a name read as a body or a person that is a listed town's or
 * division's one word and "State" is that state, as Nigeria, Myanmar, Sudan and Malaysia name theirs, in a
 * sentence with no word of sports: the US names universities' teams so ("Boise State"), and the lists
 * hold none of its states as towns. Not a listed body.
 */
export function retypeStatesOfDivisions(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  let sport: boolean | undefined;
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' && span.type !== 'PER') return;
    const f = first[k];
    if (tokenEnd(tokens, f, span) !== f + 2 || tokens[f + 1].text !== 'State') return;
    if (!ctx.gazetteer.isListedTown(tokens[f].text.toLowerCase()) || listedBody(ctx, tokens, f, f + 2)) return;
    sport ??= speaksOfSport(tokens);
    if (!sport) span.type = 'LOC';
  });
}

const AREA_BITS = bit('country') | bit('region');

/**
 * "Debden/PER , Velland" -> LOC: a name the tagger read as a person, right before a comma and a
 * listed country or region (a state, a county) that ends the phrase, is a place in it, as in
 * "born in Tarnby, Velland" or a dateline. Not "Ann Lee, Velland's captain". So is a name read as a
 * body after a preposition of place ("bound for Tarnby/ORG, Velland"; `townReadAsBody`).
 */
export function retypePlacesInAreas(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const span = spans[k];
    const c = first[k + 1] - 1;
    if (spans[k + 1].type !== 'LOC' || c < 1 || tokens[c].text !== ',' || tokens[c - 1].end !== span.end) continue;
    // The name's own test last: a body's reads the lists.
    if (span.type !== 'PER' && !(span.type === 'ORG' && townReadAsBody(ctx, tokens, first[k], span))) continue;
    const area = listedPhrase(ctx.gazetteer, tokens, first[k + 1], spans[k + 1].end);
    if ((area.bits & AREA_BITS) === 0) continue;
    const next = tokens[area.last + 1]?.text ?? '.';
    if (/^['’]/.test(next) || (/^\p{Ll}/u.test(next) && next !== 'and')) continue;
    span.type = 'LOC';
  }
}

/** Prepositions of place and direction before a town's name ("bound for Tarnby, Velland"). */
const BEFORE_TOWN = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'for']);

/**
 * Whether a name read as a body may be a town before its country: it follows a preposition of place,
 * and no word of it is listed as a body or a body's word ("in Velkom Bank, Tarnia").
 */
function townReadAsBody(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  return f > 0 && BEFORE_TOWN.has(tokens[f - 1].text) && !readsAsBody(ctx, tokens, f, span);
}

/** Words that open towns' names after saints ("Saint Paul", "St. Louis", "San Pedro", "São Paulo"). */
const SAINTS = new Set(['Saint', 'St.', 'St', 'Sainte', 'San', 'Santa', 'Santo', 'São', 'Sankt']);

/** `retypeSaintsAmongPlaces` acts only on a sentence with a saint's word. */
export const SAINT_CUE: RuleCue = { test: text => SAINTS.has(text) };

/**
 * "Tarnby/LOC, Saint Velk/PER and Harlow Park/LOC" -> "Saint Velk/LOC": a saint's name read as a person,
 * named in a list whose other names are all places, is the town named after the saint.
 */
export function retypeSaintsAmongPlaces(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'PER' || !SAINTS.has(tokens[first[k]].text) || tokens[first[k]].end === spans[k].end)
      continue;
    const [from, to] = listAround(tokens, spans, first, k);
    if (to === from) continue;
    let places = true;
    for (let j = from; j <= to; j++) if (j !== k && spans[j].type !== 'LOC') places = false;
    if (places) spans[k].type = 'LOC';
  }
}

/**
 * Portuguese, Spanish and Italian "of" inside a town's name ("São João da Pesqueira", "Ciudad del Este",
 * "Castel della Pieve"); Spanish "de" also with an article after it ("San Antonio de los Cobres").
 */
const TOWN_OF_WORDS = new Set(['da', 'do', 'das', 'dos', 'de', 'del', 'di', 'della', 'delle', 'dei', 'degli']);
const ARTICLES_AFTER_DE = new Set(['la', 'las', 'los']);
/** `joinTownsOverTheirOf` acts only on a sentence with one of those words. */
export const TOWN_OF_CUE: RuleCue = { words: TOWN_OF_WORDS };
/** Most capitalised words after such an "of". */
const MAX_TOWN_PART = 2;

/**
 * "São João/LOC da Pesqueira", "Ciudad/LOC del Este/LOC" -> one place: a place's name goes on over its
 * language's "of" ("da", "do", "de", "del") to one or two capitalised words after it that the tagger left
 * out or read as a place. Not over words the tagger read as another kind of name, nor back over words
 * before the "of", which name cups and anthems as often ("Copa do Brasil").
 */
export function joinTownsOverTheirOf(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  const capital = (i: number) => i >= 0 && i < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[i].text);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'LOC') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (!TOWN_OF_WORDS.has(tokens[e]?.text)) continue;
    // The first word after the "of" and its article, if any.
    const w = tokens[e].text === 'de' && ARTICLES_AFTER_DE.has(tokens[e + 1]?.text) ? e + 2 : e + 1;
    if (!capital(w)) continue;
    const next = spans[k + 1];
    let end = w;
    if (tags[end] === 0)
      while (end < tokens.length && end - w < MAX_TOWN_PART && tags[end] === 0 && capital(end)) end++;
    else if (next?.type === 'LOC' && first[k + 1] === w) end = tokenEnd(tokens, w, next);
    else continue;
    if (next && first[k + 1] < end) dropSpan(spans, first, k + 1);
    span.end = tokens[end - 1].end;
    tagTokens(tags, f, end, 'LOC');
  }
}
