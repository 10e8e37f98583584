/**
 * People named with the body or place they stand for ("Ann Velk of Tarnby Rovers"), and numbers
 * written "No. 4" after a word, which the tagger runs into names.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { dropSpan, splitAround, tokenEnd } from './spanTokens';
import { isGivenNameOnly, mayBeInPersonName, titleCase } from './rules-people';
import { namesListedPlace } from './rules-listed';
import { categoryBit } from './gazetteer';
import { isVenueHead } from './rules-heads';
import type { RuleCue } from './ruleCues';
import { describedBy } from './cues';

const HEAD_WORD_BITS = categoryBit('orgWord') | categoryBit('locWord');

/**
 * "Ann Velk of Tarnby Rovers/ORG" -> "Ann Velk/PER", "Tarnby Rovers/ORG": a name that opens with a
 * listed given name (or after a noun describing a person: "lock Tavita Lemu of") and one or two more
 * words that may be a person's, then "of" and a name, is a person and the team, body or country they
 * stand for, as sports and wire copy writes "Tendai Moyo of Zimbabwe". The tagger reads the whole as a
 * body's name ("Bank of ..."). The part after "of" is a place when it is a listed place's name. Not one
 * word before "of" ("Catherine of Aragon").
 */
export function splitPeopleFromTheirOf(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    const end = tokenEnd(tokens, f, spans[k]);
    let of = f + 2;
    while (of < end - 1 && of <= f + 3 && tokens[of].text !== 'of') of++;
    if (of >= end - 1 || of > f + 3 || tokens[of].text !== 'of') continue;
    // A given name opens it, or a person's describing noun stands before it ("flanker Tavita Lemu of").
    if (!isGivenNameOnly(ctx, tokens[f].text.toLowerCase()) && describedBy(tokens[f - 1]?.text ?? '') !== 'PER')
      continue;
    let person = true;
    for (let i = f + 1; i < of && person; i++) person = titleCase(tokens[i].text) && personWord(ctx, tokens[i].text);
    if (!person || !/^\p{Lu}/u.test(tokens[of + 1].text)) continue;
    const place = namesListedPlace(ctx.gazetteer, tokens, of + 1, spans[k].end);
    splitAround(tokens, spans, first, k, of, 'PER', place ? 'LOC' : 'ORG');
  }
}

/** A word that may follow a given name in a person's name, and is no body's, venue's or place's head word ("Museum"). */
function personWord(ctx: FeatureContext, text: string): boolean {
  const lower = text.toLowerCase();
  return mayBeInPersonName(ctx, lower) && (ctx.gazetteer.word(lower) & HEAD_WORD_BITS) === 0 && !isVenueHead(text);
}

/** "No." and "No" before a number: "number", no part of a name. */
const NUMBER_WORDS = new Set(['No.', 'No', 'Nos.']);

/** `trimNumberWords` acts only on a sentence with such a word, in capitals ("no" is no cue). */
export const NUMBER_WORD_CUE: RuleCue = { test: text => NUMBER_WORDS.has(text) };

/**
 * "Ward No./LOC 4" -> none, "Velkby Ward No./LOC 4" -> "Velkby Ward/LOC": a name ending in "No."
 * right before a number ends before it. A name of one word before "No." is the kind of thing numbered
 * (a ward, a gate, a platform) and no name, and so are ordinary words.
 */
export function trimNumberWords(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const last = tokenEnd(tokens, first[k], spans[k]) - 1;
    if (!NUMBER_WORDS.has(tokens[last].text) || !/^\d/.test(tokens[last + 1]?.text ?? '')) continue;
    let ordinary = true;
    for (let i = first[k]; i < last && ordinary; i++) ordinary = ctx.lowerWords.has(tokens[i].text.toLowerCase());
    if (ordinary || last - first[k] === 1) dropSpan(spans, first, k);
    else spans[k].end = tokens[last - 1].end;
  }
}
