import { FEATURES_PER_TOKEN } from './features';
import { TAG_COUNT, TAGS } from './model';

const T = TAG_COUNT;

/** I-X may only follow B-X or I-X (tags are O, then B/I pairs per type). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

/** The tag of a person's name continued. */
export const I_PER = TAGS.indexOf('I-PER');
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the decoder must not read word `i` inside a person's name, so that it reads what follows on
 * its own: "and" joins two names, and "of" after a given name and surname says where the person is
 * from ("Ann Lee of the FTU"). The model learned to read both inside names from a few training names and
 * produced "Ann Lee of the FTU" or "Ann Lee and Bo Chan" as one person. A single name before "of" is left
 * to the model ("Joan of Arc").
 */
function breaksPersonName(wordAt: (i: number) => string, i: number): boolean {
  const word = wordAt(i);
  if (word === 'and') return i > 0;
  return word === 'of' && i >= 2 && CAPITALISED.test(wordAt(i - 1)) && CAPITALISED.test(wordAt(i - 2));
}

/**
 * Rules out, in a sentence's emission scores, reading inside a person's name the words that break one
 * (`breaksPersonName`), except where `keep(i)` says the reading is wanted (a user's item).
 */
export function ruleOutPersonBreaks(
  emit: Float64Array,
  n: number,
  wordAt: (i: number) => string,
  keep: (i: number) => boolean = () => false,
): void {
  for (let i = 1; i < n; i++) if (breaksPersonName(wordAt, i) && !keep(i)) emit[i * T + I_PER] = -Infinity;
}

/** Adds up per-tag emission scores of every token: out[i * T + tag]. */
export function emissions(feats: Uint32Array, n: number, weights: ArrayLike<number>, out: Float64Array): void {
  if (T !== 9) {
    out.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
        const b = feats[i * FEATURES_PER_TOKEN + k] * T;
        for (let t = 0; t < T; t++) out[o + t] += weights[b + t];
      }
    }
    return;
  }
  // Nine tags: sums kept in locals rather than read and written back per feature. The same
  // additions in the same order, so the same scores.
  for (let i = 0; i < n; i++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    const f = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const b = feats[f + k] * 9;
      s0 += weights[b];
      s1 += weights[b + 1];
      s2 += weights[b + 2];
      s3 += weights[b + 3];
      s4 += weights[b + 4];
      s5 += weights[b + 5];
      s6 += weights[b + 6];
      s7 += weights[b + 7];
      s8 += weights[b + 8];
    }
    const o = i * 9;
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
    out[o + 7] = s7;
    out[o + 8] = s8;
  }
}

let score = new Float64Array(256 * T);
let back = new Uint8Array(256 * T);

/** A transition table ((T + 1) rows, row T = sentence start) with forbidden BIO moves set to -Infinity. */
export function constrain(transitions: ArrayLike<number>): Float64Array {
  const table = new Float64Array((T + 1) * T);
  for (let p = 0; p <= T; p++)
    for (let t = 0; t < T; t++) table[p * T + t] = allowed(p, t) ? transitions[p * T + t] : -Infinity;
  return table;
}

/**
 * Best BIO tag sequence under emission + transition scores (first-order Viterbi). `trans` comes
 * from `constrain` (moves `allowed` forbids are skipped, not scored).
 */
export function viterbi(emit: Float64Array, n: number, trans: Float64Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // Scratch buffers reused across calls (decoding is synchronous, so never shared mid-call).
  if (score.length < n * T) {
    score = new Float64Array(n * T * 2);
    back = new Uint8Array(n * T * 2);
  }
  for (let t = 0; t < T; t++) score[t] = emit[t] + trans[T * T + t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      // I-X may only follow B-X or I-X: every other move scores -Infinity and never wins, so only
      // those two are tried (in the same order, so ties resolve as before).
      const from = t === 0 || t % 2 === 1 ? 0 : t - 1;
      const to = t === 0 || t % 2 === 1 ? T : t + 1;
      for (let p = from; p < to; p++) {
        const s = score[prev + p] + trans[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emit[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (score[(n - 1) * T + t] > best) {
      best = score[(n - 1) * T + t];
      tags[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
