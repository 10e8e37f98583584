/**
 * Names listed together: "A, B and C" names three things of one kind, so a name read as "B and C"
 * right after "A," is two; and names set side by side with a semicolon or a comma.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { isBodyHead, listedBody, phraseBits } from './rules-bodies';
import { hasToken, isPossessive, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';
import { categoryBit } from './gazetteer';

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
    if (f < 2 || tokens[f - 1].text !== ',') continue;
    // The name before the comma may end in a possessive the rules take in later ("Ben & Jerry 's").
    const endsBefore = (i: number) => i >= 0 && spans[k - 1].end === tokens[i].end;
    if (!endsBefore(f - 2) && !(isPossessive(tokens[f - 2]) && endsBefore(f - 3))) continue;
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

/**
 * "Velkom ; Tarnair/ORG", "the Supreme Court , Ann Velk/ORG" -> two names: no name holds a semicolon,
 * and a comma before a person's name (`personAfterComma`) ending the span sets that person beside the
 * name before it ("the head of the agency, Ann Velk, said"). A comma before other words may be inside a
 * name ("Velkom , Inc.", "Fish , Forestry and Game Ministry").
 */
export function splitAtSeparators(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'MISC') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    for (let i = f + 1; i < e - 1; i++) {
      const text = tokens[i].text;
      if (text === ';' || (text === ',' && personAfterComma(ctx, tokens, i, e))) {
        splitAround(tokens, spans, first, k, i, span.type, text === ';' ? span.type : 'PER');
        break;
      }
    }
  }
}

/**
 * Whether the two or three capitalised words after the comma at `comma`, up to the name's end, are a
 * person's name: they open with a listed given name, or the words before the comma end in a body's
 * head word and they hold none ("the Velk Ministry, Qorma Tarvell").
 */
function personAfterComma(ctx: FeatureContext, tokens: Token[], comma: number, end: number): boolean {
  const from = comma + 1;
  if (end - from < 2 || end - from > 3) return false;
  let headWord = false;
  for (let i = from; i < end; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return false;
    headWord ||= isBodyHead(ctx, tokens, i);
  }
  if (ctx.gazetteer.word(tokens[from].text.toLowerCase()) & GIVEN_NAME_BIT) return true;
  return isBodyHead(ctx, tokens, comma - 1) && !headWord;
}

const GIVEN_NAME_BIT = categoryBit('first');
