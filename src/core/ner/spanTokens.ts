import { EntityType, Span } from '../types';
import { Token } from '../text/tokenize';
import { TAGS } from './model';

/**
 * One past the index of the span's last token, from the index of a token inside it (the rules keep
 * each span's first token in `first`).
 */
export function tokenEnd(tokens: readonly Token[], from: number, span: Span): number {
  let e = from;
  while (e < tokens.length && tokens[e].end <= span.end) e++;
  return e;
}

/**
 * Joins the `count` spans after span k into it: span k runs on to the last one's end and keeps its
 * own type (callers retype it where the joined name says so). `first` is kept in step with `spans`.
 */
export function absorbFollowing(spans: Span[], first: number[], k: number, count = 1): void {
  spans[k].end = spans[k + count].end;
  spans.splice(k + 1, count);
  first.splice(k + 1, count);
}

/** Whether a word starts with a capital letter (ASCII tested by code: rules ask it of every word). */
export function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** A capitalised word that can be part of a name: not a compound adjective ("Paris-based"). */
export const isNameWord = (token: Token | undefined): boolean =>
  token !== undefined && /^\p{Lu}/u.test(token.text) && !/-\p{Ll}/u.test(token.text);

/** A token of two or more capitals, each may take a full stop ("NATO", "U.N."). */
export const isAcronym = (token: Token): boolean => /^(?:\p{Lu}\.?){2,}$/u.test(token.text);

/** Quotation marks that open a quote ("“The OSCE said ...", '"The Senate has spoken"'). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);

/** Straight and curly double quotes, opening and closing, around a nickname or a title. */
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '“', '”']);

/** Whether token i opens its sentence, maybe after an opening quotation mark ("“The Senate voted"). */
export const opensSentenceOrQuote = (tokens: readonly Token[], i: number): boolean =>
  i === 0 || (i === 1 && OPENING_QUOTES.has(tokens[0].text));

/** Whether a token is a possessive ending, written apart from the name it follows ("Tarnia 's"); the length first, as most tokens fail it. */
export const isPossessive = (token: Token): boolean => token.text.length === 2 && /^['’]s$/.test(token.text);

/** Removes span k and its first-token index. */
export function dropSpan(spans: Span[], first: number[], k: number): void {
  spans.splice(k, 1);
  first.splice(k, 1);
}

/** Inserts `span`, whose first token is `f`, as span k. */
export function insertSpan(spans: Span[], first: number[], k: number, span: Span, f: number): void {
  spans.splice(k, 0, span);
  first.splice(k, 0, f);
}

/** Inserts `span`, whose first token is `f`, before the first span that starts after it (spans stay in order). */
export function insertInOrder(spans: Span[], first: number[], span: Span, f: number): void {
  let k = 0;
  while (k < spans.length && spans[k].start < span.start) k++;
  insertSpan(spans, first, k, span, f);
}

/**
 * Adds a name of `type` over tokens [s, e) in its place among the sentence's spans and marks their
 * tags as the tagger would have, so that the rules after see it as one of the tagger's names.
 */
export function addName(
  tokens: readonly Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
  s: number,
  e: number,
  type: EntityType,
): void {
  insertInOrder(spans, first, { start: tokens[s].start, end: tokens[e - 1].end, type }, s);
  tagTokens(tags, s, e, type);
}

/**
 * Makes tokens [s, e) one name of `type` in place of the names read wholly inside them; false, changing
 * nothing, when a name runs across either end of those tokens.
 */
export function replaceWithName(
  tokens: readonly Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
  s: number,
  e: number,
  type: EntityType,
): boolean {
  const inside = spansWithin(spans, tokens[s].start, tokens[e - 1].end);
  if (!inside) return false;
  dropSpans(spans, first, inside);
  addName(tokens, tags, spans, first, s, e, type);
  return true;
}

/** Whether some token in [from, to) is exactly `text` ("of" inside a name). */
export function hasToken(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i].text === text) return true;
  return false;
}

/** The index of the one "and" strictly inside tokens [from, to), or -1 when there is none or more than one. */
export function soleInnerAnd(tokens: readonly Token[], from: number, to: number): number {
  let and = -1;
  for (let i = from; i < to; i++) if (tokens[i].text === 'and') and = and < 0 ? i : -2;
  return and > from && and + 1 < to ? and : -1;
}

/**
 * Splits span k before the token at `at` into the name before it, typed `before`, and the name from
 * it on, typed `after` ("Tarnian/MISC Joss Harl/PER").
 */
export function splitAt(
  tokens: readonly Token[],
  spans: Span[],
  first: number[],
  k: number,
  at: number,
  before: Span['type'],
  after: Span['type'],
): void {
  const { start, end } = spans[k];
  spans.splice(k, 1, { start, end: tokens[at - 1].end, type: before }, { start: tokens[at].start, end, type: after });
  first.splice(k, 1, first[k], at);
}

/** Removes spans `from` to one before `to` (as `spansWithin` gives them). */
export function dropSpans(spans: Span[], first: number[], [from, to]: [number, number]): void {
  spans.splice(from, to - from);
  first.splice(from, to - from);
}

/**
 * Splits span k around the token at `gap` (an "and", a possessive) into the name before it, typed
 * `before`, and the name after it, typed `after`.
 */
export function splitAround(
  tokens: readonly Token[],
  spans: Span[],
  first: number[],
  k: number,
  gap: number,
  before: Span['type'],
  after: Span['type'],
): void {
  const { start, end } = spans[k];
  spans.splice(
    k,
    1,
    { start, end: tokens[gap - 1].end, type: before },
    { start: tokens[gap + 1].start, end, type: after },
  );
  first.splice(k, 1, first[k], gap + 1);
}

/**
 * The spans lying wholly inside [start, end): from index k to one before j. Undefined when a span
 * crosses either edge.
 */
export function spansWithin(spans: readonly Span[], start: number, end: number): [number, number] | undefined {
  let k = 0;
  while (k < spans.length && spans[k].end <= start) k++;
  let j = k;
  while (j < spans.length && spans[j].end <= end) j++;
  if ((k < spans.length && spans[k].start < start) || (j < spans.length && spans[j].start < end)) return undefined;
  return [k, j];
}

/**
 * Marks tokens [from, to) as one name of `type` in the tagger's tags: a rule that finds a name the
 * tagger left untagged does so, so that the rules after it, which ask whether a word was tagged, see it.
 */
export function tagTokens(tags: Uint8Array, from: number, to: number, type: EntityType): void {
  const begin = TAGS.indexOf(`B-${type}` as (typeof TAGS)[number]);
  for (let i = from; i < to; i++) tags[i] = i === from ? begin : begin + 1;
}

/** Whether the tagger's tag at token i goes on a name begun before it (an I- tag, as `tagTokens` writes them). */
export const continuesName = (tags: Uint8Array, i: number): boolean => tags[i] !== 0 && tags[i] % 2 === 0;

/** Lower-case particles inside names of people and places ("Dar es Salaam", "bin Nasser al Saud"). */
export const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'bint',
  'ibn',
  'el',
  'es',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'y',
  'zu',
]);

/** An apostrophe written onto a word ending in "s", its possessive ("Velkas' Supreme Court"). */
export function bareApostrophe(tokens: readonly Token[], p: number): boolean {
  const text = tokens[p].text;
  return (text === "'" || text === '’') && tokens[p - 1].end === tokens[p].start && tokens[p - 1].text.endsWith('s');
}
