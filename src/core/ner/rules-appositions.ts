/**
 * Names the tagger left out that the sentence describes right after them, as news introduces firms and
 * towns it expects readers not to know: "Velkom, Tarnia's biggest lender, said", "Harlby, a village in".
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, isNameWord, isPossessive } from './spanTokens';
import { describedBy } from './cues';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';

const NOT_A_NAME_BITS = PLACE_BITS | bit('calendar') | bit('demonym') | bit('title');
/** Most words of the described name, of a possessive name opening the description, and of the description. */
const MAX_NAME_WORDS = 4;
const MAX_OWNER_WORDS = 3;
const MAX_DESCRIPTION_WORDS = 5;
/** Words that may follow the description's head noun ("a village in", "a lender based"). */
const AFTER_HEAD = new Set([',', '.', ';', ':', ')', 'in', 'of', 'on', 'at', 'from', 'based', 'that', 'which', 'with']);

/**
 * "Velkom, Tarnia's biggest telecoms operator, said", "Harlby, a village in" -> the untagged
 * capitalised words before the comma are a name of the type the description's head noun gives
 * (`describedBy`: operator, lender, village …). The description opens with "a", "an", "the" (or "the
 * world's") or a name's possessive, runs over lower-case words only and ends at its head. Not a word
 * the lists hold as a place, month, nationality or title, nor an everyday word opening the run
 * ("Meanwhile, the company said").
 */
export function addAppositiveNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  const free = (i: number) => i >= 0 && i < n && tags[i] === 0 && isNameWord(tokens[i]);
  for (let comma = 1; comma + 2 < n; comma++) {
    if (tokens[comma].text !== ',' || !free(comma - 1)) continue;
    let s = comma - 1;
    while (free(s - 1) && comma - s < MAX_NAME_WORDS) s--;
    if (free(s - 1)) continue; // a longer run: a heading or a title
    const lower = tokens[s].text.toLowerCase();
    if (ctx.lowerWords.has(lower) || ctx.gazetteer.word(lower) & NOT_A_NAME_BITS) continue;
    const from = descriptionStart(tokens, comma + 1);
    const type = from < 0 ? undefined : describedBy(descriptionHead(tokens, from));
    if (type) addName(tokens, tags, spans, first, s, comma, type);
  }
}

/** The first token of the description after "a", "an", "the", "the world's" or a name's possessive; -1 if none opens at `o`. */
function descriptionStart(tokens: Token[], o: number): number {
  const word = tokens[o].text;
  if (word === 'a' || word === 'an') return o + 1;
  if (word === 'the') return tokens[o + 2] && isPossessive(tokens[o + 2]) ? o + 3 : o + 1;
  let e = o;
  while (e < tokens.length && isNameWord(tokens[e]) && e - o < MAX_OWNER_WORDS) e++;
  return e > o && tokens[e] && isPossessive(tokens[e]) ? e + 1 : -1;
}

/** The description's head: its last lower-case word before a word that ends it (`AFTER_HEAD`), or ''. */
function descriptionHead(tokens: Token[], from: number): string {
  let e = from;
  while (
    e < tokens.length &&
    e - from < MAX_DESCRIPTION_WORDS &&
    /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(tokens[e].text)
  ) {
    if (AFTER_HEAD.has(tokens[e].text)) break;
    e++;
  }
  return e > from && (e === tokens.length || AFTER_HEAD.has(tokens[e].text)) ? tokens[e - 1].text : '';
}
