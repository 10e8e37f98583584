import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, hasToken, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import { COMPANY_ENDINGS, FIELDS_BEFORE_NATIONS, LEGAL_FORMS, PLACE_HEADS } from './nameHeads';

/** Legal forms that also end other names ("the Velby Group" of islands): not enough on their own. */
const LOOSE_FORMS = new Set(['group']);

/**
 * "Velby Holdings/LOC", "Velby Pharma/PER" -> ORG: a name of two or more words ending in a company's
 * legal form or trade is a company, whatever the place or person name in it made the tagger read.
 */
export function retypeCompanyNames(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type === 'ORG') return;
    const l = tokenEnd(tokens, first[k], span) - 1;
    const last = tokens[l].text.toLowerCase();
    if (l > first[k] && COMPANY_ENDINGS.has(last) && !LOOSE_FORMS.has(last)) span.type = 'ORG';
  });
}

/**
 * "Velka Holdings Co./ORG , Ltd." -> "Velka Holdings Co., Ltd./ORG": a second legal form after a comma
 * ends the same company's name, as East Asian firms write it in English ("Co., Ltd.").
 */
export function extendSecondLegalForms(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG') return;
    const e = tokenEnd(tokens, first[k], span);
    if (e + 1 >= tokens.length || !LEGAL_FORMS.has(tokens[e - 1].text.toLowerCase()) || tokens[e].text !== ',') return;
    if (LOOSE_FORMS.has(tokens[e + 1].text.toLowerCase()) || !LEGAL_FORMS.has(tokens[e + 1].text.toLowerCase())) return;
    if (k + 1 < spans.length && spans[k + 1].start < tokens[e + 1].end) return;
    span.end = tokens[e + 1].end;
  });
}

/** Words that head the name of a university or college with campuses ("University of X at Y"). */
const CAMPUS_HEADS = new Set(['University', 'College', 'Institute', 'Polytechnic']);

/**
 * "the University of Tarnia/ORG at Velby/LOC" -> one ORG: a university, college or institute named
 * "... of <place> at <place>" is one campus's name, as American state universities are written
 * ("University of Texas at Austin"). Only when the body's name starts with such a word. The campus
 * may be one to three capitalised words the tagger left out ("at Urbana-Champaign"), none of them a
 * word mostly written in lower case, a month, a weekday or a title.
 */
export function joinCampusNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const body = spans[k];
    if (body.type !== 'ORG' || !CAMPUS_HEADS.has(tokens[first[k]].text)) continue;
    const at = tokenEnd(tokens, first[k], body);
    if (at + 1 >= tokens.length || tokens[at].text !== 'at') continue;
    if (k + 1 < spans.length && first[k + 1] === at + 1) {
      if (spans[k + 1].type === 'LOC') absorbFollowing(spans, first, k);
      continue;
    }
    let e = at + 1;
    while (e < at + 4 && e < tokens.length && campusWord(ctx, tokens[e].text)) e++;
    const next = tokens[e]?.text ?? '';
    if (e === at + 1 || (k + 1 < spans.length && first[k + 1] < e) || /^\p{Lu}/u.test(next)) continue;
    body.end = tokens[e - 1].end;
  }
}

/** Lists whose words are no campus's name: months and weekdays, titles. */
const NOT_CAMPUS_BITS = bit('calendar') | bit('title');

function campusWord(ctx: FeatureContext, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text)) return false;
  const lower = text.toLowerCase();
  return !ctx.lowerWords.has(lower) && (ctx.gazetteer.word(lower) & NOT_CAMPUS_BITS) === 0;
}

/** The lexicon's lists of bodies: organisations and teams. */
export const BODY_BITS = bit('org') | bit('team');

export function phraseBits(ctx: FeatureContext, tokens: Token[], from: number, to: number): number {
  if (to - from > 4 || to <= from) return 0;
  return ctx.gazetteer.word(
    tokens
      .slice(from, to)
      .map(t => t.text.toLowerCase())
      .join(' '),
  );
}

/** Whether tokens [from, to) are a body's name of the lexicon's lists or of the listed companies and clubs. */
export function listedBody(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from > 4 || to <= from) return false;
  const phrase = tokens
    .slice(from, to)
    .map(t => t.text.toLowerCase())
    .join(' ');
  return (ctx.gazetteer.word(phrase) & BODY_BITS) !== 0 || ctx.gazetteer.isListedBody(phrase);
}

/**
 * Whether a body's name around "and" (tokens [from, and) and (and, to)) is two bodies named together.
 * It is when both sides are listed bodies (`listedBody`); when both are long names (`twoLongNames`);
 * when one side is listed, or the first ends in a body's head word ("Velk Athletics Federation and
 * Tarnotoppen"), and the other is a single name that is no listed given name, surname or ordinary word
 * ("Velkom and Greenvale"; not firms named after their founders, "Velkom and Spencer", nor "Velkom and
 * Sons", "Velby Bank and Trust"); and, when neither is listed, when both are named by their head words
 * (`twoHeadedNames`).
 */
function twoBodies(ctx: FeatureContext, tokens: Token[], from: number, and: number, to: number): boolean {
  const left = listedBody(ctx, tokens, from, and);
  const right = listedBody(ctx, tokens, and + 1, to);
  if (left && right) return true;
  // A nation's branch of a listed body before another listed body ("Australian Red Cross and Salvation Army").
  const nation = ctx.gazetteer.word(tokens[from].text.toLowerCase()) & (DEMONYM_BIT | PLACE_BITS);
  if (right && nation && and - from === 3 && listedBody(ctx, tokens, from + 1, and)) return true;
  if (twoLongNames(ctx, tokens, from, and, to)) return true;
  if (left && listedThenName(ctx, tokens, and, to)) return true;
  // A plain name of two or more words ending in a body's head word reads as a body as surely as a
  // listed one; not a place's ("West Bank"), nor one with "of" or a possessive in it.
  const headed = !left && headedBody(ctx, tokens, from, and);
  if (!left && !right) {
    if (twoHeadedNames(ctx, tokens, from, and, to)) return true;
    if (!headed) return false;
  }
  const [s, e] = left || headed ? [and + 1, to] : [from, and];
  if (e - s !== 1 || !/^\p{Lu}/u.test(tokens[s].text)) return false;
  const lower = tokens[s].text.toLowerCase();
  // After a head word, another trade or head goes on one company's name ("Velk Shipping and Logistics").
  if (headed && (isBodyHead(ctx, tokens, s) || COMPANY_ENDINGS.has(lower))) return false;
  return !(ctx.gazetteer.word(lower) & PERSON_NAME_BITS) && !ctx.lowerWords.has(lower);
}

/**
 * Whether the words after "and" that follow a listed body's whole name are another body's name of two
 * or three capitalised words ("Vodafone and Three UK"): not one opened by a head word or a trade that
 * would go on the first name ("... and Trust Company"), nor one with a lower-case word in it.
 */
function listedThenName(ctx: FeatureContext, tokens: Token[], and: number, to: number): boolean {
  if (to - and - 1 < 2 || to - and - 1 > 3) return false;
  for (let i = and + 1; i < to; i++) if (!/^\p{Lu}/u.test(tokens[i].text)) return false;
  const next = tokens[and + 1].text;
  return !isBodyHead(ctx, tokens, and + 1) && !COMPANY_ENDINGS.has(next.toLowerCase());
}

/** Whether a word on its own is a place of the lexicon's lists or of the listed places. */
export function listedPlaceWord(ctx: FeatureContext, word: string): boolean {
  const lower = word.toLowerCase();
  return (ctx.gazetteer.word(lower) & PLACE_BITS) !== 0 || ctx.gazetteer.isListedPlace(lower);
}

/** Whether tokens [from, to) are two or more capitalised words ending in a body's head word, and no place's name. */
function headedBody(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !isBodyHead(ctx, tokens, to - 1)) return false;
  for (let i = from; i < to; i++) if (!/^\p{Lu}/u.test(tokens[i].text)) return false;
  return !(phraseBits(ctx, tokens, from, to) & PLACE_BITS);
}

/** Words inside one body's name that "and" may follow: "Department of Trade and Industry". */
const INSIDE_ONE_NAME = new Set(['of', 'for', ',', 'the', 'The', '&']);

/**
 * Two names of two or more capitalised words each, joined by "and": two bodies ("Tarnby Capital and
 * Agence Velk-Presse"), as one body's name with "and" in it has it between single words ("Procter
 * and ...", "Trade and Industry"), after "of" or "for", or between two words describing its head
 * (`sharedHead`).
 */
function twoLongNames(ctx: FeatureContext, tokens: Token[], from: number, and: number, to: number): boolean {
  if (and - from < 2 || to - and - 1 < 2) return false;
  for (let i = from; i < to; i++) if (INSIDE_ONE_NAME.has(tokens[i].text)) return false;
  const next = tokens[and + 1].text;
  // A listed body's whole name before "and" shares its head with no other ("Velkan Horowitz and Vision Fund").
  const listedFirst = listedBody(ctx, tokens, from, and);
  if (!listedFirst && sharedHead(ctx, tokens, and, to)) return false;
  if (!/^\p{Lu}/u.test(tokens[and - 1].text) || !/^\p{Lu}/u.test(next)) return false;
  // An everyday word after "and" may go on one name ("National Oceanic and Atmospheric ..."), but not
  // after a first name that ends in its head word ("Tarnby International and Human Rights Watch") or
  // is a listed body, unless that word heads names itself ("Velby Bank and Trust Company").
  if (!ctx.lowerWords.has(next.toLowerCase()) || listedFirst) return true;
  // A nation's or a state's agency goes on over its "and" to the head word that ends it ("Velkan
  // Communications and Media Authority", "National Energy and Utilities Regulatory Commission"); a
  // state's, unless a head word that is no field ends the first name ("National Velby Bank and ...").
  const opener = tokens[from].text;
  const field = !isBodyHead(ctx, tokens, and - 1) || FIELDS_BEFORE_NATIONS.has(tokens[and - 1].text);
  const national =
    (STATE_OPENERS.has(opener) && field) || (ctx.gazetteer.word(opener.toLowerCase()) & DEMONYM_BIT) !== 0;
  if (national && isBodyHead(ctx, tokens, to - 1)) return false;
  return isBodyHead(ctx, tokens, and - 1) && !isBodyHead(ctx, tokens, and + 1);
}

/** Words that open the names of a state's own agencies ("National ...", "Federal ..."). */
export const STATE_OPENERS: ReadonlySet<string> = new Set([
  'National',
  'Federal',
  'State',
  'Provincial',
  'Regional',
  'Central',
]);

/**
 * Whether the words around "and" both describe the head word that ends the name ("United Nations Food
 * and Agriculture Organization", "Fish and Wildlife Service", "Water Resources and Energy Directorate"):
 * the name ends in a body's head word, the word before "and" is none and is in no name list, and the
 * word after it describes the head (`describesHead`).
 */
function sharedHead(ctx: FeatureContext, tokens: Token[], and: number, to: number): boolean {
  const gaz = ctx.gazetteer;
  return (
    isBodyHead(ctx, tokens, to - 1) &&
    !isBodyHead(ctx, tokens, and - 1) &&
    gaz.word(tokens[and - 1].text.toLowerCase()) === 0 &&
    describesHead(ctx, tokens[and + 1].text.toLowerCase(), tokens[to - 1].text.toLowerCase())
  );
}

/**
 * Whether the word after "and" may describe the head: a word in no name list, or a body's word
 * ("Energy") before a head that is no everyday word ("Directorate", not "City": "Big Velk and Party City").
 */
function describesHead(ctx: FeatureContext, word: string, head: string): boolean {
  const bits = ctx.gazetteer.word(word);
  return bits === 0 || (bits === ORG_WORD_BIT && !ctx.lowerWords.has(head));
}

const ORG_WORD_BIT = bit('orgWord');
const DEMONYM_BIT = bit('demonym');

/** Whether token i is a capitalised word that heads bodies' names ("University", "Ministry", "Bank"). */
export function isBodyHead(ctx: FeatureContext, tokens: Token[], i: number): boolean {
  return isBodyHeadWord(tokens[i].text, tokens[i].text.toLowerCase(), ctx.gazetteer);
}

/** Whether one of tokens [from, to) is a body's head word ("High Court of Justice", "Relief Agency"). */
export function holdsBodyHead(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBodyHead(ctx, tokens, i)) return true;
  return false;
}

/** `isBodyHead` of one word, as written and lower-cased. */
export function isBodyHeadWord(text: string, lower: string, gazetteer: Gazetteer): boolean {
  return /^\p{Lu}/u.test(text) && (gazetteer.word(lower) & ORG_WORD_BIT) !== 0;
}

/**
 * Whether the name starting at token `from` is headed by its first word: "University of ...",
 * "Ministry of ..." (a body's head word followed by "of" and a capitalised word).
 */
export function headedByFirstWord(ctx: FeatureContext, tokens: Token[], from: number): boolean {
  return (
    from + 2 < tokens.length &&
    tokens[from + 1].text === 'of' &&
    isBodyHead(ctx, tokens, from) &&
    /^\p{Lu}/u.test(tokens[from + 2].text)
  );
}

/**
 * Two names each headed by a body's head word, joined by "and": "Velby University and University of
 * Tarnia", "Ministry of Fish and Ministry of Roads", "Velby College and Tarnby College". The name after
 * "and" starts with its head and "of", or ends in the same head as the first, so that one body's name
 * with "and" in it stays whole ("Velby Bank and Trust Company", "Department of Health and Social
 * Services").
 */
function twoHeadedNames(ctx: FeatureContext, tokens: Token[], from: number, and: number, to: number): boolean {
  const endsInHead = (s: number, e: number) => e - s >= 2 && isBodyHead(ctx, tokens, e - 1);
  if (!endsInHead(from, and) && !headedByFirstWord(ctx, tokens, from)) return false;
  // A field after a ministry's "of" goes on its list of fields over its country ("Ministry of Mines and
  // Energy of Velland"), unless the first name ends in its own head word ("Velby Bank and Energy of ...").
  const field = FIELDS_BEFORE_NATIONS.has(tokens[and + 1].text) && headedByFirstWord(ctx, tokens, from);
  if (headedByFirstWord(ctx, tokens, and + 1) && !field) return true;
  return endsInHead(from, and) && endsInHead(and + 1, to) && tokens[and - 1].text === tokens[to - 1].text;
}

/**
 * "Velkom and Tarnair/ORG" -> "Velkom/ORG", "Tarnair/ORG": a body's name made of two bodies joined
 * by "and" (see `twoBodies`) is two bodies named together, unless the whole is listed too ("Marks and
 * ..." firms named after two founders are listed as one); a listed place on its own after "and" is
 * the place.
 */
export function splitListedPairs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    const and = soleInnerAnd(tokens, f, e);
    if (and < 0) continue;
    if (phraseBits(ctx, tokens, f, e) & BODY_BITS || !twoBodies(ctx, tokens, f, and, e)) continue;
    // A single listed place after "and" is the place ("the Tarnby Army and Velkar").
    const place = e - and === 2 && listedPlaceWord(ctx, tokens[and + 1].text);
    splitAround(tokens, spans, first, k, and, 'ORG', place ? 'LOC' : 'ORG');
    k++;
  }
}

const NOT_COMPANY_WORD_BITS = PLACE_BITS | bit('locWord') | bit('eventWord') | bit('calendar') | bit('demonym');

/**
 * Words after a place's name that keep it a place (or a part of one) although the compiled lists
 * lack them: built landmarks and a city's own name for itself ("New York City").
 */
const LANDMARKS = new Set([
  'city',
  'wall',
  'gate',
  'tower',
  'castle',
  'palace',
  'cathedral',
  'abbey',
  'station',
  'metro',
  'centre',
  'downtown',
  'area',
  'north',
  'south',
  'east',
  'west',
  'central',
]);

/**
 * "Tarnby Semiconductor/LOC" -> ORG: a place's name followed by capitalised words that are neither
 * place words nor places is a company or body named after the place ("Boston Scientific"); not
 * "Tarnby Harbor", "Tarnby City", "Tarnby Castle", nor a place written with its state ("Tarnby NV").
 */
export function retypePlaceNamedCompanies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'LOC') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    // The last word alone rules out most places ("... Harbor", "... City", "New York") before any phrase is looked up.
    if (e - f < 2 || !companyWord(ctx, tokens[e - 1].text) || phraseBits(ctx, tokens, f, e) & PLACE_BITS) continue;
    let p = Math.min(e - 1, f + 4);
    while (p > f && !(phraseBits(ctx, tokens, f, p) & PLACE_BITS)) p--;
    if (p === f) continue;
    let i = p;
    while (i < e - 1 && companyWord(ctx, tokens[i].text)) i++;
    if (i === e - 1) span.type = 'ORG';
  }
}

/** A capitalised word that is no place, place word, landmark, event or calendar word. */
function companyWord(ctx: FeatureContext, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !LANDMARKS.has(lower) && !PLACE_HEADS.has(lower) && !(ctx.gazetteer.word(lower) & NOT_COMPANY_WORD_BITS);
}

/** "Velk Belgium": two or more words, no "of", ending in a listed country. */
function branchName(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  return (
    to - from >= 2 && (phraseBits(ctx, tokens, to - 1, to) & bit('country')) !== 0 && !hasToken(tokens, from, to, 'of')
  );
}

/**
 * "Friends of the Earth Velland/LOC" -> one ORG: capitalised words the tagger left out, then "of
 * the" and a name read as a place that no list has as a place ("Earth Velland"), are one body's name;
 * the place inside it only says where the body works. A listed place after "of the" ("Sons of the
 * Vellandia") is left to the other rules; a name read as a body joins only when it is a national
 * branch (`branchName`), not "Fellow of the Royal Society". Not at a sentence start, where every word
 * is capitalised.
 */
export function joinOfTheBodies(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (f < 4 || tokens[f - 1].text !== 'the' || tokens[f - 2].text !== 'of') continue;
    if (span.type === 'PER' || span.type === 'MISC') continue;
    let s = f - 2;
    while (s > 1 && untaggedCapital(tokens[s - 1].text, tags[s - 1])) s--;
    if (s === f - 2 || ctx.gazetteer.word(tokens[s].text.toLowerCase()) & TITLE_BIT) continue;
    const e = tokenEnd(tokens, f, span);
    // A listed place joins only a body's head word ("Communist Party of the Vellandia").
    if (phraseBits(ctx, tokens, f, e) & PLACE_BITS && !isBodyHead(ctx, tokens, f - 3)) continue;
    // A body read as a body only when it is a national branch ("Friends of the Velk Belgium").
    if (span.type === 'ORG' && !branchName(ctx, tokens, f, e)) continue;
    span.start = tokens[s].start;
    span.type = 'ORG';
    first[k] = s;
  }
}

const TITLE_BIT = bit('title');

/** A capitalised word (not "The") the tagger left out. */
function untaggedCapital(text: string, tag: number): boolean {
  return tag === 0 && text !== 'The' && /^\p{Lu}\p{Ll}/u.test(text);
}
