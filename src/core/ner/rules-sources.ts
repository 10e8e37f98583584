/**
 * Who a text cites: the publisher in a source's credit line, as news sites list their sources under an
 * article ('"Talks stall in Bonn" — Velk Weekly, June 26, 2025'), where the words between the title's
 * closing quote and the date name a newspaper, agency or site; and the speaker named right after "said".
 */
import { Span } from '../types';
import { DATELINE_DASHES, Token } from '../text/tokenize';
import { addName, dropSpans, isNameWord, isPossessive, spansWithin, tokenEnd } from './spanTokens';
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
