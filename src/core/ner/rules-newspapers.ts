/**
 * Newspapers named after their town ("the Tarnby Chronicle"): the tagger reads the town and the rules
 * after it read the newspaper's word. News outlets named before the word for what they are ("Velkpress
 * news agency").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, isNameWord, opensSentenceOrQuote, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import type { RuleCue } from './ruleCues';

/** Last words of newspapers' names ("... Chronicle", "... Post-Dispatch"); not Star, Sun, News or Express, which end other names too. */
const NEWSPAPER_HEADS = new Set([
  'chronicle',
  'times',
  'post',
  'herald',
  'tribune',
  'gazette',
  'journal',
  'globe',
  'courier',
  'examiner',
  'inquirer',
  'enquirer',
  'telegraph',
  'dispatch',
  'bulletin',
  'advertiser',
  'sentinel',
  'observer',
  'register',
  'statesman',
  'mail',
  'mirror',
  'echo',
  'argus',
]);

/**
 * "the Tarnby Chronicle/LOC", "Tarnby American-Statesman/PER" -> ORG: a name of two or more words ending in
 * a newspaper's word is the newspaper, though it starts with its town's name ("Houston" is on no list).
 * "St. Tarnby/LOC Post-Dispatch": a place read without the newspaper's word right after it takes that
 * word in when the name ends there (the next word is not capitalised: "Tarnby Times Square" stays).
 */
export function retypeNewspapers(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'LOC' && span.type !== 'PER') return;
    const end = tokenEnd(tokens, first[k], span);
    if (end - first[k] > 1 && isNewspaperHead(tokens[end - 1].text)) span.type = 'ORG';
    else if (span.type === 'LOC' && end + 1 < tokens.length && (spans[k + 1]?.start ?? Infinity) > tokens[end].start) {
      if (!isNewspaperHead(tokens[end].text) || /^\p{Lu}/u.test(tokens[end + 1].text)) return;
      span.end = tokens[end].end;
      span.type = 'ORG';
    }
  });
}

/** `retypeNewspapers` acts only on a sentence with a newspaper's head word. */
export const NEWSPAPER_HEAD_CUE: RuleCue = { test: isNewspaperHead };

/** A capitalised newspaper's word, or a hyphenated word ending in one ("Post-Dispatch"). */
function isNewspaperHead(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return NEWSPAPER_HEADS.has(lower.slice(lower.lastIndexOf('-') + 1));
}

/** The words for a news outlet that follow its name ("Velkpress news agency", "the Velka newspaper"). */
const OUTLET_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadsheet', 'television']);
/** `tagOutletsBeforeNouns` acts only on a sentence with an outlet's noun or "news" (agency). */
export const OUTLET_CUE: RuleCue = { words: [...OUTLET_NOUNS, 'news'] };
/** Outlet nouns that are adjectives before another noun ("the Velkan weekly radio address"). */
const ALSO_ADJECTIVES = new Set(['daily', 'weekly']);
/** A first word that says where or whose the outlet is, not its name ("Tarnian news agency", "Sunday newspaper"). */
const NOT_AN_OUTLET_BITS = PLACE_BITS | bit('demonym') | bit('calendar');
/** Endings of languages' and peoples' adjectives the lists lack ("Arabic", "Parisian", "Maltese", "Cornish"). */
const TITLE_BIT = bit('title');
const ADJECTIVE_ENDING = /(?:ic|ian|ese|ish)$/;
const MAX_OUTLET_WORDS = 3;

/**
 * "Velkpress/O news agency quoted", "The Velka/O newspaper reported" -> ORG: capitalised words the
 * tagger left out right before "news agency", "newspaper", "daily", "magazine" and the like name that
 * outlet, at a sentence's start too (where the tagger most often misses them). Not a place, nationality,
 * language or weekday first ("Iraqi news agency", "an Arabic newspaper", "Sunday newspaper"), a compound
 * adjective ("Paris-based newspaper") or an everyday word; not the end of a longer name ("News of the
 * World newspaper", "Chinese/MISC Daily newspaper"), nor "daily" or "weekly" before a noun. One word
 * read as a person there is the outlet too ("told Velka/PER television"), unless a listed name of people.
 */
export function tagOutletsBeforeNouns(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  const free = (i: number) => i >= 0 && tags[i] === 0 && isNameWord(tokens[i]) && tokens[i].text !== 'The';
  for (let i = 1; i < n; i++) {
    const noun = tokens[i].text;
    const agency = noun === 'news' && tokens[i + 1]?.text === 'agency';
    if (!agency && !OUTLET_NOUNS.has(noun)) continue;
    if (ALSO_ADJECTIVES.has(noun) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) continue;
    if (!free(i - 1)) {
      retypePersonBeforeOutlet(ctx, tokens, spans, first, i - 1);
      continue;
    }
    let s = i - 1;
    while (free(s - 1) && i - s < MAX_OUTLET_WORDS) s--;
    if (s > 0 && (tags[s - 1] !== 0 || endsNameBefore(tokens, s))) continue;
    const lower = tokens[s].text.toLowerCase();
    if (ctx.gazetteer.word(lower) & NOT_AN_OUTLET_BITS || ctx.lowerWords.has(lower) || ADJECTIVE_ENDING.test(lower))
      continue;
    // "State television", "National television", "President television show": a sentence's first word
    // or a title before the broadcaster's noun says whose it is.
    if (noun === 'television' && (opensSentenceOrQuote(tokens, s) || ctx.gazetteer.word(lower) & TITLE_BIT)) continue;
    addName(tokens, tags, spans, first, s, i, 'ORG');
  }
}

/** The span of the one word at token `w`, read as a person, made the outlet the noun after it names. */
function retypePersonBeforeOutlet(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
  w: number,
): void {
  const k = first.indexOf(w);
  if (k < 0 || spans[k].type !== 'PER' || spans[k].end !== tokens[w].end) return;
  if (ctx.gazetteer.word(tokens[w].text.toLowerCase()) & (PERSON_NAME_BITS | NOT_AN_OUTLET_BITS)) return;
  spans[k].type = 'ORG';
}

/**
 * Whether token s continues a name before it: a capitalised word other than "The" right before it (a
 * compound adjective: "Paris-based"), or a name before "of" or "of the" ("News of the World").
 */
function endsNameBefore(tokens: Token[], s: number): boolean {
  if (/^\p{Lu}/u.test(tokens[s - 1].text) && tokens[s - 1].text !== 'The') return true;
  const of = tokens[s - 1].text === 'the' ? s - 2 : s - 1;
  return of > 0 && tokens[of].text === 'of' && /^\p{Lu}/u.test(tokens[of - 1].text);
}
