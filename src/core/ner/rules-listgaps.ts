/**
 * Names the tagger left out or read as people inside a list of places. Romanised names with an
 * apostrophe inside ("Ha'atafu", "Vava'u") look to the tagger like no word it learned, and a small
 * town's name like a surname ("Bewdley"); it may tag the names on either side of one and miss it.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, categoryBit } from './gazetteer';
import { addName, capitalised, tokenEnd } from './spanTokens';

/** Lists' links between two of their names. */
const LINKS = new Set([',', 'and', 'or']);
/** Lists of categories that make a capitalised word no place: a month or weekday, a title. */
const NOT_PLACE_BITS = categoryBit('calendar') | categoryBit('title');
/** A word of a place's name: capitalised letters, maybe with an apostrophe or hyphen inside. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*$/u;

/**
 * "Kolovai/LOC, Ha'atafu and Houma/LOC" -> three places: one to three capitalised words left untagged
 * between two places of a list, with a list's link on either side ("," "and" "or", ", and"), are a
 * place named in the list. Not a word written in lower case most of the time, a month or a title.
 */
export function tagPlacesBetweenPlaces(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'LOC' || spans[k + 1].type !== 'LOC') continue;
    const s = tokenEnd(tokens, first[k], spans[k]) + 1;
    if (!LINKS.has(tokens[s - 1].text)) continue;
    let e = s;
    while (e < s + 3 && e < first[k + 1] && tags[e] === 0 && placeWord(ctx, tokens[e].text)) e++;
    if (e === s) continue;
    const link = tokens[e]?.text === ',' && tokens[e + 1]?.text === 'and' ? e + 1 : e;
    if (!LINKS.has(tokens[link].text) || first[k + 1] !== link + 1) continue;
    addName(tokens, tags, spans, first, s, e, 'LOC');
    k++;
  }
}

function placeWord(ctx: FeatureContext, text: string): boolean {
  if (!capitalised(text) || !NAME_WORD.test(text)) return false;
  const lower = text.toLowerCase();
  return !ctx.lowerWords.has(lower) && (ctx.gazetteer.word(lower) & NOT_PLACE_BITS) === 0;
}

/**
 * "Shrewsbury/LOC , Bewdley/PER , Tewkesbury/LOC" -> "Bewdley/LOC": one word read as a person between
 * two places of a list, with a list's link on either side, is a place named in the list. Not a given
 * name or a name the lists hold for a person ("Tarnby, Joss and Velby" may name a man among places).
 */
export function retypePeopleBetweenPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 1; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'PER' || spans[k - 1].type !== 'LOC' || spans[k + 1].type !== 'LOC') continue;
    const f = first[k];
    if (tokens[f].end !== spans[k].end || !LINKS.has(tokens[f - 1].text) || !LINKS.has(tokens[f + 1].text)) continue;
    if (tokens[f - 2].end !== spans[k - 1].end || first[k + 1] !== f + 2) continue;
    if (ctx.gazetteer.word(tokens[f].text.toLowerCase()) & PERSON_NAME_BITS) continue;
    spans[k].type = 'LOC';
  }
}
