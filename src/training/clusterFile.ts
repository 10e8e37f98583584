import { BRANCHES, WordClusters } from '../core/ner/clusters';

/** Where `npm run build:clusters` writes the table that training puts into the model (path segments). */
export const WORD_CLUSTERS_PATH: readonly string[] = ['models', 'word-clusters.txt'];

interface ClusterFileHeader {
  depth: number;
  branches: number;
  [key: string]: unknown;
}

/** The table file: a JSON header line (depth, branches, where the clusters come from), then `WordClusters.text`. */
export function formatClusterFile(
  leaves: readonly (readonly string[])[],
  depth: number,
  info: Record<string, unknown>,
): string {
  const header: ClusterFileHeader = { depth, branches: BRANCHES, ...info };
  return `${JSON.stringify(header)}\n${WordClusters.fromLeaves(leaves, depth).text}\n`;
}

export function parseClusterFile(text: string): WordClusters {
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as ClusterFileHeader;
  if (header.branches !== BRANCHES)
    throw new Error(`word clusters with ${header.branches} branches, expected ${BRANCHES}`);
  return new WordClusters(text.slice(newline + 1).replace(/\n$/, ''), header.depth);
}
