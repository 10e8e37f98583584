/**
 * Two bodies named one after the other with "and", each ending in the noun for what it is: the tagger
 * reads the pair as one name, as it learned "Department of Trade and Industry".
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { isBodyHead } from './rules-bodies';
import { isVenueHead } from './rules-heads';
import { listedPhrase } from './rules-listed';
import { capitalised, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';

/**
 * "Velden University Medical Center and Tarnfield Eye Hospital/ORG" -> two bodies: a body's name with
 * one "and" in it, where the words before the "and" and at the name's end are each a body's or an
 * institution's head noun ("University", "Bank", "Center", "Hospital") and each side has two words or
 * more, is two bodies. Kept whole: a listed body, and a second part that opens with an everyday word, as
 * one body's second half does ("Harl Savings Bank and Trust Company", "Velby Children's Hospital and
 * Medical Center", "Tarnby Museum and Art Gallery").
 */
export function splitHeadedPairs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const f = first[k];
    const last = tokenEnd(tokens, f, span) - 1;
    const and = soleInnerAnd(tokens, f, last + 1);
    if (and < f + 2 || and + 2 > last) continue;
    if (!isHead(ctx, tokens, and - 1) || !isHead(ctx, tokens, last)) continue;
    const opening = tokens[and + 1].text;
    if (!capitalised(opening) || ctx.lowerWords.has(opening.toLowerCase()) || isHead(ctx, tokens, and + 1)) continue;
    if (ctx.gazetteer.isListedBody(listedPhrase(ctx.gazetteer, tokens, f, span.end).phrase)) continue;
    splitAround(tokens, spans, first, k, and, 'ORG', 'ORG');
    k++;
  }
}

function isHead(ctx: FeatureContext, tokens: Token[], i: number): boolean {
  return isBodyHead(ctx, tokens, i) || isVenueHead(tokens[i].text);
}
