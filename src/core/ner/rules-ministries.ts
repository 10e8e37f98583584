/**
 * A ministry's name goes on over its portfolio ("Ministry of the Interior", "Department for Energy"), and an
 * office's over its holder's title ("Office of the Information Commissioner").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { capitalised, dropSpans, spansWithin, tokenEnd } from './spanTokens';
import { isOfficeTitle } from './rules-people';
import { isPortfolioWord } from './rules-titles';

/** Heads of a government's departments, which name their portfolio after "of" or "for". */
const DEPARTMENT_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Directorate', 'Office']);

/**
 * "the Velmark State Ministry/ORG of the Interior/LOC" -> one body: a body's name ending in a
 * department's head, then "of" or "for" (and "the"), then capitalised words of a government's
 * portfolios joined by "and" ("Interior", "Foreign Affairs", "Health and Social Care"), is one name,
 * whatever the tagger made of the portfolio (a place, "Interior", or nothing). News names a region's or a
 * state's ministries so, and the short heads `joinOfNames` reads miss them ("Saxon State Ministry"). A
 * ministry's name read to its first portfolio goes on over "and" into the next ("Ministry of the
 * Interior/ORG and Kingdom Relations").
 */
export function joinMinistryPortfolios(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], span);
    let from: number;
    if (DEPARTMENT_HEADS.has(tokens[e - 1].text) && (tokens[e]?.text === 'of' || tokens[e]?.text === 'for'))
      from = tokens[e + 1]?.text === 'the' ? e + 2 : e + 1;
    else if (tokens[e]?.text === 'and' && endsInPortfolio(tokens, first[k], e)) from = e + 1;
    else {
      if (startHeadlessPortfolios(tokens, spans, first, k)) k--;
      continue;
    }
    const to = portfoliosEnd(tokens, from);
    if (to === from) continue;
    const within = spansWithin(spans, tokens[from].start, tokens[to - 1].end);
    if (!within || within[0] !== k + 1 || spans.slice(within[0], within[1]).some(s => s.type === 'PER')) continue;
    span.end = tokens[to - 1].end;
    dropSpans(spans, first, within);
  }
}

/**
 * "the Department of Trade and Industry/ORG" -> the whole: a body read as its last portfolios alone,
 * after untagged portfolios and "of" or "for" and a department's head, which may end the body before
 * it ("Velmark State Ministry/ORG of Trade and Industry/ORG"). Whether span k was joined to that body.
 */
function startHeadlessPortfolios(tokens: Token[], spans: Span[], first: number[], k: number): boolean {
  let head = first[k] - 1;
  while (head > 0 && (isPortfolioWord(tokens[head].text) || tokens[head].text === 'and')) head--;
  if (head > 0 && tokens[head].text === 'the') head--;
  if (head < 1 || (tokens[head].text !== 'of' && tokens[head].text !== 'for')) return false;
  head--;
  if (!DEPARTMENT_HEADS.has(tokens[head].text)) return false;
  const to = portfoliosEnd(tokens, tokens[head + 2].text === 'the' ? head + 3 : head + 2);
  const next = spans[k + 1];
  if (to < tokenEnd(tokens, first[k], spans[k]) || (next && next.start < tokens[to - 1].end)) return false;
  const previous = spans[k - 1];
  if (previous?.end === tokens[head].end && previous.type === 'ORG') {
    previous.end = Math.max(spans[k].end, tokens[to - 1].end);
    dropSpans(spans, first, [k, k + 1]);
    return true;
  }
  if (!previous || previous.end <= tokens[head].start) {
    spans[k].start = tokens[head].start;
    spans[k].end = Math.max(spans[k].end, tokens[to - 1].end);
    first[k] = head;
  }
  return false;
}

/** Whether the name from token `f` to `e` ends in a department's head, "of" or "for" and portfolios. */
function endsInPortfolio(tokens: Token[], f: number, e: number): boolean {
  let i = e - 1;
  while (i > f && isPortfolioWord(tokens[i].text)) i--;
  if (i === e - 1 || i <= f) return false;
  if (tokens[i].text === 'the') i--;
  return (tokens[i].text === 'of' || tokens[i].text === 'for') && DEPARTMENT_HEADS.has(tokens[i - 1]?.text ?? '');
}

/**
 * The token after the portfolios at `from`, capitalised and maybe joined by "and" ("Health and Social
 * Care"); a portfolio's word may follow one or two capitalised words that name its field ("Kingdom
 * Relations", "Indigenous Affairs").
 */
function portfoliosEnd(tokens: Token[], from: number): number {
  let to = from;
  for (let end = portfolioAt(tokens, to); end > to; end = portfolioAt(tokens, to)) {
    to = end;
    if (tokens[to]?.text === 'and' && portfolioAt(tokens, to + 1) > to + 1) to++;
  }
  return to;
}

/** The token after one portfolio at `i` (a portfolio's word, maybe after one or two capitalised words); `i` if none. */
function portfolioAt(tokens: Token[], i: number): number {
  for (let j = i; j < i + 3 && j < tokens.length; j++) {
    if (isPortfolioWord(tokens[j].text)) return j + 1;
    if (!capitalised(tokens[j].text)) return i;
  }
  return i;
}

/** Holders an office is named after, beside the office titles of `isOfficeTitle` ("Trade Representative"). */
const HOLDERS = new Set(['representative', 'ombudsman', 'prosecutor', 'registrar', 'auditor', 'advocate', 'inspector']);
/** Most capitalised words between "Office of the" and its holder's title. */
const MAX_HOLDER_WORDS = 5;

/**
 * "Office of the Velland/ORG Trade Representative", "Office/ORG of the Tarnian/MISC Information
 * Commissioner" -> one body: an office named after its holder runs from "Office of the" over the
 * capitalised words up to the holder's title, however the tagger read the words between (a country, a
 * nationality, nothing); not over a person's name.
 */
export function joinOfficesOfHolders(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'ORG' || tokens[f].text !== 'Office' || tokens[f + 1]?.text !== 'of') continue;
    if (tokens[f + 2]?.text !== 'the') continue;
    let title = -1;
    for (let i = f + 3; i < tokens.length && i <= f + 3 + MAX_HOLDER_WORDS && capitalised(tokens[i].text); i++)
      if (isHolder(tokens[i].text.toLowerCase())) title = i;
    // "Inspector General", "Auditor General".
    if (title > 0 && tokens[title + 1]?.text === 'General') title++;
    const e = tokenEnd(tokens, f, spans[k]);
    if (title < e) continue;
    const within = spansWithin(spans, tokens[e].start, tokens[title].end);
    if (!within || within[0] !== k + 1 || spans.slice(within[0], within[1]).some(s => s.type === 'PER')) continue;
    spans[k].end = tokens[title].end;
    dropSpans(spans, first, within);
  }
}

function isHolder(lower: string): boolean {
  return HOLDERS.has(lower) || isOfficeTitle(lower);
}
