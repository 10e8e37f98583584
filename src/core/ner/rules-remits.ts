/**
 * Bodies named by their remits joined with "and" ("Trade and Industry Committee", "Culture, Media and
 * Sport Committee"), which the tagger starts after the "and".
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { ordinary } from './rules-national';

const HEAD_BITS = bit('orgWord') | bit('country');

/**
 * "Employment and Labour Relations Court/ORG", "Culture, Media and Sport Committee/ORG" -> the whole:
 * everyday words in capitals that the tagger left untagged before "and" (or "&") right before a body's
 * name opening with another, or before a comma right before a body's name that opens with such a pair
 * ("Media and Sport"), and more such words before them with commas, name the body's remits with it,
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
    spans[k].start = tokens[from].start;
    first[k] = from;
  }
}

/** An everyday word in capitals that may name a remit ("Trade", "Culture"): no name of the lists, no acronym ("LATAM"). */
function remit(ctx: FeatureContext, token: Token): boolean {
  return ordinary(ctx, token) && token.text !== token.text.toUpperCase();
}
