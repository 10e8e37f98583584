/**
 * A name given again in its own language, in brackets after its English form, as translated news gives
 * it ("the Administrative Court of Velbourg (Tribunal administratif de Velbourg)", "the Iron Hills
 * (Montes Ferrados)"). The tagger, trained on English, reads such words as a person or a town, or cuts
 * them at their lower-case words.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { namesListedPlaceOrTown } from './rules-listed';
import { holdsBodyHead } from './rules-bodies';
import { BRACKETED_FORMS } from './rules-designators';
import { capitalised, isAcronym, replaceWithName, spansWithin, tokenEnd } from './spanTokens';

/** A word in capitals, as a dateline writes its place ("VELBOURG (Velk Press) -"). */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** Words that open an English phrase in brackets, not another language's name ("(The Oval)"). */
const ENGLISH_OPENERS = new Set(['The', 'A', 'An']);
/** Most words of a name in brackets. */
const MAX_WORDS = 8;
/** A word of a name: letters, with apostrophes, hyphens or full stops inside ("d'État", "Castilla-La"). */
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
/** A word after an elided French or Italian link, written as one ("d'État", "dell'Arte"). */
const ELIDED_LINK = /^(?:d|l|dell|dall|nell)['’]\p{Lu}/u;
/** Two names joined by a hyphen alone in brackets: a pair of places or peoples ("(Velkia-Tarnia)"). */
const PAIR = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{L}*)+$/u;
/** Links inside names in the languages news translates most ("de la", "del", "für", "van der", "al"). */
const FOREIGN_LINKS = new Set([
  ...['de', 'del', 'della', 'di', 'do', 'da', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'y', 'e'],
  ...['et', 'und', 'für', 'der', 'den', 'van', 'von', 'zu', 'i', 'na'],
]);

/**
 * "the Council of State/ORG (Conseil/LOC d'État)" -> "Conseil d'État/ORG": capitalised words in brackets
 * right after a body's or a place's name, alone in them or before a comma and an acronym ("(Mahkamah
 * Velka, MV)"), name the same body or place: one name of its type, the acronym too. They must hold a word
 * English does not use, and lower-case words only where the name has one of its language's links
 * ("Tribunal administratif de ..."), so that a note in brackets ("(File photo)") is not a name. Not after a
 * person, whose bracket holds a party or a home, nor after a place in capitals, a dateline's before its
 * agency; see `nameEnd` and `fitsAfter` for what else a bracket may hold.
 */
export function tagBracketedOriginalNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const { type } = spans[k];
    if (type !== 'ORG' && type !== 'LOC') continue;
    const open = tokenEnd(tokens, first[k], spans[k]);
    if (tokens[open]?.text !== '(' || !capitalised(tokens[open + 1]?.text ?? '')) continue;
    if (type === 'LOC' && CAPITALS.test(tokens[first[k]].text)) continue;
    const end = nameEnd(ctx, tokens, open + 1);
    if (end < 0) continue;
    const close = tokens[end].text === ',' ? end + 2 : end;
    if (tokens[close]?.text !== ')' || (close > end && !isAcronym(tokens[end + 1]))) continue;
    if (!fitsAfter(ctx, tokens, spans, first[k], [open + 1, end], type)) continue;
    if (!replaceWithName(tokens, tags, spans, first, open + 1, end, type)) continue;
    if (close > end) replaceWithName(tokens, tags, spans, first, end + 1, end + 2, type);
  }
}

/**
 * One past the name in brackets from token `from` (at a closing bracket or a comma), or -1 when the
 * bracket holds something else: a number, a sentence, an everyday word or an acronym alone (the acronym
 * rules read those), lower-case words without a link, a last word in lower case.
 */
function nameEnd(ctx: FeatureContext, tokens: Token[], from: number): number {
  let end = from;
  let link = false;
  let lower = false;
  while (end < tokens.length && end - from <= MAX_WORDS && tokens[end].text !== ')' && tokens[end].text !== ',') {
    const text = tokens[end].text;
    if (!WORD.test(text)) return -1;
    if (FOREIGN_LINKS.has(text) || ELIDED_LINK.test(text)) link = true;
    else if (!capitalised(text)) lower = true;
    end++;
  }
  if (end === tokens.length || end - from > MAX_WORDS || (lower && !link)) return -1;
  if (!/\p{Lu}/u.test(tokens[end - 1].text) || ENGLISH_OPENERS.has(tokens[from].text)) return -1;
  const alone = tokens[from].text;
  // One word: not in capitals (an acronym's, whatever its marks: "(V-S)"), a legal form ("(Pty) Ltd") or a pair.
  if (end - from === 1 && (!/\p{Ll}/u.test(alone) || PAIR.test(alone) || BRACKETED_FORMS.has(alone))) return -1;
  // Another language's name holds a word English does not use ("(Fraudulent Transactions)" is English).
  for (let i = from; i < end; i++) if (!ctx.lowerWords.has(tokens[i].text.toLowerCase())) return end;
  return -1;
}

/**
 * Whether tokens [from, end) may be the name before them (its words from `spanFrom`) in another language:
 * after a body, not a listed place or town (its home: "Velk Oil (Nigeria)"), nor one word read as a place,
 * and one word read as a person or left out only after a body's head word; after a place, not a body's
 * name, nor one word read as a person.
 */
function fitsAfter(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  spanFrom: number,
  [from, end]: [number, number],
  type: 'ORG' | 'LOC',
): boolean {
  const start = tokens[from].start;
  const stop = tokens[end - 1].end;
  const inside = spansWithin(spans, start, stop);
  if (inside === undefined) return false;
  const read = spans.slice(inside[0], inside[1]);
  // One word the tagger left out may be anything, unless a head word makes the name before it a body's
  // ("the Velk Institute for Space Research (Inpe)").
  if (end - from === 1 && read.length === 0 && !(type === 'ORG' && holdsBodyHead(ctx, tokens, spanFrom, from - 1)))
    return false;
  if (type === 'ORG') {
    if (namesListedPlaceOrTown(ctx.gazetteer, tokens, from, stop)) return false;
    // One word read as a place is the body's home, as a results table gives a team's ("Velk Rovers (Qelmoor)").
    if (end - from === 1 && read.some(s => s.type === 'LOC')) return false;
    // Read as a person, the bracket is the body's only after a name its head word makes a body's
    // ("the Velk News Agency (Petra)"; not "the regime of Saddam (Hussein)").
    return !read.some(s => s.type === 'PER') || holdsBodyHead(ctx, tokens, spanFrom, from - 1);
  }
  // After a place, not a body's name, nor one word read as a person ("Emperor Velko/LOC (Karel)").
  if (holdsBodyHead(ctx, tokens, from, end) || read.some(s => s.type === 'ORG')) return false;
  return end - from > 1 || !read.some(s => s.type === 'PER');
}
