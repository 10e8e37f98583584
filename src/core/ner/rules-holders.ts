/**
 * A body's name run into the name of a person who holds a seat or post in it, with no comma between, as
 * news translated into English often writes it ("Member of the European Parliament Ann Lee"), or a
 * person's name run into the body they work at ("Professor Ann Lee of Velk University").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit } from './gazetteer';
import { BODY_BITS, isBodyHead } from './rules-bodies';
import { listedPhrase } from './rules-listed';
import { capitalised, splitAround, splitAt, tokenEnd } from './spanTokens';

const FIRST_BIT = categoryBit('first');
/** Words of a listed place or body, or a body's head: no person's given name where they are. */
const NOT_A_PERSON_BITS = PLACE_BITS | BODY_BITS | categoryBit('orgWord') | categoryBit('locWord');

/**
 * "the European Parliament Ondra Velkov/ORG" -> "European Parliament/ORG", "Ondra Velkov/PER": a body's
 * name read together with the two to four capitalised words after it is the body and a person, where
 * the body's part, of two words or more, ends in its head noun ("Parliament", "Council") and the rest
 * opens with a listed given name that is no place's or body's word. Not after a place's name, after which
 * a given name is as often a place's or a firm's ("U.S. Abu Ghraib", "Bank of America Merrill Lynch"), nor
 * after a head that opens the name ("Hospital Carlos Velde", named after a person). Kept whole: a listed
 * body, and a body whose name goes on after the given name with its own head noun ("Velk Bank Ann Lee
 * Foundation").
 */
export function splitHoldersFromBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const f = first[k];
    const last = tokenEnd(tokens, f, span) - 1;
    if (last - f < 2) continue;
    const at = holderStart(ctx, tokens, f, last);
    if (at < 0 || gaz.isListedBody(listedPhrase(gaz, tokens, f, span.end).phrase)) continue;
    splitAt(tokens, spans, first, k, at, 'ORG', 'PER');
    k++;
  }
}

/** Where in tokens (f, last] a person's name of two to four words starts after the body's, or -1. */
function holderStart(ctx: FeatureContext, tokens: Token[], f: number, last: number): number {
  const gaz = ctx.gazetteer;
  // The head is not the name's first word: "Hospital Carlos Velde" is named after a person.
  for (let at = Math.max(f + 2, last - 3); at < last; at++) {
    const bits = gaz.word(tokens[at].text.toLowerCase());
    if (!(bits & FIRST_BIT) || bits & NOT_A_PERSON_BITS || !/^\p{Lu}\p{Ll}/u.test(tokens[at].text)) continue;
    if (!isBodyHead(ctx, tokens, at - 1)) continue;
    let rest = at + 1;
    while (rest <= last && capitalised(tokens[rest].text) && !isBodyHead(ctx, tokens, rest)) rest++;
    if (rest > last) return at;
  }
  return -1;
}

/**
 * "Naoko Velkov of Tarnby University/ORG" -> "Naoko Velkov/PER", "Tarnby University/ORG": a body's name
 * that opens with a listed given name (no place's or body's word) and one or two more capitalised words
 * of neither kind, then "of" (and "the") and a name ending in a body's head noun, is a person and the
 * body they work at, as news names its experts. Not where a head noun comes before "of" ("Ludwig Velk
 * University of Tarnby" is named after a person), nor a listed body. A name after "of" with no head noun
 * (a team, a country) is `splitPeopleFromTheirOf`'s.
 */
export function splitMembersOfBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  const personWord = (i: number) =>
    /^\p{Lu}\p{Ll}/u.test(tokens[i].text) &&
    !isBodyHead(ctx, tokens, i) &&
    (gaz.word(tokens[i].text.toLowerCase()) & NOT_A_PERSON_BITS) === 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const f = first[k];
    const last = tokenEnd(tokens, f, span) - 1;
    if (last - f < 3 || !(gaz.word(tokens[f].text.toLowerCase()) & FIRST_BIT) || !personWord(f)) continue;
    let of = f + 1;
    while (of < f + 3 && of < last && personWord(of)) of++;
    if (of === f + 1 || tokens[of].text !== 'of' || !isBodyHead(ctx, tokens, last)) continue;
    const body = tokens[of + 1].text === 'the' ? of + 2 : of + 1;
    if (body > last || gaz.isListedBody(listedPhrase(gaz, tokens, f, span.end).phrase)) continue;
    splitAround(tokens, spans, first, k, of, 'PER', 'ORG');
    spans[k + 1].start = tokens[body].start;
    first[k + 1] = body;
    k++;
  }
}
