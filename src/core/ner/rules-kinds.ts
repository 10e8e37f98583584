/**
 * Bodies named before a lower-case noun for their kind, as business and labour news writes them ("the
 * Velka services union", "the Harl group"): the tagger reads such a name by its look, often as a surname.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, isNameWord } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { listedPhrase } from './rules-listed';

/**
 * Kinds of body named right after the body's name. Not "team", "party" (`rules-parties.ts`) or
 * "family": a person's name stands before those ("the Harl team", "the Harl family").
 */
const KIND_NOUNS = new Set([
  'union',
  'federation',
  'group',
  'company',
  'firm',
  'conglomerate',
  'airline',
  'carrier',
  'lender',
  'bank',
  'insurer',
  'retailer',
  'broadcaster',
  'automaker',
  'carmaker',
  'miner',
  'brewer',
]);
/** Lower-case words that may stand between the name and the noun ("the Velka services union"). */
const MAX_MODIFIERS = 2;
/** Words that end the name's phrase, so no kind noun after them describes it ("the Velka said the union"). */
const PHRASE_BREAKS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'at',
  'from',
]);
const VERB = /^(?:said|says|is|was|were|are|has|had|have|will|would|can|could|told|asked)$/;
const NOT_A_BODY_BITS = PLACE_BITS | bit('demonym') | bit('first');

/**
 * "the Velka/PER services union called a strike", "The Harl/O trade union federation" -> ORG: a name of
 * one or two words right after "the" and before a noun for a kind of body, perhaps after one or two
 * lower-case words, is that body, when the tagger read it as a person or left it out. Not a listed
 * place ("the Tarnby bank" is a bank in that town), nationality, given name or everyday word.
 */
export function tagBodiesBeforeKindNouns(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  let k = 0;
  for (let i = 1; i < tokens.length; i++) {
    while (k < spans.length && spans[k].end <= tokens[i].start) k++;
    const the = tokens[i - 1].text;
    if ((the !== 'the' && the !== 'The') || !isNameWord(tokens[i])) continue;
    const span = k < spans.length && spans[k].start < tokens[i].end ? spans[k] : undefined;
    let e = i + 1;
    if (span) {
      if (span.type !== 'PER' || first[k] !== i) continue;
      while (e < tokens.length && tokens[e].end <= span.end) e++;
    } else if (isNameWord(tokens[e]) && tags[e] === 0) e++;
    if (e - i > 2 || !kindNounFollows(tokens, e)) continue;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, i, tokens[e - 1].end);
    if (bits & NOT_A_BODY_BITS || ctx.gazetteer.isListedPlace(phrase)) continue;
    const word = tokens[i].text.toLowerCase();
    if (ctx.gazetteer.word(word) & NOT_A_BODY_BITS || (!span && e === i + 1 && ctx.lowerWords.has(word))) continue;
    if (span) span.type = 'ORG';
    else addName(tokens, tags, spans, first, i, e, 'ORG');
    i = e;
  }
}

/**
 * Whether a kind noun follows token `e`, after at most MAX_MODIFIERS lower-case words, and no name
 * after it: "the Internet security firm Velkasoft" names the firm after the noun.
 */
function kindNounFollows(tokens: Token[], e: number): boolean {
  for (let j = e; j < tokens.length && j <= e + MAX_MODIFIERS; j++) {
    if (KIND_NOUNS.has(tokens[j].text)) return !isNameWord(tokens[j + 1]);
    const word = tokens[j].text;
    if (!/^\p{Ll}+$/u.test(word) || PHRASE_BREAKS.has(word) || VERB.test(word)) return false;
  }
  return false;
}
