/**
 * Holidays and days of remembrance named with "Day" ("Labour Day", "Armistice Day", "Mother's Day"):
 * one name of an event (MISC), not a body or place before the word "Day".
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, dropSpan, isAcronym, isNameWord, isPossessive, spansWithin, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS } from './gazetteer';

/** Most capitalised words naming the day before "Day" ("Martin Luther King Jr. Day" is longer: left alone). */
const MAX_WORDS = 3;

/**
 * "the Labour/ORG Day weekend", "Armistice/ORG Day is", "Velkan Independence Day" -> one MISC over the
 * capitalised words before a capitalised "Day" (over a possessive: "Mother 's Day") and "Day" itself,
 * as both development sets' conventions have holidays. A place or an acronym opening the words is the
 * holiday's country ("the U.S./ORG Labor Day holiday" -> "U.S./LOC", "Labor Day/MISC"). Not a person's
 * name ("Doris Day": a listed given name or surname in it, a name the tagger read as a person, or more
 * name after "Day").
 */
export function tagHolidays(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let day = 1; day < tokens.length; day++) {
    if (tokens[day].text !== 'Day') continue;
    const last = isPossessive(tokens[day - 1]) ? day - 2 : day - 1;
    if (last < 0 || !isNameWord(tokens[last])) continue;
    let s = last;
    while (s > 0 && last - s + 1 < MAX_WORDS && isNameWord(tokens[s - 1])) s--;
    // A place opening the words is the holiday's country ("U.S./LOC Labor Day"): it stays a place.
    let from = s;
    const k0 = first.indexOf(s);
    if (k0 >= 0 && spans[k0].type === 'LOC' && spans[k0].end < tokens[last].start)
      from = tokenEnd(tokens, s, spans[k0]);
    else if (s < last && (isAcronym(tokens[s]) || gaz.word(tokens[s].text.toLowerCase()) & PLACE_BITS)) from = s + 1;
    // A person's name: a listed given name or surname in it, or a name going on after "Day" ("Justice
    // Sandra Day O'Connor").
    if (isNameWord(tokens[day + 1]) || personal(ctx, tokens, from, last)) continue;
    const within = spansWithin(spans, tokens[s].start, tokens[day].end);
    if (!within) continue;
    const [k, j] = within;
    let person = false;
    for (let m = k; m < j; m++) person ||= spans[m].type === 'PER';
    const read = j - k === 1 && spans[k].type === 'MISC' && first[k] === from && spans[k].end === tokens[day].end;
    if (person || read) continue;
    for (let m = j - 1; m >= k; m--) dropSpan(spans, first, m);
    if (from > s) addName(tokens, tags, spans, first, s, from, 'LOC');
    addName(tokens, tags, spans, first, from, day + 1, 'MISC');
  }
}

/** Whether some word of tokens [from, last] is a listed given name, surname or person's name. */
function personal(ctx: FeatureContext, tokens: Token[], from: number, last: number): boolean {
  for (let i = from; i <= last; i++)
    if (ctx.gazetteer.word(tokens[i].text.toLowerCase()) & PERSON_NAME_BITS) return true;
  return false;
}
