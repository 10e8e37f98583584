import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { hasToken, isNameWord, tokenEnd } from './spanTokens';
import { PLACE_BITS, categoryBit } from './gazetteer';
import { listedPhrase } from './rules-listed';
import { isGivenNameOnly, mayBeInPersonName, titleCase } from './rules-people';

// A firm's or a person's country named after the name with "of", which the tagger reads as part of it.

const COUNTRY_BIT = categoryBit('country');
/** Words that make "of" part of a name when they stand before it: heads of bodies and places, titles. */
const BEFORE_OF_BITS = categoryBit('orgWord') | categoryBit('locWord') | categoryBit('title') | PLACE_BITS;
/** A state's missions and union, which the lists hold as no body's head word. */
const STATE_HEADS = new Set(['embassy', 'consulate', 'commonwealth']);
/** An abstract noun's ending: "Liberation of ..." is the end of a movement's longer name, not a firm. */
const ABSTRACT = /(?:tion|sion|ment|ness|ity|ance|ence)$/;

/**
 * "Harlco of Velland/ORG" -> "Harlco/ORG of Velland/LOC", "Tarnco of Vellandia and Brask of Velland/ORG"
 * -> four names: wire copy names a firm's country after it with "of". Only a firm named by one word, or
 * two joined by "and" or "&", none an everyday word, an abstract noun, a body's or place's head word or a
 * title: longer names and such words keep "of" ("Voice of Velland", "New Light of Tarnia", "Bank of
 * Velland", "Embassy of ..."), and a listed body stays whole. Only a country ends a part, at the name's
 * end or before "and". So too for a person's country, which sports copy names so ("two clear of Ann
 * Harl of Tarnia", read as one body or person): a person's name of two or three words, none a place's,
 * a body's or an everyday word, opening with a listed given name unless the tagger read a person.
 */
export function splitFirmsOfCountries(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    const e = tokenEnd(tokens, f, spans[k]);
    const type = spans[k].type;
    if ((type !== 'ORG' && type !== 'PER') || e - f < 3 || !hasToken(tokens, f + 1, e - 1, 'of')) continue;
    if (gaz.isListedBody(listedPhrase(gaz, tokens, f, spans[k].end).phrase)) continue;
    const parts: { from: number; to: number; type: Span['type'] }[] = [];
    let from = f;
    for (let of = f + 1; of < e - 1; of++) {
      if (tokens[of].text !== 'of') continue;
      // A body's name may be a person's only when it opens with a listed given name ("National Library").
      const given = type === 'PER' || isGivenNameOnly(ctx, tokens[from].text.toLowerCase());
      // One word is kept whole: "Joan of Arc", "Catherine of Aragon".
      const person = given && personWords(ctx, tokens, from, of);
      const firm = type === 'ORG' && firmWords(ctx, tokens, from, of);
      const country = firm || person ? countryEnd(ctx, tokens, of + 1, e) : -1;
      if (country < 0) break;
      parts.push({ from, to: of, type: person ? 'PER' : 'ORG' }, { from: of + 1, to: country, type: 'LOC' });
      from = country + 1;
      of = country;
    }
    if (parts.length === 0) continue;
    if (from < e) parts.push({ from, to: e, type });
    const made = parts.map(p => ({ start: tokens[p.from].start, end: tokens[p.to - 1].end, type: p.type }));
    spans.splice(k, 1, ...made);
    first.splice(k, 1, ...parts.map(p => p.from));
  }
}

/** Whether tokens [from, to) are two or three words that may be a person's name (see above). */
function personWords(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    if (!titleCase(tokens[i].text) || !mayBeInPersonName(ctx, tokens[i].text.toLowerCase())) return false;
  }
  return true;
}

/** Whether tokens [from, to) are one word or two joined by "and" or "&" that may name a firm (see above). */
function firmWords(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  const joined = to - from === 3 && (tokens[from + 1].text === 'and' || tokens[from + 1].text === '&');
  if (to - from !== 1 && !joined) return false;
  for (let i = from; i < to; i += 2) {
    const lower = tokens[i].text.toLowerCase();
    if (!isNameWord(tokens[i]) || ctx.lowerWords.has(lower) || STATE_HEADS.has(lower) || ABSTRACT.test(lower))
      return false;
    if (ctx.gazetteer.word(lower) & BEFORE_OF_BITS) return false;
  }
  return true;
}

/**
 * The end (exclusive) of a listed country starting at token `from` that ends the name (at `e`) or is
 * followed by "and" and more of it; -1 if none.
 */
function countryEnd(ctx: FeatureContext, tokens: Token[], from: number, e: number): number {
  for (let to = Math.min(e, from + 3); to > from; to--) {
    if (to < e && !(tokens[to].text === 'and' && to + 1 < e)) continue;
    if (listedPhrase(ctx.gazetteer, tokens, from, tokens[to - 1].end).bits & COUNTRY_BIT) return to;
  }
  return -1;
}
