/**
 * Broadcasters' names the tagger cannot read from their look: call signs and channel names in capitals
 * and digits ("2GB", "3AW", "MTV2"), and channels and divisions numbered after a body's name ("BBC
 * Radio 4", "Sky Sports 1", "NCAA Division II").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, dropSpan, isPossessive, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';

/** A word of capitals and digits with at least one digit and two capitals, and no small letters. */
const CALL_SIGN = /^(?=(?:\P{Lu}*\p{Lu}){2})(?=\D*\d)[\p{Lu}\d]{3,6}$/u;

/** Lower-case nouns that name a broadcaster right before its call sign ("radio 2GB", "sister stations 3AW"). */
const BROADCASTER_NOUNS = new Set(['radio', 'station', 'stations', 'channel', 'broadcaster', 'network', 'television']);

/** After "is" or "was": what befalls a body and never a size, a model or a chemical ("2GB was founded"). */
const BODY_PARTICIPLES = new Set([
  'founded',
  'formed',
  'established',
  'launched',
  'owned',
  'bought',
  'acquired',
  'purchased',
  'sold',
  'licensed',
  'relaunched',
]);
const AUXILIARIES = new Set(['is', 'was', 'were', 'are']);

/** Right after the call sign: the station at work ("3AW broadcast the match", "2GB began broadcasting"). */
const BROADCAST_VERBS = new Set(['broadcast', 'broadcasts', 'aired', 'airs']);
const BEGIN_VERBS = new Set(['began', 'begins', 'commenced', 'started', 'stopped', 'ceased']);

/** After a possessive: what a station has ("2GB's ratings", "the 3AW's studio"). */
const STATION_POSSESSIONS = new Set([
  'ratings',
  'studio',
  'studios',
  'listeners',
  'audience',
  'presenter',
  'presenters',
  'breakfast',
  'programming',
  'owner',
  'owners',
]);

/** `tagCallSigns` acts only on a sentence with a word that says a call sign is a station (`saysStation`). */
export const CALL_SIGN_CUE: RuleCue = {
  words: [...BROADCASTER_NOUNS, ...BODY_PARTICIPLES, ...BROADCAST_VERBS, 'broadcasting', ...STATION_POSSESSIONS],
};

/**
 * Stations go by call signs and channel names written in capitals and digits, which look like no name
 * the tagger learned. Elsewhere such words are sizes, chemicals and models ("a 2GB card", "CO2
 * emissions", "the A380"), so an untagged one is a body only when the sentence says it is a station:
 * a broadcaster's noun right before it, or right after it what only a body undergoes ("was founded",
 * "is owned by"), a station's doing ("broadcast", "began broadcasting") or belonging ("'s ratings").
 * The document pass then carries the name to its other mentions.
 */
export function tagCallSigns(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== 0 || !hasDigit(tokens[i].text) || !CALL_SIGN.test(tokens[i].text) || !saysStation(tokens, i))
      continue;
    addName(tokens, tags, spans, first, i, i + 1, 'ORG');
  }
}

/** A cheap test before the pattern: three to six characters, one of them an ASCII digit. */
function hasDigit(word: string): boolean {
  if (word.length < 3 || word.length > 6) return false;
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function saysStation(tokens: Token[], i: number): boolean {
  if (i > 0 && BROADCASTER_NOUNS.has(tokens[i - 1].text.toLowerCase())) return true;
  if (i + 1 >= tokens.length) return false;
  const next = tokens[i + 1].text;
  const then = tokens[i + 2]?.text ?? '';
  if (AUXILIARIES.has(next)) return BODY_PARTICIPLES.has(then);
  if (isPossessive(tokens[i + 1])) return STATION_POSSESSIONS.has(then);
  return BROADCAST_VERBS.has(next) || (BEGIN_VERBS.has(next) && then === 'broadcasting');
}

/** A body's last word that a number after it makes one of its channels, divisions or union locals. */
const NUMBERED_HEADS = new Set(['radio', 'channel', 'tv', 'television', 'sports', 'bbc', 'itv', 'division', 'local']);
const NUMBER_WORDS = new Set(['One', 'Two', 'Three', 'Four']);
const CHANNEL_NUMBER = /^\d{1,2}$/;
const DIVISION_NUMERAL = /^(?:I{1,3}|IV)$/;
/** A trade union's local branch: "Local 113", "Local 32BJ". */
const LOCAL_NUMBER = /^\d{1,4}[A-Z]{0,2}$/;
/** A channel's own word after its number ("BBC Radio 5 Live", "BBC Radio 4 Extra"). */
const AFTER_NUMBER = new Set(['Live', 'Extra']);
/** Nouns that make the number after a name a quantity ("told the BBC 2 years ago"). */
const QUANTITIES = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'times', 'million', 'billion']);

/**
 * "BBC Radio/ORG 4", "Sky Sports/ORG 1", "BBC/ORG Two", "NCAA Division/ORG II", "Transit Union
 * Local/ORG 113" -> the whole name: broadcasters number their stations and channels, leagues their
 * divisions and trade unions their locals, and the tagger stops at the number, which looks like a
 * quantity. Only after a body's name ending in such a word, with a number of one or two digits, "One"
 * to "Four", a division's numeral or a local's number, that is no quantity.
 */
export function extendChannelNumbers(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const n = tokenEnd(tokens, first[k], span);
    if (n >= tokens.length) continue;
    const head = tokens[n - 1].text.toLowerCase();
    if (!NUMBERED_HEADS.has(head) || !numbers(tokens[n].text, head)) continue;
    if (n + 1 < tokens.length && QUANTITIES.has(tokens[n + 1].text)) continue;
    // The tagger reads a numeral alone as a name of its own now and then ("Division/ORG II/MISC").
    if (k + 1 < spans.length && spans[k + 1].start < tokens[n].end) {
      if (spans[k + 1].end !== tokens[n].end) continue;
      dropSpan(spans, first, k + 1);
    }
    span.end = tokens[channelWord(tokens, spans, k, n + 1) ? n + 1 : n].end;
  }
}

/** Whether token i is a channel's own word after its number, not the start of a name after it ("Radio 1 Live Lounge"). */
function channelWord(tokens: Token[], spans: Span[], k: number, i: number): boolean {
  if (i >= tokens.length || !AFTER_NUMBER.has(tokens[i].text) || spans[k + 1]?.start === tokens[i].start) return false;
  return i + 1 >= tokens.length || !/^\p{Lu}/u.test(tokens[i + 1].text);
}

function numbers(word: string, head: string): boolean {
  if (head === 'local') return LOCAL_NUMBER.test(word);
  return CHANNEL_NUMBER.test(word) || NUMBER_WORDS.has(word) || (head === 'division' && DIVISION_NUMERAL.test(word));
}
