/**
 * Names listed together: "A, B and C" names three things of one kind, so a name read as "B and C"
 * right after "A," is two.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { listedBody, phraseBits } from './rules-bodies';
import { hasToken, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';

/**
 * "Velkom, Tarnair and Harlco/ORG" -> "Tarnair/ORG", "Harlco/ORG": a name with one "and" inside, right
 * after a comma that ends a name of the same type, is the last two items of the list. A listed name
 * with "and" in it stays whole ("..., Harl and Sons", "..., Tarnia and Velland"), and so does a name
 * with "of" before its "and" ("..., Board of Fish and Game").
 */
export function splitListEnds(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 1; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (f < 2 || tokens[f - 1].text !== ',' || spans[k - 1].end !== tokens[f - 2].end) continue;
    if (spans[k - 1].type !== span.type) continue;
    const e = tokenEnd(tokens, f, span);
    const and = soleInnerAnd(tokens, f, e);
    if (and < 0 || listedName(ctx, tokens, f, e) || hasToken(tokens, f, and, 'of')) continue;
    splitAround(tokens, spans, first, k, and, span.type, span.type);
    k++;
  }
}

function listedName(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  return listedBody(ctx, tokens, from, to) || phraseBits(ctx, tokens, from, to) !== 0;
}
