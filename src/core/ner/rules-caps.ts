import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { GAZ_CATEGORIES, categoryBit as bit } from './gazetteer';

/**
 * Rules for lines written all in capitals (headlines, section titles), where capitalisation no
 * longer tells names from ordinary words.
 */

/** Any list bit: a name part, a designator (UNITED, LEAGUE, OPEN), a place or calendar word. */
const ANY_LIST_BITS = (1 << GAZ_CATEGORIES.length) - 1;

/** True when the sentence has at least three words of letters and none has a lower-case letter. */
export function allCaps(tokens: Token[]): boolean {
  let words = 0;
  for (const tok of tokens) {
    const text = tok.text;
    let upper = false;
    let other = false; // a letter outside ASCII: tested with the case mappings
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) upper = true;
      else if (c > 127) other = true;
    }
    if (other && text.toUpperCase() !== text) return false;
    if (upper || (other && text.toLowerCase() !== text)) words++;
  }
  return words >= 3;
}

/** Words that end names on their own: listed places, surnames, well-known names. */
const FIRST_BIT = bit('first');
const NAME_END_BITS =
  bit('country') | bit('city') | bit('region') | bit('last') | bit('person') | bit('org') | bit('team');

/**
 * "CUNNINGHAM RETIRES", "TARNIA SCRAPE PAST": in an all-capitals line, words on no list after a
 * listed place or surname (not a given name) are the headline's verb, not part of the name.
 */
export function trimCapsVerbs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    const l = tokenEnd(tokens, f, spans[k]) - 1;
    let cut = l;
    while (cut > f && (gaz.word(tokens[cut].text.toLowerCase()) & ANY_LIST_BITS) === 0) cut--;
    if (cut === l) continue;
    const bits = gaz.word(tokens[cut].text.toLowerCase());
    if ((bits & NAME_END_BITS) === 0 || (bits & FIRST_BIT) !== 0) continue;
    spans[k].end = tokens[cut].end;
  }
}
