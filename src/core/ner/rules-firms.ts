import { Token } from '../text/tokenize';
import { Span } from '../types';
import { FeatureContext } from './features';
import { categoryBit, PLACE_BITS } from './gazetteer';
import { COMPANY_ENDINGS } from './nameHeads';
import { addName, bareApostrophe, isNameWord, replaceWithName, spansWithin, tagTokens, tokenEnd } from './spanTokens';
import { isBodyHead, isBodyHeadWord } from './rules-bodies';
import type { RuleCue } from './ruleCues';

/** Endings that close other names too ("the Velby Group" of islands, a word cut at "Re"): not enough on their own. */
const LOOSE_ENDINGS = new Set(['group', 're']);

/** `tagFirmsByEnding` acts only on a sentence with a company's ending. */
export const FIRM_ENDING_CUE: RuleCue = { words: COMPANY_ENDINGS };
/** Rules that need a word for which `isBodyHead` holds act only on a sentence with one. */
export const BODY_HEAD_CUE: RuleCue = { test: isBodyHeadWord };

/**
 * "Velmar/O Logistics/O of Tarnby said" -> "Velmar Logistics/ORG": capitalised words the tagger left
 * untagged (as it may at a sentence's start) that end in a company's legal form or trade are a
 * company. Not when a word before the ending is an everyday word ("Dream Capital rose"; "First" may open
 * the name) or a listed place ("Tarnby Shipping" is a firm, but the place rules read it), nor right after
 * another name.
 */
export function tagFirmsByEnding(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 1; i < tokens.length; i++) {
    // Cheap tests first: most tokens are tagged or lower-case.
    if (tags[i] !== 0 || !isNameWord(tokens[i])) continue;
    const ending = tokens[i].text.toLowerCase();
    if (!COMPANY_ENDINGS.has(ending) || LOOSE_ENDINGS.has(ending)) continue;
    let from = i;
    while (from > 0 && tags[from - 1] === 0 && isNameWord(tokens[from - 1]) && mayNameFirm(ctx, tokens[from - 1]))
      from--;
    // "First" opens many firms' names ("First Solar", "First Velk Minerals"), an everyday word though it is.
    if (from > 0 && from < i && tokens[from - 1].text === 'First' && tags[from - 1] === 0) from--;
    if (from === i || (from > 0 && tags[from - 1] !== 0)) continue;
    // A rule before may have added a name here without tagging its words.
    const inside = spansWithin(spans, tokens[from].start, tokens[i].end);
    if (!inside || inside[0] !== inside[1]) continue;
    addName(tokens, tags, spans, first, from, i + 1, 'ORG');
  }
}

/**
 * Whether a capitalised word may be part of a firm's name before its ending: no everyday word, listed
 * place, or long word in capitals, which a line written all in capitals has ("TOMBE COMME SA").
 */
function mayNameFirm(ctx: FeatureContext, token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (token.text.length > 4 && token.text === token.text.toUpperCase()) return false;
  return !ctx.lowerWords.has(lower) && (ctx.gazetteer.word(lower) & PLACE_BITS) === 0;
}

/**
 * "the Varsh-Baltan/O Legislative/O Assembly/O" -> ORG: capitalised words the tagger left untagged after
 * "the", ending in a body's head word ("Assembly", "Court", "Council", "Party"), are the body, and so are
 * such words before a body the tagger opened at its head, the first of them no everyday word ("the
 * Velk-Baltan/O Chief/O Court/ORG"). A name it never saw, such as a hyphenated region's
 * ("Gilgit-Baltistan"), can throw the tagger off a whole name whose head it knows. A plural's possessive
 * may sit inside ("the Chief Magistrates' Court"), and a town read as a place after "the" opens such a run
 * ("the Tarnby/LOC Chief Magistrates' Court"). Not a run that goes on in capitals, nor one with another
 * name found inside it.
 */
export function tagBodiesByHead(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 2; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || !isBodyHead(ctx, tokens, i)) continue;
    // The body the tagger opened at its head, if it did.
    const opened = tags[i] === 0 ? -1 : spans.findIndex((span, k) => first[k] === i && span.type === 'ORG');
    if (tags[i] !== 0 ? opened < 0 : isNameWord(tokens[i + 1])) continue;
    let from = i;
    for (;;) {
      if (from > 0 && tags[from - 1] === 0 && isNameWord(tokens[from - 1])) from--;
      // A plural's possessive inside ("Magistrates' Court").
      else if (from > 1 && tags[from - 2] === 0 && isNameWord(tokens[from - 2]) && bareApostrophe(tokens, from - 1))
        from -= 2;
      else break;
    }
    if (from === i || from === 0) continue;
    // "the Tarnby/LOC Chief Magistrates' Court": a court or council named for its town takes the town in.
    const town = townBefore(tokens, spans, first, from);
    if (town >= 0 && opened < 0) {
      replaceWithName(tokens, tags, spans, first, first[town], i + 1, 'ORG');
      continue;
    }
    if (tokens[from - 1].text !== 'the') continue;
    if (opened >= 0) {
      // The words taken in open with a name, not an everyday word ("the All-Time University/ORG of ...").
      if (ctx.lowerWords.has(tokens[from].text.toLowerCase())) continue;
      spans[opened].start = tokens[from].start;
      first[opened] = from;
      tagTokens(tags, from, tokenEnd(tokens, from, spans[opened]), 'ORG');
      continue;
    }
    const inside = spansWithin(spans, tokens[from].start, tokens[i].end);
    if (!inside || inside[0] !== inside[1]) continue;
    addName(tokens, tags, spans, first, from, i + 1, 'ORG');
  }
}

/** The index of a one-word place right before token `from`, itself after "the" or "The", or -1. */
function townBefore(tokens: Token[], spans: Span[], first: number[], from: number): number {
  const k = first.indexOf(from - 1);
  if (k < 0 || spans[k].type !== 'LOC' || spans[k].end !== tokens[from - 1].end) return -1;
  return from >= 2 && (tokens[from - 2].text === 'the' || tokens[from - 2].text === 'The') ? k : -1;
}

/** The nouns of an opinion poll, after the name of the firm that ran it. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey']);
/** `tagPollsters` acts only on a sentence with a poll's noun. */
export const POLL_CUE: RuleCue = { words: POLL_NOUNS };
/** Words right before a pollster's name in "a Velmar poll", "the latest Velmar survey". */
const BEFORE_POLLSTER = new Set(['a', 'an', 'the', 'latest', 'new', 'recent', 'another', 'fresh']);
const NOT_POLLSTER_BITS = PLACE_BITS | categoryBit('demonym') | categoryBit('calendar');

/**
 * "a Velmar/LOC poll", "the latest Velmar/O survey" -> "Velmar/ORG": one capitalised word between an
 * article (or "latest", "new") and a poll is the firm that ran it. Not a listed place or nationality
 * ("an Ohio poll" was taken there), a short form of two capitals ("a US poll"), nor an everyday word
 * ("a Sunday poll", "a Snap poll").
 */
export function tagPollsters(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!POLL_NOUNS.has(tokens[i + 1].text) || !BEFORE_POLLSTER.has(tokens[i - 1].text.toLowerCase())) continue;
    const word = tokens[i];
    // Two capitals are a country's or union's short form ("a US poll", "an EU survey").
    if (!isNameWord(word) || /^\p{Lu}{2}$/u.test(word.text)) continue;
    const lower = word.text.toLowerCase();
    if (ctx.lowerWords.has(lower) || ctx.gazetteer.word(lower) & NOT_POLLSTER_BITS) continue;
    if (tags[i] === 0) {
      const inside = spansWithin(spans, word.start, word.end);
      if (!inside || inside[0] !== inside[1]) continue;
      addName(tokens, tags, spans, first, i, i + 1, 'ORG');
      continue;
    }
    const k = first.indexOf(i);
    if (k >= 0 && spans[k].end === word.end && spans[k].type !== 'MISC') spans[k].type = 'ORG';
  }
}

/**
 * Legal forms written before a company's name: Indonesia's ("PT", "Perum" for a public corporation)
 * and Russia's ("PJSC", "OAO", "OOO", "JSC", "PAO", "ZAO").
 */
const OPENING_LEGAL_FORMS = new Set(['PT', 'Perum', 'PJSC', 'OAO', 'OOO', 'JSC', 'PAO', 'ZAO']);
/** `retypeFirmsAfterOpeningForms` acts only on a sentence with one of those forms. */
export const OPENING_FORM_CUE: RuleCue = { test: text => OPENING_LEGAL_FORMS.has(text) };

/**
 * "Perum Velkog/PER", "PJSC/O Tarnneft/LOC" -> the company (ORG): a name read as a person or place that
 * opens with a legal form written before names, or right after one the tagger left out, is the company
 * it names.
 */
export function retypeFirmsAfterOpeningForms(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'PER' && span.type !== 'LOC') continue;
    if (OPENING_LEGAL_FORMS.has(tokens[f].text) && tokens[f].end < span.end) {
      span.type = 'ORG';
      continue;
    }
    const form = f - 1;
    if (form < 0 || !OPENING_LEGAL_FORMS.has(tokens[form].text) || tokens[form].end + 1 !== tokens[f].start) continue;
    if (k > 0 && spans[k - 1].end > tokens[form].start) continue;
    span.start = tokens[form].start;
    first[k] = form;
    span.type = 'ORG';
  }
}
