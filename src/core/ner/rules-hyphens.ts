/**
 * Two or more names joined by hyphens into one word that qualifies a noun: "the India-Pakistan border",
 * "the Kumasi-Sunyani road", "the Israel-Hamas war". News writes routes, borders, talks and matches
 * between places this way; the word is one token to the tagger, which reads it as no name or as one,
 * while a reader sees each place (or body) on its own.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import type { Gazetteer } from './gazetteer';
import { PLACE_BITS, categoryBit } from './gazetteer';
import type { RuleCue } from './ruleCues';
import { COUNTRY_ABBREVIATIONS } from './rules-offices';
import { listedPlaceWord } from './rules-bodies';
import { capitalised } from './spanTokens';

const ORG_BIT = categoryBit('org');
const EN_DASH = '\u2013';

/** A word of two to four parts, each capitalised, joined by hyphens ("Kumasi-Sunyani", "U.S.-China"). */
const HYPHENED = /^\p{Lu}[\p{L}\p{M}.']*(?:-\p{Lu}[\p{L}\p{M}.']*){1,3}$/u;

/**
 * Nouns that such a word qualifies when it names two places or bodies: what runs between them, what
 * separates them, and what passes between them.
 */
const BETWEEN_NOUNS = new Set([
  ...['road', 'highway', 'expressway', 'motorway', 'freeway', 'railway', 'railroad', 'rail', 'line', 'route'],
  ...['corridor', 'pipeline', 'link', 'connection', 'crossing', 'bridge', 'tunnel', 'ferry', 'flight', 'flights'],
  ...['service', 'bus', 'train', 'interconnector', 'cable', 'canal', 'border', 'borders', 'frontier', 'boundary'],
  ...['stretch', 'section', 'leg', 'segment', 'lane', 'lanes', 'transfer'],
  ...['war', 'conflict', 'talks', 'summit', 'relations', 'ties', 'trade', 'deal', 'agreement', 'accord', 'pact'],
  ...['treaty', 'ceasefire', 'truce', 'dispute', 'tensions', 'rivalry', 'standoff', 'clash', 'clashes', 'match'],
  ...['game', 'fixture', 'series', 'derby', 'alliance', 'partnership', 'cooperation', 'dialogue', 'negotiations'],
  ...['peace', 'meeting', 'commission', 'framework', 'exchange', 'exchanges', 'rapprochement', 'detente'],
  'trains',
]);

/**
 * The nouns of what runs between two places, before which parts no list holds are taken for towns
 * ("the Ikorodu-Sagamu road", "the Ruwi-Seeb line"): a route links places, where a war, a deal or a
 * match may be between bodies or people.
 */
const ROUTE_NOUNS = new Set([
  ...['road', 'highway', 'expressway', 'motorway', 'freeway', 'railway', 'railroad', 'rail', 'line', 'route'],
  ...['corridor', 'crossing', 'link', 'bus', 'train', 'trains', 'ferry', 'flight', 'flights', 'stretch', 'section'],
  'pipeline',
]);
/** Lower-case words between such a word and a route's noun ("the Ijevan-Gazakh interstate road", "border crossing"). */
const ROUTE_QUALIFIERS = new Set([
  'interstate',
  'international',
  'border',
  'oil',
  'gas',
  'rail',
  'coastal',
  'main',
  'old',
]);
const NOT_A_TOWN_BITS = categoryBit('demonym') | categoryBit('calendar') | categoryBit('first');

/** Sentences with an en dash or a hyphened word of capitalised parts. */
export const HYPHENED_PAIR_CUE: RuleCue = { test: text => text === EN_DASH || HYPHENED.test(text) };

/**
 * "the India-Pakistan border" -> "India/LOC", "Pakistan/LOC"; "the Israel-Hamas war" -> "Israel/LOC",
 * "Hamas/ORG": a word of capitalised parts joined by hyphens (or by en dashes, which the tokenizer keeps
 * apart: "Delhi–Mumbai") before one of `BETWEEN_NOUNS`, perhaps after one or two lower-case words ("the
 * Kenya-Uganda oil pipeline"), each part a listed place (LOC) or body (ORG), and the whole no listed name
 * of its own ("Guinea-Bissau", "Saxony-Anhalt"), is its parts. The first part may end a listed place's
 * name of more words before it, and the last may open one ("the Kuala Lumpur-Kuching route", "the Port of
 * Spain-Scarborough crossing", "the Kingston-Montego Bay highway"). Right before a route's noun a part no
 * list holds is taken for a town (`unlistedTown`: "the Ikorodu-Sagamu road"). Names read inside those
 * words give way to the parts; one running across their edges is left as read. Runs on the sentence's
 * final spans, as the spans it makes may lie inside one token.
 */
export function splitHyphenedPairs(ctx: FeatureContext, tokens: readonly Token[], spans: Span[]): Span[] {
  const gaz = ctx.gazetteer;
  let out: Span[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const to = joinedWordEnd(tokens, i);
    if (to === i) continue;
    const text = tokens
      .slice(i, to)
      .map(t => (t.text === EN_DASH ? '-' : t.text))
      .join('');
    if (!HYPHENED.test(text) || listedWhole(gaz, text)) continue;
    const parts = text.split('-');
    const from = placeOpening(ctx, tokens, i, parts[0]);
    const end = placeEnding(ctx, tokens, to, parts[parts.length - 1]);
    const noun = betweenNounAt(tokens, end);
    if (noun < 0) continue;
    parts[0] = [...tokens.slice(from, i).map(t => t.text), parts[0]].join(' ');
    parts[parts.length - 1] = [parts[parts.length - 1], ...tokens.slice(to, end).map(t => t.text)].join(' ');
    // Unlisted parts only right before the noun: "Sistan-Baluchistan bombed a bus" names no route.
    const route = routeAfter(tokens, end, noun);
    const types = parts.map(part => partType(gaz, part) ?? (route && unlistedTown(ctx, part) ? 'LOC' : undefined));
    if (types.some(type => type === undefined)) continue;
    const start = tokens[from].start;
    const stop = tokens[end - 1].end;
    const made = partSpans(tokens[i].start, text, types as ('LOC' | 'ORG')[]);
    made[0].start = start;
    made[made.length - 1].end = stop;
    const replaced = replacedWithin(out ?? spans, start, stop, made);
    if (!replaced) continue;
    out = replaced;
    i = end - 1;
  }
  return out ?? spans;
}

/**
 * Where the word of joined parts that starts at token `i` ends: past "Kumasi-Sunyani" (one token), or
 * past "Delhi", "–", "Mumbai" written without spaces; `i` itself when no such word starts there.
 */
function joinedWordEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i].text.includes('-')) return i + 1;
  let e = i + 1;
  while (
    tokens[e + 1] &&
    tokens[e].text === EN_DASH &&
    tokens[e].start === tokens[e - 1].end &&
    tokens[e + 1].start === tokens[e].end
  )
    e += 2;
  return e === i + 1 ? i : e;
}

/** Most words a hyphened word's first part ends or its last part opens, besides itself. */
const MOST_MORE_WORDS = 2;

/** Where a listed place ending in the first part at token `i` starts ("Kuala" of "Kuala Lumpur"), or `i`. */
function placeOpening(ctx: FeatureContext, tokens: readonly Token[], i: number, part: string): number {
  let from = i;
  let words = part;
  // "of" inside counts as a word too ("Port of Spain").
  for (let j = i - 1; j >= 0 && i - j <= MOST_MORE_WORDS + 1; j--) {
    const text = tokens[j].text;
    if (text !== 'of' && !capitalised(text)) break;
    words = `${text} ${words}`;
    if (text !== 'of' && listedPlaceWord(ctx, words)) from = j;
  }
  return from;
}

/** One past where a listed place opening with the last part before token `to` ends ("Montego Bay"), or `to`. */
function placeEnding(ctx: FeatureContext, tokens: readonly Token[], to: number, part: string): number {
  let end = to;
  let words = part;
  for (let j = to; j < tokens.length && j - to < MOST_MORE_WORDS; j++) {
    if (!capitalised(tokens[j].text)) break;
    words = `${words} ${tokens[j].text}`;
    if (listedPlaceWord(ctx, words)) end = j + 1;
  }
  return end;
}

/** Whether the hyphened word is a listed name of its own ("Guinea-Bissau"). */
function listedWhole(gaz: Gazetteer, text: string): boolean {
  const whole = text.toLowerCase();
  return gaz.word(whole) !== 0 || gaz.isListedPlace(whole) || gaz.isListedBody(whole);
}

/** A lower-case word, as what qualifies the noun ("the Kenya-Uganda oil pipeline"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * The token of one of `BETWEEN_NOUNS` at `at`, perhaps after one or two lower-case words, or after "and"
 * or "or" and a second hyphened word ("the Chicago-Atlanta and Dallas-Houston lanes"); -1 if none.
 */
function betweenNounAt(tokens: readonly Token[], at: number): number {
  if ((tokens[at]?.text === 'and' || tokens[at]?.text === 'or') && HYPHENED.test(tokens[at + 1]?.text ?? '')) at += 2;
  for (let n = at; n < at + 3 && n < tokens.length; n++) {
    if (BETWEEN_NOUNS.has(tokens[n].text)) return n;
    if (!LOWER_WORD.test(tokens[n].text)) return -1;
  }
  return -1;
}

/**
 * Whether a route's noun follows the hyphened word (ending at `end`) at `noun`, right after it or after
 * words that only qualify routes ("interstate", "oil"); "border" opens "border crossing".
 */
function routeAfter(tokens: readonly Token[], end: number, noun: number): boolean {
  const n = tokens[noun].text === 'border' && ROUTE_NOUNS.has(tokens[noun + 1]?.text ?? '') ? noun + 1 : noun;
  for (let j = end; j < n; j++) if (!ROUTE_QUALIFIERS.has(tokens[j].text)) return false;
  return isRoute(tokens, n);
}

/** Whether the noun at `n` is a route's; not a firm's "line of" products. */
function isRoute(tokens: readonly Token[], n: number): boolean {
  return ROUTE_NOUNS.has(tokens[n].text) && !(tokens[n].text === 'line' && tokens[n + 1]?.text === 'of');
}

/** Whether a part no list holds may be a town's one-word name: no everyday word, nationality, month or given name. */
function unlistedTown(ctx: FeatureContext, part: string): boolean {
  const lower = part.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(part) && !ctx.lowerWords.has(lower) && !(ctx.gazetteer.word(lower) & NOT_A_TOWN_BITS)
  );
}

/** A part's type: a listed place's name (LOC) or body's (ORG), or undefined. */
function partType(gazetteer: Gazetteer, part: string): 'LOC' | 'ORG' | undefined {
  if (COUNTRY_ABBREVIATIONS.has(part)) return 'LOC';
  const lower = part.toLowerCase();
  const bits = gazetteer.word(lower);
  if (bits & PLACE_BITS || gazetteer.isListedTown(lower) || gazetteer.isListedPlace(lower)) return 'LOC';
  if (bits & ORG_BIT || gazetteer.isListedBody(lower)) return 'ORG';
  return undefined;
}

/** The parts' spans, from the hyphened word's start: each part, then its hyphen or dash. */
function partSpans(start: number, text: string, types: readonly ('LOC' | 'ORG')[]): Span[] {
  const spans: Span[] = [];
  text.split('-').forEach((part, p) => {
    spans.push({ start, end: start + part.length, type: types[p] });
    start += part.length + 1;
  });
  return spans;
}

/** An American legislator's party and home in one word ("R-Texas", "D-Calif.", "DFL-Minneapolis", "D-El"). */
const PARTY_LABEL = /^(?:R|D|I|DFL)-\p{Lu}[\p{L}.]*$/u;

/**
 * "Sen. Ann Lee, R-Tarnby/ORG, said", "Ann Lee (D-Velk/PER Harbor)" -> "Tarnby/LOC", "Velk
 * Harbor/LOC": after a person's name and a comma or an opening bracket, a party's letter joined by a
 * hyphen to a capitalised word is the legislator's party and home; the home, with the capitalised words
 * after it up to the comma or closing bracket, is a place and the party's letter no name. Runs on the
 * sentence's final spans, as the place lies inside a token.
 */
export function readPartyLabels(tokens: readonly Token[], spans: Span[]): Span[] {
  let out = spans;
  for (let i = 2; i < tokens.length; i++) {
    if (!PARTY_LABEL.test(tokens[i].text) || (tokens[i - 1].text !== ',' && tokens[i - 1].text !== '(')) continue;
    if (!out.some(s => s.type === 'PER' && s.end === tokens[i - 2].end)) continue;
    let e = i + 1;
    while (e < tokens.length && capitalised(tokens[e].text) && e - i < 3) e++;
    // A state's abbreviation keeps its stop ("D-Calif.").
    if (tokens[e]?.text === '.' && tokens[e].start === tokens[e - 1].end) e++;
    if (tokens[e]?.text !== ',' && tokens[e]?.text !== ')') continue;
    const place: Span = {
      start: tokens[i].start + tokens[i].text.indexOf('-') + 1,
      end: tokens[e - 1].end,
      type: 'LOC',
    };
    out = replacedWithin(out, tokens[i].start, place.end, [place]) ?? out;
  }
  return out;
}

/**
 * A new list of `spans` (sorted) with those inside [start, stop) replaced by `made`; undefined when a
 * span runs across either edge, which is then left as read.
 */
function replacedWithin(spans: Span[], start: number, stop: number, made: Span[]): Span[] | undefined {
  if (spans.some(s => s.start < stop && s.end > start && (s.start < start || s.end > stop))) return undefined;
  const kept = spans.filter(s => s.end <= start || s.start >= stop);
  const at = kept.findIndex(s => s.start >= stop);
  return at < 0 ? [...kept, ...made] : [...kept.slice(0, at), ...made, ...kept.slice(at)];
}
