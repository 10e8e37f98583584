/**
 * A body's acronym in brackets after its name: the name it spells out runs over the links the tagger
 * cut it at ("Organisation for Security and Cooperation in Europe (OSCE)"), and the acronym itself is
 * the body ("(OLAF)").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, capitalised, dropSpans, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { isBodyHead, listedPlaceWord } from './rules-bodies';
import { unlistedPersonWord } from './rules-people';
import { allCaps } from './rules-caps';

/** Words that may join a body's name to the rest of it before its acronym ("... Cooperation in Europe (OSCE)"). */
const ACRONYM_LINKS = new Set(['in', 'of', 'for', 'on', 'and', 'to']);
/** The links that carry a body's name on to where it sits or whom it serves, whatever its acronym spells. */
const PLACE_LINKS = new Set(['in', 'of', 'for']);

/**
 * "the Organisation for Security and Cooperation/ORG in Europe/LOC ( OSCE )" -> one ORG: a body's
 * name, linking words and the names after them (capitalised words the tagger left out, or one read as
 * a person that no list holds: "Ministry of Economy/ORG and Finance/O (MEF)") are one name when the
 * acronym in brackets right after spells the capitalised words of the whole, as a body's first mention
 * spells its acronym out. So too when the first name holds a body's head word and every link is "of",
 * "for" or "in" (with "the"):
 * "the High Court/ORG of Justice of the Velk Valley/LOC (TSJVV)", "the Relief Agency/ORG for Velk
 * Refugees/ORG in the Near North/LOC (URVA)". Translated bodies keep the acronym of their own
 * language, and a bracket right after a place or body says the whole run before it is one name.
 */
export function joinNamesBeforeAcronyms(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    let last = k;
    const own = tokenEnd(tokens, first[k], spans[k]);
    let end = own;
    let placeLinks = true;
    while (ACRONYM_LINKS.has(tokens[end]?.text)) {
      const after = tokens[end + 1]?.text === 'the' ? end + 2 : end + 1;
      const more = last + 1 < spans.length;
      const next = more ? first[last + 1] : tokens.length;
      let e = after;
      if (
        more &&
        next === after &&
        (spans[last + 1].type !== 'PER' || unlistedPersonWord(ctx, tokens, after, spans[last + 1]))
      ) {
        last++;
        e = tokenEnd(tokens, after, spans[last]);
      } else {
        // Capitalised words the tagger left out ("and Finance").
        while (e < next && capitalised(tokens[e].text)) e++;
      }
      if (e === after) break;
      placeLinks &&= PLACE_LINKS.has(tokens[end].text);
      end = e;
    }
    if (end === own || tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') continue;
    const acronym = tokens[end + 1].text;
    const spelled = initials(tokens, first[k], end) === acronym.replace(/\./g, '');
    if (!spelled && !(placeLinks && ACRONYM.test(acronym) && holdsBodyHead(ctx, tokens, first[k], spans[k]))) continue;
    spans[k].end = tokens[end - 1].end;
    dropSpans(spans, first, [k + 1, last + 1]);
  }
}

/** Whether a name holds a body's head word ("High Court of Justice", "Relief Agency"). */
function holdsBodyHead(ctx: FeatureContext, tokens: Token[], from: number, span: Span): boolean {
  const end = tokenEnd(tokens, from, span);
  for (let i = from; i < end; i++) if (isBodyHead(ctx, tokens, i)) return true;
  return false;
}

/**
 * An acronym as bodies write theirs: two to eight letters, two or more capitals ("VSA", "DfT",
 * "PennDOT"), or capitals joined by a hyphen, three or more in all, as a regional branch and its party
 * or a party and its leader write theirs ("PSPV-PSOE", "PML-N", "R-CCS").
 */
const ACRONYM = /^(?:(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}&]{1,7}|(?=(?:\P{Lu}*\p{Lu}){3})\p{Lu}{1,6}-\p{Lu}{1,6})$/u;

/**
 * "the Velland Survey/ORG ( VS/O )", "( VELS/PER )" -> "VS/ORG": an acronym in brackets right after a
 * body's name, which the tagger left out or read as a person or as a place no list knows, is the
 * body's short form (the document pass then finds it wherever the article uses it); a listed place
 * there is the body's country. Not after a place's name, which may end a longer body's name the
 * tagger cut ("the Movement for the Emancipation of the Velk Delta/LOC (MEVD)"), nor a person's, whose
 * bracket holds a party or a state ("Ann Lee (D-Tarn)"); not an everyday word in capitals ("(VIDEO)").
 */
export function tagBracketedAcronyms(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const open = tokenEnd(tokens, first[k], spans[k]);
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
    const acronym = tokens[open + 1].text;
    if (!ACRONYM.test(acronym) || ctx.lowerWords.has(acronym.toLowerCase())) continue;
    if (tags[open + 1] === 0) {
      addName(tokens, tags, spans, first, open + 1, open + 2, 'ORG');
      k++;
    } else if (first[k + 1] === open + 1 && spans[k + 1].end === tokens[open + 1].end) {
      const type = spans[k + 1].type;
      if (type === 'PER' || (type === 'LOC' && !listedPlaceWord(ctx, acronym))) spans[k + 1].type = 'ORG';
    }
  }
}

/** The first letters of the capitalised words of tokens [from, to), in order ("OSCE"). */
function initials(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) if (capitalised(tokens[i].text)) out += tokens[i].text[0];
  return out;
}

/** A word of two to six capitals and nothing else ("STAN", "ANO"); not "U.S.". */
const CAPITALS = /^\p{Lu}{2,6}$/u;

/**
 * "Petr Hanák (ANO)", "the Mayors and Independents movement (STAN)" -> a body: one word in capitals in
 * brackets, read as a person, is an acronym (a party after a politician's name, a body after its long
 * name), not a person: news writes a person's initials in brackets far less often. Not in a sentence
 * written in capitals.
 */
export function retypeAcronymsReadAsPeople(tokens: Token[], spans: Span[], first: number[]): void {
  let caps: boolean | undefined;
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'PER' || tokens[f].end !== spans[k].end || !CAPITALS.test(tokens[f].text)) continue;
    if (tokens[f - 1]?.text !== '(' || tokens[f + 1]?.text !== ')') continue;
    if ((caps ??= allCaps(tokens))) return;
    spans[k].type = 'ORG';
  }
}

/** What closes an apposition: a comma, a bracket, a dash or the sentence's end. */
const APPOSITION_ENDS = new Set([',', ')', '.', ';', '—', '–', '-']);

/**
 * "BEUC/LOC, the Velland Consumer Organisation, said" -> "BEUC/ORG": an acronym read as a place or a
 * person, glossed right after it by "the" and a body's name ending in its head noun, closed by a comma,
 * bracket or dash, is that body, whatever language its letters spell. Not a listed place ("the US, the
 * Velk Council and ..." lists two), nor a name in a list that goes on after the body's ("and").
 */
export function retypeAcronymsGlossedAsBodies(
  ctx: FeatureContext,
  tokens: Token[],
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const f = first[k];
    const type = spans[k].type;
    if ((type !== 'LOC' && type !== 'PER') || tokens[f].end !== spans[k].end || !CAPITALS.test(tokens[f].text))
      continue;
    if (tokens[f + 1]?.text !== ',' || tokens[f + 2]?.text !== 'the' || first[k + 1] !== f + 3) continue;
    const body = spans[k + 1];
    const end = tokenEnd(tokens, f + 3, body);
    if (body.type !== 'ORG' || !isBodyHead(ctx, tokens, end - 1) || !APPOSITION_ENDS.has(tokens[end]?.text ?? '.'))
      continue;
    if (!listedPlaceWord(ctx, tokens[f].text)) spans[k].type = 'ORG';
  }
}
