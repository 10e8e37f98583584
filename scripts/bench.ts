/**
 * Speed benchmark: `npm run bench`. Generates seeded news-like text, then measures full-analysis
 * throughput against compromise and chrono-node (same run, same text), edit-to-spans latency through
 * incremental analysis, time to first spans, the longest synchronous slice, model load, sidecar load
 * plus re-anchoring, re-anchoring many orphans, and peak memory. Prints a Markdown table with each target and its margin.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { IncrementalAnalysis, type UnitAnalyzer } from '../src/core/analysis/incremental';
import { ENTITY_MODEL_PATH, EntityModel, EntityRecognizer, loadEntityModel } from '../src/core/ner';
import { recognizeTemporal } from '../src/core/dates';
import { createArticleAnalyzer } from '../src/core/analysis/pipeline';
import { parseSidecar } from '../src/core/sidecar/parse';
import { serializeSidecar } from '../src/core/sidecar/serialize';
import { createAnnotation } from '../src/core/sidecar/create';
import { textHash } from '../src/core/sidecar/hash';
import { reanchor } from '../src/core/anchor';
import type { Annotation } from '../src/core/sidecar/types';
import { AnnotationFiles } from '../src/core/files';
import { nodeFiles } from '../src/cli/nodeFiles';
import { generateArticle, generateNews, seededRandom } from './bench-news';
import { learningRows } from './bench-learning';
import {
  collectGarbage,
  format,
  heapPeaks,
  longer,
  percentile,
  printTable,
  report,
  reportTimed,
  sampleHeap,
  since,
  stamp,
  startPhase,
  time,
  timeAsync,
  tokenCount,
  type Timed,
} from './bench-measure';

const SEED = 20251012;
const DCT = '2025-10-12';
const CORPUS_WORDS = 350_000;
const REFERENCE_CHARS = 150_000;
const EDITS = 200;
const repoRoot = path.resolve(__dirname, '..', '..');
function loadModel(): EntityModel {
  const file = path.join(repoRoot, ...ENTITY_MODEL_PATH);
  const read = time(() => fs.readFileSync(file));
  const load = time(() => loadEntityModel(new Uint8Array(read.result)));
  reportTimed('model load (read + decode)', { wall: read.wall + load.wall, cpu: read.ms + load.ms }, 'ms');
  return load.result;
}

/**
 * Throughput in chars per CPU second and per wall second: median of three cold-cache analyses, after
 * one untimed run that lets the JIT compile the hot code, as it has in an editor after the first
 * few analyses (the cold start has its own row: first spans of a 100k-word article).
 */
function measureThroughput(analyzer: UnitAnalyzer, corpus: string): { cpu: number; wall: number } {
  new IncrementalAnalysis(analyzer).analyze(corpus);
  const runs = [0, 1, 2].map(() => {
    const t = time(() => new IncrementalAnalysis(analyzer).analyze(corpus));
    sampleHeap();
    return t;
  });
  const perSecond = (ms: number) => corpus.length / (ms / 1000);
  return {
    cpu: perSecond(
      percentile(
        runs.map(r => r.ms),
        50,
      ),
    ),
    wall: perSecond(
      percentile(
        runs.map(r => r.wall),
        50,
      ),
    ),
  };
}

function referenceSample(corpus: string): string {
  return corpus.slice(0, corpus.indexOf('\n', REFERENCE_CHARS));
}

function measureReferences(sample: string) {
  const people = time(() => {
    const doc = nlp(sample);
    return doc.people().length + doc.organizations().length + doc.places().length;
  });
  const ref = new Date(`${DCT}T12:00:00Z`);
  const dates = time(() => chrono.parse(sample, ref).length);
  const perSecond = (ms: number) => sample.length / (ms / 1000);
  return {
    compromise: { cpu: perSecond(people.ms), wall: perSecond(people.wall) },
    chrono: { cpu: perSecond(dates.ms), wall: perSecond(dates.wall) },
  };
}

function throughputRows(analyzer: UnitAnalyzer, recognizer: EntityRecognizer, corpus: string): void {
  const tokensPerChar = tokenCount(corpus) / corpus.length;
  startPhase('full analysis');
  const ours = measureThroughput(analyzer, corpus);
  const entitiesOnly = measureThroughput({ analyzeUnit: t => recognizer.recognizeParagraph(t) }, corpus);
  const datesOnly = measureThroughput({ analyzeUnit: t => recognizeTemporal(t, { dct: DCT }) }, corpus);
  const sample = referenceSample(corpus);
  startPhase('compromise and chrono-node');
  const refs = measureReferences(sample);
  sampleHeap();
  const both = 1 / (1 / refs.compromise.wall + 1 / refs.chrono.wall);
  reportTimed('full analysis (entities + dates), chars/s', ours, 'chars/s', { atLeast: 1.5e6 });
  reportTimed(
    'full analysis, tokens/s',
    { wall: ours.wall * tokensPerChar, cpu: ours.cpu * tokensPerChar },
    'tokens/s',
  );
  reportTimed('  entities only (per unit, no document pass)', entitiesOnly, 'chars/s');
  reportTimed('  dates only', datesOnly, 'chars/s');
  reportTimed(`reference: compromise people/orgs/places (${format(sample.length)} chars)`, refs.compromise, 'chars/s');
  reportTimed('reference: chrono-node parse', refs.chrono, 'chars/s');
  report('ratio: ours / compromise', ours.wall / refs.compromise.wall, 'x', { atLeast: 10 });
  report('ratio: ours / chrono-node', ours.wall / refs.chrono.wall, 'x');
  report('ratio: ours / (compromise + chrono-node)', ours.wall / both, 'x');
}

/**
 * A random one-character insertion or deletion, away from line breaks. The editor hands the
 * extension a flat string (getText()); the concatenation here makes a rope, so it is flattened
 * (by a scan) before the clock starts.
 */
function oneCharEdit(text: string, rand: () => number): { text: string; at: number } {
  for (;;) {
    const at = Math.floor(rand() * text.length);
    if (text[at] === '\n' || text[at - 1] === '\n') continue;
    const edited = rand() < 0.5 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    edited.indexOf('\u0000');
    return { text: edited, at };
  }
}

const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

/**
 * The same seeded sequence of one-character edits on a fresh engine, each edit timed by `run`. Each
 * way of running is measured in a pass of its own, as an editor runs one engine per article: engines
 * sharing a loop would collect each other's garbage inside the timed runs.
 */
async function editPass(
  words: number,
  engine: IncrementalAnalysis,
  run: (text: string, at: number) => Promise<{ ms: number; wall: number }>,
): Promise<{ cpu: number[]; wall: number[]; text: string }> {
  const rand = seededRandom(SEED + words);
  let text = generateArticle(words, SEED + words);
  engine.analyze(text);
  collectGarbage();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < EDITS + 20; i++) {
    const edit = oneCharEdit(text, rand);
    text = edit.text;
    const t = await run(text, edit.at);
    if (i < 20) continue; // warm-up
    cpu.push(t.ms);
    wall.push(t.wall);
    sampleHeap();
  }
  return { cpu, wall, text };
}

/**
 * One-character edits as the editor runs them: sliced analysis with the screen around the edit as
 * priority. Also the synchronous path (command line), and the same edits without the document pass.
 */
async function measureEdits(analyzer: UnitAnalyzer, words: number, targetMs: number): Promise<void> {
  const sliced = new IncrementalAnalysis(analyzer);
  const editor = await editPass(words, sliced, (text, at) =>
    timeAsync(() =>
      sliced.analyzeInSlices(text, {
        priority: { start: Math.max(0, at - 2000), end: at + 2000 },
        budgetMs: 20,
        yieldFn: nextTurn,
      }),
    ),
  );
  const sync = new IncrementalAnalysis(analyzer);
  const whole = await editPass(words, sync, async text => time(() => sync.analyze(text)));
  const unitsOnly = new IncrementalAnalysis({ analyzeUnit: t => analyzer.analyzeUnit(t) });
  const units = await editPass(words, unitsOnly, async text => time(() => unitsOnly.analyze(text)));
  const label = `${format(words)}-word article (${format(editor.text.length)} chars)`;
  reportTimed(
    `edit -> spans p50, ${label}`,
    { wall: percentile(editor.wall, 50), cpu: percentile(editor.cpu, 50) },
    'ms',
  );
  reportTimed(
    `edit -> spans p95, ${label}`,
    { wall: percentile(editor.wall, 95), cpu: percentile(editor.cpu, 95) },
    'ms',
    { atMost: targetMs },
  );
  reportTimed(
    `  synchronous analyze() p95`,
    { wall: percentile(whole.wall, 95), cpu: percentile(whole.cpu, 95) },
    'ms',
  );
  reportTimed(
    `  without the document pass (engine + changed unit) p95`,
    { wall: percentile(units.wall, 95), cpu: percentile(units.cpu, 95) },
    'ms',
  );
  if (analyzer.harmonize)
    reportTimed(`  document pass (harmonize) alone, p50`, documentPassMs(analyzer, editor.text), 'ms');
}

/** Median time of the analyser's document pass alone over the whole text. */
function documentPassMs(analyzer: UnitAnalyzer, text: string): Timed {
  const spans = new IncrementalAnalysis({ analyzeUnit: t => analyzer.analyzeUnit(t) }).analyze(text);
  const times = Array.from({ length: 9 }, () => time(() => analyzer.harmonize!(text, spans)));
  return {
    wall: percentile(
      times.map(t => t.wall),
      50,
    ),
    cpu: percentile(
      times.map(t => t.ms),
      50,
    ),
  };
}

/** Sliced analysis with a cold cache: time to first spans, longest synchronous slice, total time. */
async function measureSlices(analyzer: UnitAnalyzer, text: string, visibleAt: number) {
  const engine = new IncrementalAnalysis(analyzer);
  const start = stamp();
  let resumed = start;
  let longest = { cpu: 0, wall: 0 };
  let firstSpans: { cpu: number; wall: number } | undefined;
  const yieldFn = async () => {
    longest = longer(longest, since(resumed));
    sampleHeap();
    await new Promise<void>(resolve => setImmediate(resolve));
    resumed = stamp();
  };
  const from = Math.floor(text.length * visibleAt);
  const onPartial = () => {
    firstSpans ??= since(start);
  };
  await engine.analyzeInSlices(text, { priority: { start: from, end: from + 4000 }, budgetMs: 10, yieldFn, onPartial });
  longest = longer(longest, since(resumed));
  return { firstSpans: firstSpans!, longest, total: since(start) };
}

async function sliceRows(analyzer: UnitAnalyzer, corpus: string): Promise<void> {
  const article = generateArticle(100_000, SEED + 7);
  const big = await measureSlices(analyzer, article, 0.4);
  const huge = await measureSlices(analyzer, corpus, 0.5);
  reportTimed('first spans (visible range first), 100k-word article', big.firstSpans, 'ms', { atMost: 300 });
  reportTimed('  full sliced analysis, 100k-word article', big.total, 'ms');
  reportTimed(`  full sliced analysis, ${format(corpus.length)}-char corpus`, huge.total, 'ms');
  reportTimed('longest synchronous slice, 100k-word article', big.longest, 'ms', { atMost: 50 });
  reportTimed(`longest synchronous slice, ${format(corpus.length)}-char corpus`, huge.longest, 'ms', { atMost: 50 });
}

/**
 * 10,000 annotations on capitalised words of a long article, as a serialised sidecar; for an annotation
 * `project`, one in ten also has attributes and 1,000 relations join neighbours.
 */
function buildSidecar(text: string, project = false): string {
  const taken = new Set<string>();
  const annotations: Annotation[] = [];
  const stamp = new Date(`${DCT}T09:00:00Z`);
  for (const m of text.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
    if (annotations.length === 10_000) break;
    const a = createAnnotation(text, m.index!, m.index! + m[0].length, 'PER', { now: stamp, takenIds: taken });
    taken.add(a.id);
    if (project && annotations.length % 10 === 0) a.attributes = { certainty: 'confirmed', 'source-url': 'desk' };
    annotations.push(a);
  }
  const relations = project
    ? annotations.slice(0, 1000).map((a, i) => ({ id: `r-${i}`, type: 'meets', from: a.id, to: annotations[i + 1].id }))
    : undefined;
  return serializeSidecar({
    version: 1,
    article: 'story.md',
    textHash: textHash(text),
    annotations,
    corrections: [],
    ...(relations ? { relations } : {}),
  });
}

async function sidecarRows(): Promise<void> {
  const text = generateArticle(150_000, SEED + 11);
  const yaml = buildSidecar(text);
  const cut = text.indexOf('\n', text.length / 2);
  const edited =
    'Editor’s note: this story was updated.\n' + text.slice(0, cut) + text.slice(text.indexOf('\n', cut + 1));
  const run = (article: string) => {
    const parsed = time(() => parseSidecar(yaml).data!);
    const anchored = time(() => reanchor(parsed.result.annotations, article, parsed.result.textHash));
    sampleHeap();
    return {
      parse: { wall: parsed.wall, cpu: parsed.ms },
      reanchor: { wall: anchored.wall, cpu: anchored.ms },
      total: { wall: parsed.wall + anchored.wall, cpu: parsed.ms + anchored.ms },
      results: anchored.result,
    };
  };
  run(text);
  const same = run(text);
  const changed = run(edited);
  sampleHeap();
  const count = (status: string) => changed.results.filter(r => r.status === status).length;
  const n = same.results.length;
  reportTimed(`sidecar load + re-anchor, ${n} annotations, unchanged article`, same.total, 'ms', { atMost: 200 });
  reportTimed(`  of which parse (${format(yaml.length)}-char sidecar)`, same.parse, 'ms');
  reportTimed(
    `sidecar load + re-anchor, ${n} annotations, edited article (kept ${count('kept')}, moved ${count('moved')}, ` +
      `orphaned ${count('orphaned')})`,
    changed.total,
    'ms',
    { atMost: 200 },
  );
  reportTimed(`  of which re-anchor`, changed.reanchor, 'ms');
  await writeRows(text, yaml);
  // An annotation project's sidecar: attributes and relations take the same quick paths.
  const project = buildSidecar(text, true);
  parseSidecar(project);
  const load = time(() => parseSidecar(project).data!);
  reportTimed(
    `project sidecar parse (attributes on 1 in 10, ${load.result.relations!.length} relations)`,
    { wall: load.wall, cpu: load.ms },
    'ms',
  );
  await writeRows(text, project, 15, 'project sidecar: ');
}

/**
 * Re-anchoring many items whose text is gone from a long article (the slow path: each is searched for,
 * exactly and then for a similar text), against the same number of items all found in the same
 * article, measured in the same run. The lost items' quotes are the article's words with a prefix no
 * word has, so none occurs.
 */
function orphanRows(items = 1000): void {
  const text = generateNews(800_000, SEED + 13);
  const stamp = new Date(`${DCT}T09:00:00Z`);
  const sidecarFor = (lost: boolean): Annotation[] => {
    let old = '';
    let last = 0;
    const spans: [number, number][] = [];
    const word = /\b[A-Z][a-z]{3,}\b/g;
    for (let i = 0; i < items; i++) {
      word.lastIndex = Math.floor(((i + 0.5) / items) * (text.length - 100));
      const m = word.exec(text)!;
      const quote = lost ? `Qz${i.toString(36)}${m[0]}` : m[0];
      old += text.slice(last, m.index);
      spans.push([old.length, old.length + quote.length]);
      old += quote;
      last = m.index + m[0].length;
    }
    old += text.slice(last);
    return spans.map(([start, end]) => createAnnotation(old, start, end, 'PER', { now: stamp }));
  };
  const unknown = 'sha256:' + '0'.repeat(64);
  const found = sidecarFor(false);
  const lost = sidecarFor(true);
  reanchor(found, text, unknown);
  const foundTime = time(() => reanchor(found, text, unknown));
  const lostTime = time(() => reanchor(lost, text, unknown));
  const orphans = lostTime.result.filter(r => r.status === 'orphaned').length;
  const size = `${format(text.length)}-char article`;
  const timed = (t: { wall: number; ms: number }) => ({ wall: t.wall, cpu: t.ms });
  reportTimed(`re-anchor ${format(items)} annotations all found, ${size}`, timed(foundTime), 'ms');
  reportTimed(`re-anchor ${format(items)} annotations, ${format(orphans)} orphaned, ${size}`, timed(lostTime), 'ms');
  report('  ratio orphaned / found', lostTime.wall / foundTime.wall, 'x');
}

/**
 * One user action on a big sidecar, as the editor does it: one more annotation (on a name), serialised against the
 * text last written (the first run against the file as loaded), then written. Directly (serialise and write the
 * text), and through the flow every writer takes (lock, the file read again and compared, temporary file,
 * rename). p50 and p95.
 */
async function writeRows(text: string, yaml: string, runs = 15, what = ''): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-'));
  const file = path.join(folder, 'story.md.annotations.yaml');
  const flow = new AnnotationFiles(nodeFiles);
  for (const through of ['serialise + write text', 'through the flow (lock, read again, rename)']) {
    fs.writeFileSync(file, yaml);
    const data = parseSidecar(yaml).data!;
    const taken = new Set(data.annotations.map(a => a.id));
    const cpu: number[] = [];
    const wall: number[] = [];
    let previous = yaml;
    for (let i = 0; i < runs; i++) {
      // A capitalised word, as users annotate names.
      const word = /\b[A-Z][a-z]{2,}\b/g;
      word.lastIndex = Math.floor(((i + 0.5) / runs) * (text.length - 100));
      const m = word.exec(text)!;
      const added = createAnnotation(text, m.index, m.index + m[0].length, 'ORG', {
        now: new Date(`${DCT}T10:00:00Z`),
        takenIds: taken,
      });
      taken.add(added.id);
      data.annotations.push(added);
      const t = await timeAsync(async () => {
        if (through.startsWith('through')) {
          const result = await flow.update(file, text, current => (current.text === previous ? data : undefined));
          if (result.status !== 'written') throw new Error(`not written: ${result.status}`);
          return result.text;
        }
        const content = serializeSidecar(data, previous);
        fs.writeFileSync(file, content);
        return content;
      });
      previous = t.result;
      cpu.push(t.ms);
      wall.push(t.wall);
    }
    const n = data.annotations.length - runs;
    reportTimed(
      `${what}add one annotation to a ${format(n)}-annotation sidecar: ${through}, p50`,
      { wall: percentile(wall, 50), cpu: percentile(cpu, 50) },
      'ms',
    );
    reportTimed('  p95', { wall: percentile(wall, 95), cpu: percentile(cpu, 95) }, 'ms');
  }
  fs.rmSync(folder, { recursive: true, force: true });
}

/**
 * Sidecars another tool filled with keys this format does not know, with a comment so that the full YAML
 * parser reads them (the slower path): reading one and writing one change. Both should grow with the file.
 */
function unknownKeyRows(): void {
  const cpu = [20_000, 200_000].map(n => {
    let text = `# written by another tool\nversion: 1\narticle: story.md\ntextHash: ${textHash('')}\nannotations: []\n`;
    for (let i = 0; i < n; i++) text += `x-key${i}: value ${i}\n`;
    const t = time(() => {
      const data = parseSidecar(text).data!;
      data.date = DCT;
      return serializeSidecar(data, text);
    });
    reportTimed(
      `sidecar with ${format(n)} unknown top-level keys: read + one change written`,
      { wall: t.wall, cpu: t.ms },
      'ms',
    );
    return t.ms;
  });
  // In CPU time: the other processes of a busy machine stretch the wall-clock time of the longer run most.
  report('  ratio of 200k keys to 20k, CPU time (10 when linear)', cpu[1] / cpu[0], '×', { atMost: 15 });
}

async function main(): Promise<void> {
  if (process.argv.includes('--sidecar')) {
    // Only the sidecar rows (`node dist/node/bench.js --sidecar`), for quick comparisons.
    startPhase('sidecar');
    await sidecarRows();
    unknownKeyRows();
    orphanRows();
    printTable('', SEED);
    return;
  }
  if (process.argv.includes('--learning')) {
    // Only the learning rows (`node dist/node/bench.js --learning`).
    startPhase('learning');
    learningRows(loadModel(), SEED);
    printTable('', SEED);
    return;
  }
  const model = loadModel();
  const recognizer = new EntityRecognizer(model);
  const analyzer = createArticleAnalyzer(recognizer, recognizeTemporal, { dct: DCT });
  const corpus = generateNews(CORPUS_WORDS, SEED);
  throughputRows(analyzer, recognizer, corpus);
  startPhase('edits');
  await measureEdits(analyzer, 10_000, 5);
  await measureEdits(analyzer, 100_000, 20);
  startPhase('sliced analysis');
  await sliceRows(analyzer, corpus);
  startPhase('sidecar');
  await sidecarRows();
  unknownKeyRows();
  orphanRows();
  startPhase('learning');
  learningRows(model, SEED);
  for (const [name, bytes] of heapPeaks()) report(`peak heap used (sampled), ${name}`, bytes / 2 ** 20, 'MiB');
  report('peak resident set size', process.resourceUsage().maxRSS / 1024, 'MiB');
  printTable(corpus, SEED);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
