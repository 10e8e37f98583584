import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, tokenEnd } from './spanTokens';

// Rules on a body's name that goes on to name the state or the larger body it belongs to, as
// translated names of institutions do ("Court of Justice of the State of São Paulo").

/** Words for a state or its part, written after "of the" in a translated institution's name. */
const STATE_WORDS = new Set([
  ...['State', 'Republic', 'Kingdom', 'Federation', 'Province', 'Region', 'City', 'Municipality'],
  ...['Commonwealth', 'Canton', 'Principality', 'Emirate', 'Sultanate'],
]);

/** Last words of a unit of a larger body ("Internal Affairs Division of the Military Police"). */
const UNIT_WORDS = new Set([
  ...['division', 'department', 'directorate', 'office', 'unit', 'command', 'secretariat', 'bureau'],
  ...['committee', 'commission', 'chamber', 'section', 'branch', 'inspectorate', 'prosecutor'],
]);

/**
 * "Court of Justice/ORG of the State of Tarnia/LOC" -> one ORG, "Internal Affairs Division/ORG of the
 * Military Police/ORG" -> one ORG: a body's name goes on over "of the" and the state whose body it is
 * ("of the State of", "of the Republic of" and a name), or over "of the" and the larger body when it
 * names a unit (a division, directorate, committee, chamber ...). Translated copy names institutions
 * so; the tagger cuts them at "of the".
 */
export function joinParentsOfBodies(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    if (tokens[e]?.text !== 'of' || tokens[e + 1]?.text !== 'the') continue;
    const next = spans[k + 1];
    const f = first[k + 1];
    const state =
      next.type !== 'PER' &&
      ((STATE_WORDS.has(tokens[e + 2]?.text) && tokens[e + 3]?.text === 'of' && f === e + 4) ||
        (f === e + 2 && STATE_WORDS.has(tokens[f].text) && tokens[f + 1]?.text === 'of'));
    const unit = next.type === 'ORG' && f === e + 2 && UNIT_WORDS.has(tokens[e - 1].text.toLowerCase());
    if (!state && !unit) continue;
    absorbFollowing(spans, first, k);
    k--;
  }
}
