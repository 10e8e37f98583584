// Scores the entity recogniser (and compromise as a reference line) on JSONL gold files;
// temporal gold files (DATE/TIME/DURATION/SET spans) are handed to the date evaluation.
// Entity-linking gold files (documents with `mentions`) are scored against the knowledge base.
// Usage: npm run eval [-- FILE.jsonl ...] [--model FILE] (default models/ner.bin)
//   [--no-reference] (skip the compromise reference line, which takes most of the time)
//   [--no-curve] (skip the learning curve printed for every entity file)
//   [--curve-svg FILE] (also draw the learning curve of the entity files, one panel each, as an SVG image)
// Without files: the development sets in ../shared/data/dev and the linking gold set in eval/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { ENTITY_MODEL_PATH, EntityRecognizer, loadEntityModel } from '../src/core/ner';
import { evaluateDates, GoldDoc } from './eval-dates';
import { evaluateLinking, LinkingGoldDoc } from './eval-linking';
import { KnowledgeBase, WORLD_KNOWLEDGE_PATH } from '../src/core/world';
import { CURVE_SIZES, learningCurve, printCurve } from './eval-learning';
import { curveSvg, CurvePanel } from './learning-curve-svg';
import { Counts, f1, PredSpan, score } from './eval-score';

const TEMPORAL = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const GROUPS: [string, string[]][] = [
  ...TYPES.map((t): [string, string[]] => [t, [t]]),
  ['PER+ORG+LOC', ['PER', 'ORG', 'LOC']],
  ['all four', TYPES],
];

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function report(name: string, docs: GoldDoc[], preds: PredSpan[][]): void {
  console.log(`\n${name}`);
  console.log('  type          exact P / R / F1        overlap P / R / F1');
  for (const [label, types] of GROUPS) {
    const row = [false, true].map(overlap => {
      const sum: Counts = { tp: 0, tpGold: 0, pred: 0, gold: 0 };
      docs.forEach((d, i) => {
        const c = score(d.spans, preds[i], types, overlap);
        sum.tp += c.tp;
        sum.tpGold += c.tpGold;
        sum.pred += c.pred;
        sum.gold += c.gold;
      });
      const { p, r, f } = f1(sum);
      return `${(100 * p).toFixed(1).padStart(5)} ${(100 * r).toFixed(1).padStart(5)} ${(100 * f).toFixed(1).padStart(5)}`;
    });
    console.log(`  ${label.padEnd(12)}  ${row[0]}       ${row[1]}`);
  }
}

function compromiseSpans(text: string): PredSpan[] {
  const doc = nlp(text);
  const out: PredSpan[] = [];
  type Match = { terms: { offset: { start: number; length: number } }[] };
  const take = (matches: Match[], type: string) => {
    for (const m of matches) {
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      out.push({ start: first.start, end: last.start + last.length, type });
    }
  };
  take(doc.people().out('offset') as Match[], 'PER');
  take(doc.organizations().out('offset') as Match[], 'ORG');
  take(doc.places().out('offset') as Match[], 'LOC');
  return out.sort((a, b) => a.start - b.start);
}

/** Wall time, and this process's CPU time (steadier than wall time on a shared machine). */
function timed(docs: GoldDoc[], run: (text: string) => PredSpan[]): { preds: PredSpan[][]; ms: number; cpuMs: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const preds = docs.map(d => run(d.text));
  const cpu = process.cpuUsage(c0);
  return { preds, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function evaluateEntities(file: string, docs: GoldDoc[]): CurvePanel | undefined {
  const modelFile = option('--model') ?? path.join(repoRoot(), ...ENTITY_MODEL_PATH);
  const bytes = new Uint8Array(fs.readFileSync(modelFile));
  const t0 = performance.now();
  const model = loadEntityModel(bytes);
  const recognizer = new EntityRecognizer(model);
  const loadMs = performance.now() - t0;
  for (const d of docs) recognizer.recognize(d.text); // warm-up: the timing below is steady-state
  const tokens = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const ours = timed(docs, t => recognizer.recognize(t));
  const ref = process.argv.includes('--no-reference') ? undefined : timed(docs, compromiseSpans);
  console.log(
    `${file}: ${docs.length} docs, ${tokens} tokens; model ${(bytes.length / 1e6).toFixed(2)} MB loaded in ${loadMs.toFixed(1)} ms`,
  );
  const runs: [string, typeof ours][] = [['entity model', ours]];
  if (ref) runs.push(['compromise (reference)', ref]);
  for (const [name, r] of runs) {
    report(name, docs, r.preds);
    const rate = (ms: number) =>
      `${Math.round(tokens / (ms / 1000))} tokens/s, ${Math.round(chars / (ms / 1000))} chars/s`;
    console.log(`  throughput: ${rate(r.ms)} (wall); ${rate(r.cpuMs)} (CPU time)`);
  }
  if (process.argv.includes('--no-curve') || docs.length <= Math.max(...CURVE_SIZES)) return undefined;
  const points = learningCurve(model, docs, CURVE_SIZES);
  const testDocs = docs.length - Math.max(...CURVE_SIZES);
  printCurve(path.basename(file), points, testDocs);
  return { name: path.basename(file, '.jsonl'), testDocs, points };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** What `npm run eval` measures when given no files: the first `shared/data/dev` beside the checkout or above it. */
function defaultFiles(): string[] {
  let dev = path.resolve(repoRoot(), '..', 'shared', 'data', 'dev');
  for (let dir = path.dirname(repoRoot()); !fs.existsSync(dev) && path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    dev = path.join(path.dirname(dir), 'shared', 'data', 'dev');
  }
  return [
    ...['conll2003-testa.jsonl', 'wikigold.jsonl', 'timex-timebank.jsonl', 'timex-aquaint.jsonl'].map(f =>
      path.join(dev, f),
    ),
    path.join(repoRoot(), 'eval', 'linking-gum.jsonl'),
  ].filter(f => fs.existsSync(f));
}

function loadKnowledge(): { kb: KnowledgeBase; ms: number } {
  const t0 = performance.now();
  const kb = new KnowledgeBase(fs.readFileSync(path.join(repoRoot(), ...WORLD_KNOWLEDGE_PATH)));
  return { kb, ms: performance.now() - t0 };
}

function main(): void {
  const given = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--model' && all[i - 1] !== '--curve-svg');
  const files = given.length > 0 ? given : defaultFiles();
  const panels: CurvePanel[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    if (lines.length > 0 && 'mentions' in JSON.parse(lines[0])) {
      const { kb, ms } = loadKnowledge();
      evaluateLinking(
        file,
        lines.map(l => JSON.parse(l) as LinkingGoldDoc),
        kb,
        ms,
      );
      continue;
    }
    const docs = lines.map(l => JSON.parse(l) as GoldDoc);
    if (docs.some(d => d.spans.some(s => TEMPORAL.has(s.type)))) evaluateDates(docs);
    else {
      const panel = evaluateEntities(file, docs);
      if (panel) panels.push(panel);
    }
  }
  const svgFile = option('--curve-svg');
  if (svgFile && panels.length > 0) {
    fs.writeFileSync(svgFile, curveSvg(panels));
    console.log(`\nlearning curve drawn in ${svgFile}`);
  }
}

main();
