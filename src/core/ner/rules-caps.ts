import { Span } from '../types';
import { DATELINE_DASHES, Token } from '../text/tokenize';
import { insertSpan, opensSentenceOrQuote, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { namesCountryOrContinent } from './rules-branches';
import { GAZ_CATEGORIES, categoryBit as bit } from './gazetteer';

/**
 * Rules for where capitalisation tells little: lines written all in capitals (headlines, section
 * titles), and a sentence's first word.
 */

/** Any list bit: a name part, a designator (UNITED, LEAGUE, OPEN), a place or calendar word. */
const ANY_LIST_BITS = (1 << GAZ_CATEGORIES.length) - 1;

/** True when the sentence has at least three words of letters and none has a lower-case letter. */
export function allCaps(tokens: Token[]): boolean {
  let words = 0;
  for (const tok of tokens) {
    const text = tok.text;
    let upper = false;
    let other = false; // a letter outside ASCII: tested with the case mappings
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) upper = true;
      else if (c > 127) other = true;
    }
    if (other && text.toUpperCase() !== text) return false;
    if (upper || (other && text.toLowerCase() !== text)) words++;
  }
  return words >= 3;
}

/** Words that end names on their own: listed places, surnames, well-known names. */
const FIRST_BIT = bit('first');
const NAME_END_BITS =
  bit('country') | bit('city') | bit('region') | bit('last') | bit('person') | bit('org') | bit('team');

/**
 * "CUNNINGHAM RETIRES", "TARNIA SCRAPE PAST": in an all-capitals line, words on no list after a
 * listed place or surname (not a given name) are the headline's verb, not part of the name.
 */
export function trimCapsVerbs(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    const l = tokenEnd(tokens, f, spans[k]) - 1;
    let cut = l;
    while (cut > f && (gaz.word(tokens[cut].text.toLowerCase()) & ANY_LIST_BITS) === 0) cut--;
    if (cut === l) continue;
    const bits = gaz.word(tokens[cut].text.toLowerCase());
    if ((bits & NAME_END_BITS) === 0 || (bits & FIRST_BIT) !== 0) continue;
    spans[k].end = tokens[cut].end;
  }
}

const ORG_WORD_BIT = bit('orgWord');
const DEMONYM_BIT = bit('demonym');

/** Words that open sentences and no body's name ("The Group said", "Its Bank unit"). */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'every',
  'each',
  'some',
  'no',
]);

/** Words after which a name goes on ("Central Bank of Velland"): a body cut there would be cut short. */
const NAME_GOES_ON = new Set(['of', 'and', 'for', '&', 'de']);

/**
 * "Amnesty International said ...": the sentence's first word, whose capital tells nothing, and a
 * capitalised body word after it (International, Bank, Group, Union), whose capital does, followed by
 * a lower-case word, are a body's name the tagger missed ("amnesty" is an everyday word). A country
 * or continent read as a place between them and the lower-case word is the body's branch there
 * ("Amnesty International Kenya and ...", as `joinBodyBranches` reads a listed body's).
 */
export function tagOpeningBodies(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  if (tokens.length < 4 || (spans.length > 0 && first[0] < 2)) return;
  const [opener, head] = tokens;
  // One word read as a place right after the body word: its branch there, when a country or continent.
  const branch =
    spans.length > 0 &&
    first[0] === 2 &&
    spans[0].type === 'LOC' &&
    tokens[2].end === spans[0].end &&
    namesCountryOrContinent(ctx, tokens, 2, spans[0]);
  const next = tokens[branch ? 3 : 2];
  if (!/^\p{Lu}\p{Ll}+$/u.test(opener.text) || OPENERS.has(opener.text.toLowerCase())) return;
  if (!/^\p{Lu}\p{Ll}+$/u.test(head.text) || !/^\p{Ll}/u.test(next?.text ?? '')) return;
  // After the body word, "of" or "and" may go on with its name; after a country, the branch's name is whole.
  if (!branch && NAME_GOES_ON.has(next.text)) return;
  if ((ctx.gazetteer.word(head.text.toLowerCase()) & ORG_WORD_BIT) === 0) return;
  if (branch) {
    spans[0] = { start: opener.start, end: tokens[2].end, type: 'ORG' };
    first[0] = 0;
  } else insertSpan(spans, first, 0, { start: opener.start, end: head.end, type: 'ORG' }, 0);
}

/** Words after a body word that its name goes on over ("Coalition for ...", "Council of ..."). */
const LINKS_AFTER_HEAD = new Set(['for', 'of', 'on']);

/**
 * "The International/O Olympic/MISC Committee/ORG said" -> "International Olympic Committee/ORG": after
 * a sentence's opening "The", capitalised words the tagger left out or read as a nationality or other
 * name, right up to a body's name, begin that body: the capitals after "The" are the writer's, not the
 * sentence's, and a body named with an adjective is often split at it; so do a body word and "for",
 * "of" or "on" ("The Coalition for App Fairness/ORG"). Not a listed nationality first ("The
 * Velkan/MISC Health Ministry" names the country's ministry, which news writes apart).
 */
export function joinAfterOpeningThe(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  if (tokens.length < 3 || tokens[0].text !== 'The' || tags[1] !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[1].text))
    return;
  let k = 0;
  // "The Coalition for App Fairness/ORG": a body word and its link word lead to the name after them.
  let t =
    LINKS_AFTER_HEAD.has(tokens[2].text) && ctx.gazetteer.word(tokens[1].text.toLowerCase()) & ORG_WORD_BIT ? 3 : 2;
  while (k < spans.length && first[k] === t && spans[k].type === 'MISC' && /^\p{Lu}/u.test(tokens[t].text)) {
    t = tokenEnd(tokens, t, spans[k]);
    k++;
  }
  if (k >= spans.length || first[k] !== t || spans[k].type !== 'ORG') return;
  if (ctx.gazetteer.word(tokens[1].text.toLowerCase()) & DEMONYM_BIT) return;
  spans[k].start = tokens[1].start;
  first[k] = 1;
  spans.splice(0, k);
  first.splice(0, k);
}

/** Heads of the names of public bodies, institutions, parties and unions, which never take "The" into their name. */
const INSTITUTION_HEADS = new Set([
  'Ministry',
  'Department',
  'Agency',
  'Commission',
  'Authority',
  'Bureau',
  'Office',
  'Board',
  'Council',
  'Committee',
  'Administration',
  'Directorate',
  'Inspectorate',
  'Institute',
  'University',
  'Academy',
  'Bank',
  'Fund',
  'Reserve',
  'Court',
  'Tribunal',
  'Assembly',
  'Chamber',
  'Secretariat',
  'Union',
  'Association',
  'Federation',
  'Confederation',
  'Party',
  'Alliance',
  'Coalition',
  'Movement',
  'Society',
  'Foundation',
  'Organisation',
  'Organization',
  'Service',
  'Police',
  'Army',
  'Centre',
  'Center',
]);

/**
 * A legislature's chamber or a public body, named by its one word after an earlier mention ("The Senate
 * voted", "The Ministry plans"): no newspaper, band or show is named so ("The Office", "The Union" are).
 */
const ONE_WORD_BODIES = new Set([
  ...['House', 'Senate', 'Parliament', 'Congress', 'Assembly', 'Legislature', 'Ministry', 'Department'],
  ...['Agency', 'Commission', 'Authority', 'Bureau', 'Council', 'Committee', 'Directorate', 'Court'],
  ...['Tribunal', 'Secretariat', 'Government', 'Cabinet', 'Presidency', 'Treasury', 'Inspectorate'],
]);

/**
 * "The/ORG Ministry of Ecology and Environment said" -> "Ministry of Ecology and Environment/ORG": a
 * sentence's opening "The" (after its opening quotation mark too), or one right after a dateline's
 * dash, is no part of a public body's or institution's name, whose head (the word before its "of" or
 * "for", or its last) is a ministry, department, agency and the like, nor of a chamber's one-word name
 * ("The Senate voted"). The tagger learned the article from silver labels that keep it; the
 * gold sets leave it out of such names, and keep it only for newspapers, bands and works ("The Sunday
 * Telegraph"), which these heads do not end.
 */
export function dropOpeningTheOfInstitutions(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (tokens[f].text !== 'The' || spans[k].type !== 'ORG') continue;
    const opens = opensSentenceOrQuote(tokens, f);
    if (!opens && !(f > 1 && DATELINE_DASHES.has(tokens[f - 1].text))) continue;
    const end = tokenEnd(tokens, f, spans[k]);
    if (end - f === 2 && ONE_WORD_BODIES.has(tokens[f + 1].text)) {
      spans[k].start = tokens[f + 1].start;
      first[k] = f + 1;
      continue;
    }
    if (end - f < 3) continue;
    let head = end - 1;
    for (let i = f + 1; i < end; i++)
      if (tokens[i].text === 'of' || tokens[i].text === 'for') {
        head = i - 1;
        break;
      }
    if (!INSTITUTION_HEADS.has(tokens[head].text)) continue;
    spans[k].start = tokens[f + 1].start;
    first[k] = f + 1;
  }
}
