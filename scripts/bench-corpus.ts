/**
 * The benchmark's real news: openly licensed texts from `../shared/data/ner-train` (GMB, Voice of
 * America news in the public domain, and the Wikinews news and interviews of GUM, CC-BY), plus the
 * project's samples. Only the texts are read; their annotations are not used. Without that folder
 * the benchmark falls back to generated news and says so: its throughput figures are then not
 * comparable with the targets, which are set on real news.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateNews } from './bench-news';

export interface NewsDoc {
  id: string;
  text: string;
}

interface NewsCorpus {
  docs: NewsDoc[];
  chars: number;
  /** Where the texts come from, for the table's header. */
  source: string;
  real: boolean;
}

/** The GUM documents that come from Wikinews (news and interviews, CC-BY 2.5). */
const GUM_WIKINEWS = /^GUM_(?:news|interview)_/;

function readJsonl(file: string): { id: string; text: string }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => JSON.parse(line) as { id: string; text: string });
}

/**
 * About `chars` characters of real news, always the same documents in the same order: GUM's Wikinews
 * texts and the samples first, then GMB documents in file order until the size is reached.
 */
export function loadNews(dataDir: string, samplesDir: string, chars: number, seed: number): NewsCorpus {
  const gmb = path.join(dataDir, 'gmb.jsonl');
  const gum = path.join(dataDir, 'gum-ccby.jsonl');
  if (!fs.existsSync(gmb) || !fs.existsSync(gum)) {
    const docs = generateNews(Math.ceil(chars / 6), seed)
      .split('\n\n')
      .map((text, i) => ({ id: `generated-${i}`, text }));
    return {
      docs,
      chars: docs.reduce((n, d) => n + d.text.length, 0),
      source: `generated news (seed ${seed}): ${dataDir} not found, so the figures are NOT on real news`,
      real: false,
    };
  }
  const docs: NewsDoc[] = readJsonl(gum)
    .filter(d => GUM_WIKINEWS.test(d.id))
    .map(d => ({ id: d.id, text: d.text }));
  for (const name of fs.readdirSync(samplesDir).sort())
    docs.push({ id: `samples/${name}`, text: fs.readFileSync(path.join(samplesDir, name), 'utf8') });
  let total = docs.reduce((n, d) => n + d.text.length, 0);
  for (const d of readJsonl(gmb)) {
    if (total >= chars) break;
    docs.push({ id: d.id, text: d.text });
    total += d.text.length;
  }
  return {
    docs,
    chars: total,
    source: `real news from ${dataDir} (GMB, GUM Wikinews) and samples/`,
    real: true,
  };
}

/**
 * The first `shared/data/ner-train` beside the checkout or beside a folder above it, or the one beside
 * the checkout when there is none (for the message that says it is missing).
 */
export function defaultNewsDir(repoRoot: string): string {
  const at = (dir: string) => path.join(path.dirname(dir), 'shared', 'data', 'ner-train');
  for (let dir = repoRoot; path.dirname(dir) !== dir; dir = path.dirname(dir))
    if (fs.existsSync(at(dir))) return at(dir);
  return at(repoRoot);
}

/** The documents as analysis input, one JSON object a line. */
export function toJsonl(docs: readonly NewsDoc[]): string {
  return docs.map(d => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
}
