import { constrain, emissions, viterbi } from '../core/ner/decode';
import { FEATURES_PER_TOKEN } from '../core/ner/features';
import { TAG_COUNT } from '../core/ner/model';

const T = TAG_COUNT;

/** One training sentence: hashed features (FEATURES_PER_TOKEN per token) and gold tag indices. */
export interface TrainSentence {
  feats: Uint32Array;
  gold: Uint8Array;
  /** Update size: below 1 for silver-labelled sources. */
  weight: number;
}

interface TrainedWeights {
  weights: Float32Array;
  transitions: Float32Array;
}

/** Small deterministic PRNG (mulberry32) so the same data and seed give the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Structured averaged perceptron: Viterbi-decode each sentence with the current weights and move
 * weights towards the gold sequence where they differ. Returns the averaged weights.
 */
export function trainPerceptron(
  data: TrainSentence[],
  hashBits: number,
  epochs: number,
  seed: number,
  log: (msg: string) => void = () => {},
): TrainedWeights {
  const size = (1 << hashBits) * T;
  const w = new Float32Array(size);
  const acc = new Float32Array(size); // sum of step * update, for lazy averaging
  const tw = new Float64Array((T + 1) * T);
  const tacc = new Float64Array((T + 1) * T);
  const order = data.map((_, i) => i);
  const random = seededRandom(seed);
  let emit = new Float64Array(1024 * T);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let tokens = 0;
    for (const idx of order) {
      const { feats, gold, weight } = data[idx];
      const n = gold.length;
      if (emit.length < n * T) emit = new Float64Array(n * T * 2);
      emissions(feats, n, w, emit);
      const pred = viterbi(emit, n, constrain(tw));
      tokens += n;
      for (let i = 0; i < n; i++) {
        const prevGold = i === 0 ? T : gold[i - 1];
        const prevPred = i === 0 ? T : pred[i - 1];
        if (gold[i] !== pred[i]) {
          wrong++;
          for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
            const b = feats[i * FEATURES_PER_TOKEN + k] * T;
            w[b + gold[i]] += weight;
            acc[b + gold[i]] += step * weight;
            w[b + pred[i]] -= weight;
            acc[b + pred[i]] -= step * weight;
          }
        }
        if (gold[i] !== pred[i] || prevGold !== prevPred) {
          tw[prevGold * T + gold[i]] += weight;
          tacc[prevGold * T + gold[i]] += step * weight;
          tw[prevPred * T + pred[i]] -= weight;
          tacc[prevPred * T + pred[i]] -= step * weight;
        }
      }
      step++;
    }
    log(`epoch ${epoch + 1}: token error ${((100 * wrong) / tokens).toFixed(2)}%`);
  }
  for (let i = 0; i < size; i++) w[i] -= acc[i] / step;
  const transitions = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) transitions[i] = tw[i] - tacc[i] / step;
  return { weights: w, transitions };
}

/**
 * Rounds weights to int8 with one scale, clipping the rare extreme weights; transitions are
 * returned in the same units so decoding can add them to summed int8 weights.
 */
export function quantise(trained: TrainedWeights): { weights: Int8Array; transitions: Float32Array } {
  const sample: number[] = [];
  for (let i = 0; i < trained.weights.length; i += 7)
    if (trained.weights[i] !== 0) sample.push(Math.abs(trained.weights[i]));
  sample.sort((a, b) => a - b);
  const clip = sample.length ? sample[Math.floor(sample.length * 0.9995)] : 1;
  const scale = clip / 127;
  const weights = new Int8Array(trained.weights.length);
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round(trained.weights[i] / scale);
    weights[i] = q > 127 ? 127 : q < -127 ? -127 : q;
  }
  const transitions = Float32Array.from(trained.transitions, x => x / scale);
  return { weights, transitions };
}
