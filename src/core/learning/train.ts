import { I_PER, constrain, emissions, ruleOutPersonBreaks, viterbi } from '../ner/decode';
import { FEATURES_PER_TOKEN, LEXICAL_FEATURES, sentenceFeatures } from '../ner/features';
import { EntityModel, TAG_COUNT } from '../ner/model';
import { wordlessRunBuckets } from '../ner/runs';
import { TrainingSentence } from './windows';

const T = TAG_COUNT;
const F = FEATURES_PER_TOKEN;

/** How the update is learned. */
export interface LearningSettings {
  /** Passes over the user's sentences. */
  epochs: number;
  /** How far one mistake moves a weight, in the shipped model's int8 units. */
  step: number;
  /** Positions (in a token's feature list) of the features that are learned. */
  features: readonly number[];
  /** Largest change of one weight, in the same units. */
  cap: number;
}

/**
 * Chosen on data other than the reported test documents (see docs/data-card.md, "Learning from the
 * user"): the learning curve of CoNLL-2003 dev and the first 40 WikiGold documents split in two.
 */
export const DEFAULT_LEARNING: LearningSettings = { epochs: 6, step: 4, cap: 4, features: LEXICAL_FEATURES };

/**
 * A workspace's change to the shipped weights: a few thousand of the 4.7 million, as a list. It is
 * rebuilt from the sidecars whenever they change and never stored.
 */
export interface LearnedUpdate {
  /** The weight buckets the update changes, ascending. */
  readonly buckets: Uint32Array;
  /** The change of each bucket's weight per tag (buckets.length * TAG_COUNT), in the model's units. */
  readonly deltas: Float32Array;
  /** Sentences it was learned from. */
  readonly sentences: number;
}

export const NO_UPDATE: LearnedUpdate = { buckets: new Uint32Array(0), deltas: new Float32Array(0), sentences: 0 };

/** A training sentence with what does not change while learning worked out once. */
export interface PreparedSentence {
  readonly n: number;
  readonly feats: Uint32Array;
  /** Emission scores under the shipped weights (n * TAG_COUNT). */
  readonly base: Float64Array;
  /**
   * The reading learned towards: the shipped model's best reading within what the user's items allow.
   * The user's items say how their tokens read; the other tokens keep the reading the user saw and let
   * stand, so that learning from one name does not quietly change its neighbours.
   */
  readonly wanted: Uint8Array;
  readonly learnable: Uint8Array;
}

/** Features, shipped-weight scores and wanted reading of a sentence: the part of learning that depends only on its text. */
export function prepareSentence(model: EntityModel, sentence: TrainingSentence): PreparedSentence {
  const n = sentence.words.length;
  const feats = sentenceFeatures(sentence.words, model.ctx);
  const base = new Float64Array(n * T);
  emissions(feats, n, model.weights, base);
  // As the recogniser decodes, unless an item allows only a person's name continued there.
  ruleOutPersonBreaks(
    base,
    n,
    i => sentence.words[i],
    i => sentence.allowed[i] === 1 << I_PER,
  );
  const allowedOnly = base.slice();
  for (let i = 0; i < n; i++)
    for (let t = 0; t < T; t++) if (!(sentence.allowed[i] & (1 << t))) allowedOnly[i * T + t] = -Infinity;
  const wanted = viterbi(allowedOnly, n, constrain(model.transitions));
  return { n, feats, base, wanted, learnable: sentence.learnable };
}

/** Sentences learned between two yields of `learnSteps`. */
const SENTENCES_PER_STEP = 100;

/**
 * Structured averaged perceptron over the shipped weights, learning from partly labelled sentences:
 * each pass decodes a sentence twice, freely and within what the user's items allow, and where the
 * two differ moves the weights of the token's features towards the allowed reading. Tokens the user
 * said nothing about take the model's own reading in both, so they teach nothing. Deterministic: the
 * same sentences in the same order give the same update. A generator, so that a large workspace can
 * learn in slices; `learnUpdate` runs it to the end.
 */
export function* learnSteps(
  model: EntityModel,
  sentences: readonly PreparedSentence[],
  settings: LearningSettings = DEFAULT_LEARNING,
): Generator<void, LearnedUpdate, void> {
  if (sentences.length === 0) return NO_UPDATE;
  // Only the learned features' weights change: each sentence's are numbered densely, L per token.
  const learned = settings.features;
  const L = learned.length;
  const index = new Map<number, number>();
  // The run features that hold no word fire on most tokens alike: one id that never moves stands for them.
  const FROZEN = 0;
  const frozen = new Set(wordlessRunBuckets(model.ctx.hashBits));
  index.set(-1, FROZEN);
  const local = sentences.map(s => {
    const ids = new Uint32Array(s.n * L);
    for (let i = 0; i < s.n; i++) {
      for (let j = 0; j < L; j++) {
        const bucket = s.feats[i * F + learned[j]];
        if (frozen.has(bucket)) {
          ids[i * L + j] = FROZEN;
          continue;
        }
        let id = index.get(bucket);
        if (id === undefined) index.set(bucket, (id = index.size));
        ids[i * L + j] = id;
      }
    }
    return ids;
  });
  const w = new Float64Array(index.size * T);
  // Sum of step number * change, for the average over all steps without adding up every step.
  const acc = new Float64Array(index.size * T);
  const transitions = constrain(model.transitions);
  let emit = new Float64Array(64 * T);
  let step = 1;
  const { epochs, step: size, cap } = settings;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let s = 0; s < sentences.length; s++) {
      const { n, base, wanted, learnable } = sentences[s];
      const ids = local[s];
      if (emit.length < n * T) emit = new Float64Array(2 * n * T);
      emit.set(base);
      for (let i = 0; i < n; i++) {
        const e = i * T;
        for (let j = 0; j < L; j++) {
          const o = ids[i * L + j] * T;
          for (let t = 0; t < T; t++) emit[e + t] += w[o + t];
        }
      }
      const predicted = viterbi(emit, n, transitions);
      for (let i = 0; i < n; i++) {
        const good = wanted[i];
        const bad = predicted[i];
        if (good === bad || !learnable[i]) continue;
        for (let j = 0; j < L; j++) {
          if (ids[i * L + j] === FROZEN) continue;
          // Each weight moves by `size` within the cap; the change is booked for the average.
          const o = ids[i * L + j] * T;
          const up = w[o + good] + size > cap ? cap : w[o + good] + size;
          acc[o + good] += step * (up - w[o + good]);
          w[o + good] = up;
          const down = w[o + bad] - size < -cap ? -cap : w[o + bad] - size;
          acc[o + bad] += step * (down - w[o + bad]);
          w[o + bad] = down;
        }
      }
      step++;
      if (s % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    }
  }
  return averaged(index, w, acc, step, sentences.length);
}

function averaged(
  index: Map<number, number>,
  w: Float64Array,
  acc: Float64Array,
  steps: number,
  sentences: number,
): LearnedUpdate {
  const changed: number[] = [];
  for (const [bucket, id] of index) {
    for (let t = 0; t < T; t++) {
      if (w[id * T + t] - acc[id * T + t] / steps !== 0) {
        changed.push(bucket);
        break;
      }
    }
  }
  changed.sort((a, b) => a - b);
  const buckets = Uint32Array.from(changed);
  const deltas = new Float32Array(buckets.length * T);
  buckets.forEach((bucket, j) => {
    const id = index.get(bucket)!;
    for (let t = 0; t < T; t++) deltas[j * T + t] = w[id * T + t] - acc[id * T + t] / steps;
  });
  return { buckets, deltas, sentences };
}

/**
 * The shipped model with the update added to its weights (rounded to the int8 units the model uses,
 * and kept in their range). The shipped model is not changed; without an update it is returned as is.
 */
export function applyUpdate(model: EntityModel, update: LearnedUpdate): EntityModel {
  if (update.buckets.length === 0) return model;
  const weights = model.weights.slice();
  update.buckets.forEach((bucket, j) => {
    for (let t = 0; t < T; t++) {
      const v = Math.round(weights[bucket * T + t] + update.deltas[j * T + t]);
      weights[bucket * T + t] = v > 127 ? 127 : v < -127 ? -127 : v;
    }
  });
  return { ...model, weights, info: { ...model.info, learnedFrom: update.sentences } };
}
