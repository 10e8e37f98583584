/**
 * Bodies named by their remits joined with "and" ("Trade and Industry Committee", "Culture, Media and
 * Sport Committee"), which the tagger starts after the "and", or reads as two bodies.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, tokenEnd } from './spanTokens';
import { listedPhrase } from './rules-listed';
import { FeatureContext } from './features';
import { categoryBit as bit, PLACE_BITS } from './gazetteer';
import { ordinary } from './rules-national';
import { STATE_OPENERS } from './rules-bodies';

const HEAD_BITS = bit('orgWord') | bit('country');
const PLACE_OR_NATION = PLACE_BITS | bit('demonym');

/**
 * "Employment and Labour Relations Court/ORG", "Culture, Media and Sport Committee/ORG" -> the whole:
 * everyday words in capitals that the tagger left untagged before "and" (or "&") right before a body's
 * name opening with another, or before a comma right before a body's name that opens with such a pair
 * ("Media and Sport"), and more such words before them with commas, name the body's remits with it,
 * with the state's word that opens them ("Federal Trade and ..."),
 * when the body's name ends in a body's head word or a country's name ("Environment and Climate Change
 * Canada"). Not a nation's body after "and" ("Government and African Union"), nor an acronym before it.
 */
export function takeInRemitsBeforeAnd(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'ORG' || f < 2) continue;
    const before = tokens[f - 1].text;
    const afterAnd = before === 'and' || before === '&';
    if (!afterAnd && !(before === ',' && tokens[f + 1]?.text === 'and')) continue;
    // A remit opens the body's name too ("Labour Relations Court"), not a nation's ("African Union").
    if (!remit(ctx, tokens[f])) continue;
    const last = tokenEnd(tokens, f, spans[k]) - 1;
    if ((ctx.gazetteer.word(tokens[last].text.toLowerCase()) & HEAD_BITS) === 0) continue;
    const previousEnd = k > 0 ? spans[k - 1].end : -1;
    const untagged = (i: number) => i >= 0 && tokens[i].start >= previousEnd && remit(ctx, tokens[i]);
    let from = f;
    if (afterAnd && untagged(f - 2)) from = f - 2;
    while (tokens[from - 1]?.text === ',' && untagged(from - 2)) from -= 2;
    // A state's agency opens with its word for the state ("Federal Trade and Competition Tribunal").
    if (from < f && STATE_OPENERS.has(tokens[from - 1]?.text) && tokens[from - 1].start >= previousEnd) from--;
    spans[k].start = tokens[from].start;
    first[k] = from;
  }
}

/** An everyday word in capitals that may name a remit ("Trade", "Culture"): no name of the lists, no acronym ("LATAM"). */
function remit(ctx: FeatureContext, token: Token): boolean {
  return ordinary(ctx, token) && token.text !== token.text.toUpperCase();
}

/**
 * "European Border/ORG and Coast Guard Agency/ORG", "U.S. Chemical Safety/ORG and Hazard Investigation
 * Board/ORG" -> one body: a body's name read as two at its "and", where the first part is remits that
 * name no body on their own (everyday words in capitals, after a place's or nation's word that opens it)
 * and the second, opening with a remit, ends in a body's head word. Not two bodies each named whole
 * ("Velland Ports Authority and Fishing Council": the first ends in a head word or a country), nor a
 * firm's own name before the "and" ("Qantas, Jetstar and Virgin Australia": no everyday word).
 */
export function joinRemitsReadAsTwoBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 1; k < spans.length; k++) {
    const f = first[k];
    const a = spans[k - 1];
    const b = spans[k];
    if (a.type !== 'ORG' || b.type !== 'ORG' || f < 2 || tokens[f - 1].text !== 'and') continue;
    if (tokens[f - 2].end !== a.end || !remit(ctx, tokens[f])) continue;
    const lower = (i: number) => tokens[i].text.toLowerCase();
    if ((ctx.gazetteer.word(lower(tokenEnd(tokens, f, b) - 1)) & HEAD_BITS) === 0) continue;
    if ((ctx.gazetteer.word(lower(f - 2)) & HEAD_BITS) !== 0) continue;
    // The first part: remits only, after at most one word of a place or nation ("U.S.", "European").
    const opener = tokens[first[k - 1]];
    const placeWord = (ctx.gazetteer.word(opener.text.toLowerCase()) & PLACE_OR_NATION) !== 0;
    if (!everyday(ctx, opener) && (!placeWord || first[k - 1] === f - 2)) continue;
    let i = first[k - 1] + 1;
    while (i < f - 1 && everyday(ctx, tokens[i])) i++;
    if (i !== f - 1 || ctx.gazetteer.isListedBody(listedPhrase(ctx.gazetteer, tokens, first[k - 1], a.end).phrase))
      continue;
    absorbFollowing(spans, first, k - 1);
    k--;
  }
}

/** A word in capitals written mostly in lower case ("Border", "Safety"): no firm's own name ("PepsiCo"). */
function everyday(ctx: FeatureContext, token: Token): boolean {
  return remit(ctx, token) && ctx.lowerWords.has(token.text.toLowerCase());
}
