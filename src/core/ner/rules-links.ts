/**
 * Bodies' names that go on over a linking word ("Board of Trade", "Fund for Peace", "Commission on
 * Debates") past where the tagger stopped.
 */
import { EntityType, Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, capitalised, dropSpans, spansWithin, splitAround, tagTokens, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit, PERSON_NAME_BITS, PLACE_BITS } from './gazetteer';
import { listedBody } from './rules-bodies';
import { listedPhrase } from './rules-listed';
import { namesBody } from './rules-foreign';
import { TRADE_ENDINGS } from './nameHeads';
import { servesNation } from './rules-heads';

const ORG_WORD_BIT = categoryBit('orgWord');
const CALENDAR_BIT = categoryBit('calendar');
const EVENT_WORD_BIT = categoryBit('eventWord');

/** The words after which a body's name goes on: "Board of Trade", "Fund for Peace", "Commission on Debates". */
const BODY_LINKS = new Set(['of', 'for', 'on']);
/** Words between the capitalised words of such a name: "Energy Independence and Global Warming", "Advancement of Colored People". */
const RUN_LINKS = new Set(['and', '&', 'of']);

/**
 * "Chicago Board/ORG of Trade", "the Commission/ORG on Presidential Debates": a body's name ending in an
 * organisation word goes on over "of", "for" or "on" (and "the") into the capitalised words the tagger
 * left untagged after it, with "and", "&" or "of" between them, and into a name read right after them.
 * Not into a month or weekday ("the Senate on Monday"), nor when the tagger read the words right after
 * the link as a name of their own ("the Army of Harl Voss/PER").
 */
export function extendBodiesOverLinks(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const gaz = ctx.gazetteer;
  const capital = (i: number) =>
    i < tokens.length &&
    tags[i] === 0 &&
    /^\p{Lu}\p{Ll}/u.test(tokens[i].text) &&
    (gaz.word(tokens[i].text.toLowerCase()) & CALENDAR_BIT) === 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const link = tokenEnd(tokens, first[k], span);
    if (link + 1 >= tokens.length || !BODY_LINKS.has(tokens[link].text)) continue;
    if ((gaz.word(tokens[link - 1].text.toLowerCase()) & ORG_WORD_BIT) === 0) continue;
    let j = tokens[link + 1].text === 'the' ? link + 2 : link + 1;
    // A body's name read right after "for" that names a purpose is the rest of this one ("Society for
    // the Promotion/ORG of Science"), not a body it works for ("Velk Research for the Tarnby Times").
    if (tokens[link].text === 'for' && first[k + 1] === j && forPurpose(ctx, tokens, spans[k + 1], j)) {
      absorbFollowing(spans, first, k);
      continue;
    }
    if (!capital(j)) continue;
    while (capital(j + 1) || (RUN_LINKS.has(tokens[j + 1]?.text) && capital(j + 2))) j += capital(j + 1) ? 1 : 2;
    const next = spans[k + 1];
    if (next && next.start < tokens[j].end) continue;
    span.end = tokens[j].end;
    // A name the tagger read in the run's last words is its end ("Task Force on New Americans/MISC"),
    // and so is the nation the body serves after "of" ("Confederation of Trade Unions of Tarnia/LOC").
    if (next && next.type !== 'PER' && next.start === span.end + 1) absorbFollowing(spans, first, k);
    else if (
      next &&
      tokens[j + 1]?.text === 'of' &&
      first[k + 1] === j + 2 &&
      servesNation(gaz, tokens, j, next, j + 2)
    )
      absorbFollowing(spans, first, k);
  }
}

/**
 * Whether `span`, a name read at token `j` right after "for", names a purpose: its first word is a
 * plain word on no name list ("Liberation", "Promotion"; not "St. Louis Eagles", "Tarnby Times"), and
 * it is no listed body.
 */
function forPurpose(ctx: FeatureContext, tokens: Token[], span: Span, j: number): boolean {
  const word = tokens[j].text;
  if (span.type !== 'ORG' || !/^\p{Lu}\p{Ll}+$/u.test(word) || ctx.gazetteer.word(word.toLowerCase()) !== 0)
    return false;
  return !listedBody(ctx, tokens, j, tokenEnd(tokens, j, span));
}

/** Most words of a body's name before "of" that the tagger may leave out ("Legislative Assembly"). */
const MAX_HEAD_RUN = 3;
/** Head words that before "of" and a place name the place itself ("the City of Velby"). */
const PLACE_BEFORE_OF = new Set(['city']);
const APOSTROPHES = new Set(["'", '’']);

/**
 * "the Legislative/O Assembly/O of Ontario/LOC", "The Communist/O Party/O of China/LOC" -> one body:
 * capitalised words the tagger left out, ending in a body's head word, then "of" (and "the") and a
 * place or body it read, are one body named after the place, as the tagger reads "Central Bank of
 * Velland" when it sees the first words as a name. At most three words before "of", the whole run of
 * capitals (a sentence's opening "The" aside), not after an apostrophe ("Workers ' Party of Velland"
 * would lose its first word), and not "City of". So too an event's head word before "of" and a place:
 * "the Battle/O of Antietam/LOC", "the Siege of Velby" are events (MISC), not the place. And a body's
 * head before "for" and a body's name: "the Velby-based Centre/O for Trade Policy/ORG" is one body.
 */
export function tagHeadsBeforeLinks(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const free = (i: number) => i >= 0 && tags[i] === 0 && /^\p{Lu}\p{Ll}/u.test(tokens[i].text);
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'LOC' && spans[k].type !== 'ORG') continue;
    const f = first[k];
    const of = tokens[f - 1]?.text === 'the' ? f - 2 : f - 1;
    const head = of - 1;
    if (head < 0 || !free(head)) continue;
    const link = tokens[of].text;
    const type =
      link === 'of'
        ? headType(ctx, tokens[head].text.toLowerCase(), spans[k].type)
        : link === 'for' && spans[k].type === 'ORG' && forHead(ctx, tokens[head].text)
          ? 'ORG'
          : undefined;
    if (!type) continue;
    let s = head;
    // Not a sentence's opening "The" or everyday word ("Meantime Center for ...").
    const opener = () => s === 1 && (tokens[0].text === 'The' || ctx.lowerWords.has(tokens[0].text.toLowerCase()));
    while (free(s - 1) && !opener()) s--;
    if (
      head - s >= MAX_HEAD_RUN ||
      APOSTROPHES.has(tokens[s - 1]?.text) ||
      (k > 0 && spans[k - 1].end > tokens[s].start)
    )
      continue;
    spans[k] = { start: tokens[s].start, end: spans[k].end, type };
    first[k] = s;
    tagTokens(tags, s, tokenEnd(tokens, s, spans[k]), type);
  }
}

/**
 * Centres, which the lists leave out of bodies' heads as they name places too ("shopping centre"), and
 * forums, which name meetings too.
 */
const CENTRES = new Set(['Centre', 'Center', 'Forum']);

/** Whether a capitalised word heads a body named for its purpose ("Centre for ...", "Institute for ..."). */
export function forHead(ctx: FeatureContext, word: string): boolean {
  const lower = word.toLowerCase();
  return CENTRES.has(word) || ((ctx.gazetteer.word(lower) & ORG_WORD_BIT) !== 0 && !TRADE_ENDINGS.includes(lower));
}

/** What a head word before "of" and a name of type `after` makes of the whole: a body, an event after a place, or nothing. */
function headType(ctx: FeatureContext, word: string, after: Span['type']): EntityType | undefined {
  const bits = ctx.gazetteer.word(word);
  // A trade ends a firm's name: "of" after it says where the firm is ("Velka Logistics of Tarnby").
  if (bits & ORG_WORD_BIT) return PLACE_BEFORE_OF.has(word) || TRADE_ENDINGS.includes(word) ? undefined : 'ORG';
  return bits & EVENT_WORD_BIT && after === 'LOC' ? 'MISC' : undefined;
}

/**
 * "Super League for FC Basel/ORG" -> two bodies: a body's name holding "for" whose words after it are,
 * whole, a listed body is two names the tagger ran together ("plays in the Super League for FC
 * Basel"): a body's purpose after "for" is no listed body ("Society for the Promotion of Science").
 */
export function splitBodiesAtFor(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const f = first[k];
    const end = tokenEnd(tokens, f, spans[k]);
    let link = f + 1;
    while (link < end - 1 && tokens[link].text !== 'for') link++;
    if (link >= end - 1 || !listedBody(ctx, tokens, link + 1, end)) continue;
    splitAround(tokens, spans, first, k, link, 'ORG', 'ORG');
    k++;
  }
}

/** Whether tokens [from, to) name a field: an everyday word among them, and no body's word ("Social Care", not "Velk Airways"). */
function namesField(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  let everyday = false;
  for (let i = from; i < to; i++) everyday ||= ctx.lowerWords.has(tokens[i].text.toLowerCase());
  return everyday && !namesBody(ctx, tokens, from, to);
}

/** Capitalised words of one item in a list of a body's fields ("Rural Affairs"). */
const MAX_FIELD_WORDS = 2;

/**
 * "the Ministry/ORG of Trade , Industry and Energy/ORG said" -> one body: a body's name ending in
 * "of", "for" or "on" and one or two capitalised words goes on over a list of further fields of one or
 * two capitalised words each, with commas and a last "and", up to a lower-case word or the sentence's
 * end ("Ministry of Economy, Trade and Industry", "Department for Environment, Food and Rural
 * Affairs"): ministries name their portfolios so. The tagger's name may already hold the first fields
 * of the list ("Ministry of Environment, Urbanisation/ORG and Climate Change/ORG", "Department for
 * Culture/ORG, Media and Sport/MISC"). Two fields joined by "and" alone too, when the second holds an
 * everyday word and no body's ("Department of Health and Social Care"), and the country or region
 * after them ("Ministry of Culture, Sport and Youth of Velmark"). Not over a place or a person's name in
 * the list ("the Ministry of Trade, Velland and Tarnia").
 */
export function joinFieldLists(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  const field = (i: number) =>
    i < tokens.length && capitalised(tokens[i].text) && (gaz.word(tokens[i].text.toLowerCase()) & NOT_FIELD_BITS) === 0;
  /** One past the words of a field starting at token i, or -1. */
  const fieldEnd = (i: number) => {
    let e = i;
    while (e - i < MAX_FIELD_WORDS && field(e)) e++;
    return e > i ? e : -1;
  };
  /**
   * The link word before the fields that end a body's name [from, e) ("of" in "Ministry of Trade" and
   * in "Ministry of Trade, Industry"), or -1.
   */
  const linkBeforeFields = (from: number, e: number) => {
    let words = 0;
    for (let j = e - 1; j > from; j--) {
      if (BODY_LINKS.has(tokens[j].text)) return words > 0 ? j : -1;
      if (tokens[j].text === ',' && words > 0) words = 0;
      else if (field(j) && words < MAX_FIELD_WORDS) words++;
      else return -1;
    }
    return -1;
  };
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    const link = linkBeforeFields(first[k], e);
    if (link < 0) continue;
    const listSoFar = tokens.slice(link, e).some(t => t.text === ',');
    // Two fields with "and" alone, when the second holds an everyday word ("Health and Social Care"),
    // not a name of its own ("Ministry of Finance and Velkom").
    const pair = !listSoFar && tokens[e]?.text === 'and';
    if (!(tokens[e]?.text === ',' || (listSoFar && tokens[e]?.text === 'and') || pair)) continue;
    let i = e;
    let end = -1;
    while (i < tokens.length && (tokens[i].text === ',' || tokens[i].text === 'and')) {
      const last = tokens[i].text === 'and';
      // A field may take "the" ("Climate Change, Energy, the Environment and Water").
      const from = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
      const after = fieldEnd(from);
      if (after < 0 || (pair && !namesField(ctx, tokens, from, after))) break;
      i = after;
      if (last) {
        end = after;
        break;
      }
    }
    if (end < 0) continue;
    // Translated news names the country or region after the fields ("... Sport and Youth of Velmark").
    const nation = nationAfter(ctx, tokens, end);
    if (nation > 0) end = nation;
    if (end < tokens.length && /^\p{Lu}/u.test(tokens[end].text)) continue;
    const inside = spansWithin(spans, tokens[e].start, tokens[end - 1].end);
    // A field may have been read as a body or as a thing ("Media and Sport/MISC"), not as a place or
    // person, but for the nation at the end ("Youth of Velmark/LOC").
    const field = (s: Span) => s.type === 'ORG' || s.type === 'MISC' || (nation > 0 && s.end === tokens[end - 1].end);
    if (!inside || !spans.slice(inside[0], inside[1]).every(s => field(s) && s.type !== 'PER')) continue;
    dropSpans(spans, first, inside);
    spans[k].end = tokens[end - 1].end;
  }
}

const NATION_BITS = categoryBit('country') | categoryBit('region');

/**
 * One past "of" and a country's or a region's name of one to three words at token `at`, when no
 * capitalised word follows; -1 when there is none.
 */
function nationAfter(ctx: FeatureContext, tokens: Token[], at: number): number {
  if (tokens[at]?.text !== 'of') return -1;
  for (let e = at + 2; e <= at + 4 && e <= tokens.length && capitalised(tokens[e - 1].text); e++) {
    const { bits } = listedPhrase(ctx.gazetteer, tokens, at + 1, tokens[e - 1].end);
    if (bits & NATION_BITS && !capitalised(tokens[e]?.text ?? '')) return e;
  }
  return -1;
}

/** Words that are no field of a body: places, people's names, months and weekdays. */
const NOT_FIELD_BITS = PLACE_BITS | PERSON_NAME_BITS | CALENDAR_BIT;
