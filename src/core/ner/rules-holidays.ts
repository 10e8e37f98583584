/**
 * Holidays and days of remembrance named with "Day" ("Labour Day", "Armistice Day", "Mother's Day"):
 * one name of an event (MISC), not a body or place before the word "Day". And events the tagger
 * left out, named by their event's word ("the World Cup").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import {
  addName,
  capitalised,
  dropSpan,
  isAcronym,
  isNameWord,
  isPossessive,
  spansWithin,
  splitAround,
  tokenEnd,
} from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit } from './gazetteer';
import type { RuleCue } from './ruleCues';
import { listedPhrase } from './rules-listed';

/** Most capitalised words naming the day before "Day" ("Martin Luther King Jr. Day" is longer: left alone). */
const MAX_WORDS = 3;
/** `tagHolidays` acts only on a sentence with "Day". */
export const HOLIDAY_CUE: RuleCue = { words: ['Day'] };

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

const EVENT_WORD_BIT = categoryBit('eventWord');
const DEMONYM_BIT = categoryBit('demonym');
const LISTED_ORG_BIT = categoryBit('org');
/** `tagEventNames` acts only on a sentence with a capitalised event's word. */
export const EVENT_NAME_CUE: RuleCue = {
  test: (text, lower, gazetteer) => capitalised(text) && (gazetteer.word(lower) & EVENT_WORD_BIT) !== 0,
};
/** Most capitalised words of an event's name ("World Test Championship" has three). */
const MAX_EVENT_WORDS = 4;

/**
 * "next month's World/O Cup/O qualifiers", "won the World/O Cup/O" -> "World Cup/MISC": two to four
 * capitalised words the tagger left untagged, ending in an event's word ("Cup", "Championship",
 * "Games", "Festival", "Treaty" ...) and standing apart from other capitalised words, name the
 * event. Not a sentence's first word, which may be capitalised for the sentence alone, a name going on
 * with "of", one with a person's name in it ("Davis Cup" is left to the tagger), nor a headline's
 * capitals. The news corpora that trained the tagger leave events unlabelled, so it rarely tags them.
 */
export function tagEventNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let last = 1; last < tokens.length; last++) {
    if (tags[last] !== 0 || !isNameWord(tokens[last])) continue;
    if ((gaz.word(tokens[last].text.toLowerCase()) & EVENT_WORD_BIT) === 0) continue;
    // A name going on in capitals or with "of" ("World Series of Golf") is longer than the event's word.
    const next = tokens[last + 1]?.text ?? '';
    if (/^\p{Lu}/u.test(next) || next === 'of') continue;
    let from = last;
    const word = (i: number) => tags[i] === 0 && isNameWord(tokens[i]) && tokens[i].text !== 'The';
    while (from > 0 && last - from + 1 < MAX_EVENT_WORDS && word(from - 1)) from--;
    if (from === last || from === 0 || (/^\p{Lu}/u.test(tokens[from - 1].text) && tokens[from - 1].text !== 'The')) {
      continue;
    }
    // Not a person's name in it, nor a headline's capitals ("TEAM TOURNAMENT").
    let named = false;
    let lower = false;
    for (let i = from; i <= last; i++) {
      if (i < last && gaz.word(tokens[i].text.toLowerCase()) & PERSON_NAME_BITS) named = true;
      if (tokens[i].text !== tokens[i].text.toUpperCase()) lower = true;
    }
    if (!named && lower) addName(tokens, tags, spans, first, from, last + 1, 'MISC');
  }
}

/**
 * "the Tarno Film/ORG Festival/MISC" -> "Tarno Film Festival/MISC": a body's or place's name right
 * before an event's word the tagger typed alone as an event is the event's name, as the tagger reads
 * it when it takes the whole ("Tarno Jazz Festival"). Not a person's name ("Davis/PER Cup").
 */
export function joinEventWords(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const word = spans[k + 1];
    const f = first[k + 1];
    if (word.type !== 'MISC' || tokens[f].end !== word.end || tokens[f].start !== spans[k].end + 1) continue;
    if (spans[k].type !== 'ORG' && spans[k].type !== 'LOC') continue;
    if ((ctx.gazetteer.word(tokens[f].text.toLowerCase()) & EVENT_WORD_BIT) === 0) continue;
    spans[k].type = 'MISC';
    spans[k].end = word.end;
    dropSpan(spans, first, k + 1);
  }
}

/**
 * Lower-case nouns for a festival, a scheme, a pact or a ship's class that news writes right after
 * its name ("the Tarno Sound festival", "the Velk Return scheme", "the Thetis class"). Not
 * "initiative", which a person's name is as often before ("the Harl initiative").
 */
const SCHEME_NOUNS = new Set(['festival', 'programme', 'scheme', 'pact', 'instrument', 'class']);
/** `retypeNamesOfSchemes` acts only on a sentence with one of those nouns. */
export const SCHEME_NOUN_CUE: RuleCue = { words: SCHEME_NOUNS };

/**
 * "the Tarno Sound/ORG festival", "the VRS/ORG programme", "the Harl/PER class" -> MISC: a name right
 * before such a noun names the event, scheme or class, not a body or person. Not a listed body ("the
 * IMF programme" is the body's), a place ("the Velby festival" is held there), a nationality or a
 * religion ("the Hindu festival"), nor a name with a possessive before the noun ("Velk's programme").
 */
export function retypeNamesOfSchemes(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG' && span.type !== 'PER') continue;
    const l = tokenEnd(tokens, first[k], span);
    if (!SCHEME_NOUNS.has(tokens[l]?.text ?? '') || tokens[l].start !== span.end + 1) continue;
    const { bits, phrase } = listedPhrase(gaz, tokens, first[k], span.end);
    if (bits & (PLACE_BITS | DEMONYM_BIT | LISTED_ORG_BIT) || gaz.isListedBody(phrase) || gaz.isListedPlace(phrase))
      continue;
    span.type = 'MISC';
  }
}

/** Religious and seasonal festivals, as news names them, lower-cased. */
const FESTIVALS: ReadonlySet<string> = new Set([
  ...['eid', 'eid al-fitr', 'eid al-adha', 'eid ul-fitr', 'eid ul-adha', 'eid-ul-fitr', 'eid-ul-adha'],
  ...['ramadan', 'ramzan', 'ramadhan', 'ashura', 'nowruz', 'diwali', 'deepavali', 'holi', 'navratri'],
  ...['durga puja', 'ganesh chaturthi', 'chhath', 'onam', 'pongal', 'vaisakhi', 'baisakhi', 'dashain', 'tihar'],
  ...['vesak', 'songkran', 'chuseok', 'hanukkah', 'chanukah', 'passover', 'purim', 'sukkot', 'yom kippur'],
  ...['rosh hashanah', 'easter', 'christmas', 'pentecost', 'thanksgiving', 'kwanzaa'],
]);
/** `retypeFestivals` acts only on a sentence with a festival's first word. */
export const FESTIVAL_CUE: RuleCue = { words: [...FESTIVALS].map(name => name.split(' ')[0]) };

/**
 * "before Eid/PER", "Diwali and Ramadan/ORG" -> "Eid/MISC", "Diwali/MISC", "Ramadan/MISC": a name that
 * is a festival's, or two festivals' joined by "and", is the festival (an event, MISC), which the tagger
 * reads by the look of an unfamiliar word.
 */
export function retypeFestivals(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type === 'MISC') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    const words = tokens.slice(first[k], e).map(t => t.text.toLowerCase());
    const and = words.indexOf('and');
    if (and < 0 && FESTIVALS.has(words.join(' '))) spans[k].type = 'MISC';
    else if (and > 0 && FESTIVALS.has(words.slice(0, and).join(' ')) && FESTIVALS.has(words.slice(and + 1).join(' '))) {
      splitAround(tokens, spans, first, k, first[k] + and, 'MISC', 'MISC');
      k++;
    }
  }
}
