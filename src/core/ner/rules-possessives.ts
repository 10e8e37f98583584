/**
 * Names around a possessive: a listed name with one inside ("Hawke's Bay"), which the tagger cuts at it,
 * two countries read as one name before one ("making Tarnia Velland's largest partner"), and an owner's
 * possessive before another name, which is no part of the owner's ("Velkom's Tarnian unit").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { capitalised, isPossessive, replaceWithName, splitAt, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit } from './gazetteer';
import { NATION_BITS, listedPhrase } from './rules-listed';
import { BODY_BITS } from './rules-bodies';

const COUNTRY_BIT = categoryBit('country');

/** Most words of a listed name after its possessive ("Cox's Bazar International University"). */
const MAX_WORDS_AFTER = 3;

/**
 * "Cox/PER 's Bazar/LOC", "in Velk's Harbour/PER" -> "Cox's Bazar/LOC", "Velk's Harbour/LOC": a possessive
 * between two capitalised words is inside one name when the words around it make a listed place
 * ("Hawke's Bay") or body ("Queen's University"), whatever the tagger read on either side of it. The
 * longest such name wins; a name the tagger read across its edges keeps its reading.
 */
export function joinListedPossessiveNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let p = 1; p + 1 < tokens.length; p++) {
    if (!isPossessive(tokens[p]) || tokens[p - 1].end !== tokens[p].start) continue;
    if (!capitalised(tokens[p - 1].text) || !capitalised(tokens[p + 1].text)) continue;
    for (let e = Math.min(tokens.length, p + 1 + MAX_WORDS_AFTER); e > p + 1; e--) {
      if (!capitalised(tokens[e - 1].text)) continue;
      const { bits, phrase } = listedPhrase(gaz, tokens, p - 1, tokens[e - 1].end);
      const type =
        bits & PLACE_BITS || gaz.isListedPlace(phrase)
          ? 'LOC'
          : bits & BODY_BITS || gaz.isListedBody(phrase)
            ? 'ORG'
            : undefined;
      if (type && replaceWithName(tokens, tags, spans, first, p - 1, e, type)) {
        p = e - 1;
        break;
      }
    }
  }
}

/**
 * "making Velland Tarnia/ORG 's largest partner" -> "Velland/LOC", "Tarnia/LOC": a name read whole before
 * a possessive, made of two listed countries or regions, is two places: the one the sentence says
 * something of, and the country whose it is. Not a name listed whole ("Guinea Bissau"). (A body before
 * the country is its branch there, "Velkom Tarnia's chief": `joinBodyBranches`.)
 */
export function splitNationsBeforeCountriesPossessives(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    const e = tokenEnd(tokens, f, spans[k]);
    if (e - f < 2 || e - f > 4 || e >= tokens.length || !isPossessive(tokens[e])) continue;
    const whole = listedPhrase(gaz, tokens, f, spans[k].end);
    if (whole.bits !== 0 || gaz.isListedPlace(whole.phrase) || gaz.isListedBody(whole.phrase)) continue;
    for (let at = f + 1; at < e; at++) {
      if (!(listedPhrase(gaz, tokens, at, spans[k].end).bits & COUNTRY_BIT)) continue;
      if (!(listedPhrase(gaz, tokens, f, tokens[at - 1].end).bits & NATION_BITS)) continue;
      splitAt(tokens, spans, first, k, at, 'LOC', 'LOC');
      k++;
      break;
    }
  }
}

/**
 * "over Velkom 's/ORG Tarnian distribution arm" -> "Velkom/ORG": a name read with a possessive at its end
 * right before a capitalised word (a nationality, another name) owns what follows; the possessive is no
 * part of it. A shop's name keeps its possessive where no noun follows ("at Harl's ,").
 */
export function dropPossessivesBeforeNames(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const end = tokenEnd(tokens, first[k], spans[k]);
    const last = end - 1;
    if (last <= first[k] || !isPossessive(tokens[last]) || end >= tokens.length) continue;
    if (capitalised(tokens[end].text)) spans[k].end = tokens[last - 1].end;
  }
}
