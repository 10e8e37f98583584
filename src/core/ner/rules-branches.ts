/**
 * A body's branch in a country or continent, named by the body's name and the place right after it
 * ("Toyota Europe", "BBC Scotland"), and a body's market or office in a town ("Euronext Amsterdam").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, addName, isAcronym, tagTokens, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase, namesListedPlace } from './rules-listed';

const COUNTRY_BIT = bit('country');
const LISTED_ORG_BIT = bit('org');

/** Continents and world regions, which firms name their branches by ("Toyota Europe"); the lists hold countries only. */
export const CONTINENTS = new Set([
  'europe',
  'asia',
  'africa',
  'americas',
  'north america',
  'south america',
  'latin america',
  'middle east',
  'asia pacific',
  'asia-pacific',
  'oceania',
]);

/**
 * "Toyota/ORG Europe/LOC", "Shell/ORG Nigeria/LOC" -> one body: a listed body's name or an acronym
 * followed with nothing between by a country or continent is the body's branch there, as firms and
 * broadcasters name them ("BBC Scotland", "Google UK"). Running text puts a word between a body and a
 * place it is in ("Toyota in Europe", "Shell's Nigeria unit"). Not after a name on no list, which may be
 * a person's read as a body ("Madhav Kumar/ORG Nepal/LOC") or a word of a title ("Liberal Europe").
 */
export function joinBodyBranches(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'ORG' || spans[k + 1].type !== 'LOC') continue;
    const f = first[k + 1];
    if (tokens[f - 1].end !== spans[k].end) continue;
    const body = listedPhrase(gaz, tokens, first[k], spans[k].end);
    const acronym = body.last === first[k] && isAcronym(tokens[first[k]]);
    if ((body.bits & LISTED_ORG_BIT) === 0 && !gaz.isListedBody(body.phrase) && !acronym) continue;
    if (!namesCountryOrContinent(ctx, tokens, f, spans[k + 1]) && !(acronym && namesArea(ctx, tokens, f, spans[k + 1])))
      continue;
    absorbFollowing(spans, first, k);
  }
  for (let k = 0; k < spans.length; k++)
    if (spans[k].type === 'LOC' && namesBranch(ctx, tokens, first[k], spans[k])) spans[k].type = 'ORG';
}

/**
 * "Euronext Amsterdam/LOC", "Velkpeace Tarnia/LOC" -> ORG: one name the tagger read as a place that
 * opens with a listed body's name (of one or two words) and ends in a listed place, a country, a
 * continent or a town, names the body's branch or market there. The whole is no listed place.
 */
function namesBranch(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  const gaz = ctx.gazetteer;
  if (tokens[f].end === span.end || !gaz.mayBeBody(tokens[f].text.toLowerCase())) return false;
  if (namesListedPlace(gaz, tokens, f, span.end)) return false;
  for (let place = f + 1; place <= f + 2 && tokens[place]?.end <= span.end; place++) {
    const body = listedPhrase(gaz, tokens, f, tokens[place - 1].end);
    if (!gaz.isListedBody(body.phrase) && (body.bits & LISTED_ORG_BIT) === 0) continue;
    const rest = listedPhrase(gaz, tokens, place, span.end);
    if (rest.bits & PLACE_BITS || CONTINENTS.has(rest.phrase) || gaz.isListedPlace(rest.phrase)) return true;
  }
  return false;
}

/**
 * Whether a place's name, its first token `f`, is in words only and on no list of towns, countries or
 * regions: the areas public bodies divide into and name their branches by ("NHS Lothian", "HSE Mid
 * West") are too small for the lists, while a listed town or region after a body is more often where
 * its office or reporter is ("VOA Seoul correspondent").
 */
function namesArea(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  for (let i = f; i < tokens.length && tokens[i].end <= span.end; i++)
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text)) return false;
  return !namesListedPlace(ctx.gazetteer, tokens, f, span.end);
}

/** Whether a span, its first token `f`, is a listed country's name or a continent's: a branch's place ("Europe"). */
export function namesCountryOrContinent(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
  return (bits & COUNTRY_BIT) !== 0 || CONTINENTS.has(phrase);
}

/** Words before a union branch's number ("CUPE Local 8125", "Velk Machinists Lodge 751"). */
const BRANCH_WORDS = new Set(['Local', 'Lodge']);
const BRANCH_NUMBER = /^\d{1,5}[A-Z]?$/;

/** `joinUnionLocals` acts only on a sentence with a branch's word in capitals ("local" is no cue). */
export const UNION_LOCAL_CUE: RuleCue = { test: text => BRANCH_WORDS.has(text) };

/**
 * "CUPE/ORG Local 8125", "Teamsters/ORG Local 104" -> one ORG: a union's name right before "Local" or
 * "Lodge" and a number names its branch, as North American unions number them. Also where the tagger
 * took the word in and left the number out, or left out an acronym before it ("president of CUPE
 * Local 8125": the acronym's other mentions make it a body only in the document pass).
 */
export function joinUnionLocals(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i - 1] !== 0 || !BRANCH_WORDS.has(tokens[i].text) || !BRANCH_NUMBER.test(tokens[i + 1].text)) continue;
    if (isAcronym(tokens[i - 1]) && tags[i] === 0 && tags[i + 1] === 0)
      addName(tokens, tags, spans, first, i - 1, i + 2, 'ORG');
  }
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    let e = tokenEnd(tokens, first[k], spans[k]);
    if (BRANCH_WORDS.has(tokens[e]?.text) && e > first[k]) e++;
    else if (!BRANCH_WORDS.has(tokens[e - 1].text) || e - 1 === first[k]) continue;
    if (!BRANCH_NUMBER.test(tokens[e]?.text ?? '') || (k + 1 < spans.length && first[k + 1] <= e)) continue;
    spans[k].end = tokens[e].end;
    tagTokens(tags, first[k], e + 1, 'ORG');
  }
}

/** `joinPlusGroups` acts only on a sentence with a plus sign. */
export const PLUS_CUE: RuleCue = { test: text => text === '+' };

/**
 * "OPEC/ORG+" -> "OPEC+/ORG": a body's name with a plus sign written onto it names the body with the
 * states allied to it, as the cartel's wider group is named.
 */
export function joinPlusGroups(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    const plus = tokens[e];
    if (plus?.text !== '+' || plus.start !== spans[k].end) continue;
    if (tokens[e + 1] && tokens[e + 1].start === plus.end && /^[\p{L}\d]/u.test(tokens[e + 1].text)) continue;
    spans[k].end = plus.end;
  }
}

/** A listed body's acronym of two to five capitals, or such parts joined by a hyphen or "&" ("AFL-CIO"). */
const BODY_ACRONYM = /^\p{Lu}{2,5}(?:[-&]\p{Lu}{2,5})*$/u;

/** `retypePlacesEndingInBodies` acts only on a sentence with a listed body's acronym. */
export const LISTED_ACRONYM_CUE: RuleCue = {
  test: (text, lower, gazetteer) =>
    BODY_ACRONYM.test(text) && ((gazetteer.word(lower) & LISTED_ORG_BIT) !== 0 || gazetteer.isListedBody(lower)),
};

/**
 * "Minnesota AFL-CIO/LOC", "the Southern Velland NAACP/LOC" -> ORG: a name the tagger read as a place
 * whose last word is a listed body's acronym (two to five capitals, or such parts joined by a hyphen)
 * names that body's branch in the place before it. A longer word in capitals is a name written so
 * ("Francisco FRANCO").
 */
export function retypePlacesEndingInBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'LOC') continue;
    const last = tokenEnd(tokens, first[k], spans[k]) - 1;
    if (last === first[k] || !BODY_ACRONYM.test(tokens[last].text)) continue;
    const lower = tokens[last].text.toLowerCase();
    if (ctx.gazetteer.isListedBody(lower) || ctx.gazetteer.word(lower) & LISTED_ORG_BIT) spans[k].type = 'ORG';
  }
}
