import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, capitalised, spansWithin, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, categoryBit } from './gazetteer';
import { COMPANY_ENDINGS, PLACE_HEADS } from './nameHeads';
import { headedByFirstWord, isBodyHead } from './rules-bodies';
import { isGivenNameOnly } from './rules-people';
import { forHead } from './rules-links';
import { namesListedNation } from './rules-listed';
import { nationality } from './rules-national';
import { describedBy } from './cues';
import type { RuleCue } from './ruleCues';

/**
 * Rules that read a name by its head: the word that says what it is (its last, or the one before
 * "of"), and the names that "of" or a body's name after them joins into one.
 */

const ORG_WORD_BIT = categoryBit('orgWord');
const LISTED_ORG_BIT = categoryBit('org');
const LOC_WORD_BIT = categoryBit('locWord');
const EVENT_WORD_BIT = categoryBit('eventWord');

/**
 * Place words that also end names of bodies ("Islamic State", clubs named "... Park"). Streets, squares
 * and bridges are not among them: a street stays a place when it stands for a market or a government.
 */
const POLITY = new Set(['state', 'republic', 'kingdom', 'park']);

/**
 * Names whose last word says what they are. A person name ending in an organisation or place word
 * is not a person ("Harl Market Center/PER" -> ORG, "Tarn Creek/PER" -> LOC), unless that word is
 * also a name ("Arsenio Hall", "Grace Park"); a body's name does not end in a natural feature or
 * administrative unit ("Harl Pond/ORG" -> LOC).
 */
export function retypeByHeadWord(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    // The name's last token (spans are in order, so the search goes on from the last name's).
    while (t < tokens.length && tokens[t].end < span.end) t++;
    if (span.type === 'LOC' && (bodyOfPlace(gaz, tokens, first[k], span) || institution(tokens, first[k], t)))
      span.type = 'ORG';
    if (span.type !== 'MISC' && serviceDistrict(tokens, first[k], t)) {
      span.type = 'ORG';
      continue;
    }
    if (span.type !== 'PER' && span.type !== 'ORG') continue;
    // "University of Tarnia at Velby Hill": the name's head is its first word, not its last.
    if (span.type === 'ORG' && headedByFirstWord(ctx, tokens, first[k])) continue;
    // "Reform Commission of Velk Province": a body's head before "of" heads the name.
    if (span.type === 'ORG' && headBeforeOf(ctx, tokens, first[k], t)) continue;
    if (t >= tokens.length || tokens[t].start <= span.start) continue; // one word
    const head = tokens[t].text.toLowerCase();
    const bits = gaz.word(head);
    if (bits & PERSON_NAME_BITS && !nationalPark(tokens, t)) continue; // "Park" is a surname too, not after "National"
    const place = (bits & LOC_WORD_BIT) !== 0 || PLACE_HEADS.has(head);
    if (span.type === 'PER') {
      // A surname opened by its particles is a person's whatever its word ("du Motel").
      if (/^\p{Ll}/u.test(tokens[first[k]].text)) continue;
      // A word of both kinds ("County": "Derby County" is a club) makes a person's name a place.
      if ((bits & ORG_WORD_BIT && !(bits & LOC_WORD_BIT)) || VENUE_HEADS.has(head) || PROVIDER_HEADS.has(head))
        span.type = 'ORG';
      else if (place && !givenNameAndSurname(ctx, tokens, first[k], t)) span.type = 'LOC';
    } else if (place && !(bits & ORG_WORD_BIT) && (!POLITY.has(head) || nationalPark(tokens, t))) {
      span.type = 'LOC';
    }
  }
}

/** Whether a body's head word that is no place's word stands before "of" or "for" in tokens [f, t). */
function headBeforeOf(ctx: FeatureContext, tokens: Token[], f: number, t: number): boolean {
  for (let i = f; i + 1 < t; i++) {
    const link = tokens[i + 1].text;
    if ((link === 'of' || link === 'for') && isBodyHead(ctx, tokens, i)) {
      if ((ctx.gazetteer.word(tokens[i].text.toLowerCase()) & LOC_WORD_BIT) === 0) return true;
    }
  }
  return false;
}

/**
 * Last words of institutions that gold data types as the bodies they are, not the places they stand in
 * ("Tarnby City Council", "Velby Middle School", "Tarn Ridge Elementary", "Harl State Legislature"), and
 * the chambers, ministries and agencies of a state ("Zambia's National Assembly/LOC").
 * Not hospitals, museums, centres, halls or courts, which the gold sets type as places as often ("Earls
 * Court").
 */
const BODY_NOT_PLACE_HEADS = new Set([
  'Council',
  'School',
  'Elementary',
  'University',
  'College',
  'Academy',
  'Institute',
  'Legislature',
  'Assembly',
  'Parliament',
  'Senate',
  'Ministry',
  'Commission',
  'Committee',
  'Agency',
  'Authority',
  'Party',
  'Corporation',
  'Foundation',
  'Association',
  'Company',
  'Bureau',
  'Directorate',
]);

/** Whether the name from token `f` to its last token `last` (two words or more) ends in an institution's word. */
function institution(tokens: Token[], f: number, last: number): boolean {
  return last > f && last < tokens.length && BODY_NOT_PLACE_HEADS.has(tokens[last].text);
}

/** "... National Park": a park so named is land, not the body that runs it ("Kruger National Park/ORG"). */
function nationalPark(tokens: Token[], t: number): boolean {
  return tokens[t].text === 'Park' && tokens[t - 1].text === 'National';
}

/**
 * Last words of venues and institutions the compiled lists do not hold as organisation words, and no
 * surname ("Hall" and "Temple" are): a person's name does not end in them ("Cary Towne Center/PER").
 * Their names are bodies in most gold data, as the people who run them.
 */
const VENUE_HEADS = new Set([
  'basilica',
  'casino',
  'cathedral',
  'center',
  'centre',
  'chapel',
  'cinema',
  'hospital',
  'hotel',
  'library',
  'mall',
  'monastery',
  'mosque',
  'motel',
  'museum',
  'synagogue',
]);

/**
 * Last words of health providers' names ("Velk Health", "Tarn Healthcare"), which no person's name ends
 * in. Not organisation words everywhere: before a title the word is a portfolio ("Velland Health Minister").
 */
const PROVIDER_HEADS = new Set(['health', 'healthcare']);

/** Whether a capitalised word is one of `VENUE_HEADS` ("Center", "Museum"). */
export function isVenueHead(text: string): boolean {
  return capitalised(text) && VENUE_HEADS.has(text.toLowerCase());
}

/** Place words that are common surnames too ("Hill", "Mills", "Ridge"), unlike "Beach", "Park" or "Dock". */
const SURNAME_HEADS = new Set([
  'arena',
  'banks',
  'bridges',
  'brook',
  'brooks',
  'cliff',
  'dale',
  'field',
  'fields',
  'ford',
  'hill',
  'hills',
  'marsh',
  'mills',
  'pond',
  'ridge',
  'rivers',
  'wood',
  'woods',
]);

/**
 * "Christopher Hill", "Heather Mills": a listed given name (and nothing else) and a place word that is
 * also a common surname, read as a person, are a given name and a surname. Places named after people
 * mostly end in other words ("Ellis Park", "Vero Beach", "Clarence Dock").
 */
function givenNameAndSurname(ctx: FeatureContext, tokens: Token[], f: number, last: number): boolean {
  return (
    last === f + 1 &&
    SURNAME_HEADS.has(tokens[last].text.toLowerCase()) &&
    isGivenNameOnly(ctx, tokens[f].text.toLowerCase())
  );
}

/** Services that special districts are made to run ("School District", "Water District"). */
const DISTRICT_SERVICES = new Set([
  'school',
  'hospital',
  'library',
  'water',
  'fire',
  'sanitation',
  'transit',
  'irrigation',
]);

/**
 * "Coronado Unified School District/LOC" -> ORG: a district named for a service it runs (school,
 * water, fire …) is the body that runs it; districts named otherwise ("Financial District", "Lake
 * District") are places.
 */
function serviceDistrict(tokens: Token[], f: number, last: number): boolean {
  return last > f && tokens[last].text === 'District' && DISTRICT_SERVICES.has(tokens[last - 1].text.toLowerCase());
}

/**
 * "Patriotic Union of Kurdistan/LOC" -> ORG: a name whose words before "of" end in a body's word
 * (union, party, bank, front ...) is that body, of the place after "of". Words that are also place
 * words ("City of Tarnby") and polities ("Kingdom of Velland") leave it a place.
 */
function bodyOfPlace(gaz: Gazetteer, tokens: Token[], f: number, span: Span): boolean {
  for (let i = f + 1; i + 1 < tokens.length && tokens[i + 1].end <= span.end; i++) {
    if (tokens[i].text !== 'of') continue;
    const head = tokens[i - 1].text.toLowerCase();
    const bits = gaz.word(head);
    return (bits & ORG_WORD_BIT) !== 0 && (bits & LOC_WORD_BIT) === 0 && !POLITY.has(head) && !PLACE_HEADS.has(head);
  }
  return false;
}

/**
 * Words that name a storm before its given name ("Typhoon ...", "Tropical Storm ..."), also in lower
 * case ("hurricane ...", "post-tropical storm ..."), "storm" then only after its kind: "after the storm
 * Ann Lee said" has a person in it.
 */
const STORMS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'hurricane', 'typhoon', 'cyclone', 'storm']);
/** `tagStorms` acts only on a sentence with a storm's word. */
export const STORM_CUE: RuleCue = { words: STORMS };
const STORM_QUALIFIERS = new Set(['Tropical', 'Super', 'Severe']);
const STORM_KINDS = new Set(['tropical', 'post-tropical', 'subtropical', 'winter', 'severe', 'super', 'named']);
const DESIGNATOR_BITS = ORG_WORD_BIT | LOC_WORD_BIT | categoryBit('eventWord');

/**
 * "Typhoon Velka/ORG", "Hurricane Tarvell/PER" -> "Typhoon Velka/MISC" ... "Tarvell/MISC": a storm's
 * given name after its word ("Hurricane", "Tropical Storm") names the storm, an event like a war, not a
 * person or a body, whatever the tagger read; the storm's word stays outside, as the tagger mostly leaves
 * it, so that the name alone later in the article is the same MISC (a storm the tagger read whole as
 * MISC stays so). Not in a longer name ("Hurricane
 * Velka Relief Fund", "National Hurricane Center").
 */
export function tagStorms(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Every storm's word starts with C, H, S or T, in either case, and has five to nine letters: most
    // tokens stop here.
    const text = tokens[i].text;
    const c = text.charCodeAt(0);
    const upper = c === 67 || c === 72 || c === 83 || c === 84;
    if (text.length < 5 || text.length > 9 || !(upper || c === 99 || c === 104 || c === 115 || c === 116)) continue;
    if (!STORMS.has(text) || !/^\p{Lu}\p{Ll}/u.test(tokens[i + 1].text)) continue;
    if (text === 'storm' && !STORM_KINDS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
    if (i + 2 < tokens.length && /^\p{Lu}/u.test(tokens[i + 2].text)) continue;
    const name = tokens[i + 1].text.toLowerCase();
    if (ctx.gazetteer.word(name) & DESIGNATOR_BITS || VENUE_HEADS.has(name)) continue; // "Hurricane Center"
    let from = i;
    while (from > 0 && STORM_QUALIFIERS.has(tokens[from - 1].text)) from--;
    // Inside a longer name ("National Hurricane ..."), unless that is only the article.
    if (upper && from > 0 && /^\p{Lu}/u.test(tokens[from - 1].text) && tokens[from - 1].text !== 'The') continue;
    const start = tokens[from].start;
    const end = tokens[i + 1].end;
    const within = spansWithin(spans, start, end);
    if (!within) continue;
    const [k, j] = within;
    if (j === k + 1 && spans[k].type === 'MISC' && spans[k].start === start) continue; // read whole already
    spans.splice(k, j - k, { start: tokens[i + 1].start, end, type: 'MISC' });
    first.splice(k, j - k, i + 1);
  }
}

/** How stage races' names open, their country or region after ("Tour de ...", "Giro d'...", "Vuelta a ..."). */
const RACE_OPENINGS = /^(?:Tour (?:de|du|of)|Giro (?:d['’]\p{Lu}|di$)|Vuelta a$)/u;
/**
 * Words that end the names of laws and of yearly shows and weeks ("Velland Labour Code", "Air Passenger
 * Regulations", "Tarnby Energy Week", "Royal Velby Show"), which the lists' event words lack. A body's
 * name ending in one is the law or show, unless a school's word or "of" comes right before the ending
 * ("Velk University Law", "Faculty of Law") or a listed body or a company's legal form is in it.
 */
const LAW_AND_SHOW_ENDINGS = new Set(['Code', 'Regulations', 'Law', 'Directive', 'Decree', 'Week', 'Show', 'Expo']);
/** Institutions that teach law or show things, before the ending ("Velk University Law", "Velby College Show"). */
const SCHOOLS = new Set([
  'University',
  'College',
  'School',
  'Institute',
  'Academy',
  'Society',
  'Association',
  'Faculty',
]);
/** Words that open a law's name before "of" ("Constitution of Velland", "Charter of Rights"). */
const LAW_OPENINGS = new Set(['Code', 'Law', 'Constitution', 'Charter']);

/** Adjectives of a law's kind before its opening word ("Organic Law of", "Penal Code of"). */
const LAW_KINDS = new Set([
  ...['General', 'National', 'Federal', 'Organic', 'Basic', 'Civil', 'Criminal', 'Penal', 'Electoral'],
  ...['Fundamental', 'Constitutional', 'Labour', 'Labor', 'Family', 'Commercial', 'Administrative'],
]);

/** `retypeEvents` acts only on a sentence with an event's word or a race's first word. */
export const EVENT_CUE: RuleCue = { words: ['Tour', 'Giro', 'Vuelta'], bits: EVENT_WORD_BIT };
/** ... or with a law's or show's word in capitals ("week" and "law" are in most news). */
export const LAW_OR_SHOW_CUE: RuleCue = { test: text => LAW_AND_SHOW_ENDINGS.has(text) || LAW_OPENINGS.has(text) };

/**
 * "Harland Cup", "Gulf War", "Treaty of Rome": a name that ends in an event word, or starts with
 * one followed by "of" or "on" ("Treaty on European Union"), names an event, prize or law (MISC), not
 * the body or place inside it. So does a stage race's name ("Tour de Velland", "Giro d'Tarnia"), which
 * the tagger reads as a body.
 */
export function retypeEvents(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    if (span.type === 'MISC') return;
    const f = first[k];
    const l = tokenEnd(tokens, f, span) - 1;
    if (l === f) return;
    const event = (i: number) => {
      const bits = gaz.word(tokens[i].text.toLowerCase());
      return (bits & EVENT_WORD_BIT) !== 0 && (bits & PERSON_NAME_BITS) === 0;
    };
    if (event(l) || (event(f) && (tokens[f + 1].text === 'of' || tokens[f + 1].text === 'on'))) span.type = 'MISC';
    else if (RACE_OPENINGS.test(`${tokens[f].text} ${tokens[f + 1].text}`)) span.type = 'MISC';
    else if (span.type === 'ORG' && namesLawOrShow(gaz, tokens, f, l)) span.type = 'MISC';
  });
}

/** Whether a body's name, tokens f to l, is a law's or a show's (`LAW_AND_SHOW_ENDINGS`, `LAW_OPENINGS`). */
function namesLawOrShow(gaz: Gazetteer, tokens: Token[], f: number, l: number): boolean {
  if (LAW_OPENINGS.has(tokens[f].text) && tokens[f + 1].text === 'of') return true;
  // "General Law of ...", "National Code of ...": a law's kind before its opening word.
  if (LAW_KINDS.has(tokens[f].text) && LAW_OPENINGS.has(tokens[f + 1].text) && tokens[f + 2]?.text === 'of')
    return true;
  const ending = tokens[l].text;
  if (!LAW_AND_SHOW_ENDINGS.has(ending) || tokens[l - 1].text === 'of' || SCHOOLS.has(tokens[l - 1].text)) return false;
  // A law school goes by its university's name and "Law" ("Velkton Law"); a law's name is longer.
  if (ending === 'Law' && l - f < 2) return false;
  for (let i = f; i < l; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (COMPANY_ENDINGS.has(lower) || gaz.word(lower) & LISTED_ORG_BIT || gaz.isListedBody(lower)) return false;
  }
  return true;
}

/**
 * Whether a body's name ending at token `l` in a body's word goes on over "of" into `place`, read from
 * token `from`, as the listed country or region the body serves.
 */
export function servesNation(gaz: Gazetteer, tokens: Token[], l: number, place: Span, from: number): boolean {
  const lower = tokens[l].text.toLowerCase();
  return (
    ((gaz.word(lower) & ORG_WORD_BIT) !== 0 || pluralOfBodyWord(gaz, lower) || describedBy(lower) === 'ORG') &&
    place.type === 'LOC' &&
    namesListedNation(gaz, tokens, from, place.end)
  );
}

/** "unions", "associations": a body's word in the plural ends the name of a body of such bodies. */
function pluralOfBodyWord(gaz: Gazetteer, lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && (gaz.word(lower.slice(0, -1)) & ORG_WORD_BIT) !== 0;
}

/** Heads of natural features the lexicon's place words lack ("Cape of Good Hope", "Isle of Man"). */
const FEATURE_HEADS = new Set(['Cape', 'Isle']);

/**
 * "Army/ORG of the Tarn/LOC" -> one ORG, "Gulf/LOC of Carpentaria/LOC" -> one LOC: a name ending
 * in an organisation or place word, then "of" (or "of the") and another name, is one name. A longer
 * body's name joins only a listed country or region after it, the nation the body serves ("Solar
 * Installers Guild/ORG of Tarnia/LOC", "National Energy Regulator/ORG of South Africa/LOC"); its head
 * may be a body's noun the lists leave out ("Regulator", "Guild") or one in the plural ("Confederation of
 * Trade Unions/ORG of Tarnia/LOC").
 */
export function joinOfNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    if (a.type === 'MISC' || b.type === 'MISC' || b.type === 'PER') continue;
    const l = tokenEnd(tokens, first[k], a) - 1;
    const of = l + 1;
    const next = of + 1 < tokens.length && tokens[of + 1].text === 'the' ? of + 2 : of + 1;
    if (of >= tokens.length || tokens[of].text !== 'of' || first[k + 1] !== next) continue;
    // Short heads ("Army of", "World Organization of"), or a longer body's before its nation; a
    // company's legal form ends its name.
    const lower = tokens[l].text.toLowerCase();
    if (COMPANY_ENDINGS.has(lower)) continue;
    if (l - first[k] > 1) {
      if (a.type === 'ORG' && servesNation(gaz, tokens, l, b, first[k + 1])) absorbFollowing(spans, first, k--);
      continue;
    }
    const bits = gaz.word(lower);
    const place = bits & LOC_WORD_BIT || FEATURE_HEADS.has(tokens[l].text);
    const type = bits & ORG_WORD_BIT ? 'ORG' : place ? 'LOC' : undefined;
    if (!type) continue;
    a.type = type;
    absorbFollowing(spans, first, k);
    k--;
  }
}

/**
 * "Committee/ORG to Protect Journalists/ORG", "Commission/ORG on Human Rights/ORG" -> one ORG: a body's
 * head word ("Committee", "Commission", "Panel"), "to" or "on", and a body's name is one body named for
 * its purpose or its subject; so is such a word alone, or "Centre", before "for" ("Centre/ORG for
 * Trade Policy/ORG"). After "to" the name must open with an everyday word (a verb: "Protect",
 * "Stop"), so that "wrote to Velkom" stays two. Not when the name after it ends in a head word of its
 * own ("wrote to Amnesty International"): that is a second body. A head word before "Against" and any
 * name but a person's is one body, as a capitalised "Against" is written only inside a name
 * ("Independent Commission Against Corruption").
 */
export function joinPurposeNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    if (a.type !== 'ORG') continue;
    const link = tokenEnd(tokens, first[k], a);
    const f = first[k + 1];
    const word = tokens[link]?.text;
    // A capitalised "Against" is inside a name, whatever the tagger read after it ("Corruption/MISC").
    if (word === 'Against' && f === link + 1 && b.type !== 'PER' && isBodyHead(ctx, tokens, link - 1)) {
      absorbFollowing(spans, first, k);
      continue;
    }
    if (b.type !== 'ORG') continue;
    // Before "for" (and "the"), a head word alone or after a nation's adjective ("Centre/ORG for Trade
    // Policy/ORG", "Tarnian Forum/ORG for the Environment/ORG"); a longer name may be a body acting for
    // another ("Velka Bank/ORG for Tarnco/ORG").
    const named = link - first[k] === 1 || (link - first[k] === 2 && nationality(ctx, tokens[first[k]]));
    const head = word === 'for' ? named && forHead(ctx, tokens[link - 1].text) : isBodyHead(ctx, tokens, link - 1);
    const from = word === 'for' && tokens[link + 1]?.text === 'the' ? link + 2 : link + 1;
    if ((word !== 'to' && word !== 'on' && word !== 'for') || f !== from || !head) continue;
    if (word === 'to' && !ctx.lowerWords.has(tokens[f].text.toLowerCase())) continue;
    if (isBodyHead(ctx, tokens, tokenEnd(tokens, f, b) - 1)) continue;
    absorbFollowing(spans, first, k);
  }
}

/**
 * "Tarnby/LOC City Council/ORG" -> one ORG, "Ann Harl/PER High School/ORG" -> one ORG: a person's or
 * place's name right before a body's name, nothing between them but a space, is where the body's name
 * begins (bodies are named after the places and people they serve or honour). The rules after it
 * then read the whole name ("Tarnby Cup" is an event). So too before a building's name read as a
 * place ("Ann Harl/PER Art Museum/LOC", "Tarnby/LOC Convention Centre/LOC" -> one LOC).
 */
export function joinBodyBeginnings(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const a = spans[k];
    const b = spans[k + 1];
    if (a.type !== 'LOC' && a.type !== 'PER') continue;
    if (b.start !== a.end + 1) {
      // "Middle East/LOC Technical University/ORG" with the middle word left out by the tagger.
      if (b.type === 'ORG' && wordBetweenPlaceAndBody(ctx, tokens, a, first[k + 1], b)) {
        a.type = 'ORG';
        absorbFollowing(spans, first, k);
      }
      continue;
    }
    if (b.type === 'ORG') a.type = 'ORG';
    else if (b.type === 'LOC' && namesBuilding(tokens, first[k + 1], b)) a.type = 'LOC';
    else continue;
    absorbFollowing(spans, first, k);
  }
}

/**
 * Whether one capitalised everyday word, left untagged, stands between a place and a body's name that
 * ends in a body's head ("Middle East Technical University"), as part of the one body's name. A word
 * that is no everyday word may be a name of its own or a day ("in Tarnby Sunday Council officials said").
 */
function wordBetweenPlaceAndBody(ctx: FeatureContext, tokens: Token[], a: Span, f: number, b: Span): boolean {
  const gap = f - 1;
  if (a.type !== 'LOC' || gap < 1 || tokens[gap - 1].end !== a.end || tokens[gap].start !== a.end + 1) return false;
  if (b.start !== tokens[gap].end + 1 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[gap].text)) return false;
  return ctx.lowerWords.has(tokens[gap].text.toLowerCase()) && isBodyHead(ctx, tokens, tokenEnd(tokens, f, b) - 1);
}

/** Buildings named after people or places: "<person> Art Museum", "<town> Convention Centre". */
const NAMED_BUILDINGS = new Set(['museum', 'gallery', 'library', 'center', 'centre', 'hall', 'theatre', 'theater']);

/**
 * Whether the place's name starting at token `f` is a building's that a person's name may begin
 * ("Art Museum", "Museum of Art", "Concert Hall"): one of its first two words is such a building.
 */
function namesBuilding(tokens: Token[], f: number, span: Span): boolean {
  for (let i = f; i < f + 2 && i < tokens.length && tokens[i].end <= span.end; i++)
    if (NAMED_BUILDINGS.has(tokens[i].text.toLowerCase())) return true;
  return false;
}
