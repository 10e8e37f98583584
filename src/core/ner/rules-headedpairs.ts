/**
 * Two bodies named one after the other with "and", each ending in the noun for what it is: the tagger
 * reads the pair as one name, as it learned "Department of Trade and Industry". And the other way: one
 * body named after two people or places, which the tagger reads as two names.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { isBodyHead } from './rules-bodies';
import { isVenueHead } from './rules-heads';
import { listedPhrase } from './rules-listed';
import { capitalised, dropSpan, opensSentenceOrQuote, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';
import { categoryBit } from './gazetteer';

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

/**
 * Words of a body's name or a nationality: a pair named so is two bodies ("the Senate and House
 * Committee", "the Korean and Tarnian Ministry"). A country may name one ("the England and Wales
 * Cricket Board").
 */
const NOT_EPONYM_BITS = categoryBit('orgWord') | categoryBit('org') | categoryBit('demonym');
const GIVEN_BIT = categoryBit('first');
const SURNAME_BIT = categoryBit('last');

/**
 * Whether a lower-cased word may be one of the two a body is named after: no everyday word, body's
 * word, nationality, listed body, or surname that is no given name (a person's, not a body's: "the
 * Harl and Ula Velk Company").
 */
function eponym(ctx: FeatureContext, lower: string): boolean {
  const bits = ctx.gazetteer.word(lower);
  if (bits & NOT_EPONYM_BITS || (bits & SURNAME_BIT && !(bits & GIVEN_BIT))) return false;
  return !ctx.lowerWords.has(lower) && !ctx.gazetteer.isListedBody(lower);
}

/**
 * "the Velby/LOC and Harl Museum/ORG" -> one ORG: "the", one capitalised word (read as a place or a
 * person, or left out), "and", and a body's name of two words or more that ends in its head noun name
 * one body after two people or places ("the Victoria and Albert Museum", "the England and Wales Cricket
 * Board"): the article before the first word is the whole name's. Not a body's word, a nationality, an
 * everyday word, a surname, an acronym or a listed body before "and" ("the Senate and House Committee",
 * "the EU and Velk Council"), nor a second name opening with an everyday word ("Village Council").
 */
export function joinBodiesNamedForPairs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const b = spans[k];
    const i = first[k];
    if (b.type !== 'ORG' || i < 3 || tokens[i - 1].text !== 'and') continue;
    const x = tokens[i - 2];
    const last = tokenEnd(tokens, i, b) - 1;
    if (last === i || !isHead(ctx, tokens, last) || isHead(ctx, tokens, i) || !articleBefore(tokens, i - 3)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(x.text) || !eponym(ctx, x.text.toLowerCase())) continue;
    if (ctx.lowerWords.has(tokens[i].text.toLowerCase())) continue;
    const a = k > 0 && spans[k - 1].end > x.start ? k - 1 : -1;
    if (a >= 0 && (spans[a].start !== x.start || spans[a].end !== x.end || spans[a].type === 'ORG')) continue;
    b.start = x.start;
    first[k] = i - 2;
    if (a >= 0) {
      dropSpan(spans, first, a);
      k--;
    }
  }
}

/** Whether token i is "the", or "The" opening its sentence (after any opening quote). */
function articleBefore(tokens: Token[], i: number): boolean {
  if (tokens[i].text === 'the') return true;
  return tokens[i].text === 'The' && opensSentenceOrQuote(tokens, i);
}
