import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, dropSpan, isPossessive, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';
import { isBodyHead } from './rules-bodies';
import { isWeekday } from './rules-extent';
import {
  GENERAL_OFFICES,
  isOfficeTitle,
  isAnyTitle,
  isGivenNameOnly,
  mayBeInPersonName,
  mayBeSurname,
  TITLE_QUALIFIERS,
  titleCase,
  titleWordsAt,
  writtenTitlesAt,
} from './rules-people';

// Rules on offices: an office title is no part of a person's or a body's name, and the name before it
// (the body, place or nationality whose office it is) is a name of its own.

const FIRST_BIT = bit('first');
const DEMONYM_BIT = bit('demonym');
const ORG_WORD_BIT = bit('orgWord');
const LISTED_BODY_BIT = bit('org');

/**
 * "Velka Administrator/PER" -> "Velka/ORG", "Velkan Ambassador Ann Lee/PER" -> "Velkan/MISC" and
 * "Ann Lee/PER": an office title is no part of a person's name. In "Ann Lee, Velka Administrator" the
 * title is Ann Lee's, and the words before a title name the body, place or nationality whose office
 * it is; left in a person's name, they became a part of that name in the whole article ("Velka" a
 * person wherever it occurs). Words before the title that are ordinary words ("Foreign Minister")
 * name nothing, and a given name first keeps the person as read ("Ann Lee Chairman" in a caption). So
 * too for a body's name holding a title and a person's name after it ("Velka Director Ann Lee/ORG"), and
 * for a title in lower case that the tagger read into a name ("VSRO chairman Ann Lee/PER").
 */
export function splitOfficeTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const f = first[k];
    if ((span.type !== 'PER' && span.type !== 'ORG') || ctx.gazetteer.word(tokens[f].text.toLowerCase()) & FIRST_BIT)
      continue;
    const end = tokenEnd(tokens, f, span);
    let title = f + 1;
    while (title < end && !isCapitalisedOfficeTitle(tokens, title) && !isLowerCaseOfficeTitle(tokens, title)) title++;
    // "Sarvis for Governor", "Secretary of State": a title after a lower-case word belongs to a name.
    if (title === end || /^\p{Ll}/u.test(tokens[title - 1].text)) continue;
    // "Director General Ann Lee": the titles after the first are no part of the person's name either.
    const named = title + 1 + titleWordsAt(ctx, tokens, title + 1, span.end);
    // A body's name may hold a title ("Office of the Governor"): only a person's name or nothing may follow it.
    if (span.type === 'ORG' && !namesPersonAfter(ctx, tokens, named, end)) continue;
    const holder = officeHolder(ctx, tokens, f, title);
    // The person named after the title keeps the span; the holder's name goes in before it.
    const keepsPerson = named < end;
    if (keepsPerson) {
      span.start = tokens[named].start;
      span.type = 'PER';
      first[k] = named;
      joinNextPerson(spans, first, k);
    }
    const removed = keepsPerson ? 0 : 1;
    if (holder) {
      spans.splice(k, removed, holder);
      first.splice(k, removed, f);
    } else {
      spans.splice(k, removed);
      first.splice(k, removed);
    }
  }
}

/**
 * "Tarn Valley/ORG Premier Ann Lee/PER" -> "Tarn Valley/LOC": a name the tagger read as a body, right
 * before an office title it left out and the person holding it, is whose office it is, read as
 * `splitOfficeTitles` reads a name with the title inside ("British Columbia Premier David Eby").
 */
export function retypeHoldersBeforeTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const title = tokenEnd(tokens, first[k], spans[k]);
    if (title >= tokens.length || !isCapitalisedOfficeTitle(tokens, title)) continue;
    const named = title + 1 + titleWordsAt(ctx, tokens, title + 1, spans[k + 1].start);
    if (spans[k + 1].type !== 'PER' || first[k + 1] !== named) continue;
    const holder = officeHolder(ctx, tokens, first[k], title);
    if (holder && holder.end === spans[k].end) spans[k].type = holder.type;
  }
}

/** "Mohamed/PER ElBaradei/PER", once the title before them is cut: one person, whom the tagger read in two. */
function joinNextPerson(spans: Span[], first: number[], k: number): void {
  const next = spans[k + 1];
  if (!next || next.type !== 'PER' || next.start !== spans[k].end + 1) return;
  absorbFollowing(spans, first, k);
}

/**
 * Countries written as initials before an office ("U.S. Ambassador", "UK Trade Envoy"); the name lists
 * hold countries by name, and an unlisted holder is otherwise read as a body.
 */
export const COUNTRY_ABBREVIATIONS = new Set([
  'U.S.',
  'US',
  'U.S.A.',
  'USA',
  'U.K.',
  'UK',
  'UAE',
  'U.A.E.',
  'PRC',
  'DRC',
]);

/** Words that make one title with the office title after them ("Deputy Managing Director", "High Commissioner"). */
const OFFICE_PREFIXES = new Set([
  ...TITLE_QUALIFIERS,
  'chief',
  'executive',
  'first',
  'high',
  'managing',
  'senior',
  'special',
]);

/**
 * The name whose office the title at token `title` is, from the words `f` to `title` ("Velka" in "Velka
 * Administrator"), or nothing when they name nothing: ordinary words ("Foreign Minister"), a portfolio
 * ("Energy Minister"), a weekday ("said Tuesday Ambassador ..."). A portfolio after the name is left
 * out: the name ends at its last organisation word ("Velka Health Department Spokesman"), or else is
 * the listed place, nationality or body it starts with ("EU Health Commissioner" -> "EU").
 */
function officeHolder(ctx: FeatureContext, tokens: Token[], f: number, title: number): Span | undefined {
  const gaz = ctx.gazetteer;
  while (title > f && (OFFICE_PREFIXES.has(tokens[title - 1].text.toLowerCase()) || isPossessive(tokens[title - 1])))
    title--;
  if (title === f || (title === f + 1 && isWeekday(tokens[f].text))) return undefined;
  // Three ordinary words or more are a body's name ("World Food Programme Executive Director").
  let ordinary = title - f < 3;
  for (let i = f; i < title && ordinary; i++) ordinary = ctx.lowerWords.has(tokens[i].text.toLowerCase());
  // A portfolio is no name either, also when training text often capitalised it ("Energy Minister").
  if (ordinary || (title === f + 1 && gaz.word(tokens[f].text.toLowerCase()) & ORG_WORD_BIT)) return undefined;
  const holder = (last: number, type: Span['type']): Span => ({ start: tokens[f].start, end: tokens[last].end, type });
  for (let last = title - 1; last > f; last--)
    if (gaz.word(tokens[last].text.toLowerCase()) & ORG_WORD_BIT) return holder(last, 'ORG');
  for (let last = title - 1; last >= f; last--) {
    const { bits } = listedPhrase(gaz, tokens, f, tokens[last].end);
    const type = bits & PLACE_BITS ? 'LOC' : bits & DEMONYM_BIT ? 'MISC' : bits & LISTED_BODY_BIT ? 'ORG' : undefined;
    if (type) return holder(last, type);
  }
  if (title === f + 1 && COUNTRY_ABBREVIATIONS.has(tokens[f].text)) return holder(f, 'LOC');
  return holder(title - 1, 'ORG');
}

/**
 * Whether tokens `from` to `end` are nothing, or one to three capitalised words that may be a person's
 * name. After a listed given name, a surname may be an everyday word ("Steven Miles", "Ann Brown").
 */
function namesPersonAfter(ctx: FeatureContext, tokens: Token[], from: number, end: number): boolean {
  if (end - from > 3) return false;
  const given = from < end && isGivenNameOnly(ctx, tokens[from].text.toLowerCase());
  for (let i = from; i < end; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (!titleCase(tokens[i].text)) return false;
    if (!mayBeInPersonName(ctx, lower) && !(given && i > from && mayBeSurname(ctx, lower))) return false;
  }
  return true;
}

/** Whether token i is an office title written with a capital ("Governor", and "Surgeon" of "Surgeon General"). */
export function isCapitalisedOfficeTitle(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return isOfficeTitle(lower) || (GENERAL_OFFICES.has(lower) && tokens[i + 1]?.text === 'General');
}

/**
 * Whether token i is an office title in lower case inside a name the tagger read, after a capitalised
 * word ("VSRO/PER chairman Ann Lee", as agencies write a body's acronym before its officer's title).
 */
function isLowerCaseOfficeTitle(tokens: Token[], i: number): boolean {
  return /^\p{Ll}/u.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i - 1].text) && isOfficeTitle(tokens[i].text);
}

/** Offices held over a place: "Governor of Tarnia", "Mayor of Velby", "Attorney General of Tarnia". */
const OFFICES_OF_PLACES = new Set(['attorney', 'governor', 'lieutenant', 'mayor', 'premier', 'president', 'prime']);
/**
 * Ranks of royalty and nobility: "Earl of Tarnby" names a person, "Queen of the South" may be a club,
 * so names that start with them are left as read.
 */
const NOBLE_TITLES = new Set([
  'baron',
  'baroness',
  'count',
  'countess',
  'duchess',
  'duke',
  'earl',
  'emperor',
  'empress',
  'king',
  'lady',
  'lord',
  'marquess',
  'prince',
  'princess',
  'queen',
  'sultan',
  'viscount',
]);

/**
 * "Attorney General of Tarnia/ORG" -> "Tarnia/LOC", "Surgeon General/ORG" -> nothing: an office is no
 * body, and its title no name. A name made of two or more titles alone is dropped; a name that is
 * titles, "of" and a name is cut to that name, which is a place when it is a listed one or when the
 * office is held over a place (a body when it has an organisation word: "President of the Tarnby
 * Institute"). A portfolio ("Secretary of State", "Minister of Energy") is left as it was read, and so
 * are people's names (`trimTitles` and `trimPortfolios` cut titles from those) and royal and noble
 * titles.
 */
export function cutOffices(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const f = first[k];
    if (span.type === 'MISC') continue;
    const end = tokenEnd(tokens, f, span);
    const n = writtenTitlesAt(ctx, tokens, f, span.end);
    if (n === 0) continue;
    if (joinOfficeToItsBody(ctx, tokens, spans, first, k)) continue;
    if (f + n === end) {
      if (n >= 2) dropSpan(spans, first, k);
      continue;
    }
    if (span.type === 'PER' || tokens[f + n].text !== 'of' || NOBLE_TITLES.has(tokens[f].text.toLowerCase())) continue;
    const named = tokens[f + n + 1]?.text === 'the' ? f + n + 2 : f + n + 1;
    if (named >= end) continue;
    const type = officeNameType(ctx, tokens, named, span, OFFICES_OF_PLACES.has(tokens[f].text.toLowerCase()));
    if (!type) continue;
    span.start = tokens[named].start;
    span.type = type;
    first[k] = named;
  }
}

/**
 * "the Office/ORG of the Auditor General of Tarnia/ORG" -> one body: an office's title after "of" (and
 * "the") and a body's name ending in its head word is the body's own name ("Office of the Prime
 * Minister"), not an office apart. Returns whether span k was joined to the body before it.
 */
function joinOfficeToItsBody(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[], k: number): boolean {
  const of = tokens[first[k] - 1]?.text === 'the' ? first[k] - 2 : first[k] - 1;
  if (k === 0 || of < 1 || tokens[of].text !== 'of' || spans[k - 1].end !== tokens[of - 1].end) return false;
  if (spans[k - 1].type !== 'ORG' || !isBodyHead(ctx, tokens, of - 1)) return false;
  absorbFollowing(spans, first, k - 1);
  return true;
}

/** The type of the name after "<office> of", or undefined when nothing says what it is. */
function officeNameType(
  ctx: FeatureContext,
  tokens: Token[],
  from: number,
  span: Span,
  overPlace: boolean,
): Span['type'] | undefined {
  if (listedPhrase(ctx.gazetteer, tokens, from, span.end).bits & PLACE_BITS) return 'LOC';
  if (!overPlace) return undefined;
  for (let i = from; i < tokens.length && tokens[i].end <= span.end; i++)
    if (ctx.gazetteer.word(tokens[i].text.toLowerCase()) & ORG_WORD_BIT) return 'ORG';
  return 'LOC';
}

/**
 * Words that qualify an office right before its title ("Majority Leader", "District Judge", "First
 * Lieutenant", "Lance Corporal", "Grand Ayatollah", "Cabinet Secretary"), the title qualifiers ("Deputy", "Staff") among them.
 */
const OFFICE_QUALIFIERS = new Set([
  'majority',
  'minority',
  'district',
  'circuit',
  'chief',
  'associate',
  'senior',
  'presiding',
  'first',
  'second',
  'lance',
  'grand',
  'cabinet',
  ...TITLE_QUALIFIERS,
]);

/**
 * "House Speaker/ORG Ben Toma/PER", "Senate Majority Leader/ORG Ann Lee/PER", "Air Force General/ORG
 * Ann Lee/PER" -> "House/ORG", "Senate/ORG", "Air Force/ORG": a name ending in an office title right
 * before the person holding it names the body or place whose office it is; the title, with the words
 * that qualify it, is no name (as CoNLL-style news writes it). A qualifier after "of" is the name's
 * ("Joint Chiefs of Staff General"); a name of titles alone is dropped ("First Lady"). So does a name
 * ending in a qualifier before a title the tagger left out ("Treasury Cabinet/ORG Secretary Ann Lee").
 */
export function cutTitlesBeforeHolders(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const title = (i: number) => isAnyTitle(ctx, tokens[i].text.toLowerCase());
  const qualifier = (i: number) => OFFICE_QUALIFIERS.has(tokens[i].text.toLowerCase()) && tokens[i - 1]?.text !== 'of';
  for (let k = 0; k + 1 < spans.length; k++) {
    if ((spans[k].type !== 'ORG' && spans[k].type !== 'LOC') || spans[k + 1].type !== 'PER') continue;
    const f = first[k];
    const end = tokenEnd(tokens, f, spans[k]);
    // The title may also stand between the two names, untagged ("Treasury Cabinet/ORG Secretary Ann Lee/PER").
    let between = end;
    while (between < first[k + 1] && title(between)) between++;
    if (first[k + 1] !== between || !(between > end ? qualifier(end - 1) : title(end - 1))) continue;
    let t = end - 1;
    while (t > f && (title(t - 1) || qualifier(t - 1))) t--;
    // Nor does a name end in a comma or "and" left before the title ("Ann Lee , Ambassador").
    while (t > f && !/^[\p{Lu}\p{N}]/u.test(tokens[t - 1].text)) t--;
    if (t === f) {
      dropSpan(spans, first, k);
      k--;
      continue;
    }
    spans[k].end = tokens[t - 1].end;
    // The office's place ("New York Judge Ann Lee"): what is left is the place the lists know.
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, spans[k].end);
    if (bits & PLACE_BITS || ctx.gazetteer.isListedPlace(phrase)) spans[k].type = 'LOC';
  }
}
