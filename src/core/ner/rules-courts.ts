/**
 * Courts named with the district or circuit they serve, as American federal courts are: "the U.S.
 * District Court for the Northern District of Ohio", "the Court of Appeals for the Ninth Circuit", "the
 * Bankruptcy Court for the District of Delaware". The tagger ends the court at "Court" or "Appeals" and
 * reads what follows as a place or a second body.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { capitalised, dropSpans, spansWithin, tokenEnd } from './spanTokens';

/** Last words of a court's name before the district it serves. */
const COURT_ENDS = new Set(['Court', 'Appeals']);
/** Words of what a court serves: "the Southern District of New York", "the Federal Circuit". */
const SERVED = new Set(['District', 'Circuit']);
/** Most words in the name of what a court serves ("Eastern District of North Carolina" is five). */
const MOST_SERVED_WORDS = 7;

/**
 * "the U.S. District Court/ORG for the Northern District of Ohio/LOC" -> one ORG: a body whose name
 * ends in "Court" or "Appeals", then "for the" and capitalised words (with "of" between them) that hold
 * "District" or "Circuit", is one court. Names inside the district's words are taken into it; one
 * running on past them is left as read.
 */
export function joinCourtsToTheirDistricts(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    if (!COURT_ENDS.has(tokens[e - 1].text) || tokens[e]?.text !== 'for' || tokens[e + 1]?.text !== 'the') continue;
    const from = e + 2;
    let to = from;
    let served = false;
    while (to < from + MOST_SERVED_WORDS && to < tokens.length) {
      const text = tokens[to].text;
      if (capitalised(text)) served ||= SERVED.has(text);
      else if (text !== 'of' || !capitalised(tokens[to + 1]?.text ?? '')) break;
      to++;
    }
    if (!served || capitalised(tokens[to]?.text ?? '')) continue;
    const inside = spansWithin(spans, tokens[from].start, tokens[to - 1].end);
    if (inside === undefined) continue;
    spans[k].end = tokens[to - 1].end;
    dropSpans(spans, first, inside);
  }
}
