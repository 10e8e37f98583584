/**
 * A sport's governing body in a country or state, named by the sport and the place in either order
 * ("Athletics Kenya", "Sri Lanka Cricket", "USA Track & Field").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';
import type { RuleCue } from './ruleCues';

const COUNTRY_OR_REGION = bit('country') | bit('region');

/** Sports in capitals that name a national or state body with its place's name. */
const SPORTS = new Set([
  ...['Athletics', 'Cricket', 'Rugby', 'Football', 'Tennis', 'Swimming', 'Cycling', 'Hockey', 'Netball'],
  ...['Rowing', 'Golf', 'Basketball', 'Volleyball', 'Badminton', 'Gymnastics', 'Triathlon', 'Sailing'],
  ...['Boxing', 'Baseball', 'Softball', 'Skiing', 'Squash', 'Archery', 'Judo', 'Taekwondo', 'Bowls'],
  ...['Surfing', 'Motorsport', 'Equestrian', 'Canoeing', 'Wrestling', 'Handball'],
]);
/** `joinSportBodies` acts only on a sentence with a sport's word ("Track" of "Track & Field" too). */
export const SPORT_BODY_CUE: RuleCue = { words: [...SPORTS, 'Track'] };

/** The end (exclusive) of a sport's words from token `i` ("Cricket", "Track & Field"); `i` if none. */
function sportsAfter(tokens: Token[], i: number): number {
  if (SPORTS.has(tokens[i]?.text ?? '')) return i + 1;
  const trackAndField = tokens[i]?.text === 'Track' && tokens[i + 1]?.text === '&' && tokens[i + 2]?.text === 'Field';
  return trackAndField ? i + 3 : i;
}

/**
 * "Athletics Kenya/LOC", "UK/LOC Athletics", "Sri Lanka/LOC Cricket/PER" -> one ORG: a listed country's
 * or state's name with a sport's word in capitals right before or after it (tagged or not) names the
 * sport's body there, as national federations are named. A sport's word inside the tagger's span
 * counts as well ("Cricket South Africa/LOC").
 */
export function joinSportBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'MISC') continue;
    let from = first[k];
    let to = tokenEnd(tokens, from, span);
    // The place: the span without the sports' words it holds at either end.
    const s = sportsAfter(tokens, from);
    let e = to;
    while (e > s && SPORTS.has(tokens[e - 1].text)) e--;
    if (s >= e || (listedPhrase(ctx.gazetteer, tokens, s, tokens[e - 1].end).bits & COUNTRY_OR_REGION) === 0) continue;
    // Sports' words outside it, right before or after, with nothing between.
    while (from > 0 && SPORTS.has(tokens[from - 1].text) && tokens[from - 1].end + 1 >= tokens[from].start) from--;
    if (to < tokens.length && tokens[to].start <= tokens[to - 1].end + 1) to = sportsAfter(tokens, to);
    if (s === from && e === to) continue;
    // Names the sport's words were read as, before or after, are taken in whole ("Athletics Council").
    let last = k;
    while (last + 1 < spans.length && first[last + 1] < to) last++;
    let head = k;
    while (head > 0 && spans[head - 1].end > tokens[from].start) head--;
    from = Math.min(from, first[head]);
    const end = Math.max(tokens[to - 1].end, spans[last].end);
    const joined: Span = { start: tokens[from].start, end, type: 'ORG' };
    spans.splice(head, last - head + 1, joined);
    first.splice(head, last - head + 1, from);
    k = head;
  }
}
