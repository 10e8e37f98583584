import { Gazetteer } from '../../src/core/ner/gazetteer';
import { EntityModel, TAG_COUNT } from '../../src/core/ner/model';

/** Hash bits of the fixture model: small, since it only ever holds what a test taught it. */
const HASH_BITS = 14;

/**
 * The model the editor tests let the workspace adapt, in place of the shipped one: it knows nothing (every
 * weight and transition zero, no name lists), so whatever it reads comes from the corrections a test made,
 * and no test depends on what a retrained shipped model says. Learning is off in the fixture workspace
 * (`.vscode/settings.json`); the learning tests switch it on.
 */
export function untrainedModel(): EntityModel {
  return {
    ctx: { hashBits: HASH_BITS, gazetteer: new Gazetteer({}), lowerWords: new Set() },
    weights: new Int8Array((1 << HASH_BITS) * TAG_COUNT),
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    info: { fixture: 'untrained' },
  };
}
