/**
 * Faiths, doctrines and eras ("Islam", "Marxism", "the Holocaust", "the Middle Ages"): names of the MISC
 * kind that the tagger reads as places or bodies, as the silver news text it learned from labels
 * "Islam" a place.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';

/** Faiths and events named by one word without "-ism" (lower-cased). */
const FAITHS_AND_EVENTS = new Set(['islam', 'christianity', 'shinto', 'orthodoxy', 'holocaust', 'latin', 'sanskrit']);
/** A doctrine or faith named with "-ism" ("Buddhism", "Marxism"): at least three letters before it. */
const DOCTRINE = /^\p{Lu}\p{Ll}{3,}ism$/u;
/** Last words of eras ("the Middle Ages", "the Stone Age"). */
const ERA_ENDS = new Set(['Age', 'Ages']);

/**
 * "converted to Islam/LOC", "Judaism/ORG", "the Holocaust/LOC", "the Middle Ages/LOC" -> MISC: a
 * one-word name that is a faith, a doctrine ending in "-ism", the Holocaust or a classical language,
 * and a name of two words ending in "Age" or "Ages" ("The Age", a newspaper, starts with "The"), are
 * what CoNLL-style labels call miscellaneous, whatever the tagger read.
 */
export function retypeFaithsAndEras(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type === 'MISC') return;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    const word = tokens[f].text;
    if (e - f === 1 ? FAITHS_AND_EVENTS.has(word.toLowerCase()) || DOCTRINE.test(word) : isEra(tokens, f, e)) {
      span.type = 'MISC';
    }
  });
}

function isEra(tokens: Token[], f: number, e: number): boolean {
  return e - f === 2 && ERA_ENDS.has(tokens[f + 1].text) && tokens[f].text !== 'The';
}
