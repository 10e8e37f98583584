/**
 * A wire story's dateline: the town in capitals, perhaps the date, then the agency in brackets and a
 * dash ("TARNBY, May 3 (Velkpress) - ...").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { spansWithin } from './spanTokens';

const DASHES = new Set(['-', '--', '–', '—']);
/** How far into the sentence the agency's bracket may open: a town of a few words, a comma and a date. */
const LAST_OPENING = 8;

/**
 * "TARNBY (Velkpress) -": the one or two capitalised words in brackets between a dateline's town in
 * capitals and the dash are the news agency, a body, whatever the tagger made of them (it read
 * agencies it never saw as places or left them out).
 */
export function tagDatelineAgencies(tokens: Token[], spans: Span[], first: number[]): void {
  if (tokens.length < 5 || !townInCapitals(tokens[0].text)) return;
  for (let open = 1; open <= LAST_OPENING && open + 3 < tokens.length; open++) {
    if (tokens[open].text !== '(') continue;
    const close = tokens[open + 2].text === ')' ? open + 2 : tokens[open + 3].text === ')' ? open + 3 : -1;
    if (close < 0 || close + 1 >= tokens.length || !DASHES.has(tokens[close + 1].text)) return;
    for (let i = open + 1; i < close; i++) if (!/^\p{Lu}/u.test(tokens[i].text)) return;
    const start = tokens[open + 1].start;
    const end = tokens[close - 1].end;
    const within = spansWithin(spans, start, end);
    if (!within) return;
    const [k, j] = within;
    spans.splice(k, j - k, { start, end, type: 'ORG' });
    first.splice(k, j - k, open + 1);
    return;
  }
}

/** A word of two or more capital letters and no small ones ("TARNBY", "NEW"). */
function townInCapitals(word: string): boolean {
  return word.length >= 2 && /^\p{Lu}[\p{Lu}.'-]*$/u.test(word);
}
