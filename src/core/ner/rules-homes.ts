/**
 * Where a person lives, as news writes it after their age: "Ann Velk, 31, of Harlby", "a man, 45, from
 * Tarnby". Court and crime reports name people so; the name after "of" or "from" there is a town or a
 * suburb, which the tagger may read as a second person or leave out.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { isBodyHeadWord, listedBody } from './rules-bodies';
import { namesListedPlaceOrTown } from './rules-listed';
import { addName, tokenEnd } from './spanTokens';

const AGE = /^\d{1,3}$/;

/** Whether a comma, an age and a comma stand from token `i` (", 31 ,"), as news gives a person's age. */
function ageAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === ',' && AGE.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ',';
}
/** A capitalised word of a town's name ("Logan", "Batu", "Kawan"). */
const TOWN_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** Most words of a home town's name the tagger left out. */
const MOST_TOWN_WORDS = 3;

/**
 * "Ann Velk/PER , 31 , of Harlby/PER" -> "Harlby/LOC": a name read as a person or a thing right after
 * a person's name, a comma, an age, a comma and "of" or "from" is where the person lives; so are one to
 * three capitalised words left untagged there, when no body's word is among them ("of Harlby
 * Engineering" names an employer). A name read as a body is left as read.
 */
export function retypeHomesAfterAges(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'PER') continue;
    const i = tokenEnd(tokens, first[k], spans[k]);
    if (!ageAt(tokens, i)) continue;
    const from = i + 4;
    if ((tokens[i + 3]?.text !== 'of' && tokens[i + 3]?.text !== 'from') || from >= tokens.length) continue;
    const next = spans[k + 1];
    if (next && first[k + 1] === from) {
      if (next.type === 'PER' || next.type === 'MISC') next.type = 'LOC';
      continue;
    }
    // The words end before a name that follows ("of Harlby, Velmark").
    const bound = next ? first[k + 1] : tokens.length;
    const last = Math.min(from + MOST_TOWN_WORDS, bound);
    let to = from;
    while (to < last && TOWN_WORD.test(tokens[to].text)) {
      if (isBodyHeadWord(tokens[to].text, tokens[to].text.toLowerCase(), ctx.gazetteer)) break;
      to++;
    }
    if (to === from || (to < bound && TOWN_WORD.test(tokens[to].text)) || tags[from] !== 0) continue;
    addName(tokens, tags, spans, first, from, to, 'LOC');
    k++;
  }
}

/**
 * "Ann de Velk/ORG , 23 , drowned" -> PER: a name right before a comma, an age and a comma is a person's,
 * as news gives an age only after one ("Ann Velk, 31, of Harlby"). Not a listed place, town or body.
 */
export function retypeNamesBeforeAges(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type === 'PER') continue;
    const i = tokenEnd(tokens, first[k], spans[k]);
    if (!ageAt(tokens, i)) continue;
    if (namesListedPlaceOrTown(ctx.gazetteer, tokens, first[k], spans[k].end)) continue;
    if (listedBody(ctx, tokens, first[k], i)) continue;
    spans[k].type = 'PER';
  }
}
