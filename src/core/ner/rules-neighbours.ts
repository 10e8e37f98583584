/** Names typed by the names beside them: a name in a list of names of one kind. */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { isPossessive, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase, namesListedPlace } from './rules-listed';
import { describedBy } from './cues';
import { unlistedPersonWord } from './rules-people';
import { isListedLanguage } from './rules-languages';
import { NATIONS_COMPASS } from './rules-edges';

const LISTED_ORG_BIT = bit('org');
const TITLE_BIT = bit('title');
const DEMONYM_BIT = bit('demonym');

const LIST_LINKS = new Set([',', 'and', '&', 'or']);

/**
 * "Velkom/PER and Tarnair/ORG" -> both bodies: a one-word name read as a person that is a listed body
 * and no listed given name or surname, named in a list right beside a listed body, is a body too
 * (news names firms with firms: "Ford, Toyota and Honda"). Not beside a body the lists do not hold
 * ("President Velkom and Congress").
 */
export function retypeListedBodiesInLists(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  const listedBody = (k: number) =>
    spans[k].type === 'ORG' && (listedPhrase(gaz, tokens, first[k], spans[k].end).bits & LISTED_ORG_BIT) !== 0;
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'PER' || tokens[f].end !== spans[k].end) continue;
    const { before, after } = listNeighbours(tokens, spans, first, k);
    if (!before && !after) continue;
    const bits = gaz.word(tokens[f].text.toLowerCase());
    if ((bits & LISTED_ORG_BIT) === 0 || (bits & PERSON_NAME_BITS) !== 0) continue;
    if ((before && listedBody(k - 1)) || (after && listedBody(k + 1))) spans[k].type = 'ORG';
  }
}

/**
 * "Velkom/PER, Tarnair/ORG and Harlco/ORG" -> a body: one word read as a person, on no list of given
 * names, surnames or people, in a list whose other two or more names are all bodies, is a body too.
 * A list of firms names each by its brand ("Shell, TotalEnergies and Chevron"); a person listed among
 * bodies is rare, and one named by a single unlisted word rarer still. So are two such words beside a
 * listed body ("Microsoft, Brightloom/PER and Datavex/PER"): the list's other names are all such words
 * or bodies, one of them listed; and one such word paired with a listed body ("advised Meridian/ORG
 * and Telvira/PER").
 */
export function retypePeopleInBodyLists(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  const unlistedWord = (j: number) => unlistedPersonWord(ctx, tokens, first[j], spans[j]);
  const listedBody = (j: number) =>
    spans[j].type === 'ORG' && (listedPhrase(gaz, tokens, first[j], spans[j].end).bits & LISTED_ORG_BIT) !== 0;
  for (let k = 0; k < spans.length; k++) {
    if (!unlistedWord(k)) continue;
    const [from, to] = listAround(tokens, spans, first, k);
    const others = [];
    for (let j = from; j <= to; j++) if (j !== k) others.push(j);
    if (!others.every(j => spans[j].type === 'ORG' || unlistedWord(j))) continue;
    const bodies = others.every(j => spans[j].type === 'ORG');
    if (others.length >= 2 ? bodies || others.some(listedBody) : others.length === 1 && listedBody(others[0]))
      spans[k].type = 'ORG';
  }
}

/**
 * "Queensland/LOC and Western Australia/ORG" -> both places: a name of two or more words read as a
 * body whose whole text is a listed place and no listed body, named in a list right beside a place, is
 * a place too (news lists states with states). Not beside a body ("Velkom and Western Tarnia"), nor a
 * one-word name: sports news lists clubs and county sides by their towns' names ("title rivals Essex,
 * Derbyshire and Surrey").
 */
export function retypeListedPlacesInLists(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG' || tokens[first[k]].end === spans[k].end) continue;
    const { before, after } = listNeighbours(tokens, spans, first, k);
    if (!(before && spans[k - 1].type === 'LOC') && !(after && spans[k + 1].type === 'LOC')) continue;
    const { bits, phrase } = listedPhrase(gaz, tokens, first[k], spans[k].end);
    if ((bits & (LISTED_ORG_BIT | PERSON_NAME_BITS)) !== 0 || gaz.isListedBody(phrase)) continue;
    if ((bits & PLACE_BITS) !== 0 || gaz.isListedPlace(phrase)) spans[k].type = 'LOC';
  }
}

/** Prepositions of where and whither, before a pair of towns ("diverted to Tarnby and Velby"). */
const PLACE_PREPOSITIONS = new Set(['to', 'from', 'in', 'at', 'via', 'into', 'near', 'across', 'through', 'around']);
/** Nouns for a way from one place to another, before "between". */
const ROUTE_NOUNS = new Set([
  'voyage',
  'voyages',
  'route',
  'routes',
  'flight',
  'flights',
  'journey',
  'border',
  'corridor',
]);

/**
 * "flights from Tarnby/LOC and Velby/ORG", "buyers in Tarnby/LOC, Velby/ORG and Harl/LOC" -> all places:
 * one word read as a body, a listed place and no listed body or person, named in a list with a place
 * right after a preposition of where or whither, is a place too. The tagger learned from sports copy
 * that a town's name is often its club's; the preposition and the list say a route or a map. So does
 * "with" right after a place's name ("connect Tarnby with Velby and Harl"). Not after
 * "between" or "behind", which sports copy writes before clubs ("between Tarnby and Velby"), unless a
 * route's noun comes before "between" ("flights between Tarnby and Velby"). One word read as a person
 * in such a list, no listed name of a person, is a place as well ("firms in Tarnby, Qelmora and Velby",
 * "traffic between Tarnby and Qelmora"): a list of people has no preposition of place before it. A listed
 * place read as a body counts as the list's place ("via Qelmora and Port Velby/ORG").
 */
export function retypeTownsListedWithPlaces(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k + 1 < spans.length; k++) {
    const f = first[k];
    if (f === 0) continue;
    const preposition = tokens[f - 1].text;
    // After "between" a route's noun says places ("a voyage between Tarnby and Velby"), not clubs.
    const route = preposition === 'between' && f > 1 && ROUTE_NOUNS.has(tokens[f - 2].text);
    const between = preposition === 'between' && !route;
    // "connect Tarnby with Velby and Qelmora": "with" right after a place joins places to it.
    const withPlace =
      preposition === 'with' && k > 0 && spans[k - 1].type === 'LOC' && spans[k - 1].end === tokens[f - 2]?.end;
    if (!between && !route && !withPlace && !PLACE_PREPOSITIONS.has(preposition)) continue;
    const last = listEnd(tokens, spans, first, k);
    if (last < 0) continue;
    // A listed place read as a body is one too: a later rule reads it for the place outside sport.
    let places = 0;
    for (let j = k; j <= last; j++)
      if (spans[j].type === 'LOC' || (spans[j].type === 'ORG' && namesListedPlace(gaz, tokens, first[j], spans[j].end)))
        places++;
    if (places === 0) continue;
    for (let j = k; j <= last; j++) {
      const span = spans[j];
      if (tokens[first[j]].end !== span.end) {
        const personal = (gaz.word(tokens[first[j]].text.toLowerCase()) & PERSON_NAME_BITS) !== 0;
        if (span.type !== 'MISC' && !personal && isDivisionOfTown(tokens, first[j], span)) span.type = 'LOC';
        continue;
      }
      const word = tokens[first[j]].text.toLowerCase();
      const bits = gaz.word(word);
      if (span.type === 'ORG' && !between) {
        if ((bits & (LISTED_ORG_BIT | PERSON_NAME_BITS)) !== 0 || gaz.isListedBody(word)) continue;
        // After "in", a word no list knows, written as a town's name is, is a place too ("offices in Tarnby
        // and Qelmo"): clubs play at or against, and firms follow "in" as holdings ("stakes in").
        const unknown =
          preposition === 'in' && bits === 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[first[j]].text) && !gaz.mayBeBody(word);
        if (unknown || namesListedPlace(gaz, tokens, first[j], span.end)) span.type = 'LOC';
      } else if (
        span.type === 'PER' &&
        /^\p{Lu}/u.test(tokens[first[j]].text) &&
        !(first[j] + 1 < tokens.length && isPossessive(tokens[first[j] + 1])) &&
        (bits & (PERSON_NAME_BITS | TITLE_BIT)) === 0
      ) {
        span.type = 'LOC';
      }
    }
    k = last;
  }
}

/**
 * Whether a name of two words is a town's part or constituency, as it is in a list of places ("from
 * Tarnby, Velby North and Harl Central"): its first word a capitalised one, its last a division's. Its
 * first word no person's name of the lists ("Oliver North").
 */
function isDivisionOfTown(tokens: Token[], f: number, span: Span): boolean {
  const e = tokenEnd(tokens, f, span);
  return e === f + 2 && /^\p{Lu}\p{Ll}/u.test(tokens[f].text) && NATIONS_COMPASS.test(tokens[f + 1].text);
}

const PEOPLE_OF_PLACES = new Set(['residents', 'inhabitants', 'people', 'citizens']);

/** Whether a lower-case noun, singular or plural, names places ("villages", "districts") or their people ("residents"). */
export function namesPlaces(noun: string): boolean {
  if (PEOPLE_OF_PLACES.has(noun)) return true;
  const singular = noun.endsWith('ies') ? noun.slice(0, -3) + 'y' : noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return describedBy(noun) === 'LOC' || describedBy(singular) === 'LOC';
}

/** Words between a plural noun for places and the places it names ("districts were ...", "towns including ..."). */
const EXAMPLES_AFTER = new Set(['were', 'are', 'include', 'included', 'including', 'like', ':']);

/**
 * Whether the list starting at token `f` names the places of a noun right before it: "the districts of",
 * "the villages of", "residents of", "districts were", "towns such as", "cities including".
 */
function afterPlacesNoun(tokens: Token[], f: number): boolean {
  if (f < 2) return false;
  const link = tokens[f - 1].text;
  if (link === 'of') return namesPlaces(tokens[f - 2].text);
  const noun = link === 'as' && tokens[f - 2].text === 'such' ? f - 3 : EXAMPLES_AFTER.has(link) ? f - 2 : -1;
  // Residents are no places: "residents including Ann Lee".
  return (
    noun >= 0 &&
    /s$/.test(tokens[noun].text) &&
    namesPlaces(tokens[noun].text) &&
    !PEOPLE_OF_PLACES.has(tokens[noun].text)
  );
}

/**
 * "the districts of Tarnby, Qelm/PER, Velkor/ORG and Harl", "the districts were Tarnby, Qelm/PER and
 * Velkor/ORG" -> all places: the names of a list right after a noun for places (or their residents)
 * and "of", or after a plural one and a word that gives examples (`afterPlacesNoun`), are those places,
 * whatever the tagger read. Not a listed body, a listed name of a person alone, or a name with a
 * possessive after it.
 */
export function retypeListsOfPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k + 1 < spans.length; k++) {
    if (!afterPlacesNoun(tokens, first[k])) continue;
    const last = listEnd(tokens, spans, first, k);
    if (last < 0) continue;
    for (let j = k; j <= last; j++) {
      const span = spans[j];
      if (span.type !== 'PER' && span.type !== 'ORG') continue;
      const end = tokenEnd(tokens, first[j], span);
      if (end < tokens.length && isPossessive(tokens[end])) continue;
      const { bits, phrase } = listedPhrase(gaz, tokens, first[j], span.end);
      if (bits & (LISTED_ORG_BIT | PERSON_NAME_BITS) || gaz.isListedBody(phrase)) continue;
      span.type = 'LOC';
    }
    k = last;
  }
}

/**
 * "leaflets in Tagalog, Waray/LOC and Cebuano/ORG" -> MISC: one word read as a place, body or person in
 * a list after "in" that names languages read as MISC, a listed people's adjective or a listed language
 * ("in Hindi, Waray and Tagalog", "on radio in Lukonzo and Swahili"), is another language, when no list
 * holds it as a place, body or person's name; a listed language alone after "in" is one too ("a briefing
 * held in Amharic"). Only after "in", as languages are written or spoken in: elsewhere such a list is of
 * peoples and their states ("U.S. and Iraqi forces").
 */
export function retypeLanguagesInLists(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  const oneWord = (j: number) => tokens[first[j]].end === spans[j].end;
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (f === 0 || tokens[f - 1].text !== 'in') continue;
    const last = k + 1 < spans.length ? listEnd(tokens, spans, first, k) : -1;
    if (last < 0) {
      if (oneWord(k) && isListedLanguage(tokens[f].text)) spans[k].type = 'MISC';
      continue;
    }
    // Two words read as MISC, or one listed as a people's adjective or a language: one MISC alone may be
    // a town misread.
    let misc = 0;
    for (let j = k; j <= last; j++) {
      if (!oneWord(j)) continue;
      const word = tokens[first[j]].text;
      if (isListedLanguage(word)) misc += 2;
      else if (spans[j].type === 'MISC') misc += gaz.word(word.toLowerCase()) & DEMONYM_BIT ? 2 : 1;
    }
    for (let j = k; misc >= 2 && j <= last; j++) {
      if (spans[j].type === 'MISC' || !oneWord(j)) continue;
      const word = tokens[first[j]].text.toLowerCase();
      if (isListedLanguage(word) || (gaz.word(word) === 0 && !gaz.isListedBody(word) && !gaz.isListedPlace(word)))
        spans[j].type = 'MISC';
    }
    k = last;
  }
}

/**
 * The index of the last name of the run that span k opens: names each right after the one before and
 * one of `links` (by default commas, "and", "&" and "or").
 */
export function listRunEnd(
  tokens: Token[],
  spans: Span[],
  first: number[],
  k: number,
  links: ReadonlySet<string> = LIST_LINKS,
): number {
  let last = k;
  for (; last + 1 < spans.length; last++) {
    const end = tokenEnd(tokens, first[last], spans[last]);
    if (!links.has(tokens[end]?.text) || first[last + 1] !== end + 1) break;
  }
  return last;
}

/**
 * The index of the last name of the list that span k opens, or -1 when the list does not end in "and"
 * or "or": a comma alone may end a phrase instead ("Speaking in Tarnby, Velk said"). The "and" may
 * have a comma before it ("Tarnby, Qelm, and Velby"). Names joined by commas up to an "and" before a
 * capitalised word the tagger left out ("Tarnby, Qelm and Velby-stred") are a list too.
 */
function listEnd(tokens: Token[], spans: Span[], first: number[], k: number): number {
  const last = listRunEnd(tokens, spans, first, k);
  const link = last > k ? tokens[first[last] - 1].text : '';
  if (link === 'and' || link === 'or') return last;
  if (link !== ',') return -1;
  const e = tokenEnd(tokens, first[last], spans[last]);
  const and = tokens[e]?.text === ',' ? e + 1 : e;
  if (tokens[and]?.text !== 'and' && tokens[and]?.text !== 'or') return -1;
  if (and > e) return first[last + 1] === and + 1 ? last + 1 : -1;
  // No name starts after this "and", or the run would have gone on to it.
  return /^\p{Lu}/u.test(tokens[and + 1]?.text ?? '') ? last : -1;
}

/** The first and last spans of the list that span k is named in (both k when it is in none). */
export function listAround(tokens: Token[], spans: Span[], first: number[], k: number): [number, number] {
  let from = k;
  while (from > 0 && listNeighbours(tokens, spans, first, from).before) from--;
  let to = k;
  while (to + 1 < spans.length && listNeighbours(tokens, spans, first, to).after) to++;
  return [from, to];
}

/**
 * Whether span k is named in a list right after the span before it, or right before the span after it,
 * joined by one of `links`.
 */
export function listNeighbours(
  tokens: Token[],
  spans: Span[],
  first: number[],
  k: number,
  links: ReadonlySet<string> = LIST_LINKS,
): { before: boolean; after: boolean } {
  const f = first[k];
  const l = tokenEnd(tokens, f, spans[k]);
  return {
    before: k > 0 && f > 1 && links.has(tokens[f - 1].text) && tokens[f - 2].end === spans[k - 1].end,
    after: k + 1 < spans.length && links.has(tokens[l]?.text) && first[k + 1] === l + 1,
  };
}
