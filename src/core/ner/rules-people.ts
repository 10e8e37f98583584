import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';

// Rules on people's names: a name that starts with a given name or a title is a person's, and an office
// title is no part of one.

const FIRST_BIT = bit('first');
const TITLE_BIT = bit('title');
const DEMONYM_BIT = bit('demonym');
const ORG_WORD_BIT = bit('orgWord');

/** Bits that make a word more than a given name: places, bodies, designators, events. */
const NOT_PERSON_BITS =
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
 * Whether a lower-cased word may be part of a person's name: it is no place, body, designator, event,
 * nationality or month, and no ordinary word. (Each caller tests the word's capitals its own way.)
 */
export function mayBeInPersonName(ctx: FeatureContext, lower: string): boolean {
  return (ctx.gazetteer.word(lower) & NOT_PERSON_BITS) === 0 && !ctx.lowerWords.has(lower);
}

/** Whether a lower-cased word is a listed given name and nothing more (no place, body ...). */
export function isGivenNameOnly(ctx: FeatureContext, lower: string): boolean {
  return (ctx.gazetteer.word(lower) & (FIRST_BIT | NOT_PERSON_BITS)) === FIRST_BIT;
}

/**
 * "Tarja Velkonen/ORG" -> PER: a name of two or three capitalised words that starts with a listed
 * given name and has no other word that is a place, a body, a designator or an ordinary word, is a
 * person. It runs before `retypeByHeadWord`, so a name ending in a place word is still a place.
 */
export function retypeGivenNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' && span.type !== 'LOC') return;
    const f = first[k];
    const l = tokenEnd(tokens, f, span) - 1;
    if (l === f || l - f > 2) return;
    if (!isGivenNameOnly(ctx, tokens[f].text.toLowerCase())) return;
    for (let i = f + 1; i <= l; i++)
      if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text) || !mayBeInPersonName(ctx, tokens[i].text.toLowerCase())) return;
    span.type = 'PER';
  });
}

/** "Colonel", "Col.": a capital then a lower-case letter (ASCII tested by code). */
function titleCase(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/**
 * "Colonel Joss Tarvell/ORG" -> "Joss Tarvell/PER" (the title is cut by `trimTitles`): a name that
 * starts with titles followed by one to three capitalised words, none of them a place, a body, a
 * designator or an ordinary word ("General Electric", "King County" stay), is a person.
 */
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
    for (; i < tokens.length && tokens[i].end <= span.end; i++)
      if (!/^\p{Lu}/u.test(tokens[i].text) || !mayBeInPersonName(ctx, tokens[i].text.toLowerCase())) return;
    if (i - rest > 3) return;
    span.type = 'PER';
  });
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
