/**
 * Towns named with the river or hills they lie on: "Frankfurt am Main", "Freiburg im Breisgau", "Halle
 * an der Saale", "Rothenburg ob der Tauber", "Alphen aan den Rijn". German and Dutch names keep their
 * own small words in English copy; the tagger, which has seen them rarely, reads the town and the river
 * as two names or leaves the river out. (English "upon" is left out: "pressure from Velland upon Tarnia"
 * is two places.)
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import type { RuleCue } from './ruleCues';
import { capitalised, tokenEnd } from './spanTokens';

/** The words between a town and its river or hills, by their first word. */
const CONNECTORS = new Map<string, ReadonlySet<string>>([
  ['am', new Set([''])],
  ['im', new Set([''])],
  ['an', new Set(['der', 'den'])],
  ['ob', new Set(['der'])],
  ['aan', new Set(['de', 'den', 'het'])],
]);
/**
 * `joinTownsOnRivers` acts only on a sentence with a connector's word that no English sentence is full of
 * ("an" alone would let nearly every sentence through; "an der" holds "der").
 */
export const RIVERSIDE_CUE: RuleCue = { words: ['am', 'im', 'der', 'den', 'aan'] };

/**
 * "Halle/LOC an der Saale", "Mülheim/PER an der Ruhr/PER", "Kronberg/LOC im Taunus/ORG" -> one place:
 * a name, the connecting words and the capitalised word after them (read as a name or left out) are
 * the town's name, whatever the tagger read ("Freiburg/MISC im Breisgau"). Not where a name holding the
 * river's word runs on past it ("Frankfurt am Main Airport/LOC" is read as the tagger read it).
 */
export function joinTownsOnRivers(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const c = tokenEnd(tokens, first[k], spans[k]);
    const from = connectorEnd(tokens, c);
    if (from < 0 || from >= tokens.length || !capitalised(tokens[from].text)) continue;
    // A name the tagger read over the river's word, or from "der" on ("der Ruhr/PER"), ends with it.
    const next = spans[k + 1];
    const river = next && next.start < tokens[from].end ? next : undefined;
    if (river && river.end !== tokens[from].end) continue;
    spans[k] = { start: spans[k].start, end: tokens[from].end, type: 'LOC' };
    if (river) {
      spans.splice(k + 1, 1);
      first.splice(k + 1, 1);
    }
  }
}

/** The token after a town's connecting words starting at `c` ("an der"), or -1 where none stands. */
function connectorEnd(tokens: Token[], c: number): number {
  const seconds = c < tokens.length ? CONNECTORS.get(tokens[c].text) : undefined;
  if (!seconds) return -1;
  if (seconds.has('')) return c + 1;
  return c + 1 < tokens.length && seconds.has(tokens[c + 1].text) ? c + 2 : -1;
}
