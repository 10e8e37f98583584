/** A ministry's name goes on over its portfolio: "Ministry of the Interior", "Department for Energy". */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { dropSpans, spansWithin, tokenEnd } from './spanTokens';
import { isPortfolioWord } from './rules-titles';

/** Heads of a government's departments, which name their portfolio after "of" or "for". */
const DEPARTMENT_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Directorate', 'Office']);

/**
 * "the Velmark State Ministry/ORG of the Interior/LOC" -> one body: a body's name ending in a
 * department's head, then "of" or "for" (and "the"), then capitalised words of a government's
 * portfolios joined by "and" ("Interior", "Foreign Affairs", "Health and Social Care"), is one name,
 * whatever the tagger made of the portfolio (a place, "Interior", or nothing). News names a region's or a
 * state's ministries so, and the short heads `joinOfNames` reads miss them ("Saxon State Ministry").
 */
export function joinMinistryPortfolios(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], span);
    if (!DEPARTMENT_HEADS.has(tokens[e - 1].text) || (tokens[e]?.text !== 'of' && tokens[e]?.text !== 'for')) continue;
    const from = tokens[e + 1]?.text === 'the' ? e + 2 : e + 1;
    let to = from;
    while (to < tokens.length && isPortfolioWord(tokens[to].text)) {
      to++;
      if (tokens[to]?.text === 'and' && isPortfolioWord(tokens[to + 1]?.text ?? '')) to++;
    }
    if (to === from) continue;
    const within = spansWithin(spans, tokens[from].start, tokens[to - 1].end);
    if (!within || within[0] !== k + 1 || spans.slice(within[0], within[1]).some(s => s.type === 'PER')) continue;
    span.end = tokens[to - 1].end;
    dropSpans(spans, first, within);
  }
}
