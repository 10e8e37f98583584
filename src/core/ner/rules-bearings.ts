/**
 * A rule that reads a name as a place from the words that locate it, whatever list holds it: its
 * bearing from another place ("Alvik, south of Tarnby"). News names many small places no list holds,
 * and the tagger reads an unknown one-word name as a body or a person about as often as a place.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { readsAsBody } from './rules-listed';
import type { RuleCue } from './ruleCues';

/** Bearings of one place from another ("south of Tarnby"). */
const BEARINGS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

/** `retypePlacesByBearing` acts only on a sentence with a bearing. */
export const BEARING_CUE: RuleCue = { words: BEARINGS };

/** Words of a distance between the comma and the bearing ("about 40 km south of"). */
const DISTANCE_WORDS = new Set([
  'about',
  'some',
  'roughly',
  'nearly',
  'just',
  'km',
  'kilometres',
  'kilometers',
  'miles',
]);

/** Lower-case nouns of a place the bearing may be taken from ("south of the capital"). */
const REFERENCE_PLACES = new Set(['capital', 'city', 'town', 'border', 'village', 'port']);

/**
 * "ferries bound for Alvik/ORG, south of Tarnby" -> LOC: a name read as a person or a body, then a
 * comma, a distance or none, a bearing and "of" a place, is a place: that is how news locates a town
 * its readers do not know. Not a name that reads as a body ("Velk Bank, south of Tarnby" may be a branch).
 */
export function retypePlacesByBearing(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'PER' && span.type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], span);
    if (tokens[e]?.text !== ',') continue;
    let i = e + 1;
    while (i < tokens.length && i - e <= 3 && (DISTANCE_WORDS.has(tokens[i].text) || /^\d/.test(tokens[i].text))) i++;
    if (!BEARINGS.has(tokens[i]?.text) || tokens[i + 1]?.text !== 'of') continue;
    const from = i + 2;
    const next = spans[k + 1];
    const placed =
      (next?.type === 'LOC' && first[k + 1] === from) ||
      (tokens[from]?.text === 'the' && REFERENCE_PLACES.has(tokens[from + 1]?.text));
    if (placed && (span.type === 'PER' || !readsAsBody(ctx, tokens, first[k], span))) span.type = 'LOC';
  }
}
