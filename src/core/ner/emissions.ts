/**
 * Emission scores for decoding, added up from the model's weights without listing every feature.
 *
 * Decoding spends most of its time reading weight rows, and the table is larger than the processor's
 * nearer caches, so what matters is how many rows a token touches. A word's own features (0-7, 18,
 * 24, 25 and its clusters, 32-34) and the four that look at one neighbour's identity (8-11) depend on one word only: their
 * summed rows are kept per distinct word, in one contiguous record, so a token reads its own record
 * and its neighbours' (which the tokens around it read too) instead of fifteen scattered rows (see
 * wordTable.ts). Features that take only a few values on most tokens (position and case, name lists
 * when none is near, the run features outside a run) are summed in advance per value; the other
 * seven, which pair the token with a neighbour, are looked up per token. The weights are integers,
 * so the sums are exact whatever the order: the scores equal `emissions` over `sentenceFeatures`,
 * which a test checks.
 */
import type { Token } from '../text/tokenize';
import { isCapsSentence } from './features';
import { mix } from './hash';
import { RUN_FEATURES, runFeatures } from './runs';
import {
  AFTER,
  ALL_CAPS,
  BEFORE,
  CAP,
  COMMON_LOWER,
  CONNECTOR,
  FIXED_NONE,
  FIXED_OUTSIDE_RUN,
  FLAGS,
  GAZ,
  GAZ_LONGEST,
  H_LOWER,
  H_SHAPE,
  HAS_CASE,
  INFO,
  ROW,
  T,
  TWO_AFTER,
  TWO_BEFORE,
  WordTable,
  fixedNameLists,
  fixedPosition,
} from './wordTable';

/** Features looked up per token at most: 12-16, 20-23, 26, 27 and the four run features. */
const LOOKED_UP = 15;

/** Per-sentence buffers, reused: decoding is synchronous and nothing keeps them past a call. */
const newScratch = (size: number) => ({
  /** Slots padded with the boundary (slot 0) on both sides: index i + 2 is token i. */
  slot: new Int32Array(size + 4),
  gazB: new Int32Array(size),
  gazI: new Int32Array(size),
  /** Name-list bits inside a phrase, padded with -1 like `slot`. */
  gz: new Int32Array(size + 4),
  bits: new Int32Array(size),
  longest: new Int32Array(size),
  capLike: new Uint8Array(size),
  connector: new Uint8Array(size),
  hLower: new Uint32Array(size),
  runs: new Uint32Array(size * RUN_FEATURES),
  inRun: new Uint8Array(size),
  buckets: new Uint32Array(LOOKED_UP),
});
let scratch = newScratch(256);

/**
 * Writes the emission score of every tag for every token of one sentence into `out` (T values per
 * token), as `emissions(sentenceFeatures(words), ...)` computes them.
 */
export function sentenceEmissions(tokens: readonly Token[], table: WordTable, out: Float64Array): void {
  const n = tokens.length;
  if (scratch.gazB.length < n) scratch = newScratch(2 * n);
  const capsSentence = lookUpWords(tokens, table);
  nameListFeatures(n, table, capsSentence);
  scoreTokens(n, table, capsSentence, out);
}

/** The word-table slots of the sentence scored last (token i at i + 2), valid until the next sentence. */
export function sentenceSlots(): Int32Array {
  return scratch.slot;
}

/** Fills the padded slots of the sentence's words; returns whether the sentence is set in capitals. */
function lookUpWords(tokens: readonly Token[], table: WordTable): number {
  const n = tokens.length;
  const { slot } = scratch;
  table.reserve(n);
  let caps = 0;
  let alpha = 0;
  for (let i = 0; i < n; i++) {
    const s = table.slot(tokens[i].text);
    slot[i + 2] = s;
    const flags = table.info[s * INFO + FLAGS];
    if (flags & HAS_CASE) alpha++;
    if (flags & ALL_CAPS) caps++;
  }
  slot[0] = slot[1] = slot[n + 2] = slot[n + 3] = 0;
  return isCapsSentence(caps, alpha);
}

/** The name-list matches (`gazB`, `gazI`, `gz`) and the run features (`runs`) of the sentence's words. */
function nameListFeatures(n: number, table: WordTable, capsSentence: number): void {
  const { slot, gazB, gazI, gz, bits, longest, capLike, connector, hLower, runs, inRun } = scratch;
  const { info, lowers } = table;
  const lower: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const at = slot[i + 2] * INFO;
    const flags = info[at + FLAGS];
    lower[i] = lowers[slot[i + 2]];
    bits[i] = info[at + GAZ];
    longest[i] = info[at + GAZ_LONGEST];
    hLower[i] = info[at + H_LOWER];
    connector[i] = flags & CONNECTOR ? 1 : 0;
    capLike[i] = (capsSentence ? flags & HAS_CASE && !(flags & COMMON_LOWER) : flags & CAP) ? 1 : 0;
  }
  gazB.fill(0, 0, n);
  gazI.fill(0, 0, n);
  const candidate = (i: number) => capsSentence === 1 || (info[slot[i + 2] * INFO + FLAGS] & CAP) !== 0;
  table.ctx.gazetteer.match(lower, candidate, gazB, gazI, { bits, longest });
  gz[0] = gz[1] = gz[n + 2] = gz[n + 3] = -1;
  for (let i = 0; i < n; i++) gz[i + 2] = gazI[i];
  runFeatures(n, { capLike, connector, hLower, gaz: bits }, capsSentence, runs, RUN_FEATURES, 0, table.shift, inRun);
}

/** Adds up each token's rows: its own and its neighbours' from the word table, the rest looked up. */
function scoreTokens(n: number, table: WordTable, capsSentence: number, out: Float64Array): void {
  const { slot, gazB, gazI, gz, runs, inRun, buckets } = scratch;
  const { info, rows, fixed, weights, shift } = table;
  for (let i = 0; i < n; i++) {
    const j = i + 2;
    const here = slot[j] * INFO;
    const before = slot[j - 1] * INFO;
    const after = slot[j + 1] * INFO;
    const lo = info[here + H_LOWER];
    const shape = info[here + H_SHAPE];
    const flags = info[here + FLAGS];
    const cap = flags & CAP ? 1 : 0;
    const loB = info[before + H_LOWER];
    const loA = info[after + H_LOWER];
    const shB = info[before + H_SHAPE];
    const shA = info[after + H_SHAPE];
    buckets[0] = mix(12, shB, shape) >>> shift;
    buckets[1] = mix(13, shape, shA) >>> shift;
    buckets[2] = mix(14, mix(shB, shape), shA) >>> shift;
    buckets[3] = mix(15, loB, lo) >>> shift;
    buckets[4] = mix(16, lo, loA) >>> shift;
    buckets[5] = mix(26, loB, shape) >>> shift;
    buckets[6] = mix(27, shape, loA) >>> shift;
    let m = 7;
    const position = fixedPosition(i, cap, capsSentence, flags & COMMON_LOWER ? 1 : 0);
    // Most tokens are in no name list and have none beside them: features 20-23 then take one of a
    // few values whose rows are summed in advance.
    let nameLists = FIXED_NONE;
    if (gazB[i] === 0 && gazI[i] === 0 && gz[j - 1] <= 0 && gz[j + 1] <= 0 && gz[j + 2] <= 0) {
      nameLists = fixedNameLists(gz[j - 1], gz[j + 1], gz[j + 2], capsSentence);
    } else {
      buckets[m++] = mix(20, gazB[i], gazI[i]) >>> shift;
      buckets[m++] = mix(21, gz[j - 1], gazI[i]) >>> shift;
      buckets[m++] = mix(22, gazI[i], gz[j + 1]) >>> shift;
      buckets[m++] = mix(23, gz[j + 2], capsSentence) >>> shift;
    }
    // A token outside any capitalised run has the same four run features as every other.
    let run: number = FIXED_OUTSIDE_RUN;
    if (inRun[i] === 1) {
      run = FIXED_NONE;
      const r = i * RUN_FEATURES;
      buckets[m++] = runs[r];
      buckets[m++] = runs[r + 1];
      buckets[m++] = runs[r + 2];
      buckets[m++] = runs[r + 3];
    }

    const own = slot[j] * ROW + capsSentence * T;
    const b1 = slot[j - 1] * ROW + BEFORE;
    const a1 = slot[j + 1] * ROW + AFTER;
    const b2 = slot[j - 2] * ROW + TWO_BEFORE;
    const a2 = slot[j + 2] * ROW + TWO_AFTER;
    let s0 = rows[own] + rows[b1] + rows[a1] + rows[b2] + rows[a2];
    let s1 = rows[own + 1] + rows[b1 + 1] + rows[a1 + 1] + rows[b2 + 1] + rows[a2 + 1];
    let s2 = rows[own + 2] + rows[b1 + 2] + rows[a1 + 2] + rows[b2 + 2] + rows[a2 + 2];
    let s3 = rows[own + 3] + rows[b1 + 3] + rows[a1 + 3] + rows[b2 + 3] + rows[a2 + 3];
    let s4 = rows[own + 4] + rows[b1 + 4] + rows[a1 + 4] + rows[b2 + 4] + rows[a2 + 4];
    let s5 = rows[own + 5] + rows[b1 + 5] + rows[a1 + 5] + rows[b2 + 5] + rows[a2 + 5];
    let s6 = rows[own + 6] + rows[b1 + 6] + rows[a1 + 6] + rows[b2 + 6] + rows[a2 + 6];
    let s7 = rows[own + 7] + rows[b1 + 7] + rows[a1 + 7] + rows[b2 + 7] + rows[a2 + 7];
    let s8 = rows[own + 8] + rows[b1 + 8] + rows[a1 + 8] + rows[b2 + 8] + rows[a2 + 8];
    s0 += fixed[position] + fixed[nameLists] + fixed[run];
    s1 += fixed[position + 1] + fixed[nameLists + 1] + fixed[run + 1];
    s2 += fixed[position + 2] + fixed[nameLists + 2] + fixed[run + 2];
    s3 += fixed[position + 3] + fixed[nameLists + 3] + fixed[run + 3];
    s4 += fixed[position + 4] + fixed[nameLists + 4] + fixed[run + 4];
    s5 += fixed[position + 5] + fixed[nameLists + 5] + fixed[run + 5];
    s6 += fixed[position + 6] + fixed[nameLists + 6] + fixed[run + 6];
    s7 += fixed[position + 7] + fixed[nameLists + 7] + fixed[run + 7];
    s8 += fixed[position + 8] + fixed[nameLists + 8] + fixed[run + 8];
    // The nine-tag sum of decode.ts's `emissions`, written out again on purpose: one flat loop with
    // the sums in locals is what keeps this per-token path fast (features.test.ts checks they agree).
    for (let k = 0; k < m; k++) {
      const b = buckets[k] * 9;
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
