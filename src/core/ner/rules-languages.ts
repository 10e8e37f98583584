/**
 * Languages ("Arabic", "Gaelic", "Swahili"): names of the MISC kind that the tagger reads as places, as
 * the silver news text it learned from gives a language the type of the land it is spoken in.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, isNameWord, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit } from './gazetteer';
import { listRunEnd } from './rules-neighbours';
import type { RuleCue } from './ruleCues';

const DEMONYM_BIT = categoryBit('demonym');

/** Nouns after a language's name ("the Velkic language", "the Tarvish and English languages"). */
const LANGUAGE_NOUNS = new Set(['language', 'languages', 'dialect', 'dialects']);

/** Words right before the name of a language that has no language's look ("the Velk language"). */
const BEFORE_LANGUAGE = new Set(['the', 'a', 'an', 'in', 'and', 'or', ',']);

/** Verbs and adjectives right before a language's name ("speaks Velkic", "fluent Tarvish"). */
const LANGUAGE_VERBS = new Set([
  ...['speak', 'speaks', 'spoke', 'speaking', 'learn', 'learns', 'learned', 'learnt', 'learning'],
  ...['teach', 'teaches', 'taught', 'teaching', 'fluent'],
]);
/** `typeLanguages` acts only on a sentence with one of the nouns or verbs above. */
export const LANGUAGE_CUE: RuleCue = { words: [...LANGUAGE_NOUNS, ...LANGUAGE_VERBS] };
/** Words between such a verb and the language ("learned some Velkic", "speaks fluent Tarvish"). */
const LANGUAGE_MEASURES = new Set(['some', 'fluent', 'basic', 'little', 'good', 'broken', 'perfect']);

/** Endings of languages' names after three letters or more, as of peoples' adjectives ("Arabic", "Maltese"; not "these"). */
const LANGUAGE_ENDING = /^\p{L}{3,}(?:ic|ish|ese)$/u;
/**
 * Languages named otherwise, that the lists of nationalities leave out (lower-cased); those named like
 * a people ("yoruba", "tamil", "catalan") are nationalities for the rules (`RULE_DEMONYMS`).
 */
const LANGUAGES = new Set([
  ...['swahili', 'urdu', 'mandarin', 'cantonese', 'tagalog', 'pashto', 'dari', 'farsi', 'hebrew', 'yiddish'],
  ...['amharic', 'afrikaans', 'basque', 'esperanto', 'bahasa', 'kannada', 'marathi', 'sinhala', 'khmer'],
  ...['creole', 'guarani', 'tigrinya', 'oromo', 'wolof', 'lingala', 'kinyarwanda', 'shona', 'sesotho'],
  ...['setswana', 'inuktitut', 'twi', 'akan', 'luganda', 'kiswahili', 'sango', 'malagasy', 'quechua', 'aymara'],
  ...['nahuatl', 'galician', 'valencian', 'flemish', 'frisian', 'romansh', 'sindhi', 'gujarati', 'malayalam'],
  ...['konkani', 'tulu', 'dzongkha', 'dhivehi'],
]);

/** Whether a word is a language named in the list above ("Swahili", "Amharic"), which no place shares. */
export function isListedLanguage(word: string): boolean {
  return LANGUAGES.has(word.toLowerCase());
}

/** Whether a word names a language: a listed nationality, a listed language, or a language's ending. */
function namesLanguage(ctx: FeatureContext, word: string): boolean {
  const lower = word.toLowerCase();
  return LANGUAGES.has(lower) || LANGUAGE_ENDING.test(lower) || (ctx.gazetteer.word(lower) & DEMONYM_BIT) !== 0;
}

/**
 * "the Arabic/LOC and Velkic/O languages", "learned some Gaelic/LOC" -> MISC: one-word names right before
 * "language" or "languages" (and the list of them there), and a language's name right after "speak",
 * "learn", "teach" or "fluent", are languages, whatever the tagger read. Before the noun a word the
 * tagger left out is taken when it names a language or follows an article or a link ("the Velk
 * language"); after a verb only a word that names a language, so that "taught Velk" stays a person.
 */
export function typeLanguages(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i].text;
    if (LANGUAGE_NOUNS.has(word)) typeNamesBeforeNoun(ctx, tokens, tags, spans, first, i);
    else if (LANGUAGE_VERBS.has(word)) {
      const at = LANGUAGE_MEASURES.has(tokens[i + 1]?.text) ? i + 2 : i + 1;
      if (at < tokens.length && isNameWord(tokens[at]) && namesLanguage(ctx, tokens[at].text))
        typeOneWord(tokens, tags, spans, first, at);
    }
  }
}

/** Makes the one-word names of the list that ends right before the noun at token `noun` languages. */
function typeNamesBeforeNoun(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
  noun: number,
): void {
  const before = noun - 1;
  if (!isNameWord(tokens[before]) || tokens[before].text === 'The') return;
  if (tags[before] === 0) {
    // A word that names no language only after an article or a link ("the Velk language"): not an
    // adjective opening a phrase ("Official language watchdog", "These language measures").
    const word = tokens[before].text;
    if (namesLanguage(ctx, word) || (before > 0 && BEFORE_LANGUAGE.has(tokens[before - 1].text)))
      typeOneWord(tokens, tags, spans, first, before);
    return;
  }
  const k = spans.findIndex(s => s.end === tokens[before].end);
  if (k < 0 || tokenEnd(tokens, first[k], spans[k]) - first[k] !== 1) return;
  let from = k;
  while (from > 0 && listRunEnd(tokens, spans, first, from - 1) >= k) from--;
  for (let j = from; j <= k; j++) if (tokenEnd(tokens, first[j], spans[j]) - first[j] === 1) spans[j].type = 'MISC';
}

/** Makes the word at token `at` a language: the one-word name there, or a new name. */
function typeOneWord(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[], at: number): void {
  const k = first.indexOf(at);
  if (k >= 0) {
    if (spans[k].end === tokens[at].end) spans[k].type = 'MISC';
    return;
  }
  if (tags[at] === 0 && !spans.some(s => s.start <= tokens[at].start && s.end >= tokens[at].end))
    addName(tokens, tags, spans, first, at, at + 1, 'MISC');
}
