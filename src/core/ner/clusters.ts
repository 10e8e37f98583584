/**
 * Word clusters learned from word vectors over a large unlabelled corpus (see `scripts/build-clusters.ts`
 * and the data card): words used alike fall in the same cluster, so a name or a context word the
 * training text never had still shares features with the words of its cluster that it did have.
 *
 * The clusters form a tree with `BRANCHES` children per node; a word's cluster is its leaf, written as
 * a number whose base-`BRANCHES` digits are the path from the root, so the coarser clusters of the
 * word are that number's prefixes (like Brown-cluster bit-string prefixes).
 */
import { hashRange } from './hash';

export const BRANCHES = 4;

/**
 * Text form, as stored in the model file: one line per leaf, in leaf-number order, holding the leaf's
 * words separated by spaces (the words are lower case and have no spaces). No cluster numbers are
 * stored: a word's leaf is the number of its line.
 */
export class WordClusters {
  private table: Lookup | undefined;

  /** `depth` is the number of levels of the tree, so there are at most BRANCHES ** depth leaves. */
  constructor(
    readonly text: string,
    readonly depth: number,
  ) {}

  static empty(): WordClusters {
    return new WordClusters('', 0);
  }

  /** Builds the text form from each leaf's words. */
  static fromLeaves(leaves: readonly (readonly string[])[], depth: number): WordClusters {
    for (const words of leaves) {
      for (const w of words) if (w === '' || /\s/.test(w) || w !== w.toLowerCase()) throw new Error(`bad word "${w}"`);
    }
    return new WordClusters(leaves.map(words => words.join(' ')).join('\n'), depth);
  }

  /**
   * The leaf of a lower-case word, or -1 when the word is not in the table. The lookup table is built
   * on first use, not when the model loads, so that loading stays quick.
   */
  leaf(lower: string): number {
    const table = (this.table ??= buildLookup(this.text));
    const { index, starts, lengths, leaves } = table;
    const { text } = this;
    const mask = index.length - 1;
    const h = hashRange(lower, 0, lower.length);
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const w = index[at] - 1;
      if (w < 0) return -1;
      if (lengths[w] === lower.length && text.startsWith(lower, starts[w])) return leaves[w];
    }
  }

  /** The word's cluster `levels` levels down the tree (1: the coarsest; deeper: its leaf), or -1 when unknown. */
  cluster(lower: string, levels: number): number {
    const leaf = this.leaf(lower);
    return leaf < 0 ? -1 : Math.floor(leaf / BRANCHES ** Math.max(0, this.depth - levels));
  }

  /** Number of words in the table. */
  get size(): number {
    return (this.table ??= buildLookup(this.text)).starts.length;
  }
}

/**
 * Where each word of the text form is, and its leaf, with an open-addressing index on its FNV-1a hash:
 * built in one pass over the text without cutting 100,000 strings out of it, as a Map would need (about
 * twice as slow to build, and a few megabytes more).
 */
interface Lookup {
  /** Word number + 1 at each place (0: free); at most half full. */
  index: Int32Array;
  starts: Int32Array;
  lengths: Int32Array;
  leaves: Int32Array;
}

function buildLookup(text: string): Lookup {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 10;
    if (c !== 32 && c !== 10 && (next === 32 || next === 10)) count++;
  }
  const starts = new Int32Array(count);
  const lengths = new Int32Array(count);
  const leaves = new Int32Array(count);
  let size = 2;
  while (size < 2 * count) size *= 2;
  const index = new Int32Array(size);
  const mask = size - 1;
  let w = 0;
  let leaf = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 32 && c !== 10) continue;
    if (i > start) {
      starts[w] = start;
      lengths[w] = i - start;
      leaves[w] = leaf;
      let at = hashRange(text, start, i) & mask;
      while (index[at] !== 0) at = (at + 1) & mask;
      index[at] = ++w;
    }
    start = i + 1;
    if (c === 10) leaf++;
  }
  return { index, starts, lengths, leaves };
}
