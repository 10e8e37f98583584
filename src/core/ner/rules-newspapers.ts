/**
 * Newspapers named after their town ("the Tarnby Chronicle"): the tagger reads the town and the rules
 * after it read the newspaper's word.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';

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

/** A capitalised newspaper's word, or a hyphenated word ending in one ("Post-Dispatch"). */
function isNewspaperHead(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return NEWSPAPER_HEADS.has(lower.slice(lower.lastIndexOf('-') + 1));
}
