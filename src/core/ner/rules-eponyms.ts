/**
 * Places and bodies named after people: the tagger reads the person and leaves the rest a name of
 * its own ("Ann Lee/PER International Airport/LOC", "Joss/PER and Ula Harl Foundation/ORG").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { absorbFollowing, tokenEnd } from './spanTokens';

/** Last words of places and bodies often named after a person. */
const EPONYM_HEADS = new Set([
  'airport',
  'university',
  'hospital',
  'center',
  'centre',
  'foundation',
  'institute',
  'college',
  'school',
  'stadium',
  'library',
  'museum',
  'bridge',
  'memorial',
  'prize',
  'award',
]);

/** Names after a person that are places, when the rest was read as a person too; the others are bodies (or MISC for prizes). */
const PLACE_HEADS = new Set(['airport', 'stadium', 'bridge', 'memorial']);

/** How many names right after a person's may make up the rest of the name ("Washington/LOC National Airport/LOC"). */
const MAX_FOLLOWING = 2;

/**
 * "Ann Lee/PER Velk National Airport/LOC" -> one LOC: a person's name followed, with nothing but a
 * space between, by names the last of which ends in the word of a place or body often named after
 * a person (airport, university, hospital, foundation, stadium, prize ...) is that place or body, of
 * the type the rest was read with.
 */
export function joinEponyms(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'PER') continue;
    let j = k;
    while (j + 1 < spans.length && j - k < MAX_FOLLOWING && spans[j + 1].start === spans[j].end + 1) j++;
    // The nearest following name that ends in such a word closes the run.
    let last = k;
    let head = '';
    while (last < j && !EPONYM_HEADS.has(head)) {
      last++;
      head = lastWord(tokens, first[last], spans[last]);
    }
    if (!EPONYM_HEADS.has(head)) continue;
    const readAs = spans[last].type;
    spans[k].type =
      readAs !== 'PER' ? readAs : head === 'prize' || head === 'award' ? 'MISC' : PLACE_HEADS.has(head) ? 'LOC' : 'ORG';
    absorbFollowing(spans, first, k, last - k);
  }
}

const GIVEN_NAME_BIT = bit('first');
const SURNAME_BIT = bit('last');
const ORG_WORD_BIT = bit('orgWord');

/**
 * "Joss/PER and Ula Harl Foundation/ORG" -> one ORG: a given name alone (or a person's one word that is
 * no surname, as a nickname: "Bill"), "and", and a name that opens with a given name and ends in an
 * organisation word name one body after a couple.
 */
export function joinCouplesBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k + 1 < spans.length; k++) {
    const f = first[k];
    // The body may still be read as a person here: its organisation word retypes it later.
    if (spans[k].type !== 'PER' || tokens[f].end !== spans[k].end || spans[k + 1].type === 'LOC') continue;
    if (first[k + 1] !== f + 2 || tokens[f + 1].text !== 'and') continue;
    const given = (i: number) => (gaz.word(tokens[i].text.toLowerCase()) & GIVEN_NAME_BIT) !== 0;
    // The first may be a nickname no list gives ("Bill"), but not a surname ("Harl and Ula Velk Trust").
    if (!given(f + 2) || (!given(f) && gaz.word(tokens[f].text.toLowerCase()) & SURNAME_BIT)) continue;
    const end = tokenEnd(tokens, first[k + 1], spans[k + 1]);
    if (end - first[k + 1] < 3 || (gaz.word(tokens[end - 1].text.toLowerCase()) & ORG_WORD_BIT) === 0) continue;
    spans[k].type = 'ORG';
    absorbFollowing(spans, first, k);
  }
}

function lastWord(tokens: Token[], from: number, span: Span): string {
  return tokens[tokenEnd(tokens, from, span) - 1].text.toLowerCase();
}
