/**
 * Benchmark rows for full analysis in this process, one article at a time as the command line and a
 * batch run do it, against compromise and chrono-node on the same documents; and where the time goes.
 */
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { IncrementalAnalysis, type UnitAnalyzer } from '../src/core/analysis/incremental';
import { createArticleAnalyzer, mergeSpans } from '../src/core/analysis/pipeline';
import { recognizeTemporal } from '../src/core/dates';
import type { EntityRecognizer } from '../src/core/ner';
import type { NewsDoc } from './bench-corpus';
import { percentile, report, reportTimed, sampleHeap, time, tokenCount, type Timed } from './bench-measure';

/** Every document analysed from scratch (a fresh engine each), as `analyze --input` does. */
function analyzeAll(analyzer: UnitAnalyzer, docs: readonly NewsDoc[]): number {
  let spans = 0;
  for (const d of docs) spans += new IncrementalAnalysis(analyzer).analyze(d.text).length;
  return spans;
}

/** Chars per second, wall and CPU, of the median of three runs after an untimed one (the JIT's warm-up). */
function throughput(chars: number, run: () => unknown): Timed {
  run();
  const runs = [0, 1, 2].map(() => {
    const t = time(run);
    sampleHeap();
    return t;
  });
  const perSecond = (ms: number) => chars / (ms / 1000);
  return {
    wall: perSecond(
      percentile(
        runs.map(r => r.wall),
        50,
      ),
    ),
    cpu: perSecond(
      percentile(
        runs.map(r => r.ms),
        50,
      ),
    ),
  };
}

/**
 * Where full analysis spends its time, from one run with each stage timed: the recogniser and the date
 * tagger per unit, merging their spans and the document pass, and the engine around them (units,
 * cache, placing spans). Milliseconds of wall time.
 */
function split(recognizer: EntityRecognizer, docs: readonly NewsDoc[]) {
  const parts = { recogniser: 0, dates: 0, merging: 0, document: 0, total: 0 };
  const pipeline = createArticleAnalyzer(recognizer, recognizeTemporal);
  const timed: UnitAnalyzer = {
    analyzeUnit(text) {
      const a = performance.now();
      const entities = recognizer.recognizeParagraph(text);
      const b = performance.now();
      const dates = recognizeTemporal(text, {});
      const c = performance.now();
      const merged = mergeSpans(entities, dates);
      parts.recogniser += b - a;
      parts.dates += c - b;
      parts.merging += performance.now() - c;
      return merged;
    },
    harmonize(text, spans) {
      const a = performance.now();
      const out = pipeline.harmonize(text, spans);
      parts.document += performance.now() - a;
      return out;
    },
  };
  const start = performance.now();
  analyzeAll(timed, docs);
  parts.total = performance.now() - start;
  return parts;
}

function compromiseCount(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.organizations().length + doc.places().length;
}

/**
 * Full-analysis rows on the news documents; returns compromise's rate on them (chars per wall and
 * per CPU second), the reference of the command-line rows.
 */
export function analysisRows(recognizer: EntityRecognizer, docs: readonly NewsDoc[]): Timed {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const tokensPerChar = docs.reduce((n, d) => n + tokenCount(d.text), 0) / chars;
  const analyzer = createArticleAnalyzer(recognizer, recognizeTemporal);
  const ours = throughput(chars, () => analyzeAll(analyzer, docs));
  const parts = split(recognizer, docs);
  const compromise = time(() => docs.reduce((n, d) => n + compromiseCount(d.text), 0));
  const ref = new Date('2025-10-12T12:00:00Z');
  const chronoRun = time(() => docs.reduce((n, d) => n + chrono.parse(d.text, ref).length, 0));
  const rate = (t: { ms: number; wall: number }): Timed => ({
    wall: chars / (t.wall / 1000),
    cpu: chars / (t.ms / 1000),
  });
  reportTimed('full analysis (entities + dates) in process, one thread, chars/s', ours, 'chars/s', { atLeast: 3e6 });
  reportTimed('  tokens/s', { wall: ours.wall * tokensPerChar, cpu: ours.cpu * tokensPerChar }, 'tokens/s');
  const share = (ms: number) => (100 * ms) / parts.total;
  const engine = parts.total - parts.recogniser - parts.dates - parts.merging - parts.document;
  report('  of its time: the recogniser, per unit', share(parts.recogniser), '%');
  report('  of its time: the date tagger, per unit', share(parts.dates), '%');
  report(
    '  of its time: document pass and merging, with the engine around them',
    share(parts.document + parts.merging + engine),
    '%',
    {
      atMost: 25,
    },
  );
  report('    document pass', share(parts.document), '%');
  report('    merging entities with dates, per unit', share(parts.merging), '%');
  report('    engine (units, cache, placing spans)', share(engine), '%');
  reportTimed('reference: compromise people/orgs/places, same documents', rate(compromise), 'chars/s');
  reportTimed('reference: chrono-node parse, same documents', rate(chronoRun), 'chars/s');
  report('ratio: ours / compromise, in process', ours.wall / rate(compromise).wall, 'x');
  report('ratio: ours / chrono-node, in process', ours.wall / rate(chronoRun).wall, 'x');
  return rate(compromise);
}
