/**
 * Places named by the kind of place around them: examples after a plural ("lakes such as Harlmere",
 * "ports including Velk"), a name before the two words of a crossing or a station ("the Velk border
 * post", "the Harl bus station") and a person's name before a site's noun ("the Ann Lee stadium"). The
 * nouns say what the names are, where the tagger, seeing an unfamiliar word, reads a person or a body.
 * (Names listed before a plural, "the Juba and Tarn rivers": `retypeListsBeforeAreaNouns`.)
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { listedPhrase } from './rules-listed';
import { BODY_BITS } from './rules-bodies';
import { examplesAfterPlural, splitPairsAfterPlurals } from './rules-kinds';
import type { RuleCue } from './ruleCues';
import { tokenEnd } from './spanTokens';

/** Plural nouns for kinds of place. Not "countries" or "states", which follow bodies too ("NATO countries"). */
export const PLACE_PLURALS: ReadonlySet<string> = new Set([
  'cities',
  'towns',
  'villages',
  'ports',
  'harbours',
  'harbors',
  'lakes',
  'rivers',
  'islands',
  'mountains',
  'provinces',
  'districts',
  'counties',
  'regions',
  'suburbs',
  'neighbourhoods',
  'neighborhoods',
  'municipalities',
]);
/** `retypeExamplesOfPlaces` acts only on a sentence with one of those nouns. */
export const PLACE_PLURAL_CUE: RuleCue = { words: PLACE_PLURALS };

/**
 * "lakes such as Harlmere/ORG", "ports including Velk/PER and Tarn/PER" -> LOC: the names listed right
 * after a plural noun for a kind of place and "such as", "including" or "like" are such places, one name
 * read over two joined by "and" first split (`splitPairsAfterPlurals`). Not a listed body, which a
 * place's name may be the name of too.
 */
export function retypeExamplesOfPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  // The plural may open the sentence ("Lakes such as ...").
  const isPlural = (word: string) => PLACE_PLURALS.has(word.toLowerCase());
  splitPairsAfterPlurals(ctx, tokens, spans, first, isPlural, false);
  for (let k = 0; k < spans.length; k++) {
    const last = examplesAfterPlural(tokens, spans, first, k, isPlural, false);
    if (last < 0) continue;
    retypeAsPlaces(ctx, tokens, spans, first, k, last);
    k = last;
  }
}

/** Spans k to `last` read as people or bodies made places, but for listed bodies. */
function retypeAsPlaces(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
  k: number,
  last: number,
): void {
  for (let j = k; j <= last; j++) {
    if (spans[j].type !== 'PER' && spans[j].type !== 'ORG') continue;
    if (!(listedPhrase(ctx.gazetteer, tokens, first[j], spans[j].end).bits & BODY_BITS)) spans[j].type = 'LOC';
  }
}

/** Two-word nouns of crossings and stations, by their first word, named after the place they serve. */
const SITES = new Map<string, ReadonlySet<string>>([
  ['border', new Set(['post', 'crossing', 'point'])],
  ['bus', new Set(['station', 'terminal', 'stop', 'park', 'depot'])],
  ['train', new Set(['station'])],
  ['railway', new Set(['station'])],
  ['taxi', new Set(['rank'])],
  ['ferry', new Set(['terminal'])],
]);
/** `retypeNamesBeforeSites` acts only on a sentence with one of their first words. */
export const SITE_CUE: RuleCue = { words: [...SITES.keys()] };

/**
 * "the Velk/ORG border post", "at the Harl/PER bus station" -> LOC: a name right before the two words
 * of a crossing or station is the place it serves. Not a listed body, which may run the station
 * ("the Velkom bus station").
 */
export function retypeNamesBeforeSites(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'PER' && span.type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], span);
    if (!SITES.get(tokens[e]?.text)?.has(tokens[e + 1]?.text)) continue;
    if (!(listedPhrase(ctx.gazetteer, tokens, first[k], span.end).bits & BODY_BITS)) span.type = 'LOC';
  }
}

/**
 * Lower-case nouns of sites often named after a person, written after the name ("the Ann Lee stadium");
 * not "bridge", a card game too.
 */
const SITE_NOUNS = new Set(['stadium', 'arena', 'airport', 'dam', 'mine', 'cosmodrome', 'oilfield']);

/**
 * "the Ramón Velka/PER stadium", "its El Tarnte/PER mine" -> LOC: a name read as a person right before
 * the lower-case noun of a site is the site's name, as sites are named after people; a person's name
 * does not stand before such a noun otherwise ("Velka's stadium" has a possessive).
 */
export function retypePeopleBeforeSites(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type === 'PER' && SITE_NOUNS.has(tokens[tokenEnd(tokens, first[k], span)]?.text)) span.type = 'LOC';
  });
}
