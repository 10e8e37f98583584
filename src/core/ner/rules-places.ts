import { Span } from '../types';
import { Token } from '../text/tokenize';
import {
  addName,
  bareApostrophe,
  capitalised,
  isAcronym,
  isPossessive,
  soleInnerAnd,
  spansWithin,
  splitAround,
  tokenEnd,
} from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import { NATION_BITS, listedPhrase } from './rules-listed';
import { BODY_BITS, headedByFirstWord, isBodyHead } from './rules-bodies';

// Rules on places: listed places inside longer names (two places joined by "and", a place's possessive
// before the body or person it has, a country's name made an adjective), and places read from the words
// around a name (a saint's, an area's noun after it, "in" before it, its region after a comma).

/**
 * "brokered by Tarnia and Velland/ORG" -> "Tarnia", "Velland": a name made of two listed places joined
 * by "and" names two places, unless the whole is listed too ("Trinidad and Tobago"): the tagger reads
 * such pairs as one body where news speaks of two governments ("talks between Tarnia and Velland").
 */
export function splitPlacePairs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    const and = soleInnerAnd(tokens, f, tokenEnd(tokens, f, span));
    if (and < 0 || listedPhrase(gaz, tokens, f, span.end).bits !== 0) continue;
    const left = listedPhrase(gaz, tokens, f, tokens[and - 1].end).bits;
    const right = listedPhrase(gaz, tokens, and + 1, span.end).bits;
    if ((left & PLACE_BITS) === 0 || (right & PLACE_BITS) === 0) continue;
    splitAround(tokens, spans, first, k, and, 'LOC', 'LOC');
    k++;
  }
}

/**
 * "Velland's Supreme Court/ORG" -> "Velland/LOC", "Supreme Court/ORG": a listed place's name with a
 * possessive at the start of a longer name is the place the rest belongs to ("Tarnia's Interior
 * Ministry", "Tarnia's King Harl"), not a part of its name; the rest keeps the type it was read with.
 * So too a listed body's name, an acronym or a body named by its head and "of" ("VTO's Security
 * Assistance Force", "Velkom's Tarnair", "Bank of Tarnia's Policy Committee", "Velk Institution's
 * National Museum": two words or more ending in a body's head word), and such an owner after
 * an "and" inside the name, which ends a body's name before it; so too any owner of a listed body
 * ("Velkabet's Qoogle": the owner keeps the name's reading). A nationality alone after the
 * possessive is cut off whatever the owner ("Velka Steel's Tarnian/ORG unit").
 */
export function splitPlacePossessives(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'ORG' && span.type !== 'PER') continue;
    const end = tokenEnd(tokens, f, span);
    let p = f + 1;
    while (p < end - 1 && !isPossessive(tokens[p]) && !bareApostrophe(tokens, p)) p++;
    // The rest opens with a capital or an ordinal ("Tarnia's 47th Mechanized Brigade").
    if (p >= end - 1 || !/^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(tokens[p + 1].text)) continue;
    // The owner opens the name, or follows its last "and" ("Ministry of Fish and Tarnia's Ministry of
    // Roads": the name before the "and" is a body of its own).
    let from = f;
    for (let i = p - 2; i > f; i--)
      if (tokens[i].text === 'and') {
        from = i + 1;
        break;
      }
    const owner = listedPhrase(ctx.gazetteer, tokens, from, tokens[p - 1].end);
    const place = (owner.bits & PLACE_BITS) !== 0 || ctx.gazetteer.isListedPlace(owner.phrase);
    const body =
      (owner.bits & BODY_BITS) !== 0 ||
      ctx.gazetteer.isListedBody(owner.phrase) ||
      acronymAt(tokens, from, p) ||
      // "Bank of Tarnia's Policy Committee"; not an everyday word's possessive ("Ministry of Women's Affairs").
      (headedByFirstWord(ctx, tokens, from) && !ctx.lowerWords.has(tokens[p - 1].text.toLowerCase())) ||
      // "Velk Institution's National Museum": a name of two words or more ending in a body's head.
      (p - from >= 2 && isBodyHead(ctx, tokens, p - 1) && /^\p{Lu}/u.test(tokens[from].text));
    // "Velka Steel's Tarnian unit": one nationality after the possessive is no part of any owner's name.
    const nationality = p + 2 === end && (ctx.gazetteer.word(tokens[p + 1].text.toLowerCase()) & DEMONYM_BIT) !== 0;
    // "Velkabet's Qoogle": what the possessive owns is a listed body of its own, so the owner is a name too;
    // not a plural of people ("Women's Velkball League" is one name).
    const owned = listedPhrase(ctx.gazetteer, tokens, p + 1, span.end);
    const ownsBody =
      capitalised(tokens[from].text) &&
      !PEOPLE_PLURALS.has(tokens[p - 1].text.toLowerCase()) &&
      ((owned.bits & BODY_BITS) !== 0 || ctx.gazetteer.isListedBody(owned.phrase));
    if (!place && !body && !nationality && !ownsBody) continue;
    if (from > f) {
      splitAround(tokens, spans, first, k, from - 1, span.type, span.type);
      k++;
    }
    splitAround(tokens, spans, first, k, p, place ? 'LOC' : body ? 'ORG' : span.type, nationality ? 'MISC' : span.type);
    k++;
  }
}

/** Plurals for people that open names with their possessive ("Women's", "Veterans'"). */
const PEOPLE_PLURALS = new Set([
  'women',
  'men',
  'people',
  'children',
  'veterans',
  'workers',
  'farmers',
  'girls',
  'boys',
]);

/** Whether tokens [f, p) are one acronym of capitals, with or without dots ("VTO", "U.N."). */
function acronymAt(tokens: Token[], f: number, p: number): boolean {
  return p === f + 1 && isAcronym(tokens[f]);
}

/** Endings that make a people's adjective of a country's name, and what they replace: "Lanka" + "n", "Leone" + "an", "Zealand" + "er", "Rico" -> "Rican". */
const ADJECTIVE_ENDINGS: readonly [string, string][] = [
  ['n', ''],
  ['an', ''],
  ['er', ''],
  ['an', 'o'],
];

/**
 * Whether tokens [from, to) are a listed country's or region's name of two or more words made an
 * adjective or its people ("Sri Lankan", "Nova Scotians", "New Zealanders").
 */
function countryAdjective(gaz: Gazetteer, tokens: Token[], from: number, to: number): boolean {
  let prefix = '';
  for (let i = from; i < to - 1; i++) prefix += tokens[i].text.toLowerCase() + ' ';
  const word = tokens[to - 1].text.toLowerCase();
  const last = word.endsWith('s') ? word.slice(0, -1) : word;
  for (const [ending, replaced] of ADJECTIVE_ENDINGS) {
    if (last.length < ending.length + 3 || !last.endsWith(ending)) continue;
    if (gaz.word(prefix + last.slice(0, -ending.length) + replaced) & NATION_BITS) return true;
  }
  return false;
}

/**
 * "a Sri/PER Lankan/MISC policeman", "the Costa Rican/PER team" -> one MISC: two or three capitalised
 * words that make a listed country's name an adjective are a nationality, like the one-word ones the
 * lists hold, whatever the tagger made of them; not when a longer name holds them ("Sri Lankan Airlines").
 */
export function typeCountryAdjectives(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    for (let to = f + 2; to <= Math.min(f + 3, tokens.length); to++) {
      // Every ending ends in "n" or "r", or in "ns" or "rs" for the people: most words are ruled out
      // before a phrase is built.
      const last = tokens[to - 1].text;
      if (!capitalised(last)) break;
      const n = last.length - (last.endsWith('s') ? 2 : 1);
      const c = last.charCodeAt(n);
      if ((c !== 110 && c !== 114) || !countryAdjective(ctx.gazetteer, tokens, f, to)) continue;
      const end = tokens[to - 1].end;
      const within = spansWithin(spans, tokens[f].start, end);
      if (!within) break;
      spans.splice(k, within[1] - k, { start: tokens[f].start, end, type: 'MISC' });
      first.splice(k, within[1] - k, f);
      break;
    }
  }
}

/** How a saint's name opens a place's or a body's name ("St. Tarn's Square"). */
const SAINT = new Set(['St.', 'St', 'Saint', 'Ste.', 'Sainte']);
/** Last words that make a saint's possessive name a body's (the people who run it), not a place's. */
const SAINT_BODY_HEADS = new Set(['hospital', 'college', 'school', 'university', 'academy', 'infirmary']);

/**
 * "St./LOC Tarn/PER 's Square" -> "St. Tarn's Square/LOC": a saint's name, its possessive and the
 * capitalised words after it are one name, a place ("... Square", "... Cathedral"), or a body when it
 * ends in a school's or hospital's word ("St. Tarn's Hospital/ORG"). Only where the tagger read a name
 * in it, and only over names wholly inside it; a weekday or month after it is no part of it.
 */
export function joinSaintsNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    const s = saintAt(tokens, f) ? f : f > 0 && saintAt(tokens, f - 1) ? f - 1 : -1;
    if (s < 0 || s + 3 >= tokens.length || !capitalised(tokens[s + 1].text)) continue;
    if (!isPossessive(tokens[s + 2]) || !capitalised(tokens[s + 3].text)) continue;
    let e = s + 4;
    while (e < tokens.length && e < s + 6 && capitalised(tokens[e].text) && !calendarWord(ctx, tokens[e].text)) e++;
    const within = spansWithin(spans, tokens[s].start, tokens[e - 1].end);
    if (!within || within[0] !== k) continue;
    const type = SAINT_BODY_HEADS.has(tokens[e - 1].text.toLowerCase()) ? 'ORG' : 'LOC';
    spans.splice(k, within[1] - k, { start: tokens[s].start, end: tokens[e - 1].end, type });
    first.splice(k, within[1] - k, s);
  }
}

const CALENDAR_BIT = bit('calendar');
const DEMONYM_BIT = bit('demonym');
const GIVEN_NAME_BIT = bit('first');
const LISTED_BODY_BIT = bit('org');
const ORG_WORD_BIT = bit('orgWord');

function calendarWord(ctx: FeatureContext, word: string): boolean {
  return (ctx.gazetteer.word(word.toLowerCase()) & CALENDAR_BIT) !== 0;
}

/** Whether token i is a saint's word; most tokens are ruled out by their first letter. */
function saintAt(tokens: Token[], i: number): boolean {
  return tokens[i].text.charCodeAt(0) === 83 && SAINT.has(tokens[i].text);
}

/** Words after a name that make "in <name>" a case or a person's part, not a place ("in Harl v. Velk"). */
const NOT_A_PLACE_AFTER = /^(?:['’]s|v\.?|vs\.?|versus|against)$/;

/**
 * "shelling in Tel Harif/PER", "officials in Velkabad/PER and Harif/PER" -> LOC: a name right after a
 * lower-case "in" (or "toward" before one word: "a line toward Velkabad/PER") that the tagger read as a
 * person is the place something happens in or heads for, and so are the names listed with it ("and", a
 * comma). So is a name after "near" read as a person, or as a body that may be a town (`mayBeTownNear`:
 * "traffic near Velkusen/PER", "a blast near Harif/ORG"). Not a name that opens with a given name or a
 * month ("in March Velkin cancelled"), a listed person's or surname's name ("confidence in Velkin"), a
 * handle, or one followed by a possessive or "v." (a film, a court case: "a role in Harl's film").
 */
export function retypePeopleAfterIn(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  let listed = -1; // the last span of the list of places that "in" opened, if the previous span was one
  let openedByPlace = false; // whether that list's last span is a place the tagger read, not one retyped here
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    const before = f > 0 ? tokens[f - 1] : undefined;
    const listedWith =
      listed >= 0 &&
      listed === k - 1 &&
      (before?.text === 'and' || before?.text === ',') &&
      f > 1 &&
      tokens[f - 2].end === spans[k - 1].end;
    const near = before?.text === 'near';
    const type = spans[k].type;
    // After "toward" one word only: a person's full name follows it too ("biased toward Ann Velk").
    const toward = (before?.text === 'toward' || before?.text === 'towards') && tokens[f].end === spans[k].end;
    const inOrToward = before?.text === 'in' || toward;
    // A place the tagger read after "in" or "at" opens such a list too, the next name in it one word ending
    // in a mark or "and" ("held at Panti/LOC, Yaba/PER, and"; not "talks in Tarnby, Velkov said").
    if (type === 'LOC' && (before?.text === 'in' || before?.text === 'at')) {
      listed = k;
      openedByPlace = true;
      continue;
    }
    const oneWord = tokens[f].end === spans[k].end;
    if (listedWith && openedByPlace && !(oneWord && endsListItem(tokens, f + 1))) continue;
    if (!(type === 'PER' || (near && type === 'ORG')) || (!inOrToward && !near && !listedWith)) continue;
    if (!readAsPlace(ctx, tokens, f, spans[k]) || (type === 'ORG' && !mayBeTownNear(ctx, tokens, f, spans[k])))
      continue;
    spans[k].type = 'LOC';
    listed = k;
    openedByPlace = false;
  }
}

/** Whether token `e`, right after a name in a list, ends the name as a list's item does: a mark, "and" or "or". */
function endsListItem(tokens: Token[], e: number): boolean {
  const next = tokens[e]?.text ?? '.';
  return next === ',' || next === '.' || next === ';' || next === 'and' || next === 'or';
}

/** Words after a town's name that a lower-case word may be ("near Harif and ...", "near Harif where"). */
const AFTER_TOWN = new Set(['and', 'or', 'in', 'on', 'at', 'to', 'where', 'when', 'after', 'before', 'as', 'while']);

/**
 * Whether a name read as a body after "near" may be a town: no listed body, no organisation word in
 * it ("near Harif University"), and no lower-case noun after it, which makes it describe a building
 * ("near Harif police headquarters").
 */
function mayBeTownNear(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  const e = tokenEnd(tokens, f, span);
  const next = tokens[e]?.text ?? '.';
  if (/^\p{Ll}/u.test(next) && !AFTER_TOWN.has(next)) return false;
  for (let i = f; i < e; i++) if (ctx.gazetteer.word(tokens[i].text.toLowerCase()) & ORG_WORD_BIT) return false;
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
  return (bits & LISTED_BODY_BIT) === 0 && !ctx.gazetteer.isListedBody(phrase);
}

/** Whether a person's name at token `f` after "in" may be a place's (see `retypePeopleAfterIn`). */
function readAsPlace(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  const gaz = ctx.gazetteer;
  const e = tokenEnd(tokens, f, span);
  if (e < tokens.length && NOT_A_PLACE_AFTER.test(tokens[e].text)) return false;
  if (!/^\p{Lu}/u.test(tokens[f].text) || calendarWord(ctx, tokens[f].text)) return false;
  if (gaz.word(tokens[f].text.toLowerCase()) & GIVEN_NAME_BIT) return false;
  return (listedPhrase(gaz, tokens, f, span.end).bits & PERSON_NAME_BITS) === 0;
}

/** Prepositions of place before a town's name. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'of', 'outside']);

/**
 * "servers in Ashby/O , Velland/LOC" -> "Ashby/LOC": an untagged capitalised word after a preposition
 * of place and before a comma and a place is a town in it, as news writes them ("in Paradise,
 * California"). Not an everyday word or a month ("in Summary, Velland ...", "in September, Velland").
 */
export function tagTownsBeforeRegions(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    const town = f - 2;
    if (town < 1 || spans[k].type !== 'LOC' || tokens[f - 1].text !== ',' || tags[town] !== 0) continue;
    if (!PLACE_PREPOSITIONS.has(tokens[town - 1].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[town].text)) continue;
    const lower = tokens[town].text.toLowerCase();
    if (ctx.lowerWords.has(lower) || ctx.gazetteer.word(lower) & CALENDAR_BIT) continue;
    addName(tokens, tags, spans, first, town, town + 1, 'LOC');
    k++;
  }
}
