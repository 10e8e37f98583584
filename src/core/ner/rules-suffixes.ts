/**
 * Places whose names' endings say what they are, in languages whose names English news keeps: districts,
 * neighbourhoods and roads of Korean cities ("Gangnam-gu", "Myeongji-dong", "Sejong-daero") and streets,
 * squares and bridges of German, Dutch and Swedish towns ("Friedrichstraße", "Kaiser-Joseph-Straße",
 * "Rembrandtplein", "Drottninggatan"). The tagger has seen few of them, and reads one as a person or
 * leaves it out.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, capitalised, splitAround, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';

/**
 * Korean administrative units and roads written after a hyphen: district, neighbourhood, city, county,
 * province, town, township, village; road, boulevard, street.
 */
const KOREAN_UNIT = /^\p{Lu}\p{Ll}{2,}-(?:gu|dong|si|gun|do|eup|myeon|ri|ro|daero|gil)$/u;
/** Words for a street, a square or a bridge ending a one-word name, joined or after a hyphen. */
const STREET_WORDS = 'stra(?:ß|ss)e|platz|allee|gasse|damm|brücke|straat|plein|gracht|laan|gatan|gata|vej';
const STREET_ENDING = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\p{Ll}|-)(?:${STREET_WORDS})$`, 'iu');

/** Whether one token is a place's name by its ending. */
const suffixedPlace = (text: string): boolean => KOREAN_UNIT.test(text) || STREET_ENDING.test(text);

/** `tagSuffixedPlaces` acts only on a sentence with such a word. */
export const SUFFIXED_PLACE_CUE: RuleCue = { test: suffixedPlace };

/**
 * "in Gangnam-gu", "on Friedrichstraße/PER" -> LOC: a word whose ending names a district or a street
 * (`KOREAN_UNIT`, `STREET_ENDING`), left out by the tagger or read as a one-word name of another kind,
 * is that place; so is a longer name that ends in a street's word (`retypeNamedStreets`). Not a Korean
 * word after a capitalised one, which is a person's given name after the family name ("Kim Min-gu").
 */
export function tagSuffixedPlaces(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    if (!suffixedPlace(text)) continue;
    if (KOREAN_UNIT.test(text) && i > 0 && capitalised(tokens[i - 1].text)) continue;
    if (tags[i] === 0) {
      addName(tokens, tags, spans, first, i, i + 1, 'LOC');
      continue;
    }
    const k = first.indexOf(i);
    if (k >= 0 && tokenEnd(tokens, i, spans[k]) === i + 1) spans[k].type = 'LOC';
  }
  retypeNamedStreets(tokens, spans, first);
}

/**
 * "Alte Poststraße/ORG" -> LOC, "Hauptplatz and Herrengasse/ORG" -> two places: a name of more words
 * read as a person or a body whose last word names a street or a square is that street, and two such
 * names joined by "and" are two.
 */
function retypeNamedStreets(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const e = tokenEnd(tokens, first[k], span);
    if ((span.type !== 'ORG' && span.type !== 'PER') || e - first[k] < 2 || !STREET_ENDING.test(tokens[e - 1].text))
      continue;
    span.type = 'LOC';
    for (let i = first[k] + 1; i < e - 1; i++) {
      if (tokens[i].text === 'and' && STREET_ENDING.test(tokens[i - 1].text)) {
        splitAround(tokens, spans, first, k, i, 'LOC', 'LOC');
        k++;
        break;
      }
    }
  }
}
