import { Token } from '../text/tokenize';
import { Span } from '../types';
import { FeatureContext } from './features';
import { BODY_BITS } from './rules-bodies';
import { namesBody } from './rules-foreign';
import { titleCase } from './rules-people';
import { listedPhrase } from './rules-listed';
import { tokenEnd } from './spanTokens';

/** English words that open the names of rivers and mountains ("River Ouse", "Mount Ararat", "Mt. Tarvel"). */
const LANDFORM_OPENINGS = new Set(['River', 'Mount', 'Mt.', 'Mt']);

/**
 * "the River Lenn/ORG", "Mount Tarvel/ORG" -> LOC: a name of two or three words opened by "River" or
 * "Mount" is the river or mountain, which the tagger read as a body (CoNLL's club "River Plate" taught
 * it so). A river's name comes after "the". Not a listed body or team, nor a name with a body's word,
 * a company's ending or an everyday word in it ("Mount Tarvel Hospital", "the River Cats").
 */
export function retypeRiversAndMountains(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'ORG' || !LANDFORM_OPENINGS.has(tokens[f].text)) continue;
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
