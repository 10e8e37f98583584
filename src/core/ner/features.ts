import { hashString, mix } from './hash';
import { Gazetteer } from './gazetteer';
import { WordClusters } from './clusters';
import { CONNECTORS, RUN_FEATURES, runFeatures } from './runs';

/** What feature extraction needs from the model besides the weights. */
export interface FeatureContext {
  hashBits: number;
  gazetteer: Gazetteer;
  /** Words seen mostly in lower case in the training text ("take", "victory"). */
  lowerWords: Set<string>;
  /** Clusters of words used alike, learned from unlabelled text (`clusters.ts`). */
  clusters: WordClusters;
}

/** Number of hashed features per token (fixed, so features fit one flat array). */
const BASE_FEATURES = 28;
/**
 * Levels of the cluster tree whose clusters are features of a word (features 32 onwards, after the
 * run features), coarse to fine: with four branches, 64, 256 and 1024 clusters.
 */
export const CLUSTER_LEVELS: readonly number[] = [3, 4, 5];
export const FEATURES_PER_TOKEN = BASE_FEATURES + RUN_FEATURES + CLUSTER_LEVELS.length;
/** Feature number (and position) of the first cluster feature. */
export const FIRST_CLUSTER_FEATURE = BASE_FEATURES + RUN_FEATURES;

/** Hash of the padding on either side of a sentence, in the context features. */
export const BOUNDARY = hashString('<s>');

/**
 * Positions, in a token's `sentenceFeatures`, of the features made of words: the word itself, its
 * affixes, the words around it and the first and last words of its capitalised run. The others (bias,
 * shapes, position in the sentence, name lists, lengths) fire on most tokens alike. A word's clusters
 * are left out too: each is shared by hundreds of words, so learning from a few of the user's names
 * would move the reading of all the others.
 */
export const LEXICAL_FEATURES: readonly number[] = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 26, 27, 29, 30];

/** Hash of feature FIRST_CLUSTER_FEATURE + k: the word's cluster at level CLUSTER_LEVELS[k]. */
export function clusterHash(k: number, cluster: number): number {
  return mix(FIRST_CLUSTER_FEATURE + k, cluster);
}

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

/** Hashed features 3-7: the word's first two and three and last two, three and four letters. */
function affixHashes(lower: string): number[] {
  return [
    mix(3, hashString(lower.slice(0, 2))),
    mix(4, hashString(lower.slice(0, 3))),
    mix(5, hashString(lower.slice(-2))),
    mix(6, hashString(lower.slice(-3))),
    mix(7, hashString(lower.slice(-4))),
  ];
}

/** Whether the word has letters with case (not only digits, punctuation or caseless script). */
export function hasCase(word: string, lower: string): boolean {
  return lower !== word.toUpperCase() || word !== lower;
}

export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

export function isAllCaps(word: string): boolean {
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
  /** The word's cluster at each of CLUSTER_LEVELS, -1 if it has none. */
  clusters: number[];
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
    affixes: affixHashes(lower),
    gaz: ctx.gazetteer.taggerWord(lower),
    gazLongest: ctx.gazetteer.longestFrom(lower),
    commonLower: ctx.lowerWords.has(lower) ? 1 : 0,
    cap: isCapitalised(word) ? 1 : 0,
    allCaps: isAllCaps(word) ? 1 : 0,
    hasCase: hasCase(word, lower) ? 1 : 0,
    clusters: CLUSTER_LEVELS.map(level => ctx.clusters.cluster(lower, level)),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}

/** Per-sentence values of `sentenceFeatures`. */
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

/** Whether a sentence is set in capitals (a headline, a dateline): then case says little, and word identity must carry it. */
export function isCapsSentence(allCaps: number, withCase: number): number {
  return allCaps >= 2 && allCaps >= 0.6 * withCase ? 1 : 0;
}

function prepare(words: string[], ctx: FeatureContext): Prepared {
  const n = words.length;
  const infos = words.map(w => wordInfo(w, ctx));
  let caps = 0;
  let alpha = 0;
  for (const w of infos) {
    alpha += w.hasCase;
    caps += w.allCaps;
  }
  const capsSentence = isCapsSentence(caps, alpha);
  const gazB = new Int32Array(n);
  const gazI = new Int32Array(n);
  ctx.gazetteer.match(
    infos.map(w => w.lower),
    i => capsSentence === 1 || infos[i].cap === 1,
    gazB,
    gazI,
  );
  const hL = new Uint32Array(n + 4);
  const hS = new Uint32Array(n + 4);
  const gz = new Int32Array(n + 4);
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
 * reduced to `ctx.hashBits` bits. Every feature looks only at this sentence's words. Training reads
 * features in this form; tagging adds up the same weights faster (`sentenceEmissions`).
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
  const runWords = {
    capLike: infos.map(w => ((capsSentence ? w.hasCase === 1 && w.commonLower === 0 : w.cap === 1) ? 1 : 0)),
    connector: infos.map(w => (CONNECTORS.has(w.lower) ? 1 : 0)),
    hLower: infos.map(w => w.hLower),
    gaz: infos.map(w => w.gaz),
  };
  runFeatures(n, runWords, capsSentence, out, FEATURES_PER_TOKEN, BASE_FEATURES, shift);
  for (let i = 0; i < n; i++) {
    const { clusters } = infos[i];
    const o = i * FEATURES_PER_TOKEN + FIRST_CLUSTER_FEATURE;
    for (let k = 0; k < clusters.length; k++) out[o + k] = clusterHash(k, clusters[k]) >>> shift;
  }
  return out;
}
