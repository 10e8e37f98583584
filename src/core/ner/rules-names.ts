import { Span } from '../types';
import { Token } from '../text/tokenize';

/** A compound adjective of where a body is based or who runs it ("Tarnby-based"); see `cues.ts`. */
const BASED_WORD = /.-(?:based|headquartered|owned|listed|controlled|run|backed|funded)$/;

/**
 * "Tarnby-based Velka/LOC" -> "Velka/ORG": a capitalised "<place>-based" the tagger took into a
 * name is not part of it, and the name after it is a body.
 */
export function splitBasedAdjectives(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if (f + 1 >= tokens.length || tokens[f + 1].end > span.end || !BASED_WORD.test(tokens[f].text)) return;
    span.start = tokens[f + 1].start;
    span.type = 'ORG';
    first[k] = f + 1;
  });
}
