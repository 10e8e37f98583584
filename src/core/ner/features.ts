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

/**
 * Hashed feature buckets for one sentence: FEATURES_PER_TOKEN entries per token, each already
 * reduced to `ctx.hashBits` bits. Every feature looks only at this sentence's words.
 */
export function sentenceFeatures(words: string[], ctx: FeatureContext): Uint32Array {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const hLower = new Uint32Array(n);
  const hShape = new Uint32Array(n);
  let caps = 0;
  let alpha = 0;
  for (let i = 0; i < n; i++) {
    hLower[i] = hashString(lower[i]);
    hShape[i] = hashString(wordShape(words[i]));
    if (words[i] !== lower[i]) {
      alpha++;
      if (isAllCaps(words[i])) caps++;
    } else if (lower[i] !== lower[i].toUpperCase()) alpha++;
  }
  // Headlines and datelines in capitals: case says little, so word identity must carry it.
  const capsSentence = caps >= 2 && caps >= 0.6 * alpha ? 1 : 0;
  const gazB = new Int32Array(n);
  const gazI = new Int32Array(n);
  ctx.gazetteer.match(lower, (i) => capsSentence === 1 || isCapitalised(words[i]), gazB, gazI);

  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const shift = 32 - ctx.hashBits;
  const lw = (i: number) => (i < 0 || i >= n ? BOUNDARY : hLower[i]);
  const sh = (i: number) => (i < 0 || i >= n ? BOUNDARY : hShape[i]);
  const gz = (i: number) => (i < 0 || i >= n ? -1 : gazI[i]);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lo = lower[i];
    const cap = isCapitalised(w) ? 1 : 0;
    const commonLower = ctx.lowerWords.has(lo) ? 1 : 0;
    const len = lo.length;
    const f = [
      0,
      mix(1, hLower[i]),
      mix(2, hShape[i]),
      mix(3, hashString(lo.slice(0, 2))),
      mix(4, hashString(lo.slice(0, 3))),
      mix(5, hashString(lo.slice(-2))),
      mix(6, hashString(lo.slice(-3))),
      mix(7, hashString(lo.slice(-4))),
      mix(8, lw(i - 1)),
      mix(9, lw(i + 1)),
      mix(10, lw(i - 2)),
      mix(11, lw(i + 2)),
      mix(12, sh(i - 1), hShape[i]),
      mix(13, hShape[i], sh(i + 1)),
      mix(14, mix(sh(i - 1), hShape[i]), sh(i + 1)),
      mix(15, lw(i - 1), hLower[i]),
      mix(16, hLower[i], lw(i + 1)),
      mix(17, i === 0 ? 1 : i === 1 ? 2 : 3, cap * 2 + capsSentence),
      mix(18, capsSentence, hShape[i]),
      mix(19, commonLower * 4 + cap * 2 + capsSentence, i === 0 ? 1 : 0),
      mix(20, gazB[i], gazI[i]),
      mix(21, gz(i - 1), gazI[i]),
      mix(22, gazI[i], gz(i + 1)),
      mix(23, gz(i + 2), capsSentence),
      mix(24, ctx.gazetteer.word(lo), cap),
      mix(25, len > 12 ? 12 : len, capsSentence),
      mix(26, lw(i - 1), hShape[i]),
      mix(27, hShape[i], lw(i + 1)),
    ];
    const base = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) out[base + k] = f[k] >>> shift;
  }
  return out;
}
