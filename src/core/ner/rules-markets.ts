/**
 * Companies named where markets news trades them: "Shares in Velkom rose", "a stake in Harl & Sons".
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { addName, isNameWord, tagTokens, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit as bit } from './gazetteer';
import { CONTINENTS } from './rules-neighbours';

/** What is owned of a company, before "in" or "of". */
const HOLDINGS = new Set(['shares', 'stock', 'stake', 'stakes', 'shareholding', 'shareholders', 'stockholders']);
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
 * "Shares in Velkom/O rose", "a 10 percent stake in Harl/O Velkin/O", "Shares in Qantas/LOC" -> a
 * body: capitalised words right after "shares", "stock" or "stake" and "in" or "of" name a company,
 * as markets news names firms the tagger never saw, whether it left them out or read them as a place
 * or person. Not a listed place, continent, nationality or month ("shares in Europe", "shares in
 * European banks", "stock of March"), an everyday word, or words naming a kind ("shares in Tech firms").
 */
export function tagTradedCompanies(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  // A capitalised word, not a compound adjective ("France-registered").
  const free = (i: number) => i < n && tags[i] === 0 && isNameWord(tokens[i]);
  for (let i = 0; i + 2 < n; i++) {
    // Every holding word opens with an "s": that test before lower-casing.
    const c = tokens[i].text.charCodeAt(0);
    if ((c !== 115 && c !== 83) || (tokens[i + 1].text !== 'in' && tokens[i + 1].text !== 'of')) continue;
    if (!HOLDINGS.has(tokens[i].text.toLowerCase())) continue;
    const s = i + 2;
    const k = first.indexOf(s);
    if (k < 0 && !free(s)) continue;
    const lower = tokens[s].text.toLowerCase();
    if (ctx.gazetteer.word(lower) & NOT_A_COMPANY_BITS || ctx.lowerWords.has(lower) || CONTINENTS.has(lower)) continue;
    let e = s + 1;
    if (k >= 0) e = tokenEnd(tokens, s, spans[k]);
    else while (free(e) && e - s < MAX_WORDS) e++;
    if (e - s > MAX_WORDS || free(e) || (k >= 0 && spans[k].type !== 'PER' && spans[k].type !== 'LOC')) continue;
    // "shares in Velkan firms": a modifier of the kind of company, not a company.
    if (e < n && KINDS.has(tokens[e].text)) continue;
    if (listedPlaceOrPerson(ctx, tokens, s, e)) continue;
    if (k < 0) {
      addName(tokens, tags, spans, first, s, e, 'ORG');
      continue;
    }
    spans[k].type = 'ORG';
    tagTokens(tags, s, e, 'ORG');
  }
}

function listedPlaceOrPerson(ctx: FeatureContext, tokens: Token[], s: number, e: number): boolean {
  const phrase = tokens
    .slice(s, e)
    .map(t => t.text.toLowerCase())
    .join(' ');
  return (ctx.gazetteer.word(phrase) & LISTED_PLACE_OR_PERSON) !== 0 || ctx.gazetteer.isListedPlace(phrase);
}
