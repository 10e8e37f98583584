import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, tokenEnd } from './spanTokens';

/** Last words of a public service named after the areas it serves ("Avon and Somerset Police"). */
const SERVICE_HEADS = new Set(['Police', 'Constabulary', 'Council']);
/** Words before two names that make them two sides, not one service's areas ("between Tarnby and Velby Council"). */
const TWO_SIDES = new Set(['between', 'both']);
/** Most words of the service's name after "and" ("Bath and North East Velby Council"). */
const MAX_SERVICE_WORDS = 4;

/**
 * "Avon/LOC and Tarnby Police/ORG" -> "Avon and Tarnby Police/ORG": a place, "and" and a police force's
 * or a council's name right after it are one body named after the two areas it serves, as British
 * forces and councils are ("Devon and Cornwall Police", "Brighton and Hove City Council"); the tagger
 * reads the first area as a place of its own. Not after "between" or "both", which make them two sides.
 */
export function joinTwoAreaServices(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'LOC' || spans[k + 1].type !== 'ORG') continue;
    const and = tokenEnd(tokens, first[k], spans[k]);
    if (tokens[and]?.text !== 'and' || first[k + 1] !== and + 1 || and - first[k] > 2) continue;
    if (TWO_SIDES.has(tokens[first[k] - 1]?.text.toLowerCase())) continue;
    const end = tokenEnd(tokens, first[k + 1], spans[k + 1]);
    if (end - first[k + 1] > MAX_SERVICE_WORDS || !SERVICE_HEADS.has(tokens[end - 1].text)) continue;
    absorbFollowing(spans, first, k);
    spans[k].type = 'ORG';
  }
}
