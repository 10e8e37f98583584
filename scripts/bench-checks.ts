/**
 * Benchmark rows for the fact checks on a long (generated) article: a first run, the longest slice of a
 * first run in slices (as the editor runs it), and the cost per one-character edit, on top of the edit
 * path (which it does not slow: the editor runs the checks after the updated spans are painted).
 */
import { IncrementalAnalysis, type UnitAnalyzer } from '../src/core/analysis/incremental';
import { ALL_CHECKS, ArticleChecks, CheckInput, checkInput } from '../src/core/checks';
import { composeHighlights } from '../src/core/highlights/highlights';
import type { Span } from '../src/core/types';
import { oneCharEdit } from './bench-edit';
import { generateArticle, seededRandom } from './bench-news';
import {
  collectGarbage,
  format,
  percentile,
  report,
  reportTimed,
  sampleHeap,
  sliceTimer,
  time,
  type Timed,
} from './bench-measure';

const EDITS = 200;
const WARM_UP = 20;

/** The longest synchronous slice of a first check run in slices (as the editor runs it) over the article. */
async function longestCheckSlice(input: CheckInput): Promise<Timed> {
  const slices = sliceTimer();
  await new ArticleChecks().runInSlices(input, ALL_CHECKS, { budgetMs: 20, yieldFn: slices.yieldFn });
  return slices.longest();
}

/**
 * The same seeded edits as the edit rows; each is analysed (timed apart, for the ratio), then the checks
 * run on the new text and spans: the edited paragraph's checks, and the name checks over every name.
 */
export async function checkRows(analyzer: UnitAnalyzer, words: number, seed: number, dct: string): Promise<void> {
  const engine = new IncrementalAnalysis(analyzer);
  const checks = new ArticleChecks();
  const rand = seededRandom(seed + words);
  let text = generateArticle(words, seed + words);
  // The names as the editor has them: it composes the highlights for every edit anyway.
  const inputFor = (spans: readonly Span[]) =>
    checkInput({ text, spans, articleDate: dct, highlights: composeHighlights(spans, [], []) });
  const firstInput = inputFor(engine.analyze(text));
  const first = time(() => checks.run(firstInput));
  const sliced = await longestCheckSlice(firstInput);
  collectGarbage();
  const cpu: number[] = [];
  const wall: number[] = [];
  const analysis: number[] = [];
  let found = first.result.length;
  for (let i = 0; i < EDITS + WARM_UP; i++) {
    text = oneCharEdit(text, rand).text;
    const analysed = time(() => engine.analyze(text));
    const input = inputFor(analysed.result);
    const t = time(() => checks.run(input));
    found = t.result.length;
    if (i < WARM_UP) continue;
    cpu.push(t.ms);
    wall.push(t.wall);
    analysis.push(analysed.wall);
    sampleHeap();
  }
  const label = `${format(words)}-word article`;
  reportTimed(`fact checks, first run over a ${label}`, { wall: first.wall, cpu: first.ms }, 'ms');
  reportTimed(`  longest synchronous slice of that run in slices (as the editor runs it)`, sliced, 'ms', {
    atMost: 50,
  });
  reportTimed(
    `fact checks after a one-character edit, p50, ${label}`,
    { wall: percentile(wall, 50), cpu: percentile(cpu, 50) },
    'ms',
  );
  reportTimed(
    `fact checks after a one-character edit, p95, ${label} (${found} diagnostics)`,
    { wall: percentile(wall, 95), cpu: percentile(cpu, 95) },
    'ms',
  );
  // Against the edit path on the same edits and machine load: the checks run after it, off the typing path.
  report('  ratio: checks / synchronous analyze() per edit, p50', percentile(wall, 50) / percentile(analysis, 50), 'x');
}
