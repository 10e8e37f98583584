/** Rules for the titles, ranks and posts written before a person's name, which are no part of it. */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { isFamilyNameBeforeMiddle } from './rules-surnames';
import { FeatureContext } from './features';
import { categoryBit } from './gazetteer';
import { isCapitalisedOfficeTitle } from './rules-offices';
import { OFFICE_TITLE_WORDS, personWordsEnd, titleCase, titleWordsAt, writtenTitlesAt } from './rules-people';
import type { RuleCue } from './ruleCues';
import { dropSpan, NAME_PARTICLES, splitAround, tokenEnd } from './spanTokens';
import { namesListedPlace } from './rules-listed';
import { listedBody } from './rules-bodies';

const FIRST_BIT = categoryBit('first');

/** Words of the portfolios of ministers and commissioners ("Minister for Energy", "of Home Affairs"), lower-cased. */
const PORTFOLIO_WORDS = new Set([
  ...['affairs', 'agriculture', 'budget', 'care', 'climate', 'commerce', 'communications', 'culture', 'defence'],
  ...['defense', 'development', 'economy', 'education', 'employment', 'energy', 'environment', 'equality'],
  ...['external', 'finance', 'fisheries', 'foreign', 'health', 'home', 'housing', 'human', 'immigration'],
  ...['industry', 'information', 'infrastructure', 'interior', 'investment', 'justice', 'labor', 'labour'],
  ...['land', 'lands', 'local', 'mines', 'mining', 'petroleum', 'planning', 'resources', 'revenue', 'rights'],
  ...['science', 'security', 'social', 'sport', 'technology', 'tourism', 'trade', 'transport', 'treasury'],
  ...['transportation'],
  ...['water', 'welfare', 'women', 'works', 'youth', 'enterprise', 'innovation', 'research', 'higher'],
  ...['intelligence', 'state', 'arts', 'heritage', 'media', 'digital', 'ocean', 'policy'],
  ...['management', 'rural', 'urban', 'maritime', 'disaster', 'emergency', 'forestry', 'aviation', 'veterans'],
  ...['relations', 'cooperation'],
]);

/**
 * "Colonel Joss Tarvell/ORG" -> "Joss Tarvell/PER" (the title is cut by `trimTitles`): a name that
 * starts with titles, and maybe their portfolio ("Commissioner for Energy"), followed by one to three
 * capitalised words, none of them a place, a body, a designator or an ordinary word ("General
 * Electric", "King County" stay), is a person. So is one that goes on with "of" and a listed place,
 * which is where the person holds the title and a place of its own ("Representative Ann Velk of
 * Velmark/ORG", as American politicians are named). Not a listed body's name that opens with a word
 * for a rank ("Garda Síochána", the Irish police).
 */
export function retypeTitledNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG' && span.type !== 'LOC') continue;
    const f = first[k];
    const titles = f + writtenTitlesAt(ctx, tokens, f, span.end);
    if (titles === f || listedBody(ctx, tokens, f, tokenEnd(tokens, f, span))) continue;
    const i = portfolioEnd(tokens, titles, span.end);
    if (i >= tokens.length || tokens[i].end > span.end) continue;
    // A surname may open with its particles after the title ("Ms de Vries", "Mr van der Berg").
    let named = i;
    while (named + 1 < tokens.length && tokens[named + 1].end <= span.end && NAME_PARTICLES.has(tokens[named].text))
      named++;
    const end = personWordsEnd(ctx, tokens, named, span.end, true);
    if (end >= 0 && end - i - particlesWithin(tokens, i, end) <= 3) {
      span.type = 'PER';
      continue;
    }
    const of = placeOfTitle(ctx, tokens, i, span);
    if (of < 0) continue;
    splitAround(tokens, spans, first, k, of, 'PER', 'LOC');
    k++;
  }
}

/** How many of tokens [from, to) are particles of a person's name ("de la" in "Ann de la Tour"). */
function particlesWithin(tokens: Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (NAME_PARTICLES.has(tokens[i].text)) count++;
  return count;
}

/**
 * The "of" inside `span` after one to three words of a person's name from token `i`, when a listed
 * place ends the span after it ("Ann Velk of Velmark"); -1 when there is none.
 */
function placeOfTitle(ctx: FeatureContext, tokens: Token[], i: number, span: Span): number {
  const e = tokenEnd(tokens, i, span);
  let of = i + 1;
  while (of < e && tokens[of].text !== 'of') of++;
  if (of >= e - 1 || of - i > 3 || personWordsEnd(ctx, tokens, i, tokens[of - 1].end, true) !== of) return -1;
  return namesListedPlace(ctx.gazetteer, tokens, of + 1, span.end) ? of : -1;
}

/**
 * Titles, and the portfolio after them, are not part of a person's name: "Chairman Kim" -> "Kim",
 * "Minister for Energy Ann Lee" -> "Ann Lee". `first[k]` is span k's first token.
 */
export function trimTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'PER') return;
    const f = first[k];
    const titles = f + titleWordsAt(ctx, tokens, f, span.end);
    const named = titles === f ? f : portfolioEnd(tokens, titles, span.end);
    const n = Math.min(named - f, tokenEnd(tokens, f, span) - f - 1);
    // A listed body read as a person keeps its words for `retypeListedBodies` ("Garda Síochána").
    if (n <= 0 || listedBody(ctx, tokens, f, tokenEnd(tokens, f, span))) return;
    span.start = tokens[f + n].start;
    first[k] = f + n;
  });
}

/**
 * "Rear Admiral/ORG Tess Varga/PER", "General Manager/PER Tess Varga/PER" -> "Tess Varga/PER": a name
 * made of titles alone, right before a person's name, is the person's rank or post, which names no
 * body, place or second person; so is one made of titles and their portfolio ("Commissioner for
 * Energy", "Minister of Trade and Industry"). (Alone, such words may be a name: "Queen" the band.)
 */
export function dropTitlesBeforeNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const span = spans[k];
    if (spans[k + 1].type !== 'PER' || spans[k + 1].start !== span.end + 1) continue;
    const f = first[k];
    const titles = f + titleWordsAt(ctx, tokens, f, span.end);
    const end = tokenEnd(tokens, f, span);
    if (titles === f || (titles !== end && portfolioEnd(tokens, titles, span.end) !== end)) continue;
    dropSpan(spans, first, k);
  }
}

/** `trimPortfolios` acts only on a sentence with an office's title or "Member". */
export const PORTFOLIO_CUE: RuleCue = { words: [...OFFICE_TITLE_WORDS, 'Member'] };

/**
 * "Secretary of State Joss Tarvell/LOC" -> "Joss Tarvell/PER": after "<office title> of" or "for", a
 * portfolio read into the name of the person who holds it ("State", "Defense", "Minister for Energy")
 * is cut off where a listed given name starts the person's name, or else after the portfolio's words
 * ("of Commerce Wang Shuxian"), also when the portfolio's first words were left out of the name
 * ("Minister for Foreign/O Affairs Ann Lee/PER"); so is the house of a "Member of Parliament".
 */
export function trimPortfolios(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    const p = portfolioStart(tokens, f);
    if (p < 2 || (tokens[p - 1].text !== 'of' && tokens[p - 1].text !== 'for')) return;
    if (!isCapitalisedOfficeTitle(tokens, p - 2) && !(tokens[p - 2].text === 'Member' && tokens[p - 1].text === 'of'))
      return;
    // A Vietnamese name opening the span is whole ("Trade Do Thi Thu Huong": "Do" is no portfolio's).
    if (isFamilyNameBeforeMiddle(tokens, f)) return;
    const end = tokenEnd(tokens, f, span);
    let given = p === f ? f + 1 : f;
    while (given < end && !(ctx.gazetteer.word(tokens[given].text.toLowerCase()) & FIRST_BIT)) given++;
    // The given name vouches for the words after it ("Christopher Hill", though "hill" is a place word).
    // Without one ("Vice Minister of Commerce Wang Shuxian"), the name starts after the portfolio's words.
    if (given >= end) {
      given = f;
      while (given < end && isPortfolioWord(tokens[given].text)) given++;
      if (given === p) return;
    }
    if (given >= end || end - given > 3) return;
    for (let i = given; i < end; i++) if (!titleCase(tokens[i].text)) return;
    span.start = tokens[given].start;
    span.type = 'PER';
    first[k] = given;
  });
}

/**
 * "Minister for Enterprise and Tourism/ORG Ann Lee", "Minister of Transport and Infrastructure/ORG, Ann
 * Lee" -> no name: right after "<office title> of" or "for", a name made of portfolios and other everyday
 * words in capitals, with commas and "and" between them, is the office's remit, part of a title (as
 * CoNLL-style news labels none). A place or a body with a name of its own stays ("Minister for
 * Velland", "Governor of the Bank of Tarnia").
 */
export function dropPortfoliosAfterTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    const p = portfolioStart(tokens, f);
    if (spans[k].type === 'PER' || p < 2 || (tokens[p - 1].text !== 'of' && tokens[p - 1].text !== 'for')) continue;
    if (!isCapitalisedOfficeTitle(tokens, p - 2)) continue;
    const end = tokenEnd(tokens, f, spans[k]);
    let remit = true;
    for (let i = f; i < end && remit; i++) {
      const text = tokens[i].text;
      const joint = text === ',' || text === 'and' || text === '&';
      remit = (joint && i > f) || isPortfolioWord(text) || (titleCase(text) && ctx.lowerWords.has(text.toLowerCase()));
    }
    if (!remit) continue;
    dropSpan(spans, first, k);
    k--;
  }
}

/**
 * The first of the portfolios, with commas and "and" between them, that end right before token `f`
 * ("of Fish, Health and" before "Sport"); `f` when there are none.
 */
function portfolioStart(tokens: Token[], f: number): number {
  let p = f;
  for (let i = f - 1; i >= 0; i--) {
    const text = tokens[i].text;
    if (isPortfolioWord(text)) p = i;
    else if (text !== ',' && text !== 'and') break;
  }
  return p;
}

/** Whether a word is one of a government's portfolios, written with a capital ("Energy", "Affairs"). */
export function isPortfolioWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text) && PORTFOLIO_WORDS.has(text.toLowerCase());
}

/**
 * The token after the portfolio that follows a title at token `from`: "for" or "of" and one to four
 * capitalised words of a government's portfolios, which may be joined by "and" ("for Energy", "of
 * Trade and Industry"), ending by offset `end`; `from` when there is none.
 */
function portfolioEnd(tokens: Token[], from: number, end: number): number {
  const word = tokens[from]?.text;
  if (word !== 'for' && word !== 'of') return from;
  let last = from;
  for (let i = from + 1; i <= from + 4 && i < tokens.length && tokens[i].end <= end; i++) {
    const text = tokens[i].text;
    if (text === 'and' && last > from) continue;
    if (!isPortfolioWord(text)) break;
    last = i;
  }
  return last === from ? from : last + 1;
}
