import { mix } from './hash';

/** Small words that may join two capitalised words into one name ("Bank of England", "AT & T"). */
export const CONNECTORS = new Set(['of', '&', 'for', 'de', 'du', 'del', 'der', 'van', 'von']);

/**
 * Per-token values the run features need, one entry per token: whether it counts as capitalised in
 * this sentence (`capLike`), whether it is a connector, and its lower-cased form's hash and name-list bits.
 */
interface RunWords {
  capLike: ArrayLike<number>;
  connector: ArrayLike<number>;
  hLower: ArrayLike<number>;
  gaz: ArrayLike<number>;
}

export const RUN_FEATURES = 4;

/**
 * The buckets features 29 and 30 (the run's last and first words) take when they hold no word: for a
 * token outside any run, and for a run of one word (whose identity is a feature of its own). Shared by
 * most tokens, they are not word features.
 */
export function wordlessRunBuckets(hashBits: number): number[] {
  const shift = 32 - hashBits;
  return [mix(29, 0) >>> shift, mix(30, 0) >>> shift, mix(29, 0, 1) >>> shift, mix(30, 0, 1) >>> shift];
}

/**
 * Features of the capitalised run (maximal stretch of capitalised words, possibly joined by a
 * connector) each token sits in: its length and the token's position in it, and the run's first
 * and last words. A name's head word ("... Airlines", "... Records", "University of ...") types
 * the whole run, also for names never seen in training. Writes RUN_FEATURES values per token
 * at `out[i * stride + offset]`, and in `inRun[i]` whether token i is in a run. In a capitalised
 * headline every word is capitalised, so there `capLike` counts only words that are not common
 * lower-case words.
 */
export function runFeatures(
  n: number,
  words: RunWords,
  capsSentence: number,
  out: Uint32Array,
  stride: number,
  offset: number,
  shift: number,
  inRun?: Uint8Array,
): void {
  const { capLike, connector, hLower, gaz } = words;
  const outside0 = mix(28, 0) >>> shift;
  const outside1 = mix(29, 0) >>> shift;
  const outside2 = mix(30, 0) >>> shift;
  const outside3 = mix(31, 0) >>> shift;
  let i = 0;
  while (i < n) {
    if (capLike[i] === 0) {
      const o = i * stride + offset;
      out[o] = outside0;
      out[o + 1] = outside1;
      out[o + 2] = outside2;
      out[o + 3] = outside3;
      if (inRun) inRun[i] = 0;
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && (capLike[e] === 1 || (connector[e] === 1 && e + 1 < n && capLike[e + 1] === 1))) e++;
    const len = e - i > 5 ? 5 : e - i;
    const first = i;
    const head = e - 1;
    for (let k = i; k < e; k++) {
      const pos = e - i === 1 ? 1 : k === i ? 2 : k === e - 1 ? 4 : 3;
      const o = k * stride + offset;
      if (inRun) inRun[k] = 1;
      out[o] = mix(28, len * 8 + pos, capsSentence + 1) >>> shift;
      // A single word's identity is already a feature of its own.
      out[o + 1] = mix(29, len > 1 ? hLower[head] : 0, pos) >>> shift;
      out[o + 2] = mix(30, len > 1 ? hLower[first] : 0, pos) >>> shift;
      out[o + 3] = mix(31, mix(gaz[head] + 1, gaz[first] + 1), len) >>> shift;
    }
    i = e;
  }
}
