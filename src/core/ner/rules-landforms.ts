import { Token } from '../text/tokenize';
import { Span } from '../types';
import { FeatureContext } from './features';
import { Gazetteer } from './gazetteer';
import { BODY_BITS } from './rules-bodies';
import { namesBody } from './rules-foreign';
import { titleCase } from './rules-people';
import { listedPhrase } from './rules-listed';
import { addName, capitalised, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';
import { nationality } from './rules-national';

/** English words that open the names of rivers and mountains ("River Ouse", "Mount Ararat", "Mt. Tarvel"). */
const LANDFORM_OPENINGS = new Set(['River', 'Mount', 'Mt.', 'Mt']);

/**
 * "the River Lenn/ORG", "Mount Tarvel/ORG", "the River Lee/PER" -> LOC: a name of two or three words
 * opened by "River" or "Mount" is the river or mountain, which the tagger read as a body (CoNLL's club
 * "River Plate" taught it so) or, with a surname after the word, as a person. A river's name comes
 * after "the" ("River Phoenix" is a person). Not a listed body or team, nor a name with a body's word,
 * a company's ending or an everyday word in it ("Mount Tarvel Hospital", "the River Cats").
 */
export function retypeRiversAndMountains(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if ((spans[k].type !== 'ORG' && spans[k].type !== 'PER') || !LANDFORM_OPENINGS.has(tokens[f].text)) continue;
    // A river takes "the"; a club named after one does not ("River Plate beat ...").
    if (tokens[f].text === 'River' && tokens[f - 1]?.text.toLowerCase() !== 'the') continue;
    const e = tokenEnd(tokens, f, spans[k]);
    if (e - f < 2 || e - f > 3) continue;
    let plain = true;
    for (let i = f + 1; i < e; i++)
      if (!titleCase(tokens[i].text) || ctx.lowerWords.has(tokens[i].text.toLowerCase())) plain = false;
    if (!plain || namesBody(ctx, tokens, f + 1, e)) continue;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, spans[k].end);
    // Listed bodies and teams that open so ("River Plate").
    if (bits & BODY_BITS || ctx.gazetteer.isListedBody(phrase)) continue;
    spans[k].type = 'LOC';
  }
}

/** The nouns after which a sea's adjective alone names the sea ("the Caspian Sea" -> "the Caspian"). */
const SEA_NOUNS = ['sea', 'ocean'];

/** Whether a lower-cased word with "sea" or "ocean" after it is a listed place ("caspian"). */
const namesSea = (gazetteer: Gazetteer, lower: string): boolean =>
  SEA_NOUNS.some(noun => gazetteer.isListedPlace(`${lower} ${noun}`));

/** The adjective of a listed sea, as a cue: `tagSeasNamedAlone` acts only on a sentence with one. */
export const SEA_ADJECTIVE_CUE: RuleCue = {
  test: (text, lower, gazetteer) => capitalised(text) && namesSea(gazetteer, lower),
};

/** Words that end a noun phrase: what follows "the Caspian" when it names the sea, not a region of it. */
const AFTER_A_SEA = new Set([
  ...['and', 'or', 'but', 'in', 'on', 'to', 'from', 'by', 'with', 'at', 'of', 'for', 'near', 'off', 'into'],
  ...['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'where', 'which', 'that', 'as'],
]);

/**
 * "tankers crossing the Caspian/MISC were delayed" -> LOC: "the" and one capitalised word that, with
 * "Sea" or "Ocean" after it, is a listed place, is that sea when its noun phrase ends there (a mark, a
 * preposition, a conjunction or a verb after it), whatever the tagger read it as: news drops the noun
 * for seas its readers know ("the Baltic", "the Adriatic"). Not before a noun ("the Caspian region", "the
 * Baltic states"), where the word is an adjective, nor a people's name ("the Irish", who have an Irish
 * Sea) or an everyday word ("the Black", "the Salt and Verde Rivers").
 */
export function tagSeasNamedAlone(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  let k = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1].text.toLowerCase() !== 'the' || !capitalised(tokens[i].text)) continue;
    const next = tokens[i + 1].text;
    if (!AFTER_A_SEA.has(next) && !/^\p{P}$/u.test(next)) continue;
    const lower = tokens[i].text.toLowerCase();
    if (ctx.lowerWords.has(lower) || nationality(ctx, tokens[i])) continue;
    if (!namesSea(ctx.gazetteer, lower)) continue;
    while (k < spans.length && spans[k].end <= tokens[i].start) k++;
    const span = spans[k];
    if (span && span.start < tokens[i].end) {
      if (span.start === tokens[i].start && span.end === tokens[i].end) span.type = 'LOC';
    } else addName(tokens, tags, spans, first, i, i + 1, 'LOC');
  }
}
