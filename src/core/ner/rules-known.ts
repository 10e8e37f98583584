/**
 * Rules that read names by the names the knowledge base lends the model (stored in it at training, see
 * `scripts/gazetteer-places.ts` and `scripts/gazetteer-bodies.ts`): a place's name the tagger read as a
 * person, and a body's name of several words it left untagged.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, capitalised, isNameWord, replaceWithName, tagTokens, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';
import { listNeighbours } from './rules-neighbours';
import { BODY_BITS } from './rules-bodies';
import { AREA_NOUNS } from './rules-areas';
import { allCaps } from './rules-caps';
import type { RuleCue } from './ruleCues';

const GIVEN_NAME_BIT = bit('first');
const TITLE_BIT = bit('title');
const DEMONYM_BIT = bit('demonym');

/**
 * "Port Velby/PER" -> LOC: a name of two to four words read as a person whose whole text is a listed
 * place (of the lexicon's lists, or a place of the knowledge base stored in the model) and no listed
 * person is that place, and so is one word that is a country's name stored in the model ("Velland/PER
 * and Tarnia signed"), unless its first word is a given name or a title ("Velma Harl", "Saint Harl"
 * may be people named like towns). The tagger reads a name as a person from its parts ("Khan", "El",
 * "La"), which a town's name shares; the whole name says more. A town's one-word name is a
 * surname too often to go by the name alone: it is the town where the sentence places it (`placedAsTown`).
 */
export function retypePlacesReadAsPeople(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'PER') continue;
    const word = tokens[f].text.toLowerCase();
    const personal = (gaz.word(word) & (GIVEN_NAME_BIT | TITLE_BIT)) !== 0;
    // One word: a country's name stored in the model ("Türkiye"), or a town's where the sentence
    // places it; a town's or a river's may be a surname ("Mr. Sakai said").
    if (tokens[f].end === span.end) {
      const town = () => gaz.isListedTown(word) && placedAsTown(tokens, spans, first, k);
      if (!personal && (isListedCountryWord(gaz, word) || town())) span.type = 'LOC';
      continue;
    }
    const { bits, last, phrase } = listedPhrase(gaz, tokens, f, span.end);
    if (last - f > 3 || bits & PERSON_NAME_BITS) continue;
    // The lexicon's own places are known places whatever their first word ("Abu Dhabi"); the knowledge
    // base's many small towns are not, when a person could be named so.
    if (bits & PLACE_BITS || (!personal && gaz.isListedPlace(phrase))) span.type = 'LOC';
  }
}

/** Nouns for a town or a country's division, right before its name or its name's comma ("the capital, Velbuja,"). */
const TOWN_NOUNS = new Set(['capital', 'city', 'town', 'hometown', 'port', 'province', 'state', 'region', 'district']);

const LIST_JOINS = new Set(['and', 'or', ',']);

/**
 * "the capital, Velbuja/ORG,", "from Tarnby and Velbuja/ORG" -> LOC: one word read as a body that is a
 * town's name stored in the model, where the sentence places it (`placedAsTown`). A body's name there
 * would be longer ("the capital's Velbuja Council"), and a club's would stand among clubs. One read as
 * MISC is the town wherever it stands ("the council of Velbuja/MISC"): one word of MISC is a people's or
 * a language's adjective, which a town's name is not, unless it is also a nationality's word.
 */
export function retypeTownsReadAsBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    const f = first[k];
    if ((span.type !== 'ORG' && span.type !== 'MISC') || tokens[f].end !== span.end) return;
    const word = tokens[f].text.toLowerCase();
    if (!gaz.isListedTown(word)) return;
    if (span.type === 'ORG' ? placedAsTown(tokens, spans, first, k) : (gaz.word(word) & DEMONYM_BIT) === 0)
      span.type = 'LOC';
  });
}

/**
 * Whether the sentence places the one-word name at span k: after a town's noun, with or without a
 * comma ("the Tarnian capital, Velbuja,", "the capital Velbuja"), or beside a place in a list or
 * before the place it lies in ("Rufisque and Velbuja", "Velbuja, Tarnia").
 */
function placedAsTown(tokens: Token[], spans: Span[], first: number[], k: number): boolean {
  const f = first[k];
  const before = f > 0 ? tokens[f - 1].text : '';
  if (TOWN_NOUNS.has(before === ',' ? (f > 1 ? tokens[f - 2].text : '') : before)) return true;
  const list = listNeighbours(tokens, spans, first, k, LIST_JOINS);
  return (list.before && spans[k - 1].type === 'LOC') || (list.after && spans[k + 1].type === 'LOC');
}

/**
 * "barges on the Velda/ORG" -> LOC: one word read as a body or a person after "the" (or a sentence's
 * opening "The") that is a one-word place stored in the model (a country's name, or a well-known river's, sea's,
 * range's or desert's, stored with its article) and no listed body. The article is what a river's or
 * a sea's name takes in running text ("the Danube", "the Caspian"), as a body's does, so the tagger's
 * context reads it either way.
 */
export function retypeListedPlacesAfterThe(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    const f = first[k];
    if (span.type === 'LOC' || span.type === 'MISC' || f === 0 || tokens[f].end !== span.end) return;
    if (tokens[f - 1].text !== 'the' && (f !== 1 || tokens[0].text !== 'The')) return;
    const word = tokens[f].text.toLowerCase();
    const place =
      span.type === 'ORG' ? isListedCountryWord(gaz, word) || isListedFeature(gaz, word) : isListedFeature(gaz, word);
    if (place && !gaz.isListedBody(word)) span.type = 'LOC';
  });
}

/** Whether a lower-cased word is a well-known natural feature's name stored in the model ("the danube"). */
function isListedFeature(gaz: Gazetteer, lower: string): boolean {
  return gaz.isListedPlace(`the ${lower}`);
}

/**
 * Whether a lower-cased word is a one-word place stored in the model (countries' names and
 * well-known natural features' are) and no listed given name, surname or person ("Jordan" is one).
 */
function isListedCountryWord(gaz: Gazetteer, lower: string): boolean {
  return gaz.isListedPlace(lower) && (gaz.word(lower) & PERSON_NAME_BITS) === 0;
}

/** `tagListedNamesAlone` acts only on a sentence with a capitalised word that it could tag alone. */
export const LISTED_ALONE_CUE: RuleCue = {
  test: (text, lower, gaz) =>
    capitalised(text) &&
    ((gaz.word(lower) & DEMONYM_BIT) !== 0 || isListedFeature(gaz, lower) || isListedCountryWord(gaz, lower)),
};

/**
 * "ANKARA - Türkiye/O and Iraq signed" -> LOC: a capitalised word the tagger left untagged, standing
 * alone (no capitalised word next to it), that is a country's name stored in the model is the country,
 * and so is a well-known natural feature's after a lower-case "the" or before a word for such a
 * feature ("along the Danube/O", "in the Pamir/O mountains"). "Slovenian/O climber", "typically
 * Kiwi/O" -> MISC: such a word that is a listed nationality or people names them, as CoNLL types them
 * (the tagger learned from corpora that label few of them), also after an everyday word opening the
 * sentence ("Several Maori/O groups").
 */
export function tagListedNamesAlone(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  const capital = (i: number) => i >= 0 && i < n && capitalised(tokens[i].text);
  for (let i = 0; i < n; i++) {
    if (tags[i] !== 0 || !capital(i) || capital(i + 1)) continue;
    const lower = tokens[i].text.toLowerCase();
    const alone = !capital(i - 1);
    if (alone) {
      const named = (i > 0 && tokens[i - 1].text === 'the') || (i + 1 < n && AREA_NOUNS.has(tokens[i + 1].text));
      const feature = named && isListedFeature(ctx.gazetteer, lower);
      if (!ctx.lowerWords.has(lower) && (feature || isListedCountryWord(ctx.gazetteer, lower))) {
        addName(tokens, tags, spans, first, i, i + 1, 'LOC');
        continue;
      }
    }
    const opening = i === 1 && ctx.lowerWords.has(tokens[0].text.toLowerCase());
    if ((alone || opening) && ctx.gazetteer.word(lower) & DEMONYM_BIT)
      addName(tokens, tags, spans, first, i, i + 1, 'MISC');
  }
}

const COUNTRY_BIT = bit('country');
const isCountry = (gaz: Gazetteer, token: Token) => (gaz.word(token.text.toLowerCase()) & COUNTRY_BIT) !== 0;

/** Lower-case words that may stand inside a body's name ("Alternative for Velland", "Party of the Tarns"). */
const INNER_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '&']);

/** An acronym of four capitals or more ("VCAA"): shorter ones are as often everyday words in capitals ("SOS") or tickers. */
const LONG_ACRONYM = /^\p{Lu}{4,}$/u;

/**
 * Whether one listed word may be the body standing alone: the lists hold no everyday words, places or
 * people's names, so a listed word written with lower-case letters or a digit is the name wherever it
 * stands ("Velmora said", "shares in Velmora", "VK7 said"), and so is an acronym of four capitals or more
 * that is no everyday word; not in a line written all in capitals (`shouting`: a headline's "TAKE CARE"
 * names no charity).
 */
function standsAlone(ctx: FeatureContext, text: string, shouting: () => boolean): boolean {
  // Lower-case letters or a digit ("Velmora", "TF1") show a spelling the writer chose, not a line's capitals.
  const written = /[\p{Ll}\d]/u.test(text);
  if (!written && (!LONG_ACRONYM.test(text) || ctx.lowerWords.has(text.toLowerCase()))) return false;
  return !shouting();
}

/**
 * Whether token i opens the sentence and is an everyday plural, capitalised only for its place ("Rivals",
 * "Lenders"), which opens no name of its own as an adjective may ("Old Velmora").
 */
function everydayOpener(ctx: FeatureContext, tokens: Token[], i: number): boolean {
  const lower = tokens[i].text.toLowerCase();
  return i === 0 && lower.endsWith('s') && ctx.lowerWords.has(lower);
}

/**
 * "The far-right Alternative/O for Velland/LOC said" -> "Alternative for Velland/ORG": a run of two to
 * four capitalised words, with lower-case joining words between, that opens with a word the tagger left
 * untagged and whose whole is a listed body (a company, club, party or institution stored in the model)
 * is that body; names the tagger found inside it are parts of it. The run must be whole: not a listed
 * name inside a longer run of capitals, though "The" may come before it and a country after it, which
 * names the body's national branch ("Save the Children UK"). At the sentence's start too: a listed name
 * of two words or more is the body there as well ("World Trade Organization said"), and so is one
 * listed word alone (`standsAlone`): the tagger leaves out a firm's name it never saw in training
 * ("Velmora cut jobs", as "Petrobras", "Spotify" or "OpenAI" in news).
 */
export function tagListedBodies(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  const n = tokens.length;
  const capital = (i: number) => i < n && capitalised(tokens[i].text);
  const inner = (i: number) => i < n && INNER_WORDS.has(tokens[i].text);
  // Whether the sentence is written all in capitals: asked at most once, as every word of such a line
  // is an acronym's shape.
  let caps: boolean | undefined;
  const shouting = () => (caps ??= allCaps(tokens));
  for (let s = 0; s < n; s++) {
    if (tags[s] !== 0 || !capital(s) || tokens[s].text === 'The') continue;
    // A compound adjective before it opens no run ("the Dubai-based DP World"); an everyday plural opening
    // the sentence does not count ("Rivals Velk Platinum and ...").
    if (s > 0 && isNameWord(tokens[s - 1]) && tokens[s - 1].text !== 'The' && !everydayOpener(ctx, tokens, s - 1))
      continue;
    if (!gaz.mayBeBody(tokens[s].text.toLowerCase())) continue;
    let e = s + 1;
    // Joining words, one or two ("Friends of the Earth"), go into the run only before a capital.
    while (e < n) {
      if (capital(e)) e++;
      else if (inner(e) && capital(e + 1)) e += 2;
      else if (inner(e) && inner(e + 1) && capital(e + 2)) e += 3;
      else break;
    }
    const listed = (to: number) => gaz.isListedBody(listedPhrase(gaz, tokens, s, tokens[to - 1].end).phrase);
    // A listed body and a country after it is the body's national branch ("Save the Children UK").
    const branch = e - s >= 3 && e - s <= 5 && isCountry(gaz, tokens[e - 1]) && listed(e - 1);
    // A run not listed whole may be a listed body, "and", and another name ("Velmora Dynamics and
    // Tarnco said"): the run ends at the "and".
    if (!branch && !(e - s >= 2 && e - s <= 4 && listed(e))) e = beforeAnd(tokens, s, e, listed);
    if (!branch && (e - s < 2 || e - s > 4 || !listed(e))) {
      // Alone, the word is the run's first ("Harl-Velkin and Tarnco", "in VCAA history").
      if (!standsAlone(ctx, tokens[s].text, shouting) || capital(s + 1) || !listed(s + 1)) continue;
      e = s + 1;
    }
    if (!replaceWithName(tokens, tags, spans, first, s, e, 'ORG')) continue;
    s = e;
  }
}

/** The end of a run's part before its first "and" when that part, of two to four words, is listed; else `e`. */
function beforeAnd(tokens: Token[], s: number, e: number, listed: (to: number) => boolean): number {
  for (let a = s + 2; a < e && a <= s + 4; a++) if (tokens[a].text === 'and') return listed(a) ? a : e;
  return e;
}

/**
 * "Bowling/O Green Falcons/ORG" -> "Bowling Green Falcons/ORG", "Real/O Madrid/LOC" -> "Real
 * Madrid/ORG", "Port/O of Spain/LOC" -> "Port of Spain/LOC": an untagged capitalised word right before a
 * name, or before an untagged "of" before it, which with the name's first words
 * makes a listed place or body, is part of the name (the tagger leaves out an everyday word that opens
 * one, and a sentence's first word). The whole name, when it is a listed body, is that body, and a name
 * read as a person that is then a listed place, whole, is that place. Not "The", which other rules
 * weigh ("The Who" is a band, "The WHO" the agency, "The Hague" may open a sentence).
 */
export function extendToListedStarts(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    // The word may stand before "of" ("Port/O of/O Spain/LOC").
    const s = tokens[f - 1]?.text === 'of' && tags[f - 1] === 0 ? f - 2 : f - 1;
    const type = spans[k].type;
    if (type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
    if (s < 0 || tags[s] !== 0 || !/^\p{Lu}/u.test(tokens[s].text) || tokens[s].text === 'The') continue;
    if (k > 0 && spans[k - 1].end > tokens[s].start) continue;
    // Most words open no listed name: the first-word filters and the lists' phrase starts say so at once.
    const lower = tokens[s].text.toLowerCase();
    if (!gaz.mayBeBody(lower) && !gaz.mayBePlace(lower) && gaz.longestFrom(lower) === 0) continue;
    const end = tokenEnd(tokens, f, spans[k]);
    for (let e = f + 1; e <= end && e - s <= 4; e++) {
      const { bits, phrase } = listedPhrase(gaz, tokens, s, tokens[e - 1].end);
      const place = (bits & PLACE_BITS) !== 0 || gaz.isListedPlace(phrase);
      if (!place && (bits & BODY_BITS) === 0 && !gaz.isListedBody(phrase)) continue;
      spans[k].start = tokens[s].start;
      first[k] = s;
      const retyped = e < end ? type : !place ? 'ORG' : type === 'PER' ? 'LOC' : type;
      spans[k].type = retyped;
      tagTokens(tags, s, s + 1, retyped);
      break;
    }
  }
}

/** A word that may run a listed body's name on: capitalised, or a number ("Velk 24", as "France 24"). */
const NAME_GOES_ON = /^(?:\p{Lu}|\d+$)/u;

/** Most untagged words a listed body's name runs on by after the name the tagger read. */
const MAX_LISTED_END = 2;

/**
 * "Meta/ORG Platforms/O", "Velmora/PER Dynamics/O" -> the whole body: untagged capitalised words right
 * after a name, which with it make a listed body, are the rest of that body's name (the tagger stops
 * at an everyday word that ends one, "Platforms", "Holdings", and after a nationality, "Turkish/MISC
 * Airlines"); so is a number after it ("France/LOC 24"). The longest such name is taken.
 */
export function extendToListedEnds(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    const type = spans[k].type;
    const end = tokenEnd(tokens, f, spans[k]);
    // Of MISC, one word only: a nationality opening a body's name ("Tarnian/MISC Airways").
    if (type === 'MISC' ? end !== f + 1 : type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
    // Most names have no untagged capitalised word after them: that test first, the lists after.
    if (end >= tokens.length || tags[end] !== 0 || !NAME_GOES_ON.test(tokens[end].text)) continue;
    if (!gaz.mayBeBody(tokens[f].text.toLowerCase())) continue;
    let longest = 0;
    for (let e = end; e < tokens.length && e - end < MAX_LISTED_END; e++) {
      if (
        tags[e] !== 0 ||
        !NAME_GOES_ON.test(tokens[e].text) ||
        (k + 1 < spans.length && spans[k + 1].start < tokens[e].end)
      )
        break;
      const { bits, phrase } = listedPhrase(gaz, tokens, f, tokens[e].end);
      if ((bits & BODY_BITS) !== 0 || gaz.isListedBody(phrase)) longest = e + 1;
    }
    if (longest === 0) continue;
    spans[k].end = tokens[longest - 1].end;
    spans[k].type = 'ORG';
    tagTokens(tags, f, longest, 'ORG');
  }
}
