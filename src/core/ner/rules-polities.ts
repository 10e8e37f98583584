/**
 * A state's or a region's body named with its state or region after "of the", as official names and
 * news translated into English give them ("Police of the Velk Republic", "Supreme Court of the United
 * States", "Arbitration Court of the Velk Oblast").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { capitalised, dropSpans, spansWithin, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { categoryBit as bit } from './gazetteer';
import { holdsBodyHead } from './rules-bodies';
import { COMPANY_ENDINGS } from './nameHeads';
import { listedPhrase, namesListedPlaceOrTown } from './rules-listed';

const COUNTRY_BIT = bit('country');
const DEMONYM_BIT = bit('demonym');
/** Last words of states' names that take "the" ("the Russian Federation", "the Velk Republic"). */
const STATE_NOUNS = new Set(['republic', 'federation', 'kingdom', 'emirates', 'states', 'union']);
/** Last words of regions' official names that take "the" ("the Velk Region", "the Velk Oblast"). */
const REGION_NOUNS = new Set(['region', 'oblast', 'province', 'krai', 'territory', 'governorate', 'prefecture']);

/**
 * "National Institute/ORG of the Velk Republic/LOC" -> one ORG: a body's name holding its head noun,
 * then "of the" and a state's name (a listed country, a listed place ending in "Republic",
 * "Federation" and the like, a union of states: "Court of Justice of the European Union", or a
 * region's official name: "the Velk Oblast"), is one name: the state owns the body. Not a firm, whose
 * name holds no head noun or ends in its legal form ("Velk Chemical Co of the United States" is the
 * firm and where it is).
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
    const within = end < 0 ? undefined : spansWithin(spans, tokens[s].start, tokens[end - 1].end);
    // The tagger may have read the state's name in parts, as a body too ("Velkan/MISC Federation/ORG").
    if (!within || spans.slice(within[0], within[1]).some(x => x.type === 'PER')) continue;
    if (!holdsBodyHead(ctx, tokens, first[k], e)) continue;
    a.end = tokens[end - 1].end;
    dropSpans(spans, first, within);
  }
}

/**
 * One past a state's name of one to four capitalised words at token s (a listed country, a listed place
 * named as a state, a nationality's union of states: "European Union", or a listed place or town and a
 * region's noun: "Velk Oblast"), or -1.
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
    const last = tokens[to - 1].text.toLowerCase();
    if (to - s > 1 && STATE_NOUNS.has(last) && ctx.gazetteer.isListedPlace(phrase)) return to;
    if (to - s > 1 && REGION_NOUNS.has(last) && namesListedPlaceOrTown(ctx.gazetteer, tokens, s, tokens[to - 2].end))
      return to;
  }
  return -1;
}
