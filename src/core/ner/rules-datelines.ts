/**
 * A wire story's frame: its dateline, the town in capitals, perhaps the date, then the agency in
 * brackets and a dash ("TARNBY, May 3 (Velkpress) - ...", "TARNBY — ..."), and its closing credit line
 * ("(Reporting by Ann Lee in Tarnby; Editing by Joss Harl)").
 */
import { Span } from '../types';
import { afterDatelineState, Token } from '../text/tokenize';
import { hasToken, insertSpan, replaceWithName, spansWithin, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit } from './gazetteer';
import { namesListedPlace, readsAsBody } from './rules-listed';
import { isMonth } from './rules-extent';
import { listedBody } from './rules-bodies';
import type { RuleCue } from './ruleCues';

const DASHES = new Set(['-', '--', '–', '—']);
const COUNTRY_BIT = categoryBit('country');
/** How far into the sentence the agency's bracket may open: a town of a few words, a comma and a date. */
const LAST_OPENING = 8;
/** `tagDatelineAgencies` acts only on a sentence with a bracket. */
export const DATELINE_AGENCY_CUE: RuleCue = { words: ['('] };

/**
 * "TARNBY (Velkpress) -": the one to three capitalised words in brackets between a dateline's town and
 * the dash are the news agency, a body, whatever the tagger made of them (it read agencies it never
 * saw as places or left them out). The town is in capitals, or a place the tagger read or a listed
 * one ("Tarnby (VELKA) -"), then a place whatever the tagger read; agencies' translated copy ends the dateline with a stop too ("TARNBY, May 27
 * (Velka)."), or runs on into the story after a date ("Tarnby, Nov 14 (Velk Press) The ..."). Not a
 * colon: a results line names its venue so ("Tarnby (The Oval): Velkshire 195").
 */
export function tagDatelineAgencies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  if (tokens.length < 5) return;
  const opening = first[0] === 0 ? spans[0] : undefined;
  // A listed place the tagger read as a body or person ("Tarnby/ORG (VELKA) -") is the town.
  const listedTown =
    opening !== undefined && opening.type !== 'LOC' && namesListedPlace(ctx.gazetteer, tokens, 0, opening.end);
  if (!townInCapitals(tokens[0].text) && opening?.type !== 'LOC' && !listedTown) return;
  for (let open = 1; open <= LAST_OPENING && open + 3 < tokens.length; open++) {
    if (tokens[open].text !== '(') continue;
    let close = -1;
    for (let at = open + 2; at <= open + 4 && at < tokens.length && close < 0; at++)
      if (tokens[at].text === ')') close = at;
    if (close < 0 || close + 1 >= tokens.length) return;
    const after = tokens[close + 1].text;
    // A comma after the town: a date (or a region) stands before the bracket.
    const dated = hasToken(tokens, 1, open, ',');
    if (!DASHES.has(after) && after !== '.' && !(dated && /^\p{Lu}/u.test(after))) return;
    for (let i = open + 1; i < close; i++) if (!/^\p{Lu}/u.test(tokens[i].text)) return;
    const start = tokens[open + 1].start;
    const end = tokens[close - 1].end;
    const within = spansWithin(spans, start, end);
    if (!within) return;
    const [k, j] = within;
    spans.splice(k, j - k, { start, end, type: 'ORG' });
    first.splice(k, j - k, open + 1);
    if (listedTown) opening.type = 'LOC';
    return;
  }
}

/** A word of two or more capital letters and no small ones ("TARNBY", "NEW"). */
function townInCapitals(word: string): boolean {
  return word.length >= 2 && /^\p{Lu}[\p{Lu}.'-]*$/u.test(word);
}

/** What follows a dateline's town: a dash, a comma (then the date or region), or the agency's bracket. */
const AFTER_TOWN = new Set([...DASHES, ',', '(']);

/**
 * "GENEVA/ORG — The ..." -> LOC: a sentence opening with a name in capitals right before a dash, a
 * comma or a bracket is a dateline, and a name there that the lists hold as a place is the town the
 * story was filed from, whatever the tagger made of the capitals ("NATO — the alliance said" is no
 * listed place and stays as read); so is any name there before a comma and a country (`countryAfter`).
 * A listed place in title case is the town too when a date and a dash follow ("Tarnby, 9 May — The").
 */
export function retypeDatelineTowns(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  if (spans.length === 0 || first[0] !== 0 || spans[0].type === 'LOC') return;
  const end = tokenEnd(tokens, 0, spans[0]);
  if (end >= tokens.length || !AFTER_TOWN.has(tokens[end].text)) return;
  const listed = namesListedPlace(ctx.gazetteer, tokens, 0, spans[0].end);
  // A town in title case is a dateline's only with the date and the dash after it ("Tarnby, 9 May —").
  if (listed && datedAfterComma(tokens, end)) {
    spans[0].type = 'LOC';
    return;
  }
  for (let i = 0; i < end; i++) if (!townInCapitals(tokens[i].text)) return;
  if (listed || countryAfter(ctx, tokens, spans, first, end)) spans[0].type = 'LOC';
}

/** Most words of a region or country between a dateline's comma and its dash ("Uttar Pradesh"). */
const MAX_REGION_WORDS = 3;

/**
 * "NEW AMSTERDAM, Berbice/PER — The ..." -> LOC: in a dateline, the name in title case between the
 * town's comma and the dash (or the agency's bracket) is the town's region or country, whatever the
 * tagger read. The town is one to three words in capitals opening the sentence.
 */
export function retypeDatelineRegions(tokens: Token[], spans: Span[], first: number[]): void {
  let comma = 0;
  while (comma < 3 && comma < tokens.length && townInCapitals(tokens[comma].text)) comma++;
  if (comma === 0 || tokens[comma]?.text !== ',') return;
  const k = first.indexOf(comma + 1);
  if (k < 0 || spans[k].type === 'LOC') return;
  const end = tokenEnd(tokens, comma + 1, spans[k]);
  if (end - comma - 1 > MAX_REGION_WORDS || end >= tokens.length) return;
  const after = tokens[end].text;
  if (!DASHES.has(after) && after !== '(') return;
  for (let i = comma + 1; i < end; i++) if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return;
  spans[k].type = 'LOC';
}

/**
 * "MUMBAI - Coral Bay Capital/ORG , a ..." -> "MUMBAI/LOC", "Coral Bay Capital/ORG": a name the tagger
 * read across a dateline's dash, from the sentence's first word, is the dateline's town in capitals and
 * the name that opens the story, when the words in capitals are a listed place, or one word that is
 * no everyday word and no listed body (a sports page's "CRICKET -", an agency's "REUTERS -").
 */
export function splitDatelines(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  if (spans.length === 0 || first[0] !== 0) return;
  const end = tokenEnd(tokens, 0, spans[0]);
  let dash = 0;
  while (dash < end && dash < 3 && townInCapitals(tokens[dash].text)) dash++;
  if (dash === 0 || dash + 1 >= end || !DASHES.has(tokens[dash].text)) return;
  // A spaced dash ("U.S.-based" is one word), after a listed place (a sports page's "CRICKET -" is no town).
  const spaced = tokens[dash].start > tokens[dash - 1].end && tokens[dash + 1].start > tokens[dash].end;
  if (!spaced || !(namesListedPlace(ctx.gazetteer, tokens, 0, tokens[dash - 1].end) || unlistedTown(ctx, tokens, dash)))
    return;
  const story: Span = { start: tokens[dash + 1].start, end: spans[0].end, type: spans[0].type };
  spans[0] = { start: tokens[0].start, end: tokens[dash - 1].end, type: 'LOC' };
  insertSpan(spans, first, 1, story, dash + 1);
}

/** Whether the words in capitals before the dash at `dash` are one word, neither everyday nor a listed body. */
function unlistedTown(ctx: FeatureContext, tokens: Token[], dash: number): boolean {
  const lower = tokens[0].text.toLowerCase();
  return dash === 1 && lower.length >= 4 && !ctx.lowerWords.has(lower) && !listedBody(ctx, tokens, 0, 1);
}

/** Whether a comma at token `comma` is followed by a date ("9 May", "May 9, 2026") and a dash or a bracket. */
function datedAfterComma(tokens: Token[], comma: number): boolean {
  if (tokens[comma].text !== ',') return false;
  let month = false;
  let day = false;
  let i = comma + 1;
  for (; i < tokens.length && i <= comma + 5; i++) {
    const word = tokens[i].text;
    if (isMonth(word)) month = true;
    else if (/^\d{1,4}$/.test(word)) day = true;
    else if (word !== ',') break;
  }
  return month && day && i < tokens.length && (DASHES.has(tokens[i].text) || tokens[i].text === '(');
}

/**
 * Whether the comma after a dateline's town is followed by a country written in title case, the
 * tagger's place ("LA CORUNA , Spain 1996-08-31"): the capitals before it are the town whatever the
 * lists hold ("NATO , RUSSIA SIGN" is a headline in capitals throughout).
 */
function countryAfter(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[], comma: number): boolean {
  if (tokens[comma].text !== ',' || spans.length < 2 || first[1] !== comma + 1) return false;
  const name = tokens[comma + 1].text;
  return (
    spans[1].type === 'LOC' &&
    name !== name.toUpperCase() &&
    (ctx.gazetteer.word(name.toLowerCase()) & COUNTRY_BIT) !== 0
  );
}

/**
 * "CHATTANOOGA, Tenn/ORG. (AP) —" -> "Tenn./LOC": in a dateline, a US state's short form after the town
 * and a comma, then its stop and the agency's bracket or the dash, is the state, stop and all.
 */
export function tagDatelineStates(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  // The town's comma within its first words; the rest of the sentence is not looked at (every sentence runs this).
  let comma = 0;
  while (comma < 5 && comma < tokens.length && tokens[comma].text !== ',') comma++;
  if (comma < 1 || comma >= 5 || comma + 3 >= tokens.length || !afterDatelineState(tokens, comma + 3)) return;
  replaceWithName(tokens, tags, spans, first, comma + 1, comma + 3, 'LOC');
}

/** The work a wire story's credit line names its people for, the word before "by". */
const CREDITED_WORK = new Set(['Reporting', 'reporting', 'Writing', 'writing', 'Editing', 'editing', 'Compiled']);

/**
 * "(Reporting by Tunde Velk/ORG in Tarnby and Ann Harl in Velby; Editing by Joss Lee)" -> PER: in a wire
 * story's credit line the names after "by", and after "and" or a comma that follow it, are the
 * reporters and editors, whatever the tagger made of names it never saw; the name after "in" is the
 * town they filed from. A body's name or a listed place keeps its reading ("Reporting by Velk Television"),
 * and so does a name after "on reporting by", which cites the outlets a story is based on.
 */
export function retypeCreditedPeople(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  let k = 0;
  for (let by = 1; by + 1 < tokens.length && k < spans.length; by++) {
    if (tokens[by].text !== 'by' || !CREDITED_WORK.has(tokens[by - 1].text)) continue;
    // "based on reporting by Velk Leo and ..." cites other outlets, not the story's own reporters.
    if (tokens[by - 2]?.text === 'on') continue;
    let person = true;
    for (let i = by + 1; i < tokens.length; i++) {
      const word = tokens[i].text;
      if (word === ';' || word === ')') break;
      while (k < spans.length && first[k] < i) k++;
      if (k < spans.length && first[k] === i) {
        if (
          person &&
          spans[k].type !== 'PER' &&
          !readsAsBody(ctx, tokens, i, spans[k]) &&
          !namesListedPlace(ctx.gazetteer, tokens, i, spans[k].end)
        )
          spans[k].type = 'PER';
        i = tokenEnd(tokens, i, spans[k]) - 1;
        person = false;
      } else {
        person = word === 'and' || word === ',';
      }
    }
  }
}
