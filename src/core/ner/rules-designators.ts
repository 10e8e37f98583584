/** Names that run on over the words after them: a possessive of an ordinary word, a body's word or legal form. */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, tokenEnd } from './spanTokens';
import { COMPANY_ENDINGS, WRITTEN_LEGAL_FORMS } from './nameHeads';
import { FeatureContext } from './features';
import { isBodyHead, isBodyHeadWord } from './rules-bodies';
import type { RuleCue } from './ruleCues';

/**
 * "Democratic People/ORG 's Republic of Korea/LOC" -> one LOC: a possessive joins two names when the
 * word before it is an ordinary word ("People's", "Women's", "Children's"), not a name (as in
 * "Britain's Labour Party"). The joined name takes the type of its second part, the head. Not a
 * body's head word ending a name of two words or more: that body owns the second name ("the Tarnby
 * Exchange's Velk board", as `splitPlacePossessives` split it).
 */
export function joinCommonPossessives(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const common = ctx.lowerWords;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    const f = first[k + 1];
    if (f < 2 || !/^['’][sS]$/.test(tokens[f - 1].text) || tokens[f - 2].end !== a.end) continue;
    if (tokens[f - 1].start !== a.end || tokens[f - 1].end + 1 < b.start) continue;
    if (!common.has(tokens[f - 2].text.toLowerCase())) continue;
    if (f - 2 > first[k] && isBodyHead(ctx, tokens, f - 2)) continue;
    a.type = b.type;
    absorbFollowing(spans, first, k);
    k--;
  }
}

/** Legal forms as written, capitals and all ("SRL", "GmbH"), with or without a final stop. */
const WRITTEN_FORMS: ReadonlySet<string> = new Set(WRITTEN_LEGAL_FORMS);

/** `extendByDesignator` acts only on a sentence with a company's ending, a legal form or a body's head word. */
export const DESIGNATOR_CUE: RuleCue = {
  words: [...COMPANY_ENDINGS, ...WRITTEN_FORMS, ...[...WRITTEN_FORMS].map(form => `${form}.`)],
  test: isBodyHeadWord,
};

/**
 * "Joss Harl/PER Band" -> "Joss Harl Band/ORG", "Leeds/LOC United" -> ORG: capitalised
 * organisation words the model left untagged right after a person or place name make it a body.
 * After a body, only a company's ending is its name's ("Tarnhof/ORG Re", a reinsurer), or a legal form
 * as written, lower-case ones too ("Velk Kapital/ORG a.s."); after a person or place, a legal form is
 * too ("Drumvel Carpati/PER SRL").
 */
export function extendByDesignator(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const writtenForm = (i: number) => WRITTEN_FORMS.has(tokens[i].text.replace(/\.$/, ''));
  const companyEnding = (i: number) =>
    (/^\p{Lu}/u.test(tokens[i].text) && COMPANY_ENDINGS.has(tokens[i].text.toLowerCase())) || writtenForm(i);
  const bodyWordOrForm = (i: number) => isBodyHead(ctx, tokens, i) || writtenForm(i);
  spans.forEach((span, k) => {
    if (span.type === 'MISC') return;
    const head = span.type === 'ORG' ? companyEnding : bodyWordOrForm;
    let e = tokenEnd(tokens, first[k], span);
    const start = e;
    while (e < tokens.length && tags[e] === 0 && head(e)) e++;
    if (e === start) return;
    span.end = tokens[e - 1].end;
    span.type = 'ORG';
  });
}

/** A legal form's part in dotted capitals ("S.A.", "C.V.", "S."). */
const DOTTED_FORM = /^(?:\p{Lu}\.)+$/u;

/**
 * "Velk Grijalva/ORG S.A. de C.V./LOC" -> "Velk Grijalva S.A. de C.V./ORG": dotted capitals joined by
 * "de" after a name are a Spanish-speaking country's company's legal form ("S.A. de C.V.", "S. de R.L."),
 * which the tagger reads as a name of its own or leaves out. Not a name running on past the form.
 */
export function joinSpanishLegalForms(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type === 'MISC') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    let j = e;
    while (
      DOTTED_FORM.test(tokens[j]?.text ?? '') &&
      tokens[j + 1]?.text === 'de' &&
      DOTTED_FORM.test(tokens[j + 2]?.text ?? '')
    )
      j += 2;
    if (j > e && extendOverSpans(spans, first, k, tokens[j].end)) spans[k].type = 'ORG';
  }
}

/** The bracketed word of South African, Indian, Pakistani and Bangladeshi companies' legal form: "(Pty) Ltd". */
export const BRACKETED_FORMS = new Set(['Pty', 'Pvt', 'Private', 'Proprietary']);

/**
 * "Velk Mines/ORG (Pty/ORG) Ltd/ORG" -> "Velk Mines (Pty) Ltd/ORG": a "(Pty) Ltd" or "(Pvt) Limited"
 * after a name is the company's legal form, written so in southern Africa and South Asia; the
 * tagger reads its words as names of their own.
 */
export function joinBracketedLegalForms(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type === 'MISC') continue;
    const e = tokenEnd(tokens, first[k], spans[k]);
    if (tokens[e]?.text !== '(' || !BRACKETED_FORMS.has(tokens[e + 1]?.text) || tokens[e + 2]?.text !== ')') continue;
    if (!/^(?:Ltd\.?|Limited)$/.test(tokens[e + 3]?.text ?? '')) continue;
    if (extendOverSpans(spans, first, k, tokens[e + 3].end)) spans[k].type = 'ORG';
  }
}

/**
 * Runs span k on to offset `end`, taking in the spans that lie wholly before it; false, changing
 * nothing, when a span runs across `end`. `first` is kept in step with `spans`.
 */
function extendOverSpans(spans: Span[], first: number[], k: number, end: number): boolean {
  let last = k + 1;
  while (last < spans.length && spans[last].end <= end) last++;
  if (last < spans.length && spans[last].start < end) return false;
  spans[k].end = end;
  spans.splice(k + 1, last - k - 1);
  first.splice(k + 1, last - k - 1);
  return true;
}
