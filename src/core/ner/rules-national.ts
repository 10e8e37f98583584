import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, capitalised, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit } from './gazetteer';
import type { RuleCue } from './ruleCues';
import { CONTINENTS } from './rules-branches';
import { listedPhrase } from './rules-listed';
import { FIELDS_BEFORE_NATIONS } from './nameHeads';

// Bodies named after their nation: "the Chinese Foreign Ministry", "the Norwegian Fisheries Museum".

const ORG_WORD_BIT = categoryBit('orgWord');
const DEMONYM_BIT = categoryBit('demonym');
const NAME_BITS = PERSON_NAME_BITS | PLACE_BITS | DEMONYM_BIT | categoryBit('title') | categoryBit('calendar');
/** The last word of a nation's Red Cross or Red Crescent society's name. */
const NATIONAL_SOCIETY = /^(?:Cross|Crescent)$/;
/**
 * Heads that the lists leave out of their organisation words, as they name places as often ("a
 * shopping centre", "at the museum"), but that after a nationality open or end an institution's name.
 */
const INSTITUTION_HEADS = new Set(['Centre', 'Center', 'Museum', 'Observatory', 'Library', 'Archives']);
/** The most capitalised ordinary words taken in between a nationality and a body's head. */
const MAX_GAP = 4;

/**
 * "Chinese/MISC Foreign Ministry/ORG" -> "Chinese Foreign Ministry/ORG": a nationality or religion
 * (a one-word MISC) right before the name of a body that ends in an organisation word (Ministry,
 * Army, Academy, Church ...) or starts with one before "of" or "for" ("Academy of Sciences") is part of
 * it, and so is one before "Red Cross" or "Red Crescent". Capitalised ordinary words the tagger left
 * out or gave the nationality are the name's too: "Japanese/MISC Trade Union Confederation/ORG",
 * "Swedish Meteorological/MISC and Hydrological Institute/ORG", "Norwegian/MISC Fisheries Museum". Not
 * a body that opens with a person's name ("the German/MISC Gerda Henkel Foundation/ORG"). A listed
 * place so joined is a country's formal name, a place ("the Russian/MISC Federation" -> LOC).
 */
export function mergeNationalBodies(ctx: FeatureContext, tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    out.push(span);
    if (span.type !== 'MISC') continue;
    const from = tokens.findIndex(t => t.start === span.start);
    if (from < 0) continue;
    const rest = from + 1;
    // A name of more than one word takes part only as a nationality the tagger ran into the ordinary
    // words after it ("Swedish Meteorological/MISC"), which go on into the body's name.
    if (tokens[from].end < span.end && !(nationality(ctx, tokens[from]) && allOrdinary(ctx, tokens, rest, span.end)))
      continue;
    const next = spans[k + 1];
    let i = rest;
    while (i - rest < MAX_GAP && i < tokens.length && tokens[i].start !== next?.start && gapWord(ctx, tokens, i, rest))
      i++;
    let last: number;
    const takesNext = next?.type === 'ORG' && i < tokens.length && tokens[i].start === next.start;
    if (takesNext) {
      // A body named after a person is no nation's ("the German Gerda Henkel Foundation").
      if (namedAfterPerson(ctx, tokens[i])) continue;
      last = tokens.findIndex(t => t.end === next.end);
    } else {
      last = i - 1;
      // Without a body after them, the ordinary words must end in an institution's head.
      if (last < rest || !INSTITUTION_HEADS.has(tokens[last].text)) continue;
    }
    if (last < rest || !headed(ctx, tokens, rest, last) || isMinistry(tokens, rest, last)) continue;
    span.end = tokens[last].end;
    span.type = ctx.gazetteer.isListedPlace(listedPhrase(ctx.gazetteer, tokens, from, span.end).phrase) ? 'LOC' : 'ORG';
    if (takesNext) k++;
  }
  return out;
}

/**
 * Whether tokens `f` to `last` name a government's ministry ("Foreign Ministry", "Ministry of Culture"):
 * a state has one of each, so its nationality before the name only says whose it is ("the German/MISC
 * Foreign Ministry/ORG", as CoNLL and most of GMB mark it).
 */
function isMinistry(tokens: Token[], f: number, last: number): boolean {
  return (
    tokens[last].text === 'Ministry' || (tokens[f].text === 'Ministry' && /^(?:of|for)$/.test(tokens[f + 1]?.text))
  );
}

/**
 * "the Tarnian Ministry of Culture/ORG", "Tarnian Foreign Ministry/ORG" -> "Tarnian/MISC" and the
 * ministry (ORG): a nationality the tagger ran into a ministry's name is not part of it (`isMinistry`).
 * Not before "Ministry" alone, which names no ministry by itself ("the Tarnian Ministry said").
 */
export function splitNationsFromMinistries(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'ORG' || !nationality(ctx, tokens[f])) continue;
    const last = tokenEnd(tokens, f, spans[k]) - 1;
    if (last < f + 2 || !isMinistry(tokens, f + 1, last)) continue;
    spans.splice(
      k,
      1,
      { start: spans[k].start, end: tokens[f].end, type: 'MISC' },
      { start: tokens[f + 1].start, end: spans[k].end, type: 'ORG' },
    );
    first.splice(k, 1, f, f + 1);
    k++;
  }
}

/** Whether a body's first word is a listed person's name and no everyday word ("Gerda", not "Young"). */
function namedAfterPerson(ctx: FeatureContext, token: Token): boolean {
  const lower = token.text.toLowerCase();
  return (ctx.gazetteer.word(lower) & PERSON_NAME_BITS) !== 0 && !ctx.lowerWords.has(lower);
}

/** Whether a word is a nation's or a people's adjective or name ("Tarnian"). */
export function nationality(ctx: FeatureContext, token: Token): boolean {
  return (ctx.gazetteer.word(token.text.toLowerCase()) & DEMONYM_BIT) !== 0;
}

/**
 * A capitalised word that is not a name of the lists ("Trade", "Fisheries", "Meteorological"): no
 * person's, place's or nation's name, title or month.
 */
export function ordinary(ctx: FeatureContext, token: Token): boolean {
  if (!capitalised(token.text) || !/^\p{L}+$/u.test(token.text)) return false;
  const lower = token.text.toLowerCase();
  return ctx.lowerWords.has(lower) || (ctx.gazetteer.word(lower) & NAME_BITS) === 0;
}

function allOrdinary(ctx: FeatureContext, tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < tokens.length && tokens[i].end <= end; i++) if (!ordinary(ctx, tokens[i])) return false;
  return true;
}

/**
 * An ordinary word between a nationality and a body, or "and" between two of them; not "and" right
 * after the nationality, which joins two nations ("Turkish and European Union").
 */
function gapWord(ctx: FeatureContext, tokens: Token[], i: number, rest: number): boolean {
  if (tokens[i].text !== 'and' && tokens[i].text !== '&') return ordinary(ctx, tokens[i]);
  return i > rest && i + 1 < tokens.length && ordinary(ctx, tokens[i + 1]);
}

/** Whether the words from `f` to `last` name a body by its head: at the end, or first before "of"/"for". */
function headed(ctx: FeatureContext, tokens: Token[], f: number, last: number): boolean {
  const isHead = (i: number) =>
    INSTITUTION_HEADS.has(tokens[i].text) ||
    // "Air" ends airlines' names ("Korean Air") but is no organisation word of the lists, being an everyday one.
    tokens[i].text === 'Air' ||
    (ctx.gazetteer.word(tokens[i].text.toLowerCase()) & ORG_WORD_BIT) !== 0;
  const opensBeforeOf = isHead(f) && (tokens[f + 1]?.text === 'of' || tokens[f + 1]?.text === 'for');
  return isHead(last) || opensBeforeOf || NATIONAL_SOCIETY.test(tokens[last].text);
}

const COUNTRY_BIT = categoryBit('country');
const REGION_BIT = categoryBit('region');

/**
 * "the Korea/LOC Fair Trade Commission/ORG" -> one body: a country's one-word name, everyday words in
 * capitals the tagger left out, and a body's head word read as a body are one name, as a nationality
 * and such words are (`mergeNationalBodies`): "the Velland Fair Trade Commission". The run must be
 * whole (no capitalised word before the country), and at least one everyday word stands between, since
 * "Velland Senate" is as often the place and its body.
 */
export function mergeCountryLedBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k > 0; k--) {
    const a = spans[k - 1];
    const b = spans[k];
    const f = first[k - 1];
    if (a.type !== 'LOC' || b.type !== 'ORG' || tokens[f].end !== a.end) continue;
    if ((ctx.gazetteer.word(tokens[f].text.toLowerCase()) & COUNTRY_BIT) === 0) continue;
    if (f > 0 && capitalised(tokens[f - 1].text) && tokens[f - 1].text !== 'The') continue;
    const gap = first[k] - f - 1;
    if (gap < 1 || gap > MAX_GAP || !allOrdinary(ctx, tokens, f + 1, tokens[first[k] - 1].end)) continue;
    if (!headed(ctx, tokens, first[k], tokenEnd(tokens, first[k], b) - 1)) continue;
    a.type = 'ORG';
    absorbFollowing(spans, first, k - 1);
  }
}

/** `joinFieldBodiesOfNations` acts only on a sentence with one of those words, in capitals. */
export const FIELD_BEFORE_NATION_CUE: RuleCue = { test: text => FIELDS_BEFORE_NATIONS.has(text) };

/**
 * "Statistics Velland/LOC", "Statistics/O Velland/LOC", "Tennis/ORG Velland/LOC" -> "Statistics
 * Velland/ORG": a field's word in capitals right before a country's, a region's or a continent's name
 * names that nation's agency or sports body with it. The tagger reads the nation alone.
 */
export function joinFieldBodiesOfNations(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type === 'PER') continue;
    const end = tokenEnd(tokens, f, span);
    if (FIELDS_BEFORE_NATIONS.has(tokens[f].text)) {
      // Two such bodies joined by "and" are two ("Cricket Velland and Tennis Velland").
      const and = soleInnerAnd(tokens, f, end);
      if (and > 0 && FIELDS_BEFORE_NATIONS.has(tokens[and + 1].text) && isNation(ctx, tokens, and + 2, end)) {
        if (f + 1 < and && isNation(ctx, tokens, f + 1, and)) splitAround(tokens, spans, first, k, and, 'ORG', 'ORG');
      } else if (f + 1 < end && isNation(ctx, tokens, f + 1, end)) span.type = 'ORG';
      continue;
    }
    const field = f - 1;
    if (
      span.type === 'MISC' ||
      field < 0 ||
      !FIELDS_BEFORE_NATIONS.has(tokens[field].text) ||
      tokens[f].start !== tokens[field].end + 1
    )
      continue;
    if (!isNation(ctx, tokens, f, end)) continue;
    const before = spans[k - 1];
    if (before && before.end > tokens[field].start && before.start !== tokens[field].start) continue;
    span.type = 'ORG';
    if (before && before.end > tokens[field].start) {
      before.end = span.end;
      before.type = 'ORG';
      absorbFollowing(spans, first, k - 1);
      k--;
    } else {
      span.start = tokens[field].start;
      first[k] = field;
    }
  }
}

/** Whether tokens `from` to `to` (exclusive) are a country's, a region's or a continent's name ("Europe"). */
function isNation(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, from, tokens[to - 1].end);
  return (bits & (COUNTRY_BIT | REGION_BIT)) !== 0 || CONTINENTS.has(phrase);
}

/**
 * "the Port Authority of Tarnia/ORG and Velby/LOC" -> one ORG when "Tarnia and Velby" is a listed
 * country ("Trinidad and Tobago", "Antigua and Barbuda"): a body "of" a country whose name holds "and"
 * serves the whole country, which the tagger cut at the "and".
 */
export function joinBodiesOfTwoPartCountries(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'ORG' || spans[k + 1].type !== 'LOC') continue;
    const and = tokenEnd(tokens, first[k], spans[k]);
    if (tokens[and].text !== 'and' || first[k + 1] !== and + 1) continue;
    const e = tokenEnd(tokens, and + 1, spans[k + 1]);
    // The country's first part is one or two words after "of" at the body's end.
    const of = tokens[and - 2]?.text === 'of' ? and - 2 : tokens[and - 3]?.text === 'of' ? and - 3 : -1;
    if (of <= first[k]) continue;
    const country = listedPhrase(ctx.gazetteer, tokens, of + 1, tokens[e - 1].end);
    if ((country.bits & COUNTRY_BIT) === 0) continue;
    absorbFollowing(spans, first, k);
  }
}
