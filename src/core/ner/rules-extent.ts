import { Span } from '../types';
import { Token } from '../text/tokenize';
import { WEEKDAY } from '../dates/lexicon';
import { absorbFollowing, DOUBLE_QUOTES, dropSpan, isPossessive, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS } from './gazetteer';
import { listedPhrase } from './rules-listed';
import { isBodyHead } from './rules-bodies';

// Rules on where a name starts and ends, from the shape of the words around it: a "<place>-based" before
// it, a shop's possessive after it, an ampersand between two, an opening word or a month before it;
// and what is no name at all (a weekday alone, a word without a capital).

/** A compound adjective of where a body is based or who runs it ("Tarnby-based"); see `cues.ts`. */
const BASED_WORD = /.-(?:based|headquartered|owned|listed|controlled|run|backed|funded)$/;

/**
 * "Tarnby-based Velka/LOC", "Abu Tarnby-based Velka Capital/ORG" -> "Velka/ORG", "Velka Capital/ORG":
 * a capitalised "<place>-based" the tagger took into a name, and the place's words before it, are not
 * part of it, and the name after it is a body. "The Port Velk-based/ORG company" -> MISC: a name that
 * ends in such a word is the compound adjective, as CoNLL types it, not the place or body; so is an
 * abbreviation read alone before the rest of such a word ("St./LOC Louis-based").
 */
export function splitBasedAdjectives(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const e = tokenEnd(tokens, first[k], span);
    let cut = -1;
    for (let i = first[k]; i < e - 1; i++) if (BASED_WORD.test(tokens[i].text)) cut = i + 1;
    if (cut > 0) {
      span.start = tokens[cut].start;
      span.type = 'ORG';
      first[k] = cut;
    } else if (BASED_WORD.test(tokens[e - 1].text)) {
      span.type = 'MISC';
    } else if (abbreviatedOpening(tokens, e) && (k + 1 === spans.length || spans[k + 1].start >= tokens[e].end)) {
      // "St./LOC Louis-based": the abbreviation alone was read, the rest of the word not.
      span.end = tokens[e].end;
      span.type = 'MISC';
    }
  }
}

/** Whether token `e` is a capitalised "<place>-based" after a short abbreviation ending a name ("St.", "Ft."). */
function abbreviatedOpening(tokens: Token[], e: number): boolean {
  const before = tokens[e - 1].text;
  const word = tokens[e]?.text ?? '';
  return before.length <= 3 && before.endsWith('.') && /^\p{Lu}/u.test(word) && BASED_WORD.test(word);
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
 * Hargrove's failed"; not "the referee called Hargrove's return good"). Not a listed place's, which
 * stands for what the place has ("Velland's army is larger than Tarnia's").
 */
export function includeShopPossessives(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    t = Math.max(t, first[k]);
    while (t < tokens.length && tokens[t].end <= span.end) t++;
    if (t >= tokens.length || !isPossessive(tokens[t]) || tokens[t].start - span.end > 1) continue;
    if (k + 1 < spans.length && spans[k + 1].start < tokens[t].end) continue;
    const next = t + 1 < tokens.length ? tokens[t + 1].text : '.';
    // After "called", a past-tense verb shows the possessive is no owner's ("called Harl's queued").
    const named = first[k] > 0 && NAMING.has(tokens[first[k] - 1].text) && /^\p{Ll}+ed$/u.test(next);
    if (!AFTER_SHOP.has(next) && !named) continue;
    if (listedPhrase(ctx.gazetteer, tokens, first[k], span.end).bits & PLACE_BITS) continue;
    span.end = tokens[t].end;
    if (span.type === 'PER') span.type = 'ORG';
  }
}

/**
 * "Harl/PER 's of Velby/LOC" -> "Harl's of Velby/ORG": a possessive name followed by "of" and a place
 * names a firm or shop of that place ("Lloyd's of London"); a person's possessive takes a noun, not
 * "of". Not a listed place's possessive ("Velland's of ...", a heading's fragment).
 */
export function joinShopsOfPlaces(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const span = spans[k];
    const t = tokenEnd(tokens, first[k], span);
    if (span.type !== 'PER' && span.type !== 'ORG') continue;
    if (t + 2 >= tokens.length || !isPossessive(tokens[t]) || tokens[t].start - span.end > 1) continue;
    if (tokens[t + 1].text !== 'of' || first[k + 1] !== t + 2 || spans[k + 1].type !== 'LOC') continue;
    if (listedPhrase(ctx.gazetteer, tokens, first[k], span.end).bits & PLACE_BITS) continue;
    span.type = 'ORG';
    absorbFollowing(spans, first, k);
  }
}

/**
 * "Harl/PER & Velkin/ORG" -> "Harl & Velkin/ORG": two names joined only by an ampersand, not two
 * people's full names, are one firm's or group's name (listed places such as "X & Y" are joined first by `joinListedPlaces`).
 * The tagger sometimes ends the first name with the ampersand itself ("Harl &/ORG Harl/PER").
 */
export function joinAmpersandNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const amp = first[k + 1] - 1;
    if (amp < 1 || tokens[amp].text !== '&') continue;
    if (tokens[amp - 1].end !== spans[k].end && tokens[amp].end !== spans[k].end) continue;
    if (spans[k].type === 'MISC' || spans[k + 1].type === 'MISC') continue;
    // Two people named in full ("Ann Lee & Joss Harl"); two surnames alone are a firm ("Harl & Velkin"),
    // and so is a name ending in a body's head word ("Ann & Joss Harl Foundation").
    if (
      spans[k].type === 'PER' &&
      spans[k + 1].type === 'PER' &&
      (tokens[first[k]].end !== spans[k].end || tokens[first[k + 1]].end !== spans[k + 1].end) &&
      !isBodyHead(ctx, tokens, tokenEnd(tokens, first[k + 1], spans[k + 1]) - 1)
    )
      continue;
    spans[k].type = spans[k].type === 'LOC' && spans[k + 1].type === 'LOC' ? 'LOC' : 'ORG';
    absorbFollowing(spans, first, k);
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
  'Until',
  'Unless',
  'During',
  'Amid',
  'Among',
  'Without',
  'Whether',
  'Though',
  'Whereas',
  'Upon',
]);

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/**
 * "For Harl Street" -> "Harl Street", "June Velkin/ORG" -> "Velkin": a name does not start with a
 * sentence's opening function word, and a body's or place's name does not start with a month
 * ("from January to June Velkin exported ..."; a weekday may: "Sunday Times").
 */
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

/** Whether a word is a month's name, whole or short ("May", "Sept."). */
export const isMonth = (word: string): boolean => MONTH.test(word);

const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);
export const isWeekday = (word: string): boolean => WEEKDAY_WORD.test(word);

/** A month's short form ("Dec", "Sept."), which wire datelines put before the day: "SYDNEY, Dec 4 (Reuters)". */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01]|1[89]\d\d|2\d\d\d)$/;

/** A part of a month ("mid-February", "early-March"): a date, though it holds a capital. */
const PART_OF_MONTH =
  /^(?:mid|early|late)-(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Whether the one-word name at token f is a date: a weekday, a part of a month, or a month's short form
 * before a day or year.
 */
function isDateWord(tokens: Token[], f: number): boolean {
  const word = tokens[f].text;
  if (isWeekday(word) || PART_OF_MONTH.test(word)) return true;
  return MONTH_SHORT.test(word) && f + 1 < tokens.length && DAY_OR_YEAR.test(tokens[f + 1].text);
}

/**
 * "the ministry said Tuesday/ORG", "SYDNEY, Dec/ORG 4", "through labour/ORG": a weekday or a part of a
 * month ("mid-February") alone, or a month's short form before a day or year, is a date, not a name
 * (wire copy puts them right after a place or body: "in Kandahar province Saturday"; a given name "Jan"
 * has a surname after it, not a number), and edited news writes no name without a capital letter or a
 * digit ("vivanews.com" and "eBay" stay).
 */
export function dropWeekdaysAndLowerCase(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    const end = tokenEnd(tokens, f, spans[k]);
    let marked = false;
    for (let i = f; i < end && !marked; i++) marked = NAME_MARK.test(tokens[i].text);
    if (marked && !(end === f + 1 && isDateWord(tokens, f))) continue;
    dropSpan(spans, first, k);
  }
}

/**
 * Common nouns news writes as capitalised abbreviations: diseases, a fight's knockouts ("won by TKO",
 * "a first-round KO"), and the slash or hyphen that pairs them ("HIV/AIDS").
 */
const ABBREVIATED_NOUNS = new Set([
  'ko',
  'kos',
  'tko',
  'tkos',
  'aids',
  'hiv',
  'sars',
  'mers',
  'covid',
  'covid-19',
  'als',
  'ptsd',
  'adhd',
  'copd',
  'mrsa',
  '/',
  '-',
]);

/**
 * "deaths from AIDS/ORG", "HIV/AIDS/ORG", "by KO/PER": a disease or a knockout is no name, though its
 * abbreviation is written in capitals like a body's; a name with other words ("AIDS Council", "World
 * AIDS Day") is kept.
 */
export function dropAbbreviatedNouns(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    // The abbreviations are in ASCII capitals: most names are ruled out by their second letter.
    const second = tokens[f].text.charCodeAt(1);
    if (!(second >= 65 && second <= 90)) continue;
    const end = tokenEnd(tokens, f, spans[k]);
    let noun = true;
    for (let i = f; i < end && noun; i++) noun = ABBREVIATED_NOUNS.has(tokens[i].text.toLowerCase());
    if (noun) dropSpan(spans, first, k);
  }
}

/** What a name has somewhere: a capital letter, a digit, or the dot or at sign of an address. */
const NAME_MARK = /[\p{Lu}\p{N}.@]/u;

/**
 * "Stanley/PER "Tookie" Williams/PER" -> one person: a nickname in quotes between a person's given
 * name and surname is part of the name, as news writes it ("Roberto "Hands of Stone" Duran"), whatever
 * the tagger made of the words in quotes; a capitalised word after the closing quote that the tagger
 * left out is the surname too ("William "Buckshot" May", "Jimmy "Barbecue/PER" Cherizier", where the
 * tagger ran the given name on into the nickname). A name run on into a nickname with no surname after
 * it ends before the quote. When it starts the
 * name inside the quotes ("Antoin "Tony/PER" Rezko"), the given name before them opens it.
 */
export function joinNicknames(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    if (spans[k].type !== 'PER') continue;
    const f = first[k];
    const end = tokenEnd(tokens, f, spans[k]);
    let open = f + 1;
    while (open < end && !DOUBLE_QUOTES.has(tokens[open].text)) open++;
    if (open < end && f >= 2 && DOUBLE_QUOTES.has(tokens[f - 1].text)) {
      // The name opened inside the quotes ("Antoin "Tony/PER" Rezko/PER"): the quote in it closes them.
      joinGivenName(tokens, spans, first, k);
      continue;
    }
    const runOn = open < end;
    // A name in quotes of its own ("Viva Zapata" and "On the Waterfront"): the quote after it closes them.
    if (!runOn && f > 0 && DOUBLE_QUOTES.has(tokens[f - 1].text)) continue;
    const close = closingQuote(tokens, open);
    if (close < 0) {
      if (runOn) spans[k].end = tokens[open - 1].end;
      continue;
    }
    // The surname: the next person's name, starting right after the closing quote.
    let last = k + 1;
    while (last < spans.length && spans[last].end <= tokens[close].end) last++;
    if (last < spans.length && spans[last].type === 'PER' && first[last] === close + 1) {
      absorbFollowing(spans, first, k, last - k);
    } else if (surnameAt(tokens, close + 1) && spans[last]?.start !== tokens[close + 1].start) {
      spans[k].end = tokens[close + 1].end;
      spans.splice(k + 1, last - k - 1);
      first.splice(k + 1, last - k - 1);
    } else if (runOn) spans[k].end = tokens[open - 1].end;
  }
}

/** Whether token i can be the surname after a nickname: a capitalised word, not a weekday (an everyday word may be one: "May"). */
function surnameAt(tokens: Token[], i: number): boolean {
  return i < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[i].text) && !isWeekday(tokens[i].text);
}

/** Takes the capitalised word before a nickname's opening quote into person k, which opens with the nickname. */
function joinGivenName(tokens: Token[], spans: Span[], first: number[], k: number): void {
  const given = first[k] - 2;
  if (!/^\p{Lu}/u.test(tokens[given].text)) return;
  // Whatever the tagger made of the given name alone ("Antoin/ORG").
  if (k > 0 && spans[k - 1].end === tokens[given].end && first[k - 1] === given) {
    spans[k - 1].type = 'PER';
    absorbFollowing(spans, first, k - 1);
  } else if (k === 0 || spans[k - 1].end <= tokens[given].start) {
    spans[k].start = tokens[given].start;
    first[k] = given;
  }
}

/** The closing quote of a nickname opened at token `open`: capitalised words (and "of", "the", "and") between, at most four; -1 if none. */
function closingQuote(tokens: Token[], open: number): number {
  if (open + 2 >= tokens.length || !DOUBLE_QUOTES.has(tokens[open].text) || !/^\p{Lu}/u.test(tokens[open + 1].text))
    return -1;
  let close = open + 1;
  while (close < tokens.length && close - open <= 4 && !DOUBLE_QUOTES.has(tokens[close].text)) {
    if (!/^\p{Lu}/u.test(tokens[close].text) && !/^(?:of|the|and)$/.test(tokens[close].text)) return -1;
    close++;
  }
  return close === open + 1 || close >= tokens.length || !DOUBLE_QUOTES.has(tokens[close].text) ? -1 : close;
}
