/**
 * Who a text cites: the publisher in a source's credit line, as news sites list their sources under an
 * article ('"Talks stall in Bonn" — Velk Weekly, June 26, 2025'), where the words between the title's
 * closing quote and the date name a newspaper, agency or site; the outlet before a headline on a line
 * under a "Sources" heading; and the speaker named right after "said".
 */
import { Span } from '../types';
import { DATELINE_DASHES, Token } from '../text/tokenize';
import {
  addName,
  dropSpans,
  isNameWord,
  isPossessive,
  OPENING_QUOTES,
  replaceWithName,
  spansWithin,
  tokenEnd,
} from './spanTokens';
import { FeatureContext } from './features';
import { namesListedPlace } from './rules-listed';
import { isMonth } from './rules-extent';
import type { RuleCue } from './ruleCues';

const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
/** `tagSourceCredits` acts only on a sentence with a dash. */
export const SOURCE_CREDIT_CUE: RuleCue = { words: DATELINE_DASHES };
/** Most words of a publisher's name in a credit line. */
const MAX_PUBLISHER_WORDS = 4;

/**
 * '"Talks stall" — Velk Weekly/PER, June 26, 2025' -> "Velk Weekly/ORG": one to four capitalised words
 * after a closing quote and a dash, then a comma and a date with its year, are the publisher, however
 * the tagger read them, unless it found a body among them.
 */
export function tagSourceCredits(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let d = 1; d + 4 < tokens.length; d++) {
    if (!DATELINE_DASHES.has(tokens[d].text) || !CLOSING_QUOTES.has(tokens[d - 1].text)) continue;
    let e = d + 1;
    while (e < tokens.length && e - d <= MAX_PUBLISHER_WORDS && isNameWord(tokens[e])) e++;
    if (e === d + 1 || tokens[e]?.text !== ',' || !dateAt(tokens, e + 1)) continue;
    const within = spansWithin(spans, tokens[d + 1].start, tokens[e - 1].end);
    // A body the tagger found there stays as it read it (the gold sets leave "The" out of "The Velk Press").
    if (!within || spans.slice(within[0], within[1]).some(s => s.type === 'ORG')) continue;
    dropSpans(spans, first, within);
    addName(tokens, tags, spans, first, d + 1, e, 'ORG');
  }
}

/** Whether a date with its year opens at token i: "June 26, 2025", "26 June 2025". */
function dateAt(tokens: Token[], i: number): boolean {
  const text = (j: number) => tokens[j]?.text ?? '';
  const day = (j: number) => /^\d{1,2}$/.test(text(j));
  const year = (j: number) => /^\d{4}$/.test(text(j));
  if (isMonth(text(i)) && day(i + 1)) return year(i + 2) || (text(i + 2) === ',' && year(i + 3));
  return day(i) && isMonth(text(i + 1)) && year(i + 2);
}

/** Headings over a list of the sources an article drew on, one a line. */
const SOURCES_HEADINGS = new Set(['Sources', 'Source', 'References', 'SOURCES']);
/** Most words of an outlet's name on a line of sources. */
const MAX_OUTLET_WORDS = 6;
/** Words an outlet's name may hold besides capitalised ones ("Journal de Velk", "Radio Velk/Radio Tarn"). */
const OUTLET_LINKS = new Set(['of', 'the', 'de', 'do', 'da', 'di', 'du', 'and', '&', '/']);

/** Whether a sentence is a heading of sources alone on its line ("Sources", "References:"). */
export function isSourcesHeading(tokens: readonly Token[]): boolean {
  return (
    SOURCES_HEADINGS.has(tokens[0].text) && (tokens.length === 1 || (tokens.length === 2 && tokens[1].text === ':'))
  );
}

/**
 * 'Velk Dagblad/PER: "Talks stall in Bonn"' -> "Velk Dagblad/ORG": on a line under a "Sources" heading
 * (`isSourcesHeading`), the words before a colon and an opening quote name the outlet that ran the
 * headline, however the tagger read them, as Wikinews and many news sites list their sources.
 */
export function tagListedSources(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  const from = DATELINE_DASHES.has(tokens[0].text) ? 1 : 0;
  let colon = from;
  while (colon < tokens.length && colon - from < MAX_OUTLET_WORDS && isOutletWord(tokens[colon].text)) colon++;
  if (colon === from || tokens[colon]?.text !== ':' || !OPENING_QUOTES.has(tokens[colon + 1]?.text ?? '')) return;
  if (!/\p{Lu}/u.test(tokens[from].text) || !/\p{Lu}/u.test(tokens[colon - 1].text)) return;
  replaceWithName(tokens, tags, spans, first, from, colon, 'ORG');
}

/** A word of an outlet's name: one with a capital ("NOS", "Velk.no") or a link. */
const isOutletWord = (text: string): boolean => /\p{Lu}/u.test(text) || OUTLET_LINKS.has(text);

/** Verbs of speech that a speaker's name follows in news ("..., said Ann Lee"). */
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'adds', 'asked', 'recalled']);
/** `retypeSpeakersReadAsPlaces` acts only on a sentence with one of those verbs. */
export const SPEAKER_CUE: RuleCue = { words: SPEECH_VERBS };

/**
 * '"We won," said Aung San Velk/LOC' -> PER: a name of two words or more right after a verb of speech
 * is the speaker, not a place (a place that speaks is its government: "said Velland" is rare and
 * written with one word), unless the name is a listed place or a possessive follows it ("said
 * Tarnby's mayor").
 */
export function retypeSpeakersReadAsPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if (span.type !== 'LOC' || f < 1 || !SPEECH_VERBS.has(tokens[f - 1].text)) return;
    const e = tokenEnd(tokens, f, span);
    if (
      e - f < 2 ||
      (e < tokens.length && isPossessive(tokens[e])) ||
      namesListedPlace(ctx.gazetteer, tokens, f, span.end)
    )
      return;
    span.type = 'PER';
  });
}
