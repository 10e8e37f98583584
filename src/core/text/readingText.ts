/**
 * The article as the recogniser reads it. Each change keeps the text's length, so every span found
 * in it is at the same offsets in the article itself.
 *
 * - A line break that only wraps a paragraph is a space (`softWraps.ts`).
 * - No-break, narrow and figure spaces are plain spaces. Text copied from web pages and word
 *   processors puts them between a title and a name, or between the words of a name.
 * - Curly quotes and apostrophes are straight ones. The model learned from text written with
 *   straight ones, and the same article should read the same however its quotes are typed.
 */
import { unwrapLines } from './softWraps';

const PLAIN_FORMS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
};

const TYPOGRAPHIC = /[\u00a0\u2007\u2009\u202f\u2018\u2019\u201c\u201d]/g;
const TYPOGRAPHIC_SPACE = /[\u00a0\u2007\u2009\u202f]/g;

/** What the recogniser reads: wrapping breaks and typographic spaces as spaces, quotes straight. */
export function readingText(article: string): string {
  // Spaces first: wrapping is judged by where words end.
  return unwrapLines(article.replace(TYPOGRAPHIC, c => PLAIN_FORMS[c]));
}

/**
 * Where names the workspace knows are searched: wrapping breaks and typographic spaces as spaces, but
 * quotes as written, since a registry may spell a name with a curly apostrophe.
 */
export function namesText(article: string): string {
  return unwrapLines(article.replace(TYPOGRAPHIC_SPACE, ' '));
}
