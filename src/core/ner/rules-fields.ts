/**
 * Bodies named for the fields they work in, listed with commas and "and" before the body's head word
 * ("Velk Roads and Civil Works Limited", "Tarnby State Parks and Garages Management Committee",
 * "Velland Medical Practitioners, Pharmacists and Dentists Union"): the tagger reads each field as a
 * name of its own.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { isBodyHead, listedBody } from './rules-bodies';
import { COMPANY_ENDINGS } from './nameHeads';
import { absorbFollowing, capitalised, tokenEnd } from './spanTokens';

/** Whether a capitalised word is an everyday word or its plural ("Roads", "Civil", "Pharmacists"). */
function everydayCapitalised(ctx: FeatureContext, text: string): boolean {
  if (!capitalised(text)) return false;
  const lower = text.toLowerCase();
  return ctx.lowerWords.has(lower) || (lower.endsWith('s') && ctx.lowerWords.has(lower.slice(0, -1)));
}

/**
 * "Velk Roads/LOC and Civil Works Limited/ORG" -> one body: names joined by commas and a last "and",
 * the last ending in a body's head word or a company's ending, the first of two words or more ending in
 * an everyday word that is no body's head word, and the others of everyday words only, are the fields
 * in one body's name. Not where any part is a listed body ("Velkom Systems and General Harl Co" names
 * two).
 */
export function joinFieldsBeforeHeads(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let j = 1; j < spans.length; j++) {
    const e = tokenEnd(tokens, first[j], spans[j]);
    const last = tokens[e - 1].text;
    if (!isBodyHead(ctx, tokens, e - 1) && !COMPANY_ENDINGS.has(last.toLowerCase())) continue;
    if (tokens[first[j] - 1]?.text !== 'and' || !fieldsOnly(ctx, tokens, first[j], e - 1)) continue;
    // Back over the fields before the "and", each one name set off by a comma.
    let k = j - 1;
    while (k > 0 && tokens[first[k] - 1]?.text === ',' && adjacent(tokens, spans, first, k - 1, k)) {
      if (!fieldsOnly(ctx, tokens, first[k], tokenEnd(tokens, first[k], spans[k]))) break;
      k--;
    }
    if (!adjacent(tokens, spans, first, k, k + 1)) continue;
    const f = first[k];
    const xe = tokenEnd(tokens, f, spans[k]);
    // The first part ends in a field, not in a head word of its own ("Velk Airlines and Harl Airlines").
    if (xe - f < 2 || !everydayCapitalised(ctx, tokens[xe - 1].text) || isBodyHead(ctx, tokens, xe - 1)) continue;
    if (spans[k].type === 'PER') continue;
    if (listedBody(ctx, tokens, f, xe) || listedBody(ctx, tokens, first[j], e)) continue;
    spans[k].type = 'ORG';
    absorbFollowing(spans, first, k, j - k);
    j = k;
  }
}

/** Whether tokens [from, to) are all capitalised everyday words. */
function fieldsOnly(ctx: FeatureContext, tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!everydayCapitalised(ctx, tokens[i].text)) return false;
  return true;
}

/** Whether spans k and k + 1 have only a comma or an "and" between them. */
function adjacent(tokens: Token[], spans: Span[], first: number[], k: number, next: number): boolean {
  const gap = first[next] - 1;
  return gap > 0 && (tokens[gap].text === ',' || tokens[gap].text === 'and') && tokens[gap - 1].end === spans[k].end;
}
