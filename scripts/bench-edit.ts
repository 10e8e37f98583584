/**
 * Benchmark rows for editing long (generated) articles: one-character edits to updated spans as the
 * editor runs them, time to first spans, the longest synchronous slice. The editing rows run in a
 * process of their own (`--part edits`), so that its peak memory is the editing's alone.
 */
import { IncrementalAnalysis, type UnitAnalyzer } from '../src/core/analysis/incremental';
import { generateArticle, seededRandom } from './bench-news';
import {
  collectGarbage,
  format,
  heapPeak,
  percentile,
  report,
  reportTimed,
  sampleHeap,
  since,
  sliceTimer,
  stamp,
  startPhase,
  time,
  timeAsync,
  type Timed,
} from './bench-measure';

const EDITS = 200;
const WARM_UP = 20;

/**
 * A random one-character insertion or deletion, away from line breaks. The editor hands the
 * extension a flat string (getText()); the concatenation here makes a rope, so it is flattened
 * (by a scan) before the clock starts.
 */
export function oneCharEdit(text: string, rand: () => number): { text: string; at: number } {
  for (;;) {
    const at = Math.floor(rand() * text.length);
    if (text[at] === '\n' || text[at - 1] === '\n') continue;
    const edited = rand() < 0.5 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    edited.indexOf('\u0000');
    return { text: edited, at };
  }
}

const nextTurn = () =>
  new Promise<void>(resolve => {
    sampleHeap();
    setImmediate(resolve);
  });

interface Pass {
  cpu: number[];
  wall: number[];
  text: string;
}

/**
 * The same seeded sequence of one-character edits on a fresh engine (made by `engine`), each edit
 * timed by `run`. Each way of running is a pass of its own, as an editor runs one engine per article,
 * and the engine is dropped before the next pass: engines sharing a heap would collect each other's
 * garbage inside the timed runs, and count in each other's peak.
 */
async function editPass(
  words: number,
  seed: number,
  engine: IncrementalAnalysis,
  run: (engine: IncrementalAnalysis, text: string, at: number) => Promise<{ ms: number; wall: number }>,
): Promise<Pass> {
  const rand = seededRandom(seed + words);
  let text = generateArticle(words, seed + words);
  engine.analyze(text);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < EDITS + WARM_UP; i++) {
    const edit = oneCharEdit(text, rand);
    text = edit.text;
    const t = await run(engine, text, edit.at);
    sampleHeap();
    if (i < WARM_UP) continue;
    cpu.push(t.ms);
    wall.push(t.wall);
  }
  return { cpu, wall, text };
}

const p = (pass: Pass, q: number): Timed => ({ wall: percentile(pass.wall, q), cpu: percentile(pass.cpu, q) });

/**
 * One-character edits as the editor runs them: sliced analysis with the screen around the edit as
 * priority; its peak heap. Also the synchronous path (command line), and the same edits without the
 * document pass.
 */
export async function editRows(analyzer: UnitAnalyzer, words: number, seed: number, targetMs: number): Promise<void> {
  const phase = `editing a ${format(words)}-word article`;
  startPhase(phase);
  const editor = await editPass(words, seed, new IncrementalAnalysis(analyzer), (engine, text, at) =>
    timeAsync(() =>
      engine.analyzeInSlices(text, {
        priority: { start: Math.max(0, at - 2000), end: at + 2000 },
        budgetMs: 20,
        yieldFn: nextTurn,
      }),
    ),
  );
  const peak = heapPeak(phase);
  startPhase(`${phase}, synchronous`);
  const whole = await editPass(words, seed, new IncrementalAnalysis(analyzer), async (engine, text) =>
    time(() => engine.analyze(text)),
  );
  startPhase(`${phase}, without the document pass`);
  const unitsOnly = new IncrementalAnalysis({ analyzeUnit: t => analyzer.analyzeUnit(t) });
  const units = await editPass(words, seed, unitsOnly, async (engine, text) => time(() => engine.analyze(text)));
  const label = `${format(words)}-word article (${format(editor.text.length)} chars)`;
  reportTimed(`edit -> spans p50, ${label}`, p(editor, 50), 'ms');
  reportTimed(`edit -> spans p95, ${label}`, p(editor, 95), 'ms', { atMost: targetMs });
  report(`  peak heap used while editing it (sampled after every slice)`, peak / 2 ** 20, 'MiB', {
    atMost: words >= 100_000 ? 100 : undefined,
  });
  reportTimed(`  synchronous analyze() p95`, p(whole, 95), 'ms');
  reportTimed(`  without the document pass (engine + changed unit) p95`, p(units, 95), 'ms');
  if (analyzer.harmonize)
    reportTimed(`  document pass (harmonize) alone, p50`, documentPassMs(analyzer, editor.text), 'ms');
  collectGarbage();
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
  const slices = sliceTimer();
  let firstSpans: Timed | undefined;
  const from = Math.floor(text.length * visibleAt);
  const onPartial = () => {
    firstSpans ??= since(start);
  };
  await engine.analyzeInSlices(text, {
    priority: { start: from, end: from + 4000 },
    budgetMs: 10,
    yieldFn: slices.yieldFn,
    onPartial,
  });
  return { firstSpans: firstSpans!, longest: slices.longest(), total: since(start) };
}

/** First spans and the longest slice of a 100k-word article, and the longest slice of the whole news corpus as one text. */
export async function sliceRows(analyzer: UnitAnalyzer, corpus: string, seed: number): Promise<void> {
  const article = generateArticle(100_000, seed + 7);
  const big = await measureSlices(analyzer, article, 0.4);
  const huge = await measureSlices(analyzer, corpus, 0.5);
  reportTimed('first spans (visible range first), 100k-word article', big.firstSpans, 'ms', { atMost: 300 });
  reportTimed('  full sliced analysis, 100k-word article', big.total, 'ms');
  reportTimed(`  full sliced analysis, the news corpus as one ${format(corpus.length)}-char text`, huge.total, 'ms');
  reportTimed('longest synchronous slice, 100k-word article', big.longest, 'ms', { atMost: 50 });
  reportTimed(`longest synchronous slice, the ${format(corpus.length)}-char news text`, huge.longest, 'ms', {
    atMost: 50,
  });
}
