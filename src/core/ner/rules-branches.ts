/**
 * A body's branch in a country or continent, named by the body's name and the place right after it
 * ("Toyota Europe", "BBC Scotland").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, isAcronym } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';

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
    if (
      (body.bits & LISTED_ORG_BIT) === 0 &&
      !gaz.isListedBody(body.phrase) &&
      !(body.last === first[k] && isAcronym(tokens[first[k]]))
    )
      continue;
    if (!namesCountryOrContinent(ctx, tokens, f, spans[k + 1])) continue;
    absorbFollowing(spans, first, k);
  }
}

/** Whether a span, its first token `f`, is a listed country's name or a continent's: a branch's place ("Europe"). */
export function namesCountryOrContinent(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
  return (bits & COUNTRY_BIT) !== 0 || CONTINENTS.has(phrase);
}
