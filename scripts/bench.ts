/**
 * Speed benchmark: `npm run bench [-- --data DIR] [--stream-mb N]`. Measures on real news (the texts of
 * the openly licensed news corpora in shared/data/ner-train beside the checkout or above it, and the
 * samples; see bench-corpus.ts for what happens without them): full analysis in process and where its
 * time goes, against compromise and chrono-node on the same documents; the command line end to end,
 * with one worker thread and with all cores, and streaming a large input in bounded memory; analyze
 * --dir and every export format on one 5 MB article of news documents joined. On generated long
 * articles: editing (in a process of its own, for its peak memory), first spans and the longest slice,
 * the fact checks' cost per edit, sidecar load and write, re-anchoring many orphans, learning from annotations. Prints a Markdown
 * table with each target and its margin.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ENTITY_MODEL_PATH, EntityModel, EntityRecognizer, loadEntityModel } from '../src/core/ner';
import { recognizeTemporal } from '../src/core/dates';
import { createArticleAnalyzer } from '../src/core/analysis/pipeline';
import { defaultNewsDir, loadNews } from './bench-corpus';
import { analysisRows } from './bench-analysis';
import { checkRows } from './bench-checks';
import { cliThroughputRows, streamingRows } from './bench-cli';
import { longArticleRows } from './bench-files';
import { editRows, sliceRows } from './bench-edit';
import { orphanRows, sidecarRows, unknownKeyRows } from './bench-sidecar';
import { learningRows } from './bench-learning';
import { addRows, heapPeaks, printTable, report, reportTimed, rowsAsJson, startPhase, time } from './bench-measure';

const SEED = 20251012;
const DCT = '2025-10-12';
/** Characters of real news analysed in process and through the command line. */
const NEWS_CHARS = 3_000_000;
/** One very long article: news documents joined, about 5 MB. */
const LONG_ARTICLE_CHARS = 5_000_000;
const repoRoot = path.resolve(__dirname, '..', '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function loadModel(): EntityModel {
  const file = path.join(repoRoot, ...ENTITY_MODEL_PATH);
  const read = time(() => fs.readFileSync(file));
  const load = time(() => loadEntityModel(new Uint8Array(read.result)));
  reportTimed('model load (read + decode)', { wall: read.wall + load.wall, cpu: read.ms + load.ms }, 'ms');
  return load.result;
}

/** The editing rows, in this process when run as `--part edits`: their rows go to stdout as JSON. */
async function editingPart(): Promise<void> {
  const analyzer = createArticleAnalyzer(new EntityRecognizer(loadModel()), recognizeTemporal, { dct: DCT });
  await editRows(analyzer, 10_000, SEED, 5);
  await editRows(analyzer, 100_000, SEED, 10);
  report('peak resident set size of the editing process', process.resourceUsage().maxRSS / 1024, 'MiB', {
    atMost: 250,
  });
  process.stdout.write(rowsAsJson());
}

/** Runs the editing rows in a fresh process (same bundle) and takes its rows. */
function editingInOwnProcess(): void {
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--part', 'edits'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`the editing part exited with ${child.status}`);
  addRows(child.stdout);
}

async function main(): Promise<void> {
  if (option('--part', '') === 'edits') return editingPart();
  if (process.argv.includes('--sidecar')) {
    // Only the sidecar rows (`node dist/node/bench.js --sidecar`), for quick comparisons.
    startPhase('sidecar');
    await sidecarRows(SEED);
    unknownKeyRows();
    orphanRows(SEED);
    printTable('Sidecar rows only', SEED);
    return;
  }
  if (process.argv.includes('--learning')) {
    // Only the learning rows (`node dist/node/bench.js --learning`).
    startPhase('learning');
    learningRows(loadModel(), SEED);
    printTable('Learning rows only', SEED);
    return;
  }
  if (process.argv.includes('--checks')) {
    // Only the fact checks' rows (`node --expose-gc dist/node/bench.js --checks`), for quick comparisons.
    const analyzer = createArticleAnalyzer(new EntityRecognizer(loadModel()), recognizeTemporal, { dct: DCT });
    startPhase('fact checks');
    await checkRows(analyzer, 100_000, SEED, DCT);
    printTable('Fact check rows only', SEED);
    return;
  }
  const dataDir = option('--data', defaultNewsDir(repoRoot));
  const longArticle = () =>
    loadNews(dataDir, path.join(repoRoot, 'samples'), LONG_ARTICLE_CHARS, SEED)
      .docs.map(d => d.text)
      .join('\n\n');
  if (process.argv.includes('--files')) {
    // Only the long-article file rows (`node dist/node/bench.js --files`).
    await longArticleRows(repoRoot, longArticle());
    printTable('Long-article file rows only', SEED);
    return;
  }
  const news = loadNews(dataDir, path.join(repoRoot, 'samples'), NEWS_CHARS, SEED);
  if (!news.real) console.error(`note: ${news.source}`);
  if (process.argv.includes('--slices')) {
    // Only the sliced-analysis rows (`node dist/node/bench.js --slices`), after one pass over the news
    // warms the recogniser, as the full-analysis rows do before them in a full run.
    const analyzer = createArticleAnalyzer(new EntityRecognizer(loadModel()), recognizeTemporal, { dct: DCT });
    for (const doc of news.docs) analyzer.analyzeUnit(doc.text);
    startPhase('sliced analysis');
    await sliceRows(analyzer, news.docs.map(d => d.text).join('\n\n'), SEED);
    printTable('Sliced analysis rows only', SEED);
    return;
  }
  const model = loadModel();
  const recognizer = new EntityRecognizer(model);
  startPhase('full analysis');
  const compromise = analysisRows(recognizer, news.docs);
  startPhase('command line');
  await cliThroughputRows(repoRoot, news.docs, compromise);
  const streamMb = Number(option('--stream-mb', '1024'));
  if (streamMb > 0) await streamingRows(repoRoot, news.docs, streamMb);
  await longArticleRows(repoRoot, longArticle());
  editingInOwnProcess();
  startPhase('sliced analysis');
  const analyzer = createArticleAnalyzer(recognizer, recognizeTemporal, { dct: DCT });
  await sliceRows(analyzer, news.docs.map(d => d.text).join('\n\n'), SEED);
  startPhase('fact checks');
  await checkRows(analyzer, 100_000, SEED, DCT);
  startPhase('sidecar');
  await sidecarRows(SEED);
  unknownKeyRows();
  orphanRows(SEED);
  startPhase('learning');
  learningRows(model, SEED);
  for (const [name, bytes] of heapPeaks()) report(`peak heap used (sampled), ${name}`, bytes / 2 ** 20, 'MiB');
  printTable(`News: ${news.docs.length} documents, ${(news.chars / 1e6).toFixed(2)}M chars of ${news.source}`, SEED);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
