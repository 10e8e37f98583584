/**
 * Emission scores for decoding, added up from the model's weights without listing every feature.
 *
 * Decoding spends most of its time reading weight rows, and the table is larger than the processor's
 * nearer caches, so what matters is how many rows a token touches. A word's own features (0-7, 18,
 * 24, 25 and its clusters, 32-34) and the four that look at one neighbour's identity (8-11) depend on
 * one word only: their summed rows are kept per distinct word, in one contiguous record, so a token
 * reads its own record and its neighbours' (which the tokens around it read too) instead of eighteen
 * scattered rows. The other seventeen features are looked up per token as before. The weights are
 * integers, so the sums are exact whatever the order: the scores equal `emissions` over
 * `sentenceFeatures`, which a test checks.
 */
import type { Token } from '../text/tokenize';
import {
  BOUNDARY,
  CLUSTER_LEVELS,
  clusterHash,
  FeatureContext,
  hasCase,
  isAllCaps,
  isCapitalised,
  isCapsSentence,
} from './features';
import { detach } from '../text/detach';
import { mix } from './hash';
import { TAG_COUNT } from './model';
import { CONNECTORS, RUN_FEATURES, runFeatures } from './runs';

const T = TAG_COUNT;
if (T !== 9) throw new Error('sentenceEmissions adds up nine tags per token');

/** Fields of a word's record in `WordTable.info`. */
const H_LOWER = 0;
const H_SHAPE = 1;
const GAZ = 2;
const GAZ_LONGEST = 3;
const FLAGS = 4;
const INFO = 5;
/** Bits of the FLAGS field. */
const COMMON_LOWER = 1;
const CAP = 2;
const ALL_CAPS = 4;
const HAS_CASE = 8;
const CONNECTOR = 16;

/**
 * Summed weights in a word's record in `WordTable.rows`, T values each: its own features in an
 * ordinary sentence and in one set in capitals, then features 8-11 with the word as the one
 * before, after, two before and two after the token scored.
 */
const OWN = 0;
const BEFORE = 2 * T;
const AFTER = 3 * T;
const TWO_BEFORE = 4 * T;
const TWO_AFTER = 5 * T;
const ROW = 6 * T;

/** Features looked up per token: 12-17, 19-23, 26, 27 and the four run features. */
const LOOKED_UP = 17;

/** Distinct words kept, by default, before the table starts afresh (each costs about 150 bytes). */
const MAX_WORDS = 200_000;

/** FNV-1a of `text[from, to)`, as `hashString(text.slice(from, to))` gives it, without the slice. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `hashString(wordShape(word))`, without building the shape. */
function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let k: number;
    if (c >= 97 && c <= 122)
      k = 120; // x
    else if (c >= 65 && c <= 90)
      k = 88; // X
    else if (c >= 48 && c <= 57)
      k = 100; // d
    else {
      const ch = word[i];
      k = ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : c;
    }
    if (k !== last) {
      h ^= k;
      h = Math.imul(h, 0x01000193);
    }
    last = k;
  }
  return h >>> 0;
}

/**
 * What decoding needs of each distinct word, in flat typed arrays: slot 0 is the padding on either
 * side of a sentence, every other slot a word seen since the table (re)started. Words are found by
 * their FNV-1a hash in an open-addressing index, quicker than a Map for the fresh strings tokens are.
 */
export class WordTable {
  /** Slot + 1 of the word hashed to each place (0: free); at most half full. */
  private index = new Int32Array(0);
  /** Each slot's word and its hash. */
  private words: string[] = [];
  private hashes = new Int32Array(0);
  private size = 0;
  info = new Uint32Array(0);
  rows = new Int16Array(0);
  /** Each slot's word in lower case, for the name lists. */
  lowers: string[] = [];
  readonly shift: number;

  constructor(
    readonly ctx: FeatureContext,
    readonly weights: Int8Array,
    private readonly maxWords = MAX_WORDS,
  ) {
    this.shift = 32 - ctx.hashBits;
    this.clear();
  }

  /** The word's slot, adding it when new. */
  slot(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    const { index, hashes, words } = this;
    const mask = index.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const s = index[at] - 1;
      if (s < 0) return this.add(word, h, at);
      if (hashes[s] === h && words[s] === word) return s;
    }
  }

  /** Makes room for `count` more words, starting afresh if needed: slots stay valid until the next call. */
  reserve(count: number): void {
    if (this.size + count > this.maxWords) this.clear();
  }

  private clear(): void {
    this.index = new Int32Array(2048);
    this.words = [''];
    this.lowers = [''];
    this.size = 0;
    this.grow(1024);
    // The padding is never scored itself: only its hashes and its rows as a neighbour are read.
    this.info[H_LOWER] = BOUNDARY;
    this.info[H_SHAPE] = BOUNDARY;
    this.addRow(BEFORE, mix(8, BOUNDARY));
    this.addRow(AFTER, mix(9, BOUNDARY));
    this.addRow(TWO_BEFORE, mix(10, BOUNDARY));
    this.addRow(TWO_AFTER, mix(11, BOUNDARY));
    this.size = 1;
  }

  private grow(slots: number): void {
    const info = new Uint32Array(slots * INFO);
    const rows = new Int16Array(slots * ROW);
    const hashes = new Int32Array(slots);
    if (this.size > 0) {
      info.set(this.info.subarray(0, this.size * INFO));
      rows.set(this.rows.subarray(0, this.size * ROW));
      hashes.set(this.hashes.subarray(0, this.size));
    }
    this.info = info;
    this.rows = rows;
    this.hashes = hashes;
  }

  /**
   * Adds a word whose hash `h` found the free place `at` of the index. The table outlives the texts
   * its words were cut from, so it keeps its own copy: a view would keep the whole version of the
   * article alive, one more for each new word typed while editing.
   */
  private add(cut: string, h: number, at: number): number {
    const s = this.size;
    if (s + 1 > this.hashes.length) this.grow(2 * (s + 1));
    this.index[at] = s + 1;
    this.hashes[s] = h;
    const word = detach(cut);
    this.words.push(word);
    const lower = word.toLowerCase();
    this.lowers.push(lower);
    this.size = s + 1;
    this.describe(s, word, lower);
    if (2 * this.size > this.index.length) this.reindex();
    return s;
  }

  /** The word's values and summed rows. */
  private describe(s: number, word: string, lower: string): void {
    const { ctx } = this;
    const hLower = hashRange(lower, 0, lower.length);
    const hShape = shapeHash(word);
    const gaz = ctx.gazetteer.word(lower);
    const cap = isCapitalised(word) ? 1 : 0;
    const i = s * INFO;
    this.info[i + H_LOWER] = hLower;
    this.info[i + H_SHAPE] = hShape;
    this.info[i + GAZ] = gaz;
    this.info[i + GAZ_LONGEST] = ctx.gazetteer.longestFrom(lower);
    this.info[i + FLAGS] =
      (ctx.lowerWords.has(lower) ? COMMON_LOWER : 0) |
      (cap ? CAP : 0) |
      (isAllCaps(word) ? ALL_CAPS : 0) |
      (hasCase(word, lower) ? HAS_CASE : 0) |
      (CONNECTORS.has(lower) ? CONNECTOR : 0);
    const n = lower.length;
    const len = n > 12 ? 12 : n;
    const clusters = CLUSTER_LEVELS.map(level => ctx.clusters.cluster(lower, level));
    const r = s * ROW;
    for (const caps of [0, 1]) {
      const own = r + OWN + caps * T;
      this.addRow(own, 0);
      this.addRow(own, mix(1, hLower));
      this.addRow(own, mix(2, hShape));
      // Features 3-7: the first two and three and the last two, three and four letters.
      this.addRow(own, mix(3, hashRange(lower, 0, Math.min(2, n))));
      this.addRow(own, mix(4, hashRange(lower, 0, Math.min(3, n))));
      this.addRow(own, mix(5, hashRange(lower, Math.max(0, n - 2), n)));
      this.addRow(own, mix(6, hashRange(lower, Math.max(0, n - 3), n)));
      this.addRow(own, mix(7, hashRange(lower, Math.max(0, n - 4), n)));
      this.addRow(own, mix(18, caps, hShape));
      this.addRow(own, mix(24, gaz, cap));
      this.addRow(own, mix(25, len, caps));
      for (let k = 0; k < clusters.length; k++) this.addRow(own, clusterHash(k, clusters[k]));
    }
    this.addRow(r + BEFORE, mix(8, hLower));
    this.addRow(r + AFTER, mix(9, hLower));
    this.addRow(r + TWO_BEFORE, mix(10, hLower));
    this.addRow(r + TWO_AFTER, mix(11, hLower));
  }

  /** An index twice the size, when half full. */
  private reindex(): void {
    const index = new Int32Array(2 * this.index.length);
    const mask = index.length - 1;
    for (let s = 1; s < this.size; s++) {
      let at = this.hashes[s] & mask;
      while (index[at] !== 0) at = (at + 1) & mask;
      index[at] = s + 1;
    }
    this.index = index;
  }

  /** Adds the weight row of the hashed feature `hash` to the T sums at `rows[at]`. */
  private addRow(at: number, hash: number): void {
    const { rows, weights } = this;
    const b = (hash >>> this.shift) * T;
    for (let t = 0; t < T; t++) rows[at + t] += weights[b + t];
  }
}

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
  const { slot, gazB, gazI, gz, bits, longest, capLike, connector, hLower, runs } = scratch;
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
  runFeatures(n, { capLike, connector, hLower, gaz: bits }, capsSentence, runs, RUN_FEATURES, 0, table.shift);
}

/** Adds up each token's rows: its own and its neighbours' from the word table, the rest looked up. */
function scoreTokens(n: number, table: WordTable, capsSentence: number, out: Float64Array): void {
  const { slot, gazB, gazI, gz, runs, buckets } = scratch;
  const { info, rows, weights, shift } = table;
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
    buckets[5] = mix(17, i === 0 ? 1 : i === 1 ? 2 : 3, cap * 2 + capsSentence) >>> shift;
    buckets[6] = mix(19, (flags & COMMON_LOWER ? 4 : 0) + cap * 2 + capsSentence, i === 0 ? 1 : 0) >>> shift;
    buckets[7] = mix(20, gazB[i], gazI[i]) >>> shift;
    buckets[8] = mix(21, gz[j - 1], gazI[i]) >>> shift;
    buckets[9] = mix(22, gazI[i], gz[j + 1]) >>> shift;
    buckets[10] = mix(23, gz[j + 2], capsSentence) >>> shift;
    buckets[11] = mix(26, loB, shape) >>> shift;
    buckets[12] = mix(27, shape, loA) >>> shift;
    const r = i * RUN_FEATURES;
    buckets[13] = runs[r];
    buckets[14] = runs[r + 1];
    buckets[15] = runs[r + 2];
    buckets[16] = runs[r + 3];

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
    // The nine-tag sum of decode.ts's `emissions`, written out again on purpose: one flat loop with
    // the sums in locals is what keeps this per-token path fast (features.test.ts checks they agree).
    for (let k = 0; k < LOOKED_UP; k++) {
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
