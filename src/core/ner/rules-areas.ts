/**
 * Rules on the words news writes with an area's name: the lower-case nouns after it ("the Tarnby
 * region", "Velk province", "the Harif crossing"), before which a name is the area, whatever the tagger
 * read or left out; and the capitalised words that open places' names ("County Tarn", "Port Velby").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, capitalised, hasToken, spansWithin, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { readsAsBody } from './rules-listed';
import { holdsBodyHead, listedBody } from './rules-bodies';
import { speaksOfSport } from './rules-towns';
import type { RuleCue } from './ruleCues';
import { PLACE_PLURALS } from './rules-placekinds';

const DEMONYM_BIT = bit('demonym');
const CALENDAR_BIT = bit('calendar');
const ORG_WORD_BIT = bit('orgWord');

/**
 * Lower-case nouns for an area of a country, a feature of the land or a border post, written after its
 * name ("the Tarnby region", "the Velk rainforest", "the Harif crossing"); a capitalised one is part of
 * the name, left to the tagger.
 */
export const AREA_NOUNS: ReadonlySet<string> = new Set([
  'region',
  'regions',
  'province',
  'provinces',
  'district',
  'districts',
  'county',
  'prefecture',
  'oblast',
  'governorate',
  'municipality',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'township',
  'commune',
  'rainforest',
  'basin',
  'delta',
  'valley',
  'river',
  'mountains',
  'desert',
  'coast',
  'peninsula',
  'island',
  'islands',
  'archipelago',
  'plateau',
  'estuary',
  'highlands',
  'crossing',
  'checkpoint',
]);

/**
 * "the oil-rich Tarnby/ORG region" -> LOC: a name right before a lower-case word for an area of a
 * country or a feature of the land names that area, whatever the tagger read ("Delta" is also an
 * airline, "Amazon" a company: "the Amazon rainforest"); not a name with "of" in it, nor a lower-case
 * compound ("Velk-run"). One ending in a nationality is MISC ("Sunni Arab/PER regions"). So does a name
 * after "the" or a possessive and before one lower-case word and such a noun: the word says what the
 * area is known for ("the Qarvel mining district", "Tarnby's Velk tech district").
 */
export function retypeBeforeAreaNouns(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG' && span.type !== 'PER') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (e >= tokens.length) continue;
    if (!AREA_NOUNS.has(tokens[e].text) && !beforeAreaCompound(ctx, tokens, f, e, span)) continue;
    // A people's adjective describes the area ("Southeast Asian", "Sunni Arab regions"); a body named
    // after the area ("Health Department of Tarnby") or a compound ("Velk-run") stays.
    const last = tokens[e - 1].text;
    if ((ctx.gazetteer.word(last.toLowerCase()) & DEMONYM_BIT) !== 0) span.type = 'MISC';
    else if (!/-\p{Ll}+$/u.test(last) && !hasToken(tokens, f, e, 'of')) span.type = 'LOC';
  }
}

/** "the" or a possessive's "'s" before a name in a compound with an area's noun ("the Velk wine region"). */
const COMPOUND_OPENERS = /^(?:[Tt]he|['’]s)$/;
/** Lower-case words that make no compound with the noun after them ("the Velk Council whose district"). */
const NOT_MODIFIERS =
  /^(?:whose|which|that|who|where|when|and|or|but|in|on|at|of|to|for|from|with|by|as|is|was|its|their|his|her)$/;

/**
 * Whether the name at tokens [f, e) opens a compound with an area's noun after one lower-case word:
 * after "the" or a possessive, and not a body's name ("the Velk Council whose district").
 */
function beforeAreaCompound(ctx: FeatureContext, tokens: Token[], f: number, e: number, span: Span): boolean {
  const word = tokens[e].text;
  return (
    f > 0 &&
    COMPOUND_OPENERS.test(tokens[f - 1].text) &&
    /^\p{Ll}+$/u.test(word) &&
    !NOT_MODIFIERS.test(word) &&
    AREA_NOUNS.has(tokens[e + 1]?.text) &&
    !readsAsBody(ctx, tokens, f, span)
  );
}

/** Most capitalised words taken before an administrative area's noun ("Nusa Tenggara Timur"). */
const MAX_AREA_WORDS = 3;

/**
 * The nouns of a country's administrative areas. Not "region", "coast" or "valley", which follow
 * adjectives of peoples and features as often as names ("the Himalayan region", "the Caspian coast").
 */
const ADMINISTRATIVE_AREAS: ReadonlySet<string> = new Set([
  'province',
  'prefecture',
  'oblast',
  'governorate',
  'county',
  'district',
  'municipality',
  'township',
  'commune',
  'constituency',
  'canton',
]);
/** `tagNamesBeforeAreaNouns` acts only on a sentence with one of those nouns. */
export const AREA_NOUN_CUE: RuleCue = { words: ADMINISTRATIVE_AREAS };

/**
 * "in southwest Velland's Tarnbu/O province" -> "Tarnbu/LOC": a run of one to three capitalised words
 * that the tagger left out, right before the lower-case noun of an administrative area, is the area's
 * name (the tagger misses a name it never saw after a possessive or in a list of provinces). The run
 * must be whole (no capitalised word before it but "The"); a sentence's capitalised first word that is
 * an everyday word is left out of it ("Declaring Tarnbu province ..."), and a run of one everyday word,
 * a people's adjective, a month or a compound is no name ("Each district", "the Kurdish province", "a
 * Serb-held district").
 */
export function tagNamesBeforeAreaNouns(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let e = 1; e < tokens.length; e++) {
    if (!ADMINISTRATIVE_AREAS.has(tokens[e].text)) continue;
    let s = e;
    while (s > 0 && e - s < MAX_AREA_WORDS && tags[s - 1] === 0 && capitalised(tokens[s - 1].text)) s--;
    if (s === e || (s > 0 && capitalised(tokens[s - 1].text) && tokens[s - 1].text !== 'The')) continue;
    const opening = (i: number) => i === 0 || tokens[i - 1].text === 'The';
    if (opening(s) && (tokens[s].text === 'The' || ctx.lowerWords.has(tokens[s].text.toLowerCase()))) s++;
    if (s === e) continue;
    const last = tokens[e - 1].text;
    if (/-\p{Ll}/u.test(last) || ctx.gazetteer.word(last.toLowerCase()) & (DEMONYM_BIT | CALENDAR_BIT)) continue;
    if (e - s === 1 && ctx.lowerWords.has(last.toLowerCase())) continue;
    // A span a rule added without marking the tags (a given name's pair) has read the run already.
    const inside = spansWithin(spans, tokens[s].start, tokens[e - 1].end);
    if (!inside || inside[0] !== inside[1]) continue;
    addName(tokens, tags, spans, first, s, e, 'LOC');
  }
}

/** Capitalised words that open names of places, written before the name ("County Tarn", "Port Velby"). */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['County', 'Port', 'Fort', 'Mount', 'Lake', 'Cape']);

/**
 * "County Ula/PER" -> LOC: no person's name starts with a word that opens places' names ("County",
 * "Port", "Mount"); the tagger reads such a name as a person when the word after it is a given name
 * ("County Clare").
 */
export function retypePeopleAfterPlaceOpeners(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type === 'PER' && PLACE_OPENERS.has(tokens[first[k]].text) && tokens[first[k]].end < span.end)
      span.type = 'LOC';
  });
}

/**
 * Capitalised words for an area that end its name ("Bexar County", "Orleans Parish"). Not "District":
 * water and school districts are bodies.
 */
const AREA_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'County',
  'Parish',
  'Province',
  'Oblast',
  'Governorate',
  'Prefecture',
]);

/**
 * "Velk County/ORG officials said" -> LOC: a name of two words or more read as a body and ending in a word
 * for an area is the area, as a country before "officials" is the country; a county's council or
 * sheriff is named with its own head word ("Velk County Council"), which ends that name instead. Not a
 * listed body, a name in a sentence about sport ("Derby County won"), nor a name with a body's head
 * word before the ending.
 */
export function retypeNamesEndingInAreas(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (span.type !== 'ORG' || e - f < 2 || !AREA_NAME_ENDINGS.has(tokens[e - 1].text)) return;
    if (holdsBodyHead(ctx, tokens, f, e - 1) || listedBody(ctx, tokens, f, e) || speaksOfSport(tokens)) return;
    span.type = 'LOC';
  });
}

/** How Irish and British copy abbreviates "County" before a county's name ("Co Cork", "Co. Down"). */
const COUNTY_ABBREVIATIONS: ReadonlySet<string> = new Set(['Co', 'Co.']);
/** Words after which "Co" opens a county's name, not a firm's ending ("Harl & Co"). */
const BEFORE_COUNTY: ReadonlySet<string> = new Set([',', '(', 'in', 'of', 'from', 'near', 'at', 'and', 'across']);

/**
 * "of Ovens, Co Tarn/ORG", "from Co. Ula/PER" -> "Co Tarn/LOC", "Co. Ula/LOC": "Co" after a comma or a
 * preposition and before one or two capitalised words that end no body's name is "County", and the
 * name with it the county.
 */
export function readAbbreviatedCounties(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    const co = COUNTY_ABBREVIATIONS.has(tokens[f].text) ? f : f - 1;
    if (co < 1 || !COUNTY_ABBREVIATIONS.has(tokens[co].text) || !BEFORE_COUNTY.has(tokens[co - 1].text)) return;
    const e = tokenEnd(tokens, f, span);
    if (e - co < 2 || e - co > 3) return;
    for (let i = co + 1; i < e; i++)
      if (!capitalised(tokens[i].text) || ctx.gazetteer.word(tokens[i].text.toLowerCase()) & ORG_WORD_BIT) return;
    span.type = 'LOC';
    span.start = tokens[co].start;
    first[k] = co;
  });
}

/** Words for a country's part or a small state that open its name before "of" ("Canton of Velk"). */
const AREA_OPENINGS = new Set(['Canton', 'Province', 'Prefecture', 'Emirate', 'Principality', 'Governorate', 'Region']);

/**
 * "the Canton of Tarno/ORG" -> LOC: a name read as a body, opened by a word for a country's part or a
 * small state, then "of" and one to three capitalised words that name no body, is the area ("the
 * Emirate of Velk", "the Region of Tarnby"). Not "Province of Tarnby Council", whose head is the body's.
 */
export function retypeAreasOfPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'ORG' || !AREA_OPENINGS.has(tokens[f].text) || tokens[f + 1]?.text !== 'of') continue;
    const e = tokenEnd(tokens, f, spans[k]);
    if (e - f < 3 || e - f > 5) continue;
    let named = true;
    for (let i = f + 2; i < e; i++) {
      const lower = tokens[i].text.toLowerCase();
      if (!capitalised(tokens[i].text) || ctx.gazetteer.word(lower) & ORG_WORD_BIT) named = false;
    }
    if (named) spans[k].type = 'LOC';
  }
}

/**
 * The plural nouns of administrative areas and other kinds of place, after a list of their names
 * ("Turkana and Wajir counties", "the Juba and Shabelle rivers").
 */
const AREAS_PLURAL: ReadonlySet<string> = new Set([
  ...[...ADMINISTRATIVE_AREAS].map(a => (a.endsWith('y') ? a.slice(0, -1) + 'ies' : a + 's')),
  ...PLACE_PLURALS,
]);

/**
 * "Turkana, Velby/PER, Wajir/PER and Mandera counties" -> LOC: the names of a list ("A, B and C", "A
 * and B") right before the plural noun of an administrative area are all that area's names, whatever
 * the tagger read; a list of one-to-three-word names with nothing else between them but commas, "and"
 * or "or". Not a name with "of" in it ("the Bank of Velland and Tarnby counties" is not such a list).
 */
export function retypeListsBeforeAreaNouns(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k > 0; k--) {
    const e = tokenEnd(tokens, first[k], spans[k]);
    if (e >= tokens.length || !AREAS_PLURAL.has(tokens[e].text)) continue;
    let j = k;
    while (j > 0 && listedBefore(tokens, spans, first, j)) j--;
    if (j === k) continue;
    const names = spans.slice(j, k + 1);
    if (names.every((span, m) => shortNameWithoutOf(tokens, first[j + m], span))) {
      for (const span of names) if (span.type === 'PER' || span.type === 'ORG') span.type = 'LOC';
    }
    k = j;
  }
}

/** Whether a name from token `f` has one to three words and no "of" ("Tarnby", not "Bank of Velland"). */
function shortNameWithoutOf(tokens: Token[], f: number, span: Span): boolean {
  const end = tokenEnd(tokens, f, span);
  return end - f <= 3 && !hasToken(tokens, f, end, 'of');
}

/** Whether span j follows span j - 1 in a list: only a comma, "and", "or" or ", and" between them. */
function listedBefore(tokens: Token[], spans: Span[], first: number[], j: number): boolean {
  const between = tokens.slice(tokenEnd(tokens, first[j - 1], spans[j - 1]), first[j]).map(t => t.text);
  const words = between.join(' ');
  return words === ',' || words === 'and' || words === 'or' || words === ', and' || words === ', or';
}
