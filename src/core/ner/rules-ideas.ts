/**
 * Faiths, doctrines and eras ("Islam", "Marxism", "the Holocaust", "the Middle Ages"): names of the MISC
 * kind that the tagger reads as places or bodies, as the silver news text it learned from labels
 * "Islam" a place.
 */
import { Span } from '../types';
import { startsLowerCase, Token } from '../text/tokenize';
import { addName, capitalised, DOUBLE_QUOTES, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit } from './gazetteer';
import type { RuleCue } from './ruleCues';

const GIVEN_NAME_BIT = categoryBit('first');
const TITLE_BIT = categoryBit('title');

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

const ONE_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Catholic/MISC, Anglican/O, Orthodox/MISC, Lutheran/PER and Pentecostal/O church leaders" -> all MISC:
 * capitalised words one each, listed with commas and a last "and" or "or" before a lower-case noun,
 * two or more of them read as MISC, are adjectives of one kind (faiths, nationalities), and so are the
 * others. Not one that is a listed place or a person's name ("French and Tarnby officials").
 */
export function typeAdjectiveLists(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  let misc = 0;
  for (const span of spans) if (span.type === 'MISC') misc++;
  if (misc < 2) return; // most sentences
  const n = tokens.length;
  const capital = (i: number) => i < n && capitalised(tokens[i].text) && ONE_CAPITALISED.test(tokens[i].text);
  for (let i = 1; i < n; i++) {
    if (!capital(i) || capital(i - 1)) continue;
    const items = [i];
    let j = i + 1;
    while (j + 1 < n && tokens[j].text === ',' && capital(j + 1)) {
      items.push(j + 1);
      j += 2;
    }
    if (j + 2 >= n || (tokens[j].text !== 'and' && tokens[j].text !== 'or') || !capital(j + 1)) continue;
    items.push(j + 1);
    if (!startsLowerCase(tokens[j + 2].text)) continue;
    const spanOf = items.map(t => first.indexOf(t));
    // Each a word alone: a name of its own or no name.
    if (items.some((t, m) => (spanOf[m] < 0 ? tags[t] !== 0 : spans[spanOf[m]].end !== tokens[t].end))) continue;
    if (spanOf.filter(k => k >= 0 && spans[k].type === 'MISC').length < 2) continue;
    for (let m = items.length - 1; m >= 0; m--) {
      const k = spanOf[m];
      if (k >= 0 && spans[k].type === 'MISC') continue;
      if (ctx.gazetteer.word(tokens[items[m]].text.toLowerCase()) & (PLACE_BITS | PERSON_NAME_BITS)) continue;
      if (k >= 0) spans[k].type = 'MISC';
      else addName(tokens, tags, spans, first, items[m], items[m] + 1, 'MISC');
    }
    i = j + 1;
  }
}

/** `retypeQuotedTitles` acts only on a sentence with a double quote. */
export const DOUBLE_QUOTE_CUE: RuleCue = { words: DOUBLE_QUOTES };
/** Words before a quoted nickname ("known as", "nicknamed", "called himself"). */
const NICKNAME_OPENERS = new Set(['as', 'nicknamed', 'dubbed', 'alias', 'aka', 'herself', 'himself', 'themselves']);
/** Most words of a quoted title read as a person ("Low Tide Hymns"). */
const MAX_TITLE_WORDS = 3;

/**
 * `"Velkbridge/PER", an installation`, `the series "Tarnvakt/PER"` -> MISC: a name read as a person
 * that fills a pair of double quotes by itself is a work's, a product's or an operation's title; news
 * quotes people's words, not their names. Not a name opening with a listed given name or title
 * (`"Joss Harl"` may be an alias), nor a nickname after a capitalised word or "known as".
 */
export function retypeQuotedTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if (span.type !== 'PER' || f === 0 || !DOUBLE_QUOTES.has(tokens[f - 1].text)) return;
    const e = tokenEnd(tokens, f, span);
    if (e - f > MAX_TITLE_WORDS || !DOUBLE_QUOTES.has(tokens[e]?.text ?? '')) return;
    if (ctx.gazetteer.word(tokens[f].text.toLowerCase()) & (GIVEN_NAME_BIT | TITLE_BIT)) return;
    // A nickname: after a given name or a title ("Clarence "Velk" Harl", "President "Velko""), or
    // after words that name a person so ("known as", "called herself").
    const before = tokens[f - 2]?.text ?? '';
    if (capitalised(before) || NICKNAME_OPENERS.has(before)) return;
    span.type = 'MISC';
  });
}
