import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, isPossessive, splitAt, tokenEnd } from './spanTokens';
import { BODY_BITS } from './rules-bodies';
import { namesBody } from './rules-foreign';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';

// Rules that type a name by the compiled lists: a whole name that is a listed place, country, nationality
// or body, and a listed city by the words around it (an office, a journey, the area it is in).

const DEMONYM_BIT = bit('demonym');
const GIVEN_NAME_BIT = bit('first');
const TITLE_BIT = bit('title');
const CITY_BIT = bit('city');
const COUNTRY_BIT = bit('country');
const REGION_BIT = bit('region');
const LISTED_ORG_BIT = bit('org');

/**
 * The compiled lists' bits for the words from token `from` to the last token ending by offset `end`,
 * that last token's index, and the words as the lists hold them (lower-cased, one space apart).
 */
export function listedPhrase(
  gaz: Gazetteer,
  tokens: readonly Token[],
  from: number,
  end: number,
): { bits: number; last: number; phrase: string } {
  let phrase = tokens[from].text.toLowerCase();
  let last = from;
  while (last + 1 < tokens.length && tokens[last + 1].end <= end) phrase += ' ' + tokens[++last].text.toLowerCase();
  return { bits: gaz.word(phrase), last, phrase };
}

/**
 * Whether the words from token `from` to offset `end` make a place of the compiled lists or of the
 * model's stored places ("the danube", "port harcourt").
 */
export function namesListedPlace(gaz: Gazetteer, tokens: Token[], from: number, end: number): boolean {
  const { bits, phrase } = listedPhrase(gaz, tokens, from, end);
  return (bits & PLACE_BITS) !== 0 || gaz.isListedPlace(phrase);
}

/** `namesListedPlace`, or one word that is a listed town ("Velbuja"). */
export function namesListedPlaceOrTown(gaz: Gazetteer, tokens: Token[], from: number, end: number): boolean {
  if (namesListedPlace(gaz, tokens, from, end)) return true;
  return tokens[from].end === end && gaz.isListedTown(tokens[from].text.toLowerCase());
}

/** The lists' countries and regions: places that own or serve what is named after them, unlike towns. */
export const NATION_BITS = bit('country') | bit('region');

/** Whether tokens from `from` to offset `end` make a listed country's or region's name ("South Africa", "Ontario"). */
export function namesListedNation(gaz: Gazetteer, tokens: Token[], from: number, end: number): boolean {
  return (listedPhrase(gaz, tokens, from, end).bits & NATION_BITS) !== 0;
}

/**
 * "Bosnia/LOC and Herzegovina/LOC" -> one LOC: two names joined by "and" or "&" (or "and the") whose
 * whole is a listed place ("Trinidad and Tobago", "Saint Vincent and the Grenadines") are one name.
 */
export function joinListedPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const and = first[k + 1] - (tokens[first[k + 1] - 1]?.text === 'the' ? 2 : 1);
    if (and < 1 || (tokens[and].text !== 'and' && tokens[and].text !== '&') || tokens[and - 1].end !== spans[k].end)
      continue;
    if ((listedPhrase(ctx.gazetteer, tokens, first[k], spans[k + 1].end).bits & PLACE_BITS) === 0) continue;
    spans[k].type = 'LOC';
    absorbFollowing(spans, first, k);
  }
}

/**
 * Names typed by the compiled lists. "Tarnia beat Velland 2-1", "Tarnia hangs a smuggler": a name
 * that is a listed country is a place (LOC) also when it stands for the country's team or
 * government, as CoNLL-style news types it; a person keeps a name shared with a country if it is
 * also a listed given name or surname. A listed region read as a person is the region, on the same
 * terms ("Bihar/PER board cancels ..."); read as a body it stays one (a province's side, "Leinster").
 * "a European/ORG group", "fellow American/ORG Ann Lee": a one-word name that is a listed nationality
 * or people's adjective is MISC. A listed sea, strait or
 * range read as a body is the place (`waterOrLand`).
 */
export function retypeListedNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'MISC') continue;
    const f = first[k];
    const word = tokens[f].text.toLowerCase();
    const one = tokens[f].end === span.end;
    if (!one && span.type === 'ORG' && waterOrLand(gaz, tokens, f, span)) {
      span.type = 'LOC';
      continue;
    }
    // Only build the phrase when a listed phrase can start with this word.
    if (!one && (span.type === 'LOC' || gaz.longestFrom(word) === 0)) continue;
    const bits = one ? gaz.word(word) : listedPhrase(gaz, tokens, f, span.end).bits;
    const unnamed = (bits & PERSON_NAME_BITS) === 0;
    if (
      ((bits & COUNTRY_BIT) !== 0 && (span.type === 'ORG' || (span.type === 'PER' && unnamed))) ||
      ((bits & REGION_BIT) !== 0 && span.type === 'PER' && unnamed)
    ) {
      span.type = 'LOC';
    } else if (one && (bits & DEMONYM_BIT) !== 0) {
      span.type = 'MISC';
    }
  }
}

/** Last words of seas, straits and ranges that also end bodies' names ("English Channel", a channel on TV). */
const FEATURE_HEADS = new Set(['Channel', 'Strait', 'Straits', 'Sea', 'Gulf', 'Bay', 'Ocean', 'Canal', 'Mountains']);

/** "English Channel/ORG": a name that is a listed place, no listed body, ending in a sea's or range's word. */
function waterOrLand(gaz: Gazetteer, tokens: Token[], f: number, span: Span): boolean {
  // The head word first, as names write it: most bodies' names end otherwise.
  if (!FEATURE_HEADS.has(tokens[tokenEnd(tokens, f, span) - 1].text)) return false;
  const { phrase } = listedPhrase(gaz, tokens, f, span.end);
  return gaz.isListedPlace(phrase) && !gaz.isListedBody(phrase);
}

/** A one-word firm's name written as brands are, a capital inside ("easyJet", "eBay", "YouTube"). */
const FIRM_SHAPE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}+)\p{Lu}\p{L}*$/u;

/**
 * "Velmora Dynamics/PER said" -> ORG: a name the tagger read as a person, a place or, of two words or more
 * (or one in a brand's shape, "easyJet"), another kind of name (MISC, as the shape of a firm's name unseen in
 * training may suggest: "Volvo Cars") whose whole text is a listed body (a company or club of the open lists
 * stored in the model) is that body, and so is one whose text and the possessive after it are, the possessive
 * taken in ("Brask/LOC 's cut its rating" -> "Brask 's/ORG"; read as a person or body, only when no listed
 * person's name); so is a person's name of two or more words that the lexicon lists as a body. The lists
 * leave out names shared with a listed place or person, ordinary words and the open list's one-word club
 * names (mostly their towns'), and the document pass still gives a name the type its defining context in the
 * article says. Not a place read before a comma and a listed place: a town and its region ("Lipa, Batangas").
 */
export function retypeListedBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    // One word read as MISC may be a work named like a firm ("the film Velmora"); a longer name less so,
    // nor a word in a brand's shape, with a capital inside ("easyJet").
    const miscWord = span.type === 'MISC' && tokens[first[k]].end === span.end;
    if (miscWord && !FIRM_SHAPE.test(tokens[first[k]].text)) continue;
    // A body is looked at only for a possessive after it (cheap to test first: most are not).
    if (span.type === 'ORG') {
      const end = tokenEnd(tokens, first[k], span);
      if (end >= tokens.length || !isPossessive(tokens[end])) continue;
    }
    // A place read after "in" before a comma and a listed place is a town and its region ("in Lipa, Batangas").
    if (span.type === 'LOC' && beforeItsRegion(ctx, tokens, spans, first, k)) continue;
    const word = tokens[first[k]].text.toLowerCase();
    // A brand's word the lexicon holds as a body's name ("YouTube") is that body.
    if (miscWord && gaz.word(word) & BODY_BITS) {
      span.type = 'ORG';
      continue;
    }
    // A person's name of two or more words may be a body of the lexicon's lists too ("Velk Jazeera").
    const listedPerson = span.type === 'PER' && tokens[first[k]].end < span.end && gaz.longestFrom(word) > 0;
    if (!listedPerson && !gaz.mayBeBody(word)) continue;
    let phrase = word;
    let i = first[k] + 1;
    for (; i < tokens.length && tokens[i].end <= span.end; i++) phrase += ' ' + tokens[i].text.toLowerCase();
    if (span.type !== 'ORG' && (gaz.isListedBody(phrase) || (listedPerson && gaz.word(phrase) & BODY_BITS)))
      span.type = 'ORG';
    // A firm named in the possessive, the tagger's name without it ("Moody/LOC 's cut its rating"):
    // the possessive is part of the firm's name. Not a person's name read as one ("Mr. Carter 's plane").
    else if (
      i < tokens.length &&
      isPossessive(tokens[i]) &&
      (span.type === 'LOC' || (gaz.word(phrase) & PERSON_NAME_BITS) === 0) &&
      gaz.isListedBody(phrase + " 's")
    ) {
      span.type = 'ORG';
      span.end = tokens[i].end;
    }
  }
}

/**
 * Whether span k, right after "in" or "near", is followed by a comma and a place read there that the lists
 * hold as a place or a town, no possessive after it ("in Lipa, Batangas"; not "Norway's Statoil, Britain's BP").
 */
function beforeItsRegion(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[], k: number): boolean {
  const before = tokens[first[k] - 1]?.text;
  if (before !== 'in' && before !== 'near') return false;
  const comma = tokenEnd(tokens, first[k], spans[k]);
  const next = spans[k + 1];
  if (tokens[comma]?.text !== ',' || first[k + 1] !== comma + 1 || next.type !== 'LOC') return false;
  const after = tokenEnd(tokens, comma + 1, next);
  if (after < tokens.length && isPossessive(tokens[after])) return false;
  return namesListedPlaceOrTown(ctx.gazetteer, tokens, comma + 1, next.end);
}

/**
 * Whether the span at token `f` reads as a body's name: a word of it is a body's word, a company's
 * ending or a listed body's ("Velk Television"), or the whole is a listed body.
 */
export function readsAsBody(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  const e = tokenEnd(tokens, f, span);
  if (namesBody(ctx, tokens, f, e, BODY_BITS)) return true;
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
  return (bits & BODY_BITS) !== 0 || ctx.gazetteer.isListedBody(phrase);
}

/**
 * Lower-case nouns for what is found in a city: a news organisation's office ("the Tarnby newsroom"),
 * and a hospital, court, prison, hotel, airport, suburb or the police ("a Tarnby hospital").
 */
const LOCATED_NOUNS = new Set([
  'newsroom',
  'bureau',
  'desk',
  'office',
  'offices',
  'hospital',
  'hospitals',
  'court',
  'police',
  'prison',
  'jail',
  'hotel',
  'airport',
  'suburb',
  'suburbs',
]);

/**
 * "-- Tarnby/ORG newsroom +44 ...", "a Tarnby/ORG hospital" -> LOC: a listed city (or a town's
 * one-word name stored in the model) right before a lower-case noun for something in a city names
 * where it is, not a body.
 */
export function retypeOfficeCities(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    t = Math.max(t, first[k]);
    while (t < tokens.length && tokens[t].end <= span.end) t++;
    if (t >= tokens.length || !LOCATED_NOUNS.has(tokens[t].text)) continue;
    const town = t === first[k] + 1 && ctx.gazetteer.isListedTown(tokens[first[k]].text.toLowerCase());
    if (town || listedPhrase(ctx.gazetteer, tokens, first[k], span.end).bits & CITY_BIT) span.type = 'LOC';
  }
}

/** The two words before a destination: a journey's verb and its preposition ("left for", "flew to", "set off for"). */
const TRAVEL = new Set([
  'left for',
  'flew to',
  'flown to',
  'travelled to',
  'traveled to',
  'arrived in',
  'arrived at',
  'headed for',
  'headed to',
  'off for',
  'sailed to',
  'sailed for',
  'drove to',
  'fled to',
  'flying to',
  'flew into',
  // A flight goes to the city, not to its club ("resumed flights to Tel Aviv").
  'flight to',
  'flights to',
]);

/**
 * "before Okafor left for Tarnby/ORG", "a court in Tarnby/ORG fined" -> LOC: a listed city right
 * after a journey's verb and its preposition is where someone went, not the city's club (news names
 * clubs by their towns, but a club is not flown to); one right after a lower-case "in" (or an "In"
 * opening the sentence) is where something happens, unless the city's name is a listed body's too
 * ("shares in Velkstad"), and so is a listed region or country of two or more words there ("In
 * Uttar Pradesh, the party won").
 */
export function retypeDestinations(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'ORG' || f === 0) continue;
    const travelled = f >= 2 && TRAVEL.has(`${tokens[f - 2].text} ${tokens[f - 1].text}`);
    const within = tokens[f - 1].text === 'in' || (f === 1 && tokens[0].text === 'In');
    if (!travelled && !within) continue;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
    // After "in", also a region's or country's name of two or more words ("In Uttar Pradesh, ...").
    const place =
      bits & CITY_BIT || (within && phrase.includes(' ') && (bits & PLACE_BITS || ctx.gazetteer.isListedPlace(phrase)));
    if (!place) continue;
    if (travelled || ((bits & LISTED_ORG_BIT) === 0 && !ctx.gazetteer.isListedBody(phrase))) span.type = 'LOC';
  }
}

/**
 * "Tarnian Joss Harl/PER" -> "Tarnian/MISC", "Joss Harl/PER": a nationality before a person's given
 * name or title is no part of the name ("Kenyan Rita Jeptoo", "Jordanian King Abdullah"), unless
 * the nationality is a given name too.
 */
export function splitNationalities(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'PER' || f + 2 >= tokens.length || tokens[f + 2].end > span.end) continue;
    const bits = gaz.word(tokens[f].text.toLowerCase());
    if ((bits & DEMONYM_BIT) === 0 || (bits & GIVEN_NAME_BIT) !== 0) continue;
    if ((gaz.word(tokens[f + 1].text.toLowerCase()) & (GIVEN_NAME_BIT | TITLE_BIT)) === 0) continue;
    splitAt(tokens, spans, first, k, f + 1, 'MISC', 'PER');
    k++;
  }
}

/**
 * "a Tarnia Chinese/PER" -> MISC: a person's name of two or three words, each a listed country or
 * nationality and the last a nationality, names a people of mixed descent or a diaspora ("Fiji
 * Indian", "Malaysian Chinese"), as CoNLL types nationalities; the tagger took the country for a given
 * name, and the document pass would then read the country alone as that person. Not a word that is a
 * given name too ("Georgia", "Jordan").
 */
export function retypePeoplesNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'PER') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, spans[k]);
    if (e - f < 2 || e - f > 3) continue;
    let peoples = (gaz.word(tokens[e - 1].text.toLowerCase()) & DEMONYM_BIT) !== 0;
    for (let i = f; peoples && i < e - 1; i++) {
      const bits = gaz.word(tokens[i].text.toLowerCase());
      peoples = (bits & (DEMONYM_BIT | COUNTRY_BIT)) !== 0 && (bits & GIVEN_NAME_BIT) === 0;
    }
    if (peoples) spans[k].type = 'MISC';
  }
}
