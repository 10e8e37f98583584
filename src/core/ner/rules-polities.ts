/**
 * A state's body named with its state after "of the", as official names and news translated into
 * English give them ("Police of the Velk Republic", "Supreme Court of the United States").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { capitalised, dropSpans, spansWithin, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { isBodyHead } from './rules-bodies';
import { COMPANY_ENDINGS } from './nameHeads';
import { listedPhrase } from './rules-listed';

const COUNTRY_BIT = bit('country');
const DEMONYM_BIT = bit('demonym');
/** Last words of states' names that take "the" ("the Russian Federation", "the Velk Republic"). */
const STATE_NOUNS = new Set(['republic', 'federation', 'kingdom', 'emirates', 'states', 'union']);

/**
 * "National Institute/ORG of the Velk Republic/LOC" -> one ORG: a body's name holding its head noun,
 * then "of the" and a state's name (a listed country, a listed place ending in "Republic",
 * "Federation" and the like, or a union of states: "Court of Justice of the European Union"), is one
 * name: the state owns the body. Not a firm, whose name holds no head noun or ends in its legal form
 * ("Velk Chemical Co of the United States" is the firm and where it is).
 */
export function joinBodiesOfStates(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    if (a.type !== 'ORG') continue;
    const e = tokenEnd(tokens, first[k], a);
    const s = e + 2;
    if (tokens[e]?.text !== 'of' || tokens[e + 1]?.text !== 'the' || first[k + 1] !== s) continue;
    if (COMPANY_ENDINGS.has(tokens[e - 1].text.toLowerCase())) continue;
    const end = stateEnd(ctx, tokens, s);
    // The tagger may have read the state's name in parts ("Czech/MISC Republic/LOC"), and a union of
    // states as a body.
    const within = end < 0 ? undefined : spansWithin(spans, tokens[s].start, tokens[end - 1].end);
    const union = tokens[end - 1]?.text === 'Union';
    if (!within || spans.slice(within[0], within[1]).some(x => x.type === 'PER' || (x.type === 'ORG' && !union)))
      continue;
    let head = first[k];
    while (head < e && !isBodyHead(ctx, tokens, head)) head++;
    if (head === e) continue;
    a.end = tokens[end - 1].end;
    dropSpans(spans, first, within);
  }
}

/**
 * One past a state's name of one to four capitalised words at token s (a listed country, a listed place
 * named as a state, or a nationality's union of states: "European Union"), or -1.
 */
function stateEnd(ctx: FeatureContext, tokens: Token[], s: number): number {
  let run = s;
  while (run < s + 4 && run < tokens.length && capitalised(tokens[run].text)) run++;
  for (let to = run; to > s; to--) {
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, s, tokens[to - 1].end);
    if (bits & COUNTRY_BIT) return to;
    if (
      to - s === 2 &&
      tokens[to - 1].text === 'Union' &&
      ctx.gazetteer.word(tokens[s].text.toLowerCase()) & DEMONYM_BIT
    )
      return to;
    if (to - s > 1 && STATE_NOUNS.has(tokens[to - 1].text.toLowerCase()) && ctx.gazetteer.isListedPlace(phrase))
      return to;
  }
  return -1;
}
