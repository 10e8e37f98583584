/**
 * Companies named where markets news trades them: "Shares in Velkom rose", "a stake in Harl & Sons".
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, capitalised, isNameWord, tagTokens, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PERSON_NAME_BITS, PLACE_BITS, categoryBit as bit } from './gazetteer';
import { CONTINENTS } from './rules-branches';
import { listedBody } from './rules-bodies';
import { listedPhrase } from './rules-listed';
import { isListedTown } from './rules-towns';
import { isWeekday } from './rules-extent';
import { AFTER_THE_VERB, STOCK_NOUNS } from './bodyCues';
import type { RuleCue } from './ruleCues';

/** What is owned of a company, before "in" or "of". */
const HOLDINGS = new Set(['shares', 'stock', 'stake', 'stakes', 'shareholding', 'shareholders', 'stockholders']);
/** `tagTradedCompanies` acts only on a sentence with a holding's word or a percentage's (`ownedShare`). */
export const TRADED_CUE: RuleCue = { words: [...STOCK_NOUNS, ...HOLDINGS, 'cent', 'percent', '%', 'pct'] };
const NOT_A_COMPANY_BITS = PLACE_BITS | bit('demonym') | bit('calendar');
const LISTED_PLACE_OR_PERSON = PLACE_BITS | bit('person');
/** Plural nouns after which the capitalised words before them say what kind of companies ("Tech firms"). */
const KINDS = new Set([
  'firms',
  'companies',
  'stocks',
  'shares',
  'banks',
  'groups',
  'miners',
  'producers',
  'makers',
  'lenders',
  'insurers',
  'retailers',
  'sector',
]);
/** Most capitalised words of the name; longer runs are headlines or titles. */
const MAX_WORDS = 3;

/**
 * "Shares in Velkom/O rose", "a 10 percent stake in Harl/O Velkin/O", "Shares in Qantas/LOC", "owns
 * 35 percent of Velkom/LOC" -> a body: capitalised words right after "shares", "stock" or "stake" and
 * "in" or "of", or after a share owned, bought or sold and "of" (`ownedShare`), name a company,
 * as markets news names firms the tagger never saw, whether it left them out or read them as a place
 * or person. Not a listed place, continent, nationality or month ("shares in Europe", "shares in
 * European banks", "stock of March"), an everyday word, or words naming a kind ("shares in Tech firms").
 * The same scan reads the name before "shares" (`tagCompanyBeforeShares`).
 */
export function tagTradedCompanies(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const word = tokens[i].text;
    // "Velkom shares rose": the holding after the name, in lower case (one scan of the tokens for both).
    if (i > 0 && word.charCodeAt(0) === 115 && STOCK_NOUNS.has(word))
      tagCompanyBeforeShares(ctx, tokens, tags, spans, first, i);
    if (i + 2 >= n || (tokens[i + 1].text !== 'in' && tokens[i + 1].text !== 'of')) continue;
    // Every holding word opens with an "s": that test before lower-casing.
    const c = word.charCodeAt(0);
    const held = (c === 115 || c === 83) && HOLDINGS.has(word.toLowerCase());
    if (held || (tokens[i + 1].text === 'of' && ownedShare(tokens, i))) {
      tagCompanyAt(ctx, tokens, tags, spans, first, tokens[i + 2].text === 'the' ? i + 3 : i + 2);
    }
  }
}

/**
 * "Velkom/O shares rose", "35 cents per Harl Velkin/PER share" -> a body: capitalised words right before
 * "shares", "share", "stock" or "shareholders" (token `i`) name a company, under the tests of
 * `tagTradedCompanies` (not a listed place, nationality or month: "Tokyo shares", "European shares",
 * "Tech shares"). Not the verb ("Ann Lee shares a flat"), nor one everyday-looking word opening the
 * sentence ("Bank shares fell").
 */
function tagCompanyBeforeShares(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
  i: number,
): void {
  if (i + 1 < tokens.length && AFTER_THE_VERB.has(tokens[i + 1].text)) return;
  let s = i;
  while (s > 0 && i - s < MAX_WORDS && isNameWord(tokens[s - 1]) && tokens[s - 1].text.length > 1) s--;
  if (s === i || (s > 0 && isNameWord(tokens[s - 1]))) return;
  const k = spans.findIndex(span => span.start <= tokens[s].start && tokens[s].start < span.end);
  if (k < 0 && s === 0 && i === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0].text)) return;
  tagCompanyAt(ctx, tokens, tags, spans, first, k >= 0 ? first[k] : s, false);
}

/** Verbs of owning, buying and selling a part of a company. */
const OWNING = new Set([
  'own',
  'owns',
  'owned',
  'buy',
  'buys',
  'bought',
  'acquire',
  'acquires',
  'acquired',
  'sell',
  'sells',
  'sold',
]);

/**
 * Whether token i ends a share owned, bought or sold: "owns 35 percent", "bought 2.5 per cent",
 * "sold its 10 % " (a verb of owning, at most one word such as "its" or "about", a number, a percentage).
 */
function ownedShare(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[i].text === 'cent' && tokens[j]?.text === 'per') j--;
  else if (tokens[i].text !== 'percent' && tokens[i].text !== '%' && tokens[i].text !== 'pct') return false;
  if (j < 1 || !/^\p{N}/u.test(tokens[j].text)) return false;
  return OWNING.has(tokens[j - 1].text) || (j > 1 && OWNING.has(tokens[j - 2].text));
}

/**
 * Tags the company named from token s (see `tagTradedCompanies`): the tagger's name starting there if
 * it read a place or person, else the untagged capitalised words there, at most MAX_WORDS of them.
 * `kindMayFollow` is false where the word after the name is known to be no noun of a kind of company.
 */
function tagCompanyAt(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
  s: number,
  kindMayFollow = true,
): void {
  const n = tokens.length;
  // A capitalised word, not a compound adjective ("France-registered").
  const free = (i: number) => i < n && tags[i] === 0 && isNameWord(tokens[i]);
  const k = first.indexOf(s);
  if (k < 0 && !free(s)) return;
  const lower = tokens[s].text.toLowerCase();
  if (ctx.gazetteer.word(lower) & NOT_A_COMPANY_BITS || ctx.lowerWords.has(lower) || CONTINENTS.has(lower)) return;
  let e = s + 1;
  if (k >= 0) e = tokenEnd(tokens, s, spans[k]);
  else while (free(e) && e - s < MAX_WORDS) e++;
  if (e - s > MAX_WORDS || free(e) || (k >= 0 && spans[k].type !== 'PER' && spans[k].type !== 'LOC')) return;
  // "shares in Velkan firms": a modifier of the kind of company, not a company.
  if (kindMayFollow && e < n && KINDS.has(tokens[e].text)) return;
  if (listedPlaceOrPerson(ctx, tokens, s, e)) return;
  if (k < 0) {
    addName(tokens, tags, spans, first, s, e, 'ORG');
    return;
  }
  spans[k].type = 'ORG';
  tagTokens(tags, s, e, 'ORG');
}

function listedPlaceOrPerson(ctx: FeatureContext, tokens: Token[], s: number, e: number): boolean {
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, s, tokens[e - 1].end);
  return (bits & LISTED_PLACE_OR_PERSON) !== 0 || ctx.gazetteer.isListedPlace(phrase);
}

/** Lower-case words after "stock" for the market trading in a town ("the Velby stock exchange"). */
const STOCK_MARKETS = new Set(['exchange', 'market', 'markets']);

/**
 * "on the Velby/ORG stock exchange", "the Tarnby/ORG bourse" -> LOC: a town's name before a
 * lower-case "stock exchange", "stock market" or "bourse" says where the market is; the market has no
 * name of its own there (written as a name, "Velby Stock Exchange" is one body). Not a listed body ("the
 * Velkdaq stock market").
 */
export function retypeMarketTowns(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG') return;
    const e = tokenEnd(tokens, first[k], span);
    const next = tokens[e]?.text;
    const market = next === 'bourse' || (next === 'stock' && STOCK_MARKETS.has(tokens[e + 1]?.text ?? ''));
    if (!market || listedBody(ctx, tokens, first[k], e)) return;
    span.type = 'LOC';
  });
}

/** Nouns for a firm that a town's name before them says where it is ("an Eindhoven company"). */
const FIRM_NOUNS = new Set([
  ...['company', 'firm', 'start-up', 'startup', 'group', 'lender', 'bank', 'manufacturer', 'label', 'charity'],
  ...['insurer', 'retailer', 'publisher', 'brewery', 'carmaker', 'broker', 'consultancy'],
]);
const INDEFINITE = new Set(['a', 'an', 'A', 'An']);

/**
 * "an Eindhoven/ORG company", "the Tarnby/ORG investment firm Velk" -> LOC: after "a" or "an", a listed
 * place's name before a lower-case noun for a firm, or a trade and that noun, says where the firm is;
 * the firm itself is not named there. So after "the" when the firm's name follows ("the Stockholm label
 * Velk Records"); without it "the Tarnby company" may be the firm named Tarnby. Not a listed body ("a
 * Velkom company" is one of its subsidiaries).
 */
export function retypeTownsBeforeFirms(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' || first[k] === 0) return;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    const noun = FIRM_NOUNS.has(tokens[e]?.text ?? '') ? e : e + 1;
    if (noun > e && !(/^\p{Ll}+$/u.test(tokens[e]?.text ?? '') && FIRM_NOUNS.has(tokens[noun]?.text ?? ''))) return;
    const article = tokens[f - 1].text;
    const named = (article === 'the' || article === 'The') && capitalised(tokens[noun + 1]?.text ?? '');
    if (!INDEFINITE.has(article) && !named) return;
    if (!isListedTown(ctx, tokens, f, e)) return;
    span.type = 'LOC';
  });
}

/** What a firm says "it" does, right after "it": a verb of business, not of a state ("would be", "had been"). */
const FIRM_WILL = new Set([
  'would',
  'will',
  'had',
  'has',
  'plans',
  'planned',
  'expects',
  'expected',
  'aims',
  'intends',
]);
const STATE_VERBS = new Set(['be', 'been']);

/**
 * "Velkom/PER said on Monday it would cut 500 jobs", "Velkom/PER said its profit rose" -> ORG: one word
 * on no list of people's names, read as a person, that says "it" will do something or speaks of "its"
 * profit, is a firm: a person says "he", "she" or "I". Not "it would be" or "it had been", which says
 * what a thing is ("Velkom said it would be a mistake").
 */
export function retypeFirmsSayingIt(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if (span.type !== 'PER' || tokens[f].end !== span.end || tokens[f + 1]?.text !== 'said') return;
    if (ctx.gazetteer.word(tokens[f].text.toLowerCase()) & PERSON_NAME_BITS) return;
    let i = f + 2;
    // "said on Monday it", "said in a statement that it".
    if (tokens[i]?.text === 'on' && isWeekday(tokens[i + 1]?.text ?? '')) i += 2;
    else if (tokens[i]?.text === 'in' && tokens[i + 1]?.text === 'a' && tokens[i + 2]?.text === 'statement') i += 3;
    if (tokens[i]?.text === 'that') i++;
    const word = tokens[i]?.text;
    const acts =
      word === 'it' && FIRM_WILL.has(tokens[i + 1]?.text ?? '') && !STATE_VERBS.has(tokens[i + 2]?.text ?? '');
    if (word === 'its' || acts) span.type = 'ORG';
  });
}

/** People whose employer is named after "at" in markets news ("analysts at Velkbank said"). */
const FIRM_STAFF = new Set(['analysts', 'economists', 'strategists', 'brokers', 'bankers']);

/**
 * "Analysts at Velkbank/LOC said", "economists at Harl Tarnsen/PER" -> ORG: capitalised words after
 * "analysts at", "economists at" or "strategists at" name the firm they work for, which markets news
 * names without saying what it is; whether the tagger left them out or read a place or person. The
 * same tests as `tagTradedCompanies`: not a listed place or person ("traders at Tarnby" may be the
 * town), a continent, nationality, month or ordinary word.
 */
export function tagFirmsAfterStaff(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].text !== 'at' || !FIRM_STAFF.has(tokens[i].text.toLowerCase())) continue;
    tagCompanyAt(ctx, tokens, tags, spans, first, tokens[i + 2].text === 'the' ? i + 3 : i + 2);
  }
}

/** Last words of a share index's name ("Dow Jones Industrial Average", "Shanghai Composite", "Straits Times Index"). */
const INDEX_ENDINGS = new Set(['Average', 'Composite', 'Index']);

/** Lower-case nouns after a share index's name ("the Velk 225 index"). */
const INDEX_NOUNS = new Set(['index', 'indices']);
/** Words before "average" that make it a share index's ("the Velk share average"); "the EU average" is no index. */
const AVERAGE_KINDS = new Set(['share', 'stock', 'industrial']);
const ORG_WORD_BIT = bit('orgWord');

/**
 * "the Velk Industrial Average/PER" -> MISC: a name of two words or more ending in "Average",
 * "Composite" or "Index" is a share index (or another index: "Human Development Index"), a product
 * of its publisher, as the gold sets type the FTSE 100; the tagger reads it by its first words. So is
 * a name right before "index", or before "share", "stock" or "industrial" and "index" or "average"
 * ("the Hang Seng/LOC index", "the Velk 225/LOC share average", "the Velk/ORG 600 index" with its
 * number), and one right after a lower-case "benchmark" ("the benchmark Velkpi/LOC closed"); not a
 * body's name ending in its word ("the Tarnian Stock Exchange index"), nor a name before "average"
 * alone ("below the EU average").
 */
export function retypeShareIndices(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    let e = tokenEnd(tokens, first[k], spans[k]);
    // The index's number the tagger left out ("the Velk/ORG 600 index").
    if (
      /^\d+$/.test(tokens[e]?.text ?? '') &&
      beforeIndexNoun(tokens, e + 1) &&
      spans[k + 1]?.start !== tokens[e].start
    )
      spans[k].end = tokens[e++].end;
    if (e - 1 > first[k] && INDEX_ENDINGS.has(tokens[e - 1].text)) spans[k].type = 'MISC';
    else if (beforeIndexNoun(tokens, e) || tokens[first[k] - 1]?.text === 'benchmark') {
      if (!(ctx.gazetteer.word(tokens[e - 1].text.toLowerCase()) & ORG_WORD_BIT)) spans[k].type = 'MISC';
    }
  }
}

/** Whether "index" stands at token `i`, or "share", "stock" or "industrial" and "index" or "average". */
function beforeIndexNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text;
  return (
    INDEX_NOUNS.has(tokens[i]?.text) ||
    (AVERAGE_KINDS.has(tokens[i]?.text) && (next === 'average' || INDEX_NOUNS.has(next)))
  );
}
