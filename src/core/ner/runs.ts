import { mix } from './hash';

/** Small words that may join two capitalised words into one name ("Bank of England", "AT & T"). */
const CONNECTORS = new Set(['of', '&', 'for', 'de', 'du', 'del', 'der', 'van', 'von']);

/** Per-word values the run features need (a subset of the cached word info). */
interface RunWord {
  lower: string;
  hLower: number;
  gaz: number;
  cap: number;
  hasCase: number;
  commonLower: number;
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
 * at `out[i * stride + offset]`.
 */
export function runFeatures(
  words: RunWord[],
  capsSentence: number,
  out: Uint32Array,
  stride: number,
  offset: number,
  shift: number,
): void {
  const n = words.length;
  // In a capitalised headline every word is capitalised: count only words that are not common lower-case words.
  const capLike = (i: number) =>
    capsSentence ? words[i].hasCase === 1 && words[i].commonLower === 0 : words[i].cap === 1;
  let i = 0;
  while (i < n) {
    if (!capLike(i)) {
      const o = i * stride + offset;
      for (let k = 0; k < RUN_FEATURES; k++) out[o + k] = mix(28 + k, 0) >>> shift;
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && (capLike(e) || (CONNECTORS.has(words[e].lower) && e + 1 < n && capLike(e + 1)))) e++;
    const len = e - i > 5 ? 5 : e - i;
    const first = words[i];
    const head = words[e - 1];
    for (let k = i; k < e; k++) {
      const pos = e - i === 1 ? 1 : k === i ? 2 : k === e - 1 ? 4 : 3;
      const o = k * stride + offset;
      out[o] = mix(28, len * 8 + pos, capsSentence + 1) >>> shift;
      // A single word's identity is already a feature of its own.
      out[o + 1] = mix(29, len > 1 ? head.hLower : 0, pos) >>> shift;
      out[o + 2] = mix(30, len > 1 ? first.hLower : 0, pos) >>> shift;
      out[o + 3] = mix(31, mix(head.gaz + 1, first.gaz + 1), len) >>> shift;
    }
    i = e;
  }
}
