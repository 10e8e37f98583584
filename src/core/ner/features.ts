import { hashString, mix } from './hash';
import { Gazetteer } from './gazetteer';
import { RUN_FEATURES, runFeatures } from './runs';

/** What feature extraction needs from the model besides the weights. */
export interface FeatureContext {
  hashBits: number;
  gazetteer: Gazetteer;
  /** Words seen mostly in lower case in the training text ("take", "victory"). */
  lowerWords: Set<string>;
}

/** Number of hashed features per token (fixed, so features fit one flat array). */
const BASE_FEATURES = 28;
export const FEATURES_PER_TOKEN = BASE_FEATURES + RUN_FEATURES;

const BOUNDARY = hashString('<s>');

/**
 * Positions, in a token's `sentenceFeatures`, of the features made of words: the word itself, its
 * affixes, the words around it and the first and last words of its capitalised run. The others (bias,
 * shapes, position in the sentence, name lists, lengths) fire on most tokens alike.
 */
export const LEXICAL_FEATURES: readonly number[] = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 26, 27, 29, 30];

/** "Leicestershire" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d": runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const k =
      c >= 'a' && c <= 'z'
        ? 'x'
        : c >= 'A' && c <= 'Z'
          ? 'X'
          : c >= '0' && c <= '9'
            ? 'd'
            : c.toLowerCase() !== c
              ? 'X'
              : c.toUpperCase() !== c
                ? 'x'
                : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Per-word values that do not depend on context, cached per model. */
interface WordInfo {
  lower: string;
  hLower: number;
  hShape: number;
  affixes: number[];
  gaz: number;
  /** Words in the longest multi-word gazetteer phrase starting with this word (0 if none). */
  gazLongest: number;
  commonLower: number;
  cap: number;
  allCaps: number;
  hasCase: number;
  /** Summed weights of the word's own features (see `wordScores`), per value of capsSentence. */
  scores?: [number[] | undefined, number[] | undefined];
  /** The weights `scores` were summed from. */
  scoresOf?: ArrayLike<number>;
}

const caches = new WeakMap<FeatureContext, Map<string, WordInfo>>();
const CACHE_LIMIT = 200_000;

function wordInfo(word: string, ctx: FeatureContext): WordInfo {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  let info = cache.get(word);
  if (info) return info;
  const lower = word.toLowerCase();
  info = {
    lower,
    hLower: hashString(lower),
    hShape: hashString(wordShape(word)),
    affixes: [
      mix(3, hashString(lower.slice(0, 2))),
      mix(4, hashString(lower.slice(0, 3))),
      mix(5, hashString(lower.slice(-2))),
      mix(6, hashString(lower.slice(-3))),
      mix(7, hashString(lower.slice(-4))),
    ],
    gaz: ctx.gazetteer.word(lower),
    gazLongest: ctx.gazetteer.longestFrom(lower),
    commonLower: ctx.lowerWords.has(lower) ? 1 : 0,
    cap: isCapitalised(word) ? 1 : 0,
    allCaps: isAllCaps(word) ? 1 : 0,
    hasCase: lower !== word.toUpperCase() || word !== lower ? 1 : 0,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}

/** Per-sentence values shared by `sentenceFeatures` and `sentenceContextFeatures`. */
interface Prepared {
  infos: WordInfo[];
  capsSentence: number;
  gazB: Int32Array;
  gazI: Int32Array;
  /** Context arrays padded with a boundary value on both sides (index i + 2 is token i). */
  hL: Uint32Array;
  hS: Uint32Array;
  gz: Int32Array;
}

/**
 * Buffers behind `Prepared`, reused from sentence to sentence: feature extraction is synchronous
 * and no caller keeps them past its own call.
 */
const newScratch = (size: number) => ({
  gazB: new Int32Array(size),
  gazI: new Int32Array(size),
  hL: new Uint32Array(size),
  hS: new Uint32Array(size),
  gz: new Int32Array(size),
});
let scratch = newScratch(256);

function prepare(words: string[], ctx: FeatureContext): Prepared {
  const n = words.length;
  const infos = words.map(w => wordInfo(w, ctx));
  let caps = 0;
  let alpha = 0;
  for (const w of infos) {
    alpha += w.hasCase;
    caps += w.allCaps;
  }
  // Headlines and datelines in capitals: case says little, so word identity must carry it.
  const capsSentence = caps >= 2 && caps >= 0.6 * alpha ? 1 : 0;
  if (scratch.gazB.length < n + 4) scratch = newScratch(2 * (n + 4));
  // Longer than the sentence: only the first n (+ 4) entries are meaningful.
  const gazB = scratch.gazB.fill(0, 0, n);
  const gazI = scratch.gazI.fill(0, 0, n);
  ctx.gazetteer.match(
    infos.map(w => w.lower),
    i => capsSentence === 1 || infos[i].cap === 1,
    gazB,
    gazI,
    infos,
  );

  const { hL, hS, gz } = scratch;
  hL[0] = hL[1] = hL[n + 2] = hL[n + 3] = BOUNDARY;
  hS[0] = hS[1] = hS[n + 2] = hS[n + 3] = BOUNDARY;
  gz[0] = gz[1] = gz[n + 2] = gz[n + 3] = -1;
  for (let i = 0; i < n; i++) {
    hL[i + 2] = infos[i].hLower;
    hS[i + 2] = infos[i].hShape;
    gz[i + 2] = gazI[i];
  }
  return { infos, capsSentence, gazB, gazI, hL, hS, gz };
}

/**
 * Hashed feature buckets for one sentence: FEATURES_PER_TOKEN entries per token, each already
 * reduced to `ctx.hashBits` bits. Every feature looks only at this sentence's words.
 */
export function sentenceFeatures(words: string[], ctx: FeatureContext): Uint32Array {
  const n = words.length;
  const { infos, capsSentence, gazB, gazI, hL, hS, gz } = prepare(words, ctx);
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const shift = 32 - ctx.hashBits;
  for (let i = 0; i < n; i++) {
    const w = infos[i];
    const j = i + 2;
    const lo = hL[j];
    const shape = hS[j];
    const len = w.lower.length;
    let o = i * FEATURES_PER_TOKEN;
    out[o++] = 0;
    out[o++] = mix(1, lo) >>> shift;
    out[o++] = mix(2, shape) >>> shift;
    for (let a = 0; a < 5; a++) out[o++] = w.affixes[a] >>> shift;
    out[o++] = mix(8, hL[j - 1]) >>> shift;
    out[o++] = mix(9, hL[j + 1]) >>> shift;
    out[o++] = mix(10, hL[j - 2]) >>> shift;
    out[o++] = mix(11, hL[j + 2]) >>> shift;
    out[o++] = mix(12, hS[j - 1], shape) >>> shift;
    out[o++] = mix(13, shape, hS[j + 1]) >>> shift;
    out[o++] = mix(14, mix(hS[j - 1], shape), hS[j + 1]) >>> shift;
    out[o++] = mix(15, hL[j - 1], lo) >>> shift;
    out[o++] = mix(16, lo, hL[j + 1]) >>> shift;
    out[o++] = mix(17, i === 0 ? 1 : i === 1 ? 2 : 3, w.cap * 2 + capsSentence) >>> shift;
    out[o++] = mix(18, capsSentence, shape) >>> shift;
    out[o++] = mix(19, w.commonLower * 4 + w.cap * 2 + capsSentence, i === 0 ? 1 : 0) >>> shift;
    out[o++] = mix(20, gazB[i], gazI[i]) >>> shift;
    out[o++] = mix(21, gz[j - 1], gazI[i]) >>> shift;
    out[o++] = mix(22, gazI[i], gz[j + 1]) >>> shift;
    out[o++] = mix(23, gz[j + 2], capsSentence) >>> shift;
    out[o++] = mix(24, w.gaz, w.cap) >>> shift;
    out[o++] = mix(25, len > 12 ? 12 : len, capsSentence) >>> shift;
    out[o++] = mix(26, hL[j - 1], shape) >>> shift;
    out[o] = mix(27, shape, hL[j + 1]) >>> shift;
  }
  runFeatures(infos, capsSentence, out, FEATURES_PER_TOKEN, BASE_FEATURES, shift);
  return out;
}

/**
 * Features 0-7, 18, 24 and 25 of `sentenceFeatures` depend only on the word and on capsSentence:
 * `wordScores` sums their weights once per word. The other CONTEXT_FEATURES (in the order 8-17,
 * 19-23, 26, 27, then the run features) are what `sentenceContextFeatures` computes per token.
 */
export const CONTEXT_FEATURES = FEATURES_PER_TOKEN - 11;

let contextOut = new Uint32Array(256 * CONTEXT_FEATURES);

/**
 * The same features as `sentenceFeatures`, split for decoding: per token, the summed weights of
 * its word's own features (`scores`, tagCount values per token, shared per word: do not modify)
 * and the buckets of the features that depend on the context (`feats`, CONTEXT_FEATURES per token).
 * Adding both up gives exactly the emission scores of `sentenceFeatures` (integer weights).
 * `feats` is a buffer reused by the next call (it may be longer than needed): use it before then.
 */
export function sentenceContextFeatures(
  words: string[],
  ctx: FeatureContext,
  weights: ArrayLike<number>,
  tagCount: number,
): { scores: number[][]; feats: Uint32Array } {
  const n = words.length;
  const { infos, capsSentence, gazB, gazI, hL, hS, gz } = prepare(words, ctx);
  if (contextOut.length < n * CONTEXT_FEATURES) contextOut = new Uint32Array(2 * n * CONTEXT_FEATURES);
  const out = contextOut;
  const shift = 32 - ctx.hashBits;
  const scores: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = infos[i];
    scores[i] = wordScores(w, capsSentence, weights, tagCount, shift);
    const j = i + 2;
    const lo = hL[j];
    const shape = hS[j];
    // The context features of `sentenceFeatures`, written out again rather than shared: this is the
    // decoder's per-token loop, kept one flat function; features.test.ts checks that the two agree.
    let o = i * CONTEXT_FEATURES;
    out[o++] = mix(8, hL[j - 1]) >>> shift;
    out[o++] = mix(9, hL[j + 1]) >>> shift;
    out[o++] = mix(10, hL[j - 2]) >>> shift;
    out[o++] = mix(11, hL[j + 2]) >>> shift;
    out[o++] = mix(12, hS[j - 1], shape) >>> shift;
    out[o++] = mix(13, shape, hS[j + 1]) >>> shift;
    out[o++] = mix(14, mix(hS[j - 1], shape), hS[j + 1]) >>> shift;
    out[o++] = mix(15, hL[j - 1], lo) >>> shift;
    out[o++] = mix(16, lo, hL[j + 1]) >>> shift;
    out[o++] = mix(17, i === 0 ? 1 : i === 1 ? 2 : 3, w.cap * 2 + capsSentence) >>> shift;
    out[o++] = mix(19, w.commonLower * 4 + w.cap * 2 + capsSentence, i === 0 ? 1 : 0) >>> shift;
    out[o++] = mix(20, gazB[i], gazI[i]) >>> shift;
    out[o++] = mix(21, gz[j - 1], gazI[i]) >>> shift;
    out[o++] = mix(22, gazI[i], gz[j + 1]) >>> shift;
    out[o++] = mix(23, gz[j + 2], capsSentence) >>> shift;
    out[o++] = mix(26, hL[j - 1], shape) >>> shift;
    out[o] = mix(27, shape, hL[j + 1]) >>> shift;
  }
  runFeatures(infos, capsSentence, out, CONTEXT_FEATURES, CONTEXT_FEATURES - RUN_FEATURES, shift);
  return { scores, feats: out };
}

/** Summed weights (tagCount values) of features 0-7, 18, 24 and 25 of one word, cached on its info. */
function wordScores(
  w: WordInfo,
  capsSentence: number,
  weights: ArrayLike<number>,
  tagCount: number,
  shift: number,
): number[] {
  if (w.scoresOf !== weights || !w.scores) {
    w.scores = [undefined, undefined];
    w.scoresOf = weights;
  }
  const cached = w.scores[capsSentence];
  if (cached) return cached;
  const len = w.lower.length;
  const buckets = [
    0,
    mix(1, w.hLower) >>> shift,
    mix(2, w.hShape) >>> shift,
    w.affixes[0] >>> shift,
    w.affixes[1] >>> shift,
    w.affixes[2] >>> shift,
    w.affixes[3] >>> shift,
    w.affixes[4] >>> shift,
    mix(18, capsSentence, w.hShape) >>> shift,
    mix(24, w.gaz, w.cap) >>> shift,
    mix(25, len > 12 ? 12 : len, capsSentence) >>> shift,
  ];
  // A plain array (small integers) takes less memory per cached word than a typed array.
  const sums: number[] = new Array(tagCount).fill(0);
  for (const b of buckets) for (let t = 0; t < tagCount; t++) sums[t] += weights[b * tagCount + t];
  w.scores[capsSentence] = sums;
  return sums;
}
