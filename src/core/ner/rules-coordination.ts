/**
 * Names listed together: "A, B and C" names three things of one kind, so a name read as "B and C"
 * right after "A," is two; and names set side by side with a semicolon or a comma.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { BODY_BITS, isBodyHead, listedBody, phraseBits } from './rules-bodies';
import { hasToken, isPossessive, soleInnerAnd, splitAround, tokenEnd } from './spanTokens';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit } from './gazetteer';
import { AREA_NOUNS } from './rules-areas';
import { namesPlaces } from './rules-neighbours';
import { listedPhrase, namesListedPlace } from './rules-listed';
import { LEGAL_FORMS } from './nameHeads';
import { titleCase } from './rules-people';

/**
 * "Velkom, Tarnair and Harlco/ORG" -> "Tarnair/ORG", "Harlco/ORG": a name with one "and" inside, right
 * after a comma that ends a name of the same type, is the last two items of the list. A listed name
 * with "and" in it stays whole ("..., Harl and Sons", "..., Tarnia and Velland"), and so does a name
 * with "of" before its "and" ("..., Board of Fish and Game"). Two unknown single words read as one
 * name of another type ("Velk/LOC, Shigar and Astore/ORG") take the type of the list's first name: the
 * tagger joins such pairs from its silver training text, which labels "India and Pakistan" one body.
 * Not after a sentence's opening name ("In Tarnby, Tarnco and Harlco said"), which needs no list.
 */
export function splitListEnds(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 1; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (f < 2 || tokens[f - 1].text !== ',') continue;
    // The name before the comma may end in a possessive the rules take in later ("Ben & Jerry 's").
    const endsBefore = (i: number) => i >= 0 && spans[k - 1].end === tokens[i].end;
    if (!endsBefore(f - 2) && !(isPossessive(tokens[f - 2]) && endsBefore(f - 3))) continue;
    const e = tokenEnd(tokens, f, span);
    let type = spans[k - 1].type;
    const listed = type !== 'MISC' && first[k - 1] > 1 && unknownPair(ctx, tokens, f, e);
    // A list's names of the span's type before one read otherwise ("Velkom, Tarnco/LOC, Harlco and ...").
    if (type !== span.type && !listed && listHasType(spans, first, tokens, k - 1, span.type)) type = span.type;
    if (type !== span.type && !listed) continue;
    const and = soleInnerAnd(tokens, f, e);
    if (and < 0 || listedName(ctx, tokens, f, e) || hasToken(tokens, f, and, 'of')) continue;
    splitAround(tokens, spans, first, k, and, type, type);
    k++;
  }
}

/**
 * Whether the names of a list before span `k`, its items separated by single commas, include two of
 * `type` (the name `k` itself and those before it, back to the list's start).
 */
function listHasType(spans: Span[], first: number[], tokens: Token[], k: number, type: Span['type']): boolean {
  let found = 0;
  for (let j = k; j >= 0 && found < 2; j--) {
    if (spans[j].type === type) found++;
    const comma = first[j] - 1;
    if (j === 0 || tokens[comma]?.text !== ',' || spans[j - 1].end !== tokens[comma - 1]?.end) break;
  }
  return found >= 2;
}

/** Whether tokens from..to are two capitalised words no list or everyday use knows, joined by "and". */
function unknownPair(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 3 || tokens[from + 1].text !== 'and') return false;
  return [tokens[from], tokens[from + 2]].every(t => {
    const lower = t.text.toLowerCase();
    return titleCase(t.text) && !ctx.lowerWords.has(lower) && ctx.gazetteer.word(lower) === 0;
  });
}

function listedName(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  return listedBody(ctx, tokens, from, to) || phraseBits(ctx, tokens, from, to) !== 0;
}

/**
 * "Velkom ; Tarnair/ORG", "the Supreme Court , Ann Velk/ORG", "TARNBY/VELLANDIA/ORG" (a dateline of two
 * towns) -> two names: no name holds a semicolon, nor a slash between two listed places, and a comma
 * before a person's name (`personAfterComma`) ending the span sets that person beside the name before
 * it ("the head of the agency, Ann Velk, said"). A comma before other words may be inside a name
 * ("Velkom , Inc.", "Fish , Forestry and Game Ministry").
 */
export function splitAtSeparators(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'MISC') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    for (let i = f + 1; i < e - 1; i++) {
      const text = tokens[i].text;
      if (text === ';' || (text === ',' && personAfterComma(ctx, tokens, i, e))) {
        splitAround(tokens, spans, first, k, i, span.type, text === ';' ? span.type : 'PER');
        break;
      }
      if (
        text === '/' &&
        namesListedPlace(ctx.gazetteer, tokens, f, tokens[i - 1].end) &&
        namesListedPlace(ctx.gazetteer, tokens, i + 1, span.end)
      ) {
        splitAround(tokens, spans, first, k, i, 'LOC', 'LOC');
        break;
      }
    }
  }
}

/**
 * Whether the two or three capitalised words after the comma at `comma`, up to the name's end, are a
 * person's name: they open with a listed given name, or the words before the comma end in a body's
 * head word and they hold none ("the Velk Ministry, Qorma Tarvell").
 */
function personAfterComma(ctx: FeatureContext, tokens: Token[], comma: number, end: number): boolean {
  const from = comma + 1;
  if (end - from < 2 || end - from > 3) return false;
  let headWord = false;
  for (let i = from; i < end; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return false;
    headWord ||= isBodyHead(ctx, tokens, i);
  }
  if (ctx.gazetteer.word(tokens[from].text.toLowerCase()) & GIVEN_NAME_BIT) return true;
  return isBodyHead(ctx, tokens, comma - 1) && !headWord;
}

const GIVEN_NAME_BIT = categoryBit('first');
const ORG_WORD_BIT = categoryBit('orgWord');

/**
 * Plural nouns after two names joined by "and" that make them places ("the Tarn and Velk rivers"),
 * sites among them ("the Tarn and Velk power stations"), right after the names or after one word.
 */
const PLACES_AFTER = new Set([
  ...['communities', 'villages', 'towns', 'cities', 'ports', 'islands', 'states', 'rivers'],
  ...['stations', 'plants', 'mines', 'dams', 'fields', 'airports', 'stadiums', 'crossings', 'refineries'],
]);

/** Whether the words from token `at` are a plural noun for places, or one lower-case word and such a noun. */
function placesNounAt(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.text ?? '';
  return PLACES_AFTER.has(word) || (/^\p{Ll}+$/u.test(word) && PLACES_AFTER.has(tokens[at + 1]?.text ?? ''));
}

/**
 * Prepositions before two places said together ("flights to Nice and Tarnby"); a town before its region
 * follows other ones (`tagTownsBeforeRegions`: "of", "outside").
 */
const PREPOSITIONS_BEFORE_PLACES = new Set(['in', 'at', 'from', 'to', 'near', 'between', 'via']);

/**
 * "Kelbra and Orvoss/ORG" -> "Kelbra/LOC", "Orvoss/LOC": a name of two single words joined by "and" is two
 * names said together ("between Tarnby and Harl", "at Velkom and Tarnair"); news rarely names one thing so.
 * It is split when the words say what the two are: a listed place on either side, or a plural noun for places
 * after them or before them and "of" ("the ports of ..."), makes both places; a listed body, both bodies; two
 * read as one person are two people. Kept whole: a listed name ("Tarnia and Velland" as one country), a name
 * with an everyday word ("Peace and Security", "Globe and Mail"; but "to Nice and Tarnby", beside a listed
 * place after a preposition of place), and a body named after two people, both words listed names of people
 * ("Harl and Velby", as "Marks and Spencer").
 */
export function splitJoinedPairs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type === 'MISC' || f + 3 > tokens.length) continue;
    if (tokens[f + 1].text !== 'and' || tokens[f + 2].end !== span.end) {
      splitPlacePair(ctx, tokens, spans, first, k);
      continue;
    }
    const words = [tokens[f].text, tokens[f + 2].text];
    if (!words.every(w => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const { bits, phrase } = listedPhrase(gaz, tokens, f, span.end);
    if (bits !== 0 || gaz.isListedBody(phrase) || gaz.isListedPlace(phrase)) continue;
    const lower = words.map(w => w.toLowerCase());
    const wordBits = lower.map(w => gaz.word(w));
    const everyday = lower.map(w => ctx.lowerWords.has(w));
    // An everyday word is a town's name only beside a listed place, after a preposition of place ("flights
    // to and from Nice and Tarnby"; not "the Tarnby and People fund").
    const afterPlaceWord = f > 0 && PREPOSITIONS_BEFORE_PLACES.has(tokens[f - 1].text);
    if (everyday.some((e, i) => e && (!afterPlaceWord || everyday[1 - i] || !(wordBits[1 - i] & PLACE_BITS)))) continue;
    if (span.type === 'ORG' && wordBits.every(b => b & PERSON_NAME_BITS)) continue;
    const body = lower.some((w, i) => wordBits[i] & BODY_BITS || gaz.isListedBody(w));
    const place = lower.some((w, i) => wordBits[i] & PLACE_BITS || gaz.isListedPlace(w));
    const after = f + 3 < tokens.length ? tokens[f + 3].text : '';
    const ofPlaces = f > 1 && tokens[f - 1].text === 'of' && namesPlaces(tokens[f - 2].text);
    const type =
      AREA_NOUNS.has(after) || placesNounAt(tokens, f + 3) || ofPlaces || (place && !body)
        ? 'LOC'
        : body && !place
          ? 'ORG'
          : span.type === 'PER'
            ? 'PER'
            : undefined;
    if (!type) continue;
    splitAround(tokens, spans, first, k, f + 1, type, type);
    k++;
  }
}

/**
 * "towards Port Velby and Tarnia/ORG" -> two places: a name of two parts of one or two capitalised words
 * joined by "and", one part a listed place, and no word of it an everyday word, a listed body or a
 * body's word ("Press"), names two places (see `splitJoinedPairs`, which reads pairs of single words).
 */
function splitPlacePair(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[], k: number): void {
  const gaz = ctx.gazetteer;
  const f = first[k];
  const e = tokenEnd(tokens, f, spans[k]);
  const and = soleInnerAnd(tokens, f, e);
  if (and < 0 || and - f > 2 || e - and - 1 > 2) return;
  for (let i = f; i < e; i++) {
    if (i === and) continue;
    const lower = tokens[i].text.toLowerCase();
    if (!titleCase(tokens[i].text) || ctx.lowerWords.has(lower)) return;
    if (gaz.word(lower) & (BODY_BITS | ORG_WORD_BIT) || gaz.isListedBody(lower)) return;
  }
  const whole = listedPhrase(gaz, tokens, f, spans[k].end);
  if (whole.bits !== 0 || gaz.isListedBody(whole.phrase) || gaz.isListedPlace(whole.phrase)) return;
  const parts = [listedPhrase(gaz, tokens, f, tokens[and - 1].end), listedPhrase(gaz, tokens, and + 1, spans[k].end)];
  if (parts.some(p => p.bits & BODY_BITS || gaz.isListedBody(p.phrase))) return;
  if (!parts.some(p => p.bits & PLACE_BITS || gaz.isListedPlace(p.phrase))) return;
  splitAround(tokens, spans, first, k, and, 'LOC', 'LOC');
}

/**
 * "Velka Financial Group and Harlco/ORG" -> two bodies: a company's name ends at its legal form, so a
 * name with one "and" right after a legal form ("Group", "Holdings", "Inc", "S.A.") and a capitalised
 * word after it names two. Not a form alone before the "and" ("Co and Harl").
 */
export function splitAfterLegalForms(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const and = soleInnerAnd(tokens, first[k], tokenEnd(tokens, first[k], span));
    if (and - first[k] < 2 || !LEGAL_FORMS.has(tokens[and - 1].text.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(tokens[and + 1].text)) continue;
    splitAround(tokens, spans, first, k, and, 'ORG', 'ORG');
    k++;
  }
}

/** A lower-case word in the past tense ("advised", "defeated"): a verb between two names, never a part of one. */
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;

/**
 * "Velka Bank advised Harlco/ORG" -> two bodies: a name the tagger ran over an everyday verb in the past
 * tense, between two capitalised words, is the two names the verb stands between, each of its type.
 */
export function splitAtVerbs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    for (let i = f + 1; i < e - 1; i++) {
      const word = tokens[i].text;
      if (!PAST_TENSE.test(word) || !ctx.lowerWords.has(word)) continue;
      if (!/^\p{Lu}/u.test(tokens[i - 1].text) || !/^\p{Lu}/u.test(tokens[i + 1].text)) continue;
      splitAround(tokens, spans, first, k, i, span.type, span.type);
      break;
    }
  }
}

/** Longest name of the lists opening at token `from`, ending by token `to` (exclusive): its end and type. */
function listedNameAt(
  ctx: FeatureContext,
  tokens: Token[],
  from: number,
  to: number,
): [number, 'ORG' | 'LOC'] | undefined {
  const gaz = ctx.gazetteer;
  for (let e = Math.min(to, from + 4); e > from; e--) {
    const { bits, phrase } = listedPhrase(gaz, tokens, from, tokens[e - 1].end);
    // One word that is also a surname may be a founder's name in a firm's ("Velkom and Spencer").
    if (e === from + 1 && bits & PERSON_NAME_BITS) return undefined;
    if (bits & BODY_BITS || gaz.isListedBody(phrase)) return [e, 'ORG'];
    if (bits & PLACE_BITS || gaz.isListedPlace(phrase)) return [e, 'LOC'];
  }
  return undefined;
}

/**
 * "Tarnco Consultancy Services, Velkom and Tarnair/ORG" -> three bodies: a name that is wholly listed
 * names set side by side with commas and "and" is that list. Each part must be a listed body or place
 * (the longest one opening there) and no surname, so one body with a comma or "and" in its name, or
 * named after its founders, stays whole.
 */
export function splitListedLists(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'MISC' || span.type === 'PER') continue;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (!hasToken(tokens, f, e, ',') && !hasToken(tokens, f, e, 'and')) continue;
    const parts: [number, number, 'ORG' | 'LOC'][] = [];
    for (let i = f; i < e;) {
      const found = listedNameAt(ctx, tokens, i, e);
      if (!found) break;
      parts.push([i, found[0], found[1]]);
      i = found[0];
      if (tokens[i]?.text === ',' && i < e) i++;
      if (tokens[i]?.text === 'and' && i < e) i++;
    }
    const last = parts[parts.length - 1];
    if (parts.length < 2 || last[1] !== e) continue;
    const named = parts.map(([from, to, type]) => ({ start: tokens[from].start, end: tokens[to - 1].end, type }));
    spans.splice(k, 1, ...named);
    first.splice(k, 1, ...parts.map(([from]) => from));
    k += parts.length - 1;
  }
}
