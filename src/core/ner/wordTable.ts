/**
 * What tagging needs of each distinct word, kept once per word in flat typed arrays: its hashes, its
 * name-list values and flags, and the summed weight rows of the features that depend on it alone
 * (see emissions.ts for how a token's score is added up from them). Also the summed rows of the
 * features that take only a few values.
 */
import { BOUNDARY, CLUSTER_LEVELS, clusterHash, FeatureContext, hasCase, isAllCaps, isCapitalised } from './features';
import { detach } from '../text/detach';
import { hashRange, mix } from './hash';
import { TAG_COUNT } from './model';
import { CONNECTORS, RUN_FEATURES } from './runs';

export const T = TAG_COUNT;
if (T !== 9) throw new Error('sentenceEmissions adds up nine tags per token');

/** Fields of a word's record in `WordTable.info`. */
export const H_LOWER = 0;
export const H_SHAPE = 1;
export const GAZ = 2;
export const GAZ_LONGEST = 3;
export const FLAGS = 4;
/** The sentence rules' cues the word holds, two numbers (ruleCues.ts). */
export const RULE_CUES = 5;
export const INFO = 7;
/** Bits of the FLAGS field. */
export const COMMON_LOWER = 1;
export const CAP = 2;
export const ALL_CAPS = 4;
export const HAS_CASE = 8;
export const CONNECTOR = 16;

/**
 * Summed weights in a word's record in `WordTable.rows`, T values each: its own features in an
 * ordinary sentence and in one set in capitals, then features 8-11 with the word as the one
 * before, after, two before and two after the token scored.
 */
const OWN = 0;
export const BEFORE = 2 * T;
export const AFTER = 3 * T;
export const TWO_BEFORE = 4 * T;
export const TWO_AFTER = 5 * T;
export const ROW = 6 * T;

/**
 * Rows of `WordTable.fixed`, T values each: summed rows of features that take only a few values.
 * Features 17 and 19 (position in the sentence, case, common word) have 24 combinations; features
 * 20-23 (name lists), when neither the token nor its neighbours are in one, 16; and the four run
 * features of a token outside any capitalised run one. Row 0 is zeros, for tokens that look theirs up.
 */
export const FIXED_NONE = 0;
export const FIXED_OUTSIDE_RUN = T;
const POSITION_ROWS = 2;
const NAME_LIST_ROWS = POSITION_ROWS + 24;
const FIXED_ROWS = NAME_LIST_ROWS + 16;

/** The fixed row of features 17 and 19. */
export function fixedPosition(i: number, cap: number, capsSentence: number, common: number): number {
  return (POSITION_ROWS + (i === 0 ? 0 : i === 1 ? 8 : 16) + cap * 4 + capsSentence * 2 + common) * T;
}

/** The fixed row of features 20-23 of a token in no name list, its neighbours' values 0 or -1 (padding). */
export function fixedNameLists(before: number, after: number, twoAfter: number, capsSentence: number): number {
  return (NAME_LIST_ROWS + (before + 1) + 2 * (after + 1) + 4 * (twoAfter + 1) + 8 * capsSentence) * T;
}

/** Distinct words kept, by default, before the table starts afresh (each costs about 150 bytes). */
const MAX_WORDS = 200_000;

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
  /**
   * Two values per place: slot + 1 of the word hashed to it (0: free) and the word's hash, side by
   * side so that a probe reads both from one cache line; at most half the places are taken.
   */
  private index = new Int32Array(0);
  /** Each slot's word and its hash. */
  private words: string[] = [];
  private hashes = new Int32Array(0);
  private size = 0;
  info = new Uint32Array(0);
  rows = new Int16Array(0);
  /** Each slot's word in lower case, for the name lists. */
  lowers: string[] = [];
  /** Summed rows of the features with few values (see FIXED_ROWS). */
  readonly fixed = new Int16Array(FIXED_ROWS * T);
  readonly shift: number;

  constructor(
    readonly ctx: FeatureContext,
    readonly weights: Int8Array,
    private readonly cuesOf: (word: string, lower: string) => readonly [number, number] = () => [0, 0],
    private readonly maxWords = MAX_WORDS,
  ) {
    this.shift = 32 - ctx.hashBits;
    this.clear();
    this.sumFixedRows();
  }

  private sumFixedRows(): void {
    const add = (row: number, hash: number) => addWeights(this.fixed, row, this.weights, (hash >>> this.shift) * T);
    for (let k = 0; k < RUN_FEATURES; k++) add(FIXED_OUTSIDE_RUN, mix(28 + k, 0));
    for (const i of [0, 1, 2])
      for (const cap of [0, 1])
        for (const caps of [0, 1])
          for (const common of [0, 1]) {
            const row = fixedPosition(i, cap, caps, common);
            add(row, mix(17, i + 1, cap * 2 + caps));
            add(row, mix(19, common * 4 + cap * 2 + caps, i === 0 ? 1 : 0));
          }
    for (const before of [-1, 0])
      for (const after of [-1, 0])
        for (const twoAfter of [-1, 0])
          for (const caps of [0, 1]) {
            const row = fixedNameLists(before, after, twoAfter, caps);
            add(row, mix(20, 0, 0));
            add(row, mix(21, before, 0));
            add(row, mix(22, 0, after));
            add(row, mix(23, twoAfter, caps));
          }
  }

  /** The word's slot, adding it when new. */
  slot(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    const { index, words } = this;
    const mask = (index.length >> 1) - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const s = index[2 * at] - 1;
      if (s < 0) return this.add(word, h, at);
      if (index[2 * at + 1] === h && words[s] === word) return s;
    }
  }

  /** The OR of one field of the words in `slots[from, to)`. */
  orOf(slots: Int32Array, from: number, to: number, field: number): number {
    let bits = 0;
    for (let i = from; i < to; i++) bits |= this.info[slots[i] * INFO + field];
    return bits;
  }

  /** Makes room for `count` more words, starting afresh if needed: slots stay valid until the next call. */
  reserve(count: number): void {
    if (this.size + count > this.maxWords) this.clear();
  }

  private clear(): void {
    this.index = new Int32Array(2 * 2048);
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
    this.index[2 * at] = s + 1;
    this.index[2 * at + 1] = h;
    this.hashes[s] = h;
    const word = detach(cut);
    this.words.push(word);
    const lower = word.toLowerCase();
    this.lowers.push(lower);
    this.size = s + 1;
    this.describe(s, word, lower);
    if (4 * this.size > this.index.length) this.reindex();
    return s;
  }

  /** The word's values and summed rows. */
  private describe(s: number, word: string, lower: string): void {
    const { ctx } = this;
    const hLower = hashRange(lower, 0, lower.length);
    const hShape = shapeHash(word);
    const gaz = ctx.gazetteer.taggerWord(lower);
    const cap = isCapitalised(word) ? 1 : 0;
    const i = s * INFO;
    this.info[i + H_LOWER] = hLower;
    this.info[i + H_SHAPE] = hShape;
    this.info[i + GAZ] = gaz;
    this.info[i + GAZ_LONGEST] = ctx.gazetteer.longestFrom(lower);
    const [cues, moreCues] = this.cuesOf(word, lower);
    this.info[i + RULE_CUES] = cues;
    this.info[i + RULE_CUES + 1] = moreCues;
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
    // Only features 18 and 25 differ between an ordinary sentence and one set in capitals: the rest
    // are summed once and copied, as every row read is a likely cache miss in the large weight table.
    const own = r + OWN;
    this.addRow(own, 0);
    this.addRow(own, mix(1, hLower));
    this.addRow(own, mix(2, hShape));
    // Features 3-7: the first two and three and the last two, three and four letters.
    this.addRow(own, mix(3, hashRange(lower, 0, Math.min(2, n))));
    this.addRow(own, mix(4, hashRange(lower, 0, Math.min(3, n))));
    this.addRow(own, mix(5, hashRange(lower, Math.max(0, n - 2), n)));
    this.addRow(own, mix(6, hashRange(lower, Math.max(0, n - 3), n)));
    this.addRow(own, mix(7, hashRange(lower, Math.max(0, n - 4), n)));
    this.addRow(own, mix(24, gaz, cap));
    for (let k = 0; k < clusters.length; k++) this.addRow(own, clusterHash(k, clusters[k]));
    this.rows.copyWithin(own + T, own, own + T);
    for (const caps of [0, 1]) {
      this.addRow(own + caps * T, mix(18, caps, hShape));
      this.addRow(own + caps * T, mix(25, len, caps));
    }
    this.addRow(r + BEFORE, mix(8, hLower));
    this.addRow(r + AFTER, mix(9, hLower));
    this.addRow(r + TWO_BEFORE, mix(10, hLower));
    this.addRow(r + TWO_AFTER, mix(11, hLower));
  }

  /** An index twice the size, when half full. */
  private reindex(): void {
    const index = new Int32Array(2 * this.index.length);
    const mask = (index.length >> 1) - 1;
    for (let s = 1; s < this.size; s++) {
      let at = this.hashes[s] & mask;
      while (index[2 * at] !== 0) at = (at + 1) & mask;
      index[2 * at] = s + 1;
      index[2 * at + 1] = this.hashes[s];
    }
    this.index = index;
  }

  /** Adds the weight row of the hashed feature `hash` to the T sums at `rows[at]`. */
  private addRow(at: number, hash: number): void {
    addWeights(this.rows, at, this.weights, (hash >>> this.shift) * T);
  }
}

/** Adds the T weights at `weights[from]` to the T sums at `sums[at]`. */
function addWeights(sums: Int16Array, at: number, weights: Int8Array, from: number): void {
  for (let t = 0; t < T; t++) sums[at + t] += weights[from + t];
}
