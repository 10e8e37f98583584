import { EntityType, Span } from '../types';
import { Token } from '../text/tokenize';
import { dropSpan, insertInOrder, insertSpan, isPossessive, OPENING_QUOTES, tagTokens, tokenEnd } from './spanTokens';
import { typeAfterNoun } from './cues';
import { FeatureContext } from './features';
import { isGivenNameOnly, mayBeInPersonName, titleWordsAt } from './rules-people';
import { namesListedPlace } from './rules-listed';
import type { RuleCue } from './ruleCues';

// Rules that find names in capitalised runs the tagger left untagged: after a describing noun, after a
// capitalised "The" in mid-sentence, a listed given name and a surname, and before "Hall of Fame" or an
// award's "of the Year".

const RUN_CONNECTORS = new Set(['of', '&']);
/** After a describing noun the name may also go on over "the" ("the charity Save the Children"). */
const DESCRIBED_RUN_CONNECTORS = new Set([...RUN_CONNECTORS, 'the']);

/** Nouns for newspapers and magazines, which are often named by an everyday word ("the newspaper Dawn"). */
const PUBLICATION_NOUNS = new Set(['newspaper', 'magazine', 'tabloid', 'broadsheet']);

/**
 * A capitalised run the model left untagged right after a describing noun is a name of the type
 * the noun gives ("the band Velvet Tarns", "the village of Tarnby"); see `cues.ts`. The run goes on
 * over "of" or "of the" into a name the model tagged on its own, which then belongs to it ("the
 * group Friends of the Earth Valdoria", not "Friends" and a place "Earth Valdoria").
 */
export function addDescribedNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  const common = ctx.lowerWords;
  const cap = (i: number) => i < n && tags[i] === 0 && /^\p{Lu}/u.test(tokens[i].text);
  for (let i = 0; i + 1 < n; i++) {
    const c = tokens[i].text.charCodeAt(0);
    if (c < 97 || c > 122) continue; // describing nouns are lower-case ASCII words
    const viaOf = tokens[i + 1].text === 'of';
    // The noun list decides first: a lookup is cheaper than any test of the word's letters.
    const type = typeAfterNoun(tokens[i].text, viaOf);
    const s = viaOf ? i + 2 : i + 1;
    // "the company I founded": the pronoun, no name.
    if (!type || !cap(s) || tokens[s].text === 'I') continue;
    let e = s + 1;
    let absorbed = -1;
    for (;;) {
      if (cap(e)) {
        e++;
        continue;
      }
      if (e + 1 >= n || tags[e] !== 0 || !DESCRIBED_RUN_CONNECTORS.has(tokens[e].text)) break;
      const after = tokens[e].text === 'of' && tokens[e + 1].text === 'the' ? e + 2 : e + 1;
      if (cap(after)) {
        e = after + 1;
        continue;
      }
      const k = after < n && tags[after] % 2 === 1 ? first.indexOf(after) : -1;
      if (k >= 0) {
        absorbed = k;
        e = tokenEnd(tokens, after, spans[k]);
      }
      break;
    }
    // The run must end the name: not "band Velvet Tarns" + a tagged word; a lone word must not be an
    // ordinary one, but after a publication's noun.
    if (e < n && tags[e] !== 0 && absorbed < 0) continue;
    if (e === s + 1 && common.has(tokens[s].text.toLowerCase()) && !everydayName(tokens, i, e, type)) continue;
    if (absorbed >= 0) dropSpan(spans, first, absorbed);
    insertInOrder(spans, first, { start: tokens[s].start, end: tokens[e - 1].end, type }, s);
    i = e - 1;
  }
}

/** Lower-case words that go on a body's name after its first word ("Right to Play", "Women on Ice"). */
const NAME_LINKS = new Set(['to', 'for', 'on', 'of', 'in', 'at', 'and', 'or', 'with', 'without', 'against', 'the']);

/**
 * Whether an everyday word in capitals right after the describing noun at `noun`, ending at `e`, is a
 * name: after a publication's noun ("the newspaper Dawn"), and after a body's noun before a lower-case
 * word that does not go on the name ("clothing retailer Next raised its forecast", "aid group
 * Emergency said"), as firms and charities are named by such words.
 */
function everydayName(tokens: Token[], noun: number, e: number, type: string): boolean {
  if (PUBLICATION_NOUNS.has(tokens[noun].text)) return true;
  const next = tokens[e]?.text ?? '';
  return type === 'ORG' && /^\p{Ll}+$/u.test(next) && !NAME_LINKS.has(next);
}

/**
 * Tokens that can come right before a name's own "The" in running text: an opening bracket or quote, a
 * comma. Not a colon: what follows one is a clause of its own ("Harl said: The Velkin Bank has ...").
 */
const OPENERS = new Set(['(', ',', '"', '“', "'", '‘']);

/**
 * "bands like The Ramones", "published in The Economist": a capitalised "The" in mid-sentence is
 * part of the name after it, at a sentence start ("The Fed said", "“The OSCE ...") it is not.
 * Mid-sentence means the word before is lower-case, or is an opener that itself follows one.
 * A span right after such a "The" takes it in; an untagged capitalised run after it is a name on
 * its own: a title when quoted ("the single “The Kill”", MISC), a place when the whole name with
 * "The" is a listed one ("in The Hague"), otherwise a body (ORG), as bands, newspapers and firms are
 * the names most often written this way.
 */
export function includeLeadingThe(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const n = tokens.length;
  const lowerStart = (i: number) => i >= 0 && /^\p{Ll}/u.test(tokens[i].text);
  let k = 0;
  for (let the = 1; the + 1 < n; the++) {
    if (tokens[the].text !== 'The') continue;
    while (k < spans.length && spans[k].end <= tokens[the].start) k++;
    if (k < spans.length && spans[k].start <= tokens[the].start) continue; // already inside a name
    const before = the - 1;
    const quoted = OPENING_QUOTES.has(tokens[before].text);
    const midSentence =
      lowerStart(before) ||
      (OPENERS.has(tokens[before].text) &&
        (lowerStart(before - 1) || (before > 0 && OPENERS.has(tokens[before - 1].text))));
    if (!midSentence || tokens[the].end + 1 < tokens[the + 1].start) continue;
    if (k < spans.length && first[k] === the + 1) {
      spans[k].start = tokens[the].start;
      first[k] = the;
      continue;
    }
    const free = (i: number) => i < n && (k >= spans.length || tokens[i].end <= spans[k].start);
    const cap = (i: number) => free(i) && /^\p{Lu}/u.test(tokens[i].text);
    let e = the + 1;
    while (cap(e) || (e + 1 < n && RUN_CONNECTORS.has(tokens[e].text) && free(e) && cap(e + 1))) e++;
    if (e === the + 1 || (e < n && !free(e))) continue; // nothing after it, or the run runs into a tagged name
    const type = quoted ? 'MISC' : isListedPlace(ctx, tokens, the, e) ? 'LOC' : 'ORG';
    insertSpan(spans, first, k, { start: tokens[the].start, end: tokens[e - 1].end, type }, the);
    the = e - 1;
  }
}

/** Whether tokens [from, end), four at most, make a listed place (`namesListedPlace`). */
function isListedPlace(ctx: FeatureContext, tokens: Token[], from: number, end: number): boolean {
  if (end - from > 4) return false;
  return namesListedPlace(ctx.gazetteer, tokens, from, tokens[end - 1].end);
}

/**
 * "in The Hague/ORG" -> LOC: a body whose name, "The" included, is a listed place is that place. Few
 * place names start with "The", and a body named exactly like one is rarer still; a club named after
 * a town ("Tarnby beat ...") has no "The" and is left to the tagger.
 */
export function retypeListedPlacesWithThe(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' || tokens[first[k]].text !== 'The') return;
    const e = tokenEnd(tokens, first[k] + 1, span);
    if (isListedPlace(ctx, tokens, first[k], e)) span.type = 'LOC';
  });
}

/**
 * "the Hockey Hall of Fame", "the College Football Hall of Fame": a hall of fame is a body (ORG)
 * named with the capitalised words before "Hall", whatever the tagger made of its parts.
 */
export function tagHallsOfFame(tokens: Token[], spans: Span[], first: number[]): void {
  for (let h = 0; h + 2 < tokens.length; h++) {
    if (tokens[h].text !== 'Hall' || tokens[h + 1].text !== 'of' || tokens[h + 2].text !== 'Fame') continue;
    claimCapitalisedRun(tokens, spans, first, h, h + 3, 'ORG', true);
    h += 2;
  }
}

/** The periods and contests an award is given for: "Player of the Year", "Man of the Match". */
const AWARD_PERIODS = new Set([
  'Year',
  'Match',
  'Month',
  'Season',
  'Week',
  'Tournament',
  'Series',
  'Decade',
  'Century',
]);
/** `tagAwardTitles` acts only on a sentence with an award's period, `tagHallsOfFame` with "Fame". */
export const AWARD_CUE: RuleCue = { words: AWARD_PERIODS };
export const HALL_OF_FAME_CUE: RuleCue = { words: ['Fame'] };

/**
 * "the Budweiser/ORG Man of the Match award", "UPI Lineman of the Year": a capitalised word followed by
 * "of the" and a period or contest names an award (MISC) with the capitalised words before it, not a
 * body or a person, whatever the tagger made of its parts.
 */
export function tagAwardTitles(tokens: Token[], spans: Span[], first: number[]): void {
  for (let h = 0; h + 3 < tokens.length; h++) {
    if (tokens[h + 1].text !== 'of' || tokens[h + 2].text !== 'the' || !AWARD_PERIODS.has(tokens[h + 3].text)) continue;
    if (!/^\p{Lu}/u.test(tokens[h].text) || tokens[h].text === 'The') continue;
    claimCapitalisedRun(tokens, spans, first, h, h + 4, 'MISC');
    h += 3;
  }
}

/**
 * Makes tokens [h, end) a name of `type` that also takes in the capitalised words before h (and, if
 * `possessive`, one between them: "Badminton Canada's Hall of Fame"), but not a capitalised "The";
 * names it overlaps become part of it.
 */
function claimCapitalisedRun(
  tokens: Token[],
  spans: Span[],
  first: number[],
  h: number,
  end: number,
  type: EntityType,
  possessive = false,
): void {
  let s = h;
  while (
    s > 0 &&
    (/^\p{Lu}/u.test(tokens[s - 1].text) ||
      (possessive && isPossessive(tokens[s - 1]) && s > 1 && /^\p{Lu}/u.test(tokens[s - 2].text))) &&
    tokens[s - 1].text !== 'The'
  )
    s--;
  const span: Span = { start: tokens[s].start, end: tokens[end - 1].end, type };
  let k = 0;
  while (k < spans.length && spans[k].end <= span.start) k++;
  let j = k;
  while (j < spans.length && spans[j].start < span.end) j++;
  // Widen to any name it overlaps ("Badminton Canada's" + "Hall of Fame").
  if (j > k) span.start = Math.min(span.start, spans[k].start);
  spans.splice(k, j - k, span);
  first.splice(k, j - k, j > k ? Math.min(first[k], s) : s);
}

/** A capitalised word in title case ("Granqvist", "Shin-Wook"), which names are written in. */
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/**
 * "the captain Andreas Granqvist scored": two capitalised words the tagger left untagged in
 * mid-sentence, a listed given name and a word that could be a surname, are a person. The tagger
 * misses such names after some role nouns ("captain", "curator", "wife") when neither word is in its
 * own lists; so too right after a title ("Secretary of State Ann Velk"). Not when either word is a
 * place, a body, a designator, a month or an ordinary word ("Jordan Valley", "Grace Church"), nor in a
 * longer capitalised run.
 */
export function addGivenNamePairs(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  const plainName = (i: number) =>
    TITLE_CASE.test(tokens[i].text) && mayBeInPersonName(ctx, tokens[i].text.toLowerCase());
  let k = 0;
  for (let i = 1; i + 1 < n; i++) {
    const c = tokens[i].text.charCodeAt(0);
    if ((c >= 97 && c <= 122) || c < 65 || tags[i] !== 0 || tags[i + 1] !== 0) continue; // most words: cheap tests first
    const midSentence = /^\p{Ll}/u.test(tokens[i - 1].text);
    if (!midSentence && !/^\p{Lu}/u.test(tokens[i - 1].text)) continue;
    if (i + 2 < n && (tags[i + 2] !== 0 || /^\p{Lu}/u.test(tokens[i + 2].text))) continue;
    if (!isGivenNameOnly(ctx, tokens[i].text.toLowerCase()) || !plainName(i) || !plainName(i + 1)) continue;
    if (!midSentence && !afterTitle(ctx, tokens, i)) continue;
    while (k < spans.length && spans[k].end <= tokens[i].start) k++;
    if (k < spans.length && spans[k].start < tokens[i + 1].end) continue; // a rule before found a name here
    insertSpan(spans, first, k, { start: tokens[i].start, end: tokens[i + 1].end, type: 'PER' }, i);
    i++;
  }
}

/** Words inside an office's title between capitalised words ("Secretary of State", "Minister for the Arts"). */
const TITLE_LINKS = new Set(['of', 'for', 'the']);

/**
 * Whether the capitalised words (and "of", "for", "the") running back from token i - 1 to a lower-case
 * word or the sentence's start hold a title: "U.S. Secretary of State <i>".
 */
function afterTitle(ctx: FeatureContext, tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && (TITLE_LINKS.has(tokens[j].text) || /^\p{Lu}/u.test(tokens[j].text)); j--)
    if (/^\p{Lu}/u.test(tokens[j].text) && titleWordsAt(ctx, tokens, j, tokens[j].end) === 1) return true;
  return false;
}

/**
 * "climber Álvaro/O García Ortiz/PER" -> "Álvaro García Ortiz/PER": a listed given name and nothing
 * else, in title case, that the tagger left untagged right before a person's name opens that name. The
 * tagger reads a given name by its letters as well, and an accented spelling of a common one ("Andrés",
 * "José") looks unlike the plain one it learned.
 */
export function takeInGivenNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'PER' || f === 0 || tags[f - 1] !== 0) continue;
    const given = tokens[f - 1];
    if (given.end + 1 !== tokens[f].start || !TITLE_CASE.test(given.text)) continue;
    if (!isGivenNameOnly(ctx, given.text.toLowerCase()) || ctx.lowerWords.has(given.text.toLowerCase())) continue;
    spans[k].start = given.start;
    first[k] = f - 1;
    tagTokens(tags, f - 1, tokenEnd(tokens, f - 1, spans[k]), 'PER');
  }
}
