import { Gazetteer } from '../../src/core/ner/gazetteer';
import { WordClusters } from '../../src/core/ner/clusters';
import { EntityModel, TAG_COUNT } from '../../src/core/ner/model';

/** Hash bits of the fixture model: small, since it only ever holds what a test taught it. */
const HASH_BITS = 14;
/**
 * The fixture model's lean towards "no name", on the bias feature (bucket 0, which learning leaves as it
 * is): a word reads as a name only when several of the features the tests taught agree, so that the
 * other tests' sidecars, which teach a little of everything, do not make every word a name.
 */
const NO_NAME_BIAS = 32;

/**
 * The model the editor tests let the workspace adapt, in place of the shipped one: it knows nothing (no
 * name lists, every weight and transition zero but the lean above), so whatever it reads comes from the
 * labels the tests made, and no test depends on what a retrained shipped model says. Learning is off in
 * the fixture workspace (`.vscode/settings.json`); the learning tests switch it on.
 */
export function untrainedModel(): EntityModel {
  const weights = new Int8Array((1 << HASH_BITS) * TAG_COUNT);
  weights[0] = NO_NAME_BIAS;
  return {
    ctx: { hashBits: HASH_BITS, gazetteer: new Gazetteer({}), lowerWords: new Set(), clusters: WordClusters.empty() },
    weights,
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    info: { fixture: 'untrained' },
  };
}
