/**
 * A body's acronym in brackets after its name: the name it spells out runs over the links the tagger
 * cut it at ("Organisation for Security and Cooperation in Europe (OSCE)"), and the acronym itself is
 * the body ("(OLAF)").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, capitalised, dropSpans, insertSpan, spansWithin, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';
import { namesListedPlace } from './rules-listed';
import { FeatureContext } from './features';
import { holdsBodyHead, isBodyHead, listedPlaceWord } from './rules-bodies';
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
    if (!spelled && !(placeLinks && ACRONYM.test(acronym) && holdsBodyHead(ctx, tokens, first[k], own))) continue;
    spans[k].end = tokens[end - 1].end;
    dropSpans(spans, first, [k + 1, last + 1]);
  }
}

/**
 * An acronym as bodies write theirs: two to eight letters, two or more capitals ("VSA", "DfT",
 * "PennDOT"), or capitals joined by a hyphen, three or more in all, as a regional branch and its party
 * or a party and its leader write theirs ("PSPV-PSOE", "PML-N", "R-CCS").
 */
const ACRONYM = /^(?:(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}&]{1,7}|(?=(?:\P{Lu}*\p{Lu}){3})\p{Lu}{1,6}-\p{Lu}{1,6})$/u;

/** A body's short name written as a word with one capital, which translated news brackets as an acronym. */
const SHORT_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * "the Velland Survey/ORG ( VS/O )", "( VELS/PER )" -> "VS/ORG": an acronym in brackets right after a
 * body's name, which the tagger left out or read as a person, as a place no list knows or as a thing whose
 * letters the name's initials spell, is the body's short form (the document pass then finds it wherever
 * the article uses it); a listed place there is the body's country. Not after a place's name, which may
 * end a longer body's name the tagger cut ("the Movement for the Emancipation of the Velk Delta/LOC
 * (MEVD)"), nor a person's, whose bracket holds a party or a state ("Ann Lee (D-Tarn)"); not an everyday
 * word in capitals ("(VIDEO)"). So too a short name written as a word no list knows, read as a person
 * ("the National Board of Velk Schools (Junvel/PER)"); left out, such a word may be anything. An everyday
 * word in capitals is the acronym only when it spells the capitals of the name before it ("(MAN)" after
 * "Manufacturers Association of Nigeria").
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
    const lower = acronym.toLowerCase();
    // A short name written as a word ("Junji", "Minsa"): one no list knows.
    const shortName = SHORT_NAME.test(acronym) && ctx.gazetteer.word(lower) === 0;
    // An everyday word in capitals only where it spells the name before it in three letters or more
    // ("Makers Association of Velk (MAV)"; not "Intelligent Network (IN)").
    const everyday = ctx.lowerWords.has(lower) && (acronym.length < 3 || initials(tokens, first[k], open) !== acronym);
    if (!(ACRONYM.test(acronym) || shortName) || everyday) continue;
    if (tags[open + 1] === 0) {
      if (shortName) continue;
      addName(tokens, tags, spans, first, open + 1, open + 2, 'ORG');
      k++;
    } else if (first[k + 1] === open + 1 && spans[k + 1].end === tokens[open + 1].end) {
      const type = spans[k + 1].type;
      // A short name read as a place is one (a team's country in a results table: "(Velkia)"), unless it
      // follows a long form of three words or more ("the Union of Velk Growers (Univel)").
      const longForm = open - first[k] >= 3;
      // Read as a thing ("(IELRB)/MISC"), it is the body whose words' initials it is.
      const spelled = type === 'MISC' && initials(tokens, first[k], open) === acronym;
      if (type === 'PER' || spelled || (type === 'LOC' && (!shortName || longForm) && !listedPlaceWord(ctx, acronym)))
        spans[k + 1].type = 'ORG';
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

/** `joinNamesSpelledByAcronyms` acts only on a sentence with an opening bracket. */
export const BRACKET_CUE: RuleCue = { words: ['('] };
/** An acronym whose letters are all capitals, long enough that its spelling says where the name starts. */
const SPELLED_ACRONYM = /^\p{Lu}{3,8}$/u;
/** Lower-case words inside a name that its acronym may spell or skip ("Congress of ... (COSATU)", "do Mar e da"). */
/** An apostrophe after a plural, a token of its own ("Teachers", "'"). */
const POSSESSIVE_MARKS = new Set(["'", '\u2019']);
const NAME_LINKS = new Set([
  ...['of', 'and', 'for', 'the', 'in', 'on', 'to', 'de', 'del', 'della', 'di', 'do', 'da', 'dos', 'das'],
  ...['du', 'des', 'la', 'le', 'e', 'y', 'et', 'und', 'für', 'van', 'von'],
  // Spanish, Portuguese, French and Italian "for", "by" and articles ("Comisión para el Mercado Financiero (CMF)").
  ...['para', 'por', 'pela', 'pelo', 'pour', 'per', 'el', 'los', 'las', 'al'],
  // Filipino's "of", plural mark and "in" ("Kapisanan ng mga Brodkaster ng Velka (KBV)").
  ...['ng', 'mga', 'sa'],
]);
/** Most tokens of a name its acronym spells. */
const MAX_SPELLED_TOKENS = 12;

/**
 * "the Sri Lanka/LOC Ports Authority/ORG (SLPA)", "the Samagi Jana Balawegaya/PER (SJB)" -> one name:
 * the capitalised words right before an acronym in brackets whose first letters spell it (a hyphened
 * word's parts may each give one, a link such as "of" may give one or none: "Congress of South
 * African Trade Unions (COSATU)") are the acronym's long form, one name of the acronym's type, however
 * the tagger cut them; so are words whose first letters are the acronym's in another order, a
 * translated name's (`translatedFrom`). `joinNamesBeforeAcronyms` runs a body's name on to the right;
 * this finds where a long form starts. Not when a name runs across either end, the acronym was read as
 * a person, or the words are a person's name or end in one after "and".
 */
export function joinNamesSpelledByAcronyms(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let open = 2; open + 2 < tokens.length; open++) {
    if (tokens[open].text !== '(' || tokens[open + 2].text !== ')') continue;
    const acronym = tokens[open + 1].text;
    if (!SPELLED_ACRONYM.test(acronym)) continue;
    const spelled = spelledFrom(tokens, open, acronym);
    const start = spelled >= 0 ? spelled : translatedFrom(tokens, open, acronym);
    if (start < 0 || open - start < 2) continue;
    const within = spansWithin(spans, tokens[start].start, tokens[open - 1].end);
    if (!within) continue;
    const [k, j] = within;
    // Read whole already, or a person's name with its initials.
    if (j - k === 1 && spans[k].start === tokens[start].start && spans[k].end === tokens[open - 1].end) continue;
    // Nor a body and a person named beside it ("Council of Velk and Joss Harl").
    if (spans.slice(k, j).some((s, m) => s.type === 'PER' && tokens[first[k + m] - 1]?.text === 'and')) continue;
    const own = spans[j]?.start === tokens[open + 1].start ? spans[j].type : undefined;
    // A translated name is a body's or a state's: what else keeps its own language's acronym.
    const type = statePolity(ctx, tokens, start, open)
      ? 'LOC'
      : spelled < 0 && own !== 'PER'
        ? 'ORG'
        : (own ?? (isBodyHead(ctx, tokens, open - 1) ? 'ORG' : undefined));
    if (!type || type === 'PER') continue;
    dropSpans(spans, first, within);
    insertSpan(spans, first, k, { start: tokens[start].start, end: tokens[open - 1].end, type }, start);
  }
}

/**
 * The first token of the words before the bracket at `open` whose first letters are the acronym's in
 * another order, or -1: a translated name keeps the acronym of its own language ("the National Jury of
 * Elections (JNE)", for "Jurado Nacional de Elecciones"). The words are capitalised or links, after
 * "the", a mark or the sentence's start.
 */
function translatedFrom(tokens: Token[], open: number, acronym: string): number {
  let from = open;
  while (from > 0 && open - from < MAX_SPELLED_TOKENS) {
    const text = tokens[from - 1].text;
    if (text === 'The' || !(NAME_LINKS.has(text) || (capitalised(text) && /^\p{L}/u.test(text)))) break;
    from--;
  }
  while (from < open && NAME_LINKS.has(tokens[from].text)) from++;
  const letters = initials(tokens, from, open);
  const sorted = (word: string) => [...word].sort().join('');
  return letters.length >= 3 && sorted(letters) === sorted(acronym) ? from : -1;
}

/** Words naming a state ("the Federated States of Velk", "the Velkan Democratic Republic"). */
const POLITY_WORDS = new Set(['Republic', 'Kingdom', 'States', 'Emirates']);

/**
 * Whether tokens [from, to) name a state: a listed place, or a name with a polity's word and no
 * body's head word ("United States Agency for ..." is a body).
 */
function statePolity(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  if (namesListedPlace(ctx.gazetteer, tokens, from, tokens[to - 1].end)) return true;
  let polity = false;
  for (let i = from; i < to; i++) {
    if (isBodyHead(ctx, tokens, i)) return false;
    polity ||= POLITY_WORDS.has(tokens[i].text);
  }
  return polity;
}

/**
 * The first token of the words before the bracket at `open` whose first letters spell `acronym`
 * (`spells`), or -1. The name opens with a capitalised word.
 */
function spelledFrom(tokens: Token[], open: number, acronym: string): number {
  let from = -1;
  /** Whether the words before token `w` spell acronym[0..j], opening with a capitalised word; sets `from`. */
  const spells = (w: number, j: number, opened: boolean): boolean => {
    if (j < 0) {
      from = w + 1;
      return opened;
    }
    if (w < 0 || open - w > MAX_SPELLED_TOKENS) return false;
    const text = tokens[w].text;
    if (NAME_LINKS.has(text)) {
      return spells(w - 1, j, false) || (text[0].toUpperCase() === acronym[j] && spells(w - 1, j - 1, false));
    }
    // A plural's possessive mark inside the name gives no letter ("Ontario Teachers' Pension Plan (OTPP)"),
    // nor does a comma between its words ("Atmospheric, Geophysical and Astronomical Services").
    if (POSSESSIVE_MARKS.has(text) && /s$/.test(tokens[w - 1]?.text ?? '')) return spells(w - 1, j, false);
    if (text === ',' && j < acronym.length - 1 && capitalised(tokens[w - 1]?.text ?? ''))
      return spells(w - 1, j, false);
    if (!capitalised(text) || !/^\p{L}/u.test(text)) return false;
    // "Inter-Bank" may give "IB" or "I"; "State-owned" gives "S".
    const parts = text.split('-').filter(p => capitalised(p));
    const all = parts.map(p => p[0]).join('');
    if (parts.length > 1 && acronym.slice(j - all.length + 1, j + 1) === all && spells(w - 1, j - all.length, true))
      return true;
    return text[0] === acronym[j] && spells(w - 1, j - 1, true);
  };
  return spells(open - 1, acronym.length - 1, false) ? from : -1;
}
