import { hashString, mix } from './hash';
import { Gazetteer } from './gazetteer';

/** What feature extraction needs from the model besides the weights. */
export interface FeatureContext {
  hashBits: number;
  gazetteer: Gazetteer;
  /** Words seen mostly in lower case in the training text ("take", "victory"). */
  lowerWords: Set<string>;
}

/** Number of hashed features per token (fixed, so features fit one flat array). */
export const FEATURES_PER_TOKEN = 28;

const BOUNDARY = hashString('<s>');

/** "Leicestershire" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d": runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const k = c >= 'a' && c <= 'z' ? 'x' : c >= 'A' && c <= 'Z' ? 'X' : c >= '0' && c <= '9' ? 'd'
      : c.toLowerCase() !== c ? 'X' : c.toUpperCase() !== c ? 'x' : c;
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
  commonLower: number;
  cap: number;
  allCaps: number;
  hasCase: number;
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
      mix(3, hashString(lower.slice(0, 2))), mix(4, hashString(lower.slice(0, 3))),
      mix(5, hashString(lower.slice(-2))), mix(6, hashString(lower.slice(-3))), mix(7, hashString(lower.slice(-4))),
    ],
    gaz: ctx.gazetteer.word(lower),
    commonLower: ctx.lowerWords.has(lower) ? 1 : 0,
    cap: isCapitalised(word) ? 1 : 0,
    allCaps: isAllCaps(word) ? 1 : 0,
    hasCase: lower !== word.toUpperCase() || word !== lower ? 1 : 0,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}

/**
 * Hashed feature buckets for one sentence: FEATURES_PER_TOKEN entries per token, each already
 * reduced to `ctx.hashBits` bits. Every feature looks only at this sentence's words.
 */
export function sentenceFeatures(words: string[], ctx: FeatureContext): Uint32Array {
  const n = words.length;
  const infos = words.map((w) => wordInfo(w, ctx));
  let caps = 0;
  let alpha = 0;
  for (const w of infos) {
    alpha += w.hasCase;
    caps += w.allCaps;
  }
  // Headlines and datelines in capitals: case says little, so word identity must carry it.
  const capsSentence = caps >= 2 && caps >= 0.6 * alpha ? 1 : 0;
  const gazB = new Int32Array(n);
  const gazI = new Int32Array(n);
  ctx.gazetteer.match(infos.map((w) => w.lower), (i) => capsSentence === 1 || infos[i].cap === 1, gazB, gazI);

  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const shift = 32 - ctx.hashBits;
  const lw = (i: number) => (i < 0 || i >= n ? BOUNDARY : infos[i].hLower);
  const sh = (i: number) => (i < 0 || i >= n ? BOUNDARY : infos[i].hShape);
  const gz = (i: number) => (i < 0 || i >= n ? -1 : gazI[i]);
  for (let i = 0; i < n; i++) {
    const w = infos[i];
    const len = w.lower.length;
    let o = i * FEATURES_PER_TOKEN;
    const put = (h: number) => (out[o++] = h >>> shift);
    put(0);
    put(mix(1, w.hLower));
    put(mix(2, w.hShape));
    for (const a of w.affixes) put(a);
    put(mix(8, lw(i - 1)));
    put(mix(9, lw(i + 1)));
    put(mix(10, lw(i - 2)));
    put(mix(11, lw(i + 2)));
    put(mix(12, sh(i - 1), w.hShape));
    put(mix(13, w.hShape, sh(i + 1)));
    put(mix(14, mix(sh(i - 1), w.hShape), sh(i + 1)));
    put(mix(15, lw(i - 1), w.hLower));
    put(mix(16, w.hLower, lw(i + 1)));
    put(mix(17, i === 0 ? 1 : i === 1 ? 2 : 3, w.cap * 2 + capsSentence));
    put(mix(18, capsSentence, w.hShape));
    put(mix(19, w.commonLower * 4 + w.cap * 2 + capsSentence, i === 0 ? 1 : 0));
    put(mix(20, gazB[i], gazI[i]));
    put(mix(21, gz(i - 1), gazI[i]));
    put(mix(22, gazI[i], gz(i + 1)));
    put(mix(23, gz(i + 2), capsSentence));
    put(mix(24, w.gaz, w.cap));
    put(mix(25, len > 12 ? 12 : len, capsSentence));
    put(mix(26, lw(i - 1), w.hShape));
    put(mix(27, w.hShape, lw(i + 1)));
  }
  return out;
}
