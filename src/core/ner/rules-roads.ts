import { Token } from '../text/tokenize';
import { Span } from '../types';
import { addName, dropSpans, spansWithin } from './spanTokens';
import type { RuleCue } from './ruleCues';

/** Words that name a road with its number after them ("Highway 5", "Interstate 95", "Route 66"). */
const ROAD_WORDS = new Set(['Highway', 'Interstate', 'Route', 'Motorway', 'Autobahn', 'Expressway', 'Freeway']);
/** `tagNumberedRoads` acts only on a sentence with a road's word. */
export const ROAD_CUE: RuleCue = { words: ROAD_WORDS };
/** Words before a road's word that belong to its name ("State Route 9", "U.S. Highway 1"). */
const ROAD_OWNERS = new Set(['State', 'U.S.', 'US', 'County', 'National', 'Federal']);
/** A road's number: digits, perhaps with a letter ("5", "401", "35E"). */
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;

/**
 * "Highway/O 5/O", "State Route/LOC 267/O" -> "State Route 267/LOC": a road named by its word and its
 * number is a place, which the tagger leaves out (it reads numbers as no part of names) or cuts. Not
 * inside a longer name that holds it ("Highway 5 Bridge Authority").
 */
export function tagNumberedRoads(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ROAD_WORDS.has(tokens[i].text) || !ROAD_NUMBER.test(tokens[i + 1].text)) continue;
    if (tokens[i].end + 1 !== tokens[i + 1].start) continue;
    const from = i > 0 && ROAD_OWNERS.has(tokens[i - 1].text) ? i - 1 : i;
    const inside = spansWithin(spans, tokens[from].start, tokens[i + 1].end);
    if (!inside) continue;
    dropSpans(spans, first, inside);
    addName(tokens, tags, spans, first, from, i + 2, 'LOC');
  }
}
