/**
 * Names written in title case, prepositions and all: "Reporters Without Borders", "Citizens Against
 * Velby Dams". Their words are everyday nouns, which the tagger leaves untagged; a capitalised
 * "Without" or "Against" between capitalised words says the run is one name, most often a group's.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, isNameWord, spansWithin } from './spanTokens';

/** Prepositions a title-case name capitalises that a sentence never does. Not "For", "With", "In": titles of works use them ("Ask For It"). */
const TITLE_CASE_PREPOSITIONS = new Set(['Without', 'Against']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * "Reporters Without Borders" (untagged) -> ORG: capitalised untagged words, a capitalised "Without" or
 * "Against", an optional "the", and capitalised untagged words again are a body's name. Not in quotes:
 * a quoted title-case run is a work's title ("“World Without Velby”").
 */
export function tagTitleCaseBodies(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  const n = tokens.length;
  const free = (i: number) => i >= 0 && i < n && tags[i] === 0 && isNameWord(tokens[i]);
  for (let p = 1; p + 1 < n; p++) {
    if (!TITLE_CASE_PREPOSITIONS.has(tokens[p].text) || tags[p] !== 0 || !free(p - 1)) continue;
    let s = p - 1;
    while (free(s - 1)) s--;
    let e = tokens[p + 1].text === 'the' ? p + 2 : p + 1;
    if (!free(e)) continue;
    while (free(e)) e++;
    if ((s > 0 && QUOTES.has(tokens[s - 1].text)) || (e < n && QUOTES.has(tokens[e].text))) continue;
    if (tokens[s].text === 'The') s++; // a sentence's "The"; in mid-sentence, `includeLeadingThe` decides
    if (s === p) continue;
    // A rule before may have found the name, or part of it ("the band Rage Against ..."): that reading stands.
    const inside = spansWithin(spans, tokens[s].start, tokens[e - 1].end);
    if (!inside || inside[0] < inside[1]) continue;
    addName(tokens, tags, spans, first, s, e, 'ORG');
    p = e;
  }
}
