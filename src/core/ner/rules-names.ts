import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';

const FIRST_BIT = bit('first');
const TITLE_BIT = bit('title');
const DEMONYM_BIT = bit('demonym');
const CITY_BIT = bit('city');
const ORG_WORD_BIT = bit('orgWord');

/**
 * The compiled lists' bits for the words from token `from` to the last token ending by offset `end`
 * (lower-cased, one space apart, as the lists hold them), and that last token's index.
 */
function listedPhrase(gaz: Gazetteer, tokens: Token[], from: number, end: number): { bits: number; last: number } {
  let phrase = tokens[from].text.toLowerCase();
  let last = from;
  while (last + 1 < tokens.length && tokens[last + 1].end <= end) phrase += ' ' + tokens[++last].text.toLowerCase();
  return { bits: gaz.word(phrase), last };
}

/** A compound adjective of where a body is based or who runs it ("Tarnby-based"); see `cues.ts`. */
const BASED_WORD = /.-(?:based|headquartered|owned|listed|controlled|run|backed|funded)$/;

/**
 * "Tarnby-based Velka/LOC" -> "Velka/ORG": a capitalised "<place>-based" the tagger took into a
 * name is not part of it, and the name after it is a body.
 */
export function splitBasedAdjectives(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (f + 1 >= tokens.length || tokens[f + 1].end > span.end || !BASED_WORD.test(tokens[f].text)) continue;
    span.start = tokens[f + 1].start;
    span.type = 'ORG';
    first[k] = f + 1;
  }
}

/** Bits that make a word more than a given name: places, bodies, designators, events. */
export const NOT_PERSON_BITS =
  bit('country') |
  bit('city') |
  bit('region') |
  bit('org') |
  bit('team') |
  bit('orgWord') |
  bit('locWord') |
  bit('eventWord') |
  bit('demonym') |
  bit('calendar');

/**
 * "Tarja Velkonen/ORG" -> PER: a name of two or three capitalised words that starts with a listed
 * given name and has no other word that is a place, a body, a designator or an ordinary word, is a
 * person. It runs before `retypeByHeadWord`, so a name ending in a place word is still a place.
 */
export function retypeGivenNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' && span.type !== 'LOC') return;
    const f = first[k];
    const l = tokenEnd(tokens, f, span) - 1;
    if (l === f || l - f > 2) return;
    if ((gaz.word(tokens[f].text.toLowerCase()) & (FIRST_BIT | NOT_PERSON_BITS)) !== FIRST_BIT) return;
    for (let i = f + 1; i <= l; i++) {
      const lower = tokens[i].text.toLowerCase();
      if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text) || gaz.word(lower) & NOT_PERSON_BITS || ctx.lowerWords.has(lower))
        return;
    }
    span.type = 'PER';
  });
}

/**
 * "Colonel Joss Tarvell/ORG" -> "Joss Tarvell/PER" (the title is cut by `trimTitles`): a name that
 * starts with titles followed by one to three capitalised words, none of them a place, a body, a
 * designator or an ordinary word ("General Electric", "King County" stay), is a person.
 */
/** "Colonel", "Col.": a capital then a lower-case letter (ASCII tested by code). */
function titleCase(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text);
}

export function retypeTitledNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' && span.type !== 'LOC') return;
    let i = first[k];
    // A title is written "Colonel" or "Col.", not in capitals ("MS Windows").
    while (
      i < tokens.length &&
      tokens[i].end < span.end &&
      titleCase(tokens[i].text) &&
      gaz.word(tokens[i].text.toLowerCase()) & TITLE_BIT
    )
      i++;
    if (i === first[k] || tokens[i].end > span.end) return;
    const rest = i;
    for (; i < tokens.length && tokens[i].end <= span.end; i++) {
      const lower = tokens[i].text.toLowerCase();
      if (!/^\p{Lu}/u.test(tokens[i].text) || gaz.word(lower) & NOT_PERSON_BITS || ctx.lowerWords.has(lower)) return;
    }
    if (i - rest > 3) return;
    span.type = 'PER';
  });
}

/**
 * "Bosnia/LOC and Herzegovina/LOC" -> one LOC: two names joined by "and" or "&" whose whole is a
 * listed place ("Trinidad and Tobago") are one name.
 */
export function joinListedPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const and = first[k + 1] - 1;
    if (and < 1 || (tokens[and].text !== 'and' && tokens[and].text !== '&') || tokens[and - 1].end !== spans[k].end)
      continue;
    if ((listedPhrase(ctx.gazetteer, tokens, first[k], spans[k + 1].end).bits & PLACE_BITS) === 0) continue;
    spans[k].end = spans[k + 1].end;
    spans[k].type = 'LOC';
    spans.splice(k + 1, 1);
    first.splice(k + 1, 1);
  }
}

const COUNTRY_BIT = bit('country');

/**
 * Names typed by the compiled lists. "Tarnia beat Velland 2-1", "Tarnia hangs a smuggler": a name
 * that is a listed country is a place (LOC) also when it stands for the country's team or
 * government, as CoNLL-style news types it; a person keeps a name shared with a country if it is
 * also a listed given name or surname. "a European/ORG group", "fellow American/ORG Ann Lee": a
 * one-word name that is a listed nationality or people's adjective is MISC.
 */
export function retypeListedNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'MISC') continue;
    const f = first[k];
    const word = tokens[f].text.toLowerCase();
    const one = tokens[f].end === span.end;
    // Only build the phrase when a listed phrase can start with this word.
    if (!one && (span.type === 'LOC' || gaz.longestFrom(word) === 0)) continue;
    const bits = one ? gaz.word(word) : listedPhrase(gaz, tokens, f, span.end).bits;
    if (
      (bits & COUNTRY_BIT) !== 0 &&
      (span.type === 'ORG' || (span.type === 'PER' && (bits & PERSON_NAME_BITS) === 0))
    ) {
      span.type = 'LOC';
    } else if (one && (bits & DEMONYM_BIT) !== 0) {
      span.type = 'MISC';
    }
  }
}

/**
 * "Velmora Dynamics/PER said" -> ORG: a name the tagger read as a person or a place whose whole text
 * is a listed body (a company or club of the open lists stored in the model) is that
 * body. The lists leave out names shared with a listed place or person, ordinary words and clubs'
 * one-word names (their towns' names), and the document pass still gives a name the type its
 * defining context in the article says.
 */
export function retypeListedBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if ((span.type !== 'PER' && span.type !== 'LOC') || !gaz.mayBeBody(tokens[first[k]].text.toLowerCase())) continue;
    let phrase = tokens[first[k]].text.toLowerCase();
    for (let i = first[k] + 1; i < tokens.length && tokens[i].end <= span.end; i++)
      phrase += ' ' + tokens[i].text.toLowerCase();
    if (gaz.isListedBody(phrase)) span.type = 'ORG';
  }
}

const AREA_BITS = bit('country') | bit('region');

/**
 * "Debden/PER , Velland" -> LOC: a name the tagger read as a person, right before a comma and a
 * listed country or region (a state, a county) that ends the phrase, is a place in it, as in
 * "born in Tarnby, Velland" or a dateline. Not "Ann Lee, Velland's captain".
 */
export function retypePlacesInAreas(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const span = spans[k];
    const c = first[k + 1] - 1;
    if (
      span.type !== 'PER' ||
      spans[k + 1].type !== 'LOC' ||
      c < 1 ||
      tokens[c].text !== ',' ||
      tokens[c - 1].end !== span.end
    )
      continue;
    const area = listedPhrase(ctx.gazetteer, tokens, first[k + 1], spans[k + 1].end);
    if ((area.bits & AREA_BITS) === 0) continue;
    const next = tokens[area.last + 1]?.text ?? '.';
    if (/^['’]/.test(next) || (/^\p{Ll}/u.test(next) && next !== 'and')) continue;
    span.type = 'LOC';
  }
}

/** What can follow a shop's or firm's possessive name, but not an ordinary possessive (which needs its noun). */
const AFTER_SHOP = new Set([
  ',',
  '.',
  ';',
  ':',
  'was',
  'is',
  'has',
  'had',
  'became',
  'and',
  'opened',
  'closed',
  'said',
  'says',
  'will',
  'would',
]);

/** Words that introduce a name as such: what follows them is the whole name, a possessive included. */
const NAMING = new Set(['called', 'named']);

/**
 * "Harl 's was sold", "at Velkin's ,": a name, then a possessive that no noun follows, is the name
 * of a shop, firm or venue with the possessive in it (ORG when the tagger read a person). So is a
 * name with a possessive right after "called" or "named" when a verb follows ("a bank called
 * Hargrove's failed"; not "the referee called Hargrove's return good").
 */
export function includeShopPossessives(tokens: Token[], spans: Span[], first: number[]): void {
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    t = Math.max(t, first[k]);
    while (t < tokens.length && tokens[t].end <= span.end) t++;
    if (
      t >= tokens.length ||
      tokens[t].text.length !== 2 ||
      !/^['’]s$/.test(tokens[t].text) ||
      tokens[t].start - span.end > 1
    )
      continue;
    if (k + 1 < spans.length && spans[k + 1].start < tokens[t].end) continue;
    const next = t + 1 < tokens.length ? tokens[t + 1].text : '.';
    // After "called", a past-tense verb shows the possessive is no owner's ("called Harl's queued").
    const named = first[k] > 0 && NAMING.has(tokens[first[k] - 1].text) && /^\p{Ll}+ed$/u.test(next);
    if (!AFTER_SHOP.has(next) && !named) continue;
    span.end = tokens[t].end;
    if (span.type === 'PER') span.type = 'ORG';
  }
}

/** Lower-case nouns for a news organisation's office in a city ("the Tarnby newsroom"). */
const OFFICE_NOUNS = new Set(['newsroom', 'bureau', 'desk', 'office', 'offices']);

/**
 * "-- Tarnby/ORG newsroom +44 ..." -> LOC: a listed city right before a lower-case noun for an
 * office names where the office is, not a body.
 */
export function retypeOfficeCities(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    t = Math.max(t, first[k]);
    while (t < tokens.length && tokens[t].end <= span.end) t++;
    if (t >= tokens.length || !OFFICE_NOUNS.has(tokens[t].text)) continue;
    if (listedPhrase(ctx.gazetteer, tokens, first[k], span.end).bits & CITY_BIT) span.type = 'LOC';
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
]);

/**
 * "before Okafor left for Tarnby/ORG" -> LOC: a listed city right after a journey's verb and its
 * preposition is where someone went, not the city's club (news names clubs by their towns, but a
 * club is not flown to).
 */
export function retypeDestinations(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'ORG' || f < 2 || !TRAVEL.has(`${tokens[f - 2].text} ${tokens[f - 1].text}`)) continue;
    if (listedPhrase(ctx.gazetteer, tokens, f, span.end).bits & CITY_BIT) span.type = 'LOC';
  }
}

/**
 * "Harl/PER & Velkin/ORG" -> "Harl & Velkin/ORG": two names joined only by an ampersand, not two
 * people's full names, are one firm's or group's name (listed places such as "X & Y" are joined first by `joinListedPlaces`).
 */
export function joinAmpersandNames(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const amp = first[k + 1] - 1;
    if (amp < 1 || tokens[amp].text !== '&' || tokens[amp - 1].end !== spans[k].end) continue;
    if (spans[k].type === 'MISC' || spans[k + 1].type === 'MISC') continue;
    // Two people named in full ("Ann Lee & Joss Harl"); two surnames alone are a firm ("Harl & Velkin").
    if (
      spans[k].type === 'PER' &&
      spans[k + 1].type === 'PER' &&
      (tokens[first[k]].end !== spans[k].end || tokens[first[k + 1]].end !== spans[k + 1].end)
    )
      continue;
    spans[k].end = spans[k + 1].end;
    spans[k].type = spans[k].type === 'LOC' && spans[k + 1].type === 'LOC' ? 'LOC' : 'ORG';
    spans.splice(k + 1, 1);
    first.splice(k + 1, 1);
    k--;
  }
}

/** Capitalised function words that open sentences, not names ("For Harl Street , ..."). */
const OPENING_WORDS = new Set([
  'For',
  'In',
  'At',
  'On',
  'From',
  'With',
  'By',
  'After',
  'Before',
  'But',
  'And',
  'When',
  'As',
  'If',
  'Since',
  'Under',
  'Against',
  'Despite',
  'Unlike',
  'Like',
  'While',
  'Although',
  'Because',
  'Meanwhile',
]);

/**
 * "For Harl Street" -> "Harl Street", "June Velkin/ORG" -> "Velkin": a name does not start with a
 * sentence's opening function word, and a body's or place's name does not start with a month
 * ("from January to June Velkin exported ..."; a weekday may: "Sunday Times").
 */
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

export function trimLeadingCapitals(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (f + 1 >= tokens.length || tokens[f + 1].end > span.end) continue;
    const word = tokens[f].text;
    if (!OPENING_WORDS.has(word)) {
      // A month, not a weekday ("Sunday Times"); the list is cheaper than a lookup for every name.
      if (span.type === 'PER' || span.type === 'MISC' || !MONTH.test(word)) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(tokens[f + 1].text)) continue;
    }
    span.start = tokens[f + 1].start;
    first[k] = f + 1;
  }
}

/** Office titles that follow the name of the body they belong to and, unlike "King" or "Bishop", are no surnames. */
const OFFICE_TITLES = new Set([
  'administrator',
  'ambassador',
  'chairman',
  'chairperson',
  'chairwoman',
  'commissioner',
  'director',
  'envoy',
  'governor',
  'mayor',
  'minister',
  'secretary',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

/** Whether a lower-cased word is one of `OFFICE_TITLES`. */
export const isOfficeTitle = (lower: string): boolean => OFFICE_TITLES.has(lower);

/**
 * "Velka Administrator/PER" -> "Velka/ORG", "Velkan Ambassador Ann Lee/PER" -> "Velkan/MISC" and
 * "Ann Lee/PER": an office title is no part of a person's name. In "Ann Lee, Velka Administrator" the
 * title is Ann Lee's, and the words before a title name the body, place or nationality whose office
 * it is; left in a person's name, they became a part of that name in the whole article ("Velka" a
 * person wherever it occurs). Words before the title that are ordinary words ("Foreign Minister")
 * name nothing, and a given name first keeps the person as read ("Ann Lee Chairman" in a caption).
 */
export function splitOfficeTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'PER' || gaz.word(tokens[f].text.toLowerCase()) & FIRST_BIT) continue;
    const end = tokenEnd(tokens, f, span);
    let title = f + 1;
    while (title < end && !isCapitalisedOfficeTitle(tokens[title].text)) title++;
    if (title === end) continue;
    const holder: Span = { start: span.start, end: tokens[title - 1].end, type: 'ORG' };
    let ordinary = true;
    for (let i = f; i < title; i++) ordinary &&= ctx.lowerWords.has(tokens[i].text.toLowerCase());
    // A portfolio is no name either, also when training text often capitalised it ("Energy Minister").
    if (title === f + 1 && gaz.word(tokens[f].text.toLowerCase()) & ORG_WORD_BIT) ordinary = true;
    if (!ordinary) {
      const { bits } = listedPhrase(gaz, tokens, f, holder.end);
      holder.type = bits & PLACE_BITS ? 'LOC' : bits & DEMONYM_BIT ? 'MISC' : 'ORG';
    }
    // The person named after the title keeps the span; the holder's name goes in before it.
    const keepsPerson = title + 1 < end;
    if (keepsPerson) {
      span.start = tokens[title + 1].start;
      first[k] = title + 1;
    }
    const removed = keepsPerson ? 0 : 1;
    if (ordinary) {
      spans.splice(k, removed);
      first.splice(k, removed);
    } else {
      spans.splice(k, removed, holder);
      first.splice(k, removed, f);
    }
  }
}

const isCapitalisedOfficeTitle = (word: string): boolean =>
  /^\p{Lu}/u.test(word) && OFFICE_TITLES.has(word.toLowerCase());
