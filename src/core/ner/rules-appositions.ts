/**
 * Names and the nouns that describe them: names the tagger left out that the sentence describes right
 * after them, as news introduces firms and towns it expects readers not to know ("Velkom, Tarnia's
 * biggest lender, said", "Harlby, a village in"), and describing nouns the tagger took into a name
 * ("Belgian club Standard Velby", "Chipmaker Velkon said").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, dropSpan, insertSpan, isNameWord, isPossessive, tokenEnd } from './spanTokens';
import { describedBy, describingNouns, typeAfterNoun } from './cues';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase, namesListedPlace } from './rules-listed';
import { isOfficeTitle } from './rules-people';
import type { RuleCue } from './ruleCues';

const NOT_A_NAME_BITS = PLACE_BITS | bit('calendar') | bit('demonym') | bit('title');
/** Most words of the described name, of a possessive name opening the description, and of the description. */
const MAX_NAME_WORDS = 4;
const MAX_OWNER_WORDS = 3;
const MAX_DESCRIPTION_WORDS = 5;
/** Words that may follow the description's head noun ("a village in", "a lender based"). */
const AFTER_HEAD = new Set([',', '.', ';', ':', ')', 'in', 'of', 'on', 'at', 'from', 'based', 'that', 'which', 'with']);
/** `addAppositiveNames` and `addDescribedNames` act only on a sentence with a describing noun. */
export const DESCRIBING_NOUN_CUE: RuleCue = { words: describingNouns() };

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

const DEMONYM_BIT = bit('demonym');

/**
 * "Belgian club Standard Velby/ORG", "World Bank economist Ann Lee/ORG", "Islamic militant group Harlam/ORG"
 * -> the name after the describing noun, of the type the noun gives (club, economist, group …), and the
 * capitalised words before it as a name of their own: a listed place or body, a nationality's words (MISC),
 * or, of two or more words (or one, when the whole was read as a place), of the type the whole was read as
 * ("World Bank"). The tagger learned such runs as one name from silver labels; a reader sees the noun between
 * two names. A paper's "daily" or "weekly" splits a name so after a listed place ("Tarnby daily Velk Post").
 * Only a lower-case noun inside the name, followed by a capitalised word; in a name read as MISC, only right
 * after a nationality ("French club Velby").
 */
export function splitAtDescribingNouns(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (e - f < 3) continue;
    let noun = e - 2;
    while (noun > f && !(splitsAt(ctx, tokens, f, noun) && isNameWord(tokens[noun + 1]))) noun--;
    if (noun === f) continue;
    // Other names (MISC) hold lower-case words of their own ("Gone with the Wind"): only a nationality
    // and its noun are split off one ("French club Velby/MISC").
    if (span.type === 'MISC' && (noun !== f + 1 || !(ctx.gazetteer.word(tokens[f].text.toLowerCase()) & DEMONYM_BIT)))
      continue;
    const nounType = typeAfterNoun(tokens[noun].text, false) ?? 'ORG';
    let run = f;
    while (run < noun && isNameWord(tokens[run])) run++;
    const owner = run > f ? ownerType(ctx, tokens, f, run, span.type) : undefined;
    dropSpan(spans, first, k);
    insertSpan(spans, first, k, { start: tokens[noun + 1].start, end: span.end, type: nounType }, noun + 1);
    if (owner) insertSpan(spans, first, k, { start: span.start, end: tokens[run - 1].end, type: owner }, f);
  }
}

/** A paper's nouns, which describe a name only after its town ("the Tarnby daily Velk Post"). */
const PAPER_NOUNS = new Set(['daily', 'weekly']);

/** Whether a name from token `f` splits at the lower-case word `noun`: a describing noun, or a paper's after a place. */
function splitsAt(ctx: FeatureContext, tokens: Token[], f: number, noun: number): boolean {
  const word = tokens[noun].text;
  if (PAPER_NOUNS.has(word)) return namesListedPlace(ctx.gazetteer, tokens, f, tokens[noun - 1].end);
  return isDescribingNoun(word);
}

/** A describing noun other than an office's title, which `splitOfficeTitles` reads with its holder ("Velka chairman"). */
function isDescribingNoun(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && typeAfterNoun(word, false) !== undefined && !isOfficeTitle(word);
}

/** The type of the capitalised words `f` to `run` opening a name before its describing noun, or undefined to drop them. */
function ownerType(
  ctx: FeatureContext,
  tokens: Token[],
  f: number,
  run: number,
  whole: Span['type'],
): Span['type'] | undefined {
  const lower = tokens[f].text.toLowerCase();
  // A sentence's first word may be an everyday word ("Famed explorer Ann Lee").
  if (f === 0 && ctx.lowerWords.has(lower)) return undefined;
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, tokens[run - 1].end);
  if (bits & PLACE_BITS || ctx.gazetteer.isListedPlace(phrase)) return 'LOC';
  if (ctx.gazetteer.isListedBody(phrase)) return 'ORG';
  // "Palestinian Islamist", "West African": a nationality among the words describes, as one word does.
  for (let i = f; i < run; i++) if (ctx.gazetteer.word(tokens[i].text.toLowerCase()) & DEMONYM_BIT) return 'MISC';
  // One word is kept when the whole was read as a place: the town a firm is in ("Tarnby brokerage Velka").
  return run - f > 1 || whole === 'LOC' ? whole : undefined;
}

/**
 * Nouns for what a firm does that wire copy puts before its name at a sentence's start, and that name
 * no person (unlike "filmmaker", "broadcaster" or "miner").
 */
const TRADE_NOUN =
  /^(?:(?:car|auto|chip|drug|plane|steel|toy|phone|handset|truck)makers?|lenders?|insurers?|retailers?|brewers?|refiners?|distillers?|shipbuilders?|conglomerates?|regulators?|watchdogs?|utility|utilities|airlines?|supermarkets?)$/;
/** Nouns for rivals, which name people as well as firms: they are cut, the name's type left as read. */
const RIVALS = /^(?:rivals?|competitors?|peers?)$/;

/**
 * "Frontman Ann Tarvell/PER said" -> "Ann Tarvell", "Chipmaker Velkon/PER said" -> "Velkon/ORG",
 * "Rivals Harl Bank/ORG and" -> "Harl Bank": a name opening a sentence does not start with the noun
 * that says who or what it is ("Singer", "Winger", "Lender", "Carmaker"), capitalised only as the
 * sentence's first word. A person's name keeps two or more words; a firm's trade makes the rest a body.
 */
export function trimOpeningRoleNouns(tokens: Token[], spans: Span[], first: number[]): void {
  if (spans.length === 0 || first[0] > 1) return;
  const noun = tokens[0].text.toLowerCase();
  // The tagger left the noun out ("Lender/O Harl Kessel/PER").
  if (first[0] === 1) {
    if (TRADE_NOUN.test(noun)) spans[0].type = 'ORG';
    return;
  }
  const end = tokenEnd(tokens, 0, spans[0]);
  if (spans[0].type === 'PER' && end >= 3 && describedBy(noun) === 'PER') {
    spans[0].start = tokens[1].start;
    first[0] = 1;
    return;
  }
  if (end < 2 || !/^\p{Lu}/u.test(tokens[1].text)) return;
  const trade = TRADE_NOUN.test(noun);
  if (!trade && !RIVALS.test(noun)) return;
  spans[0].start = tokens[1].start;
  first[0] = 1;
  if (trade) spans[0].type = 'ORG';
}

/**
 * "Velkom/PER, which manages the flights, said" -> ORG: a name opening a sentence right before ", which"
 * is no person, who would take "who": a listed place is that place, any other name a body.
 */
export function retypeNamesBeforeWhich(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  if (spans.length === 0 || first[0] !== 0 || spans[0].type !== 'PER') return;
  const end = tokenEnd(tokens, 0, spans[0]);
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.text !== 'which') return;
  spans[0].type = namesListedPlace(ctx.gazetteer, tokens, 0, spans[0].end) ? 'LOC' : 'ORG';
}
