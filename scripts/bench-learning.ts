/**
 * Benchmark rows for learning from the workspace's sidecars (src/core/learning): learning an update from
 * 1,000 corrections, learning again after one more, and analysis with the adapted weights against the
 * shipped ones (the same code runs with either, so the ratio should stay near 1).
 */
import { labelOfType } from '../src/core/highlights/labels';
import { applyUpdate, TeachingSidecar, WorkspaceLearner } from '../src/core/learning';
import { EntityModel, EntityRecognizer } from '../src/core/ner';
import { createAnnotation, createCorrection } from '../src/core/sidecar/create';
import type { Annotation, Correction } from '../src/core/sidecar/types';
import { generateArticle } from './bench-news';
import { format, percentile, report, reportTimed, time } from './bench-measure';

const ARTICLES = 50;
const ITEMS_PER_ARTICLE = 20;
/** Each correction gives a highlight the next type along: every item contradicts the model, the most work. */
const NEXT: Record<string, string> = { PER: 'organisation', ORG: 'location', LOC: 'person', MISC: 'person' };

/** Sidecars correcting the first highlights of generated articles, and the articles. */
function correctedWorkspace(shipped: EntityRecognizer, seed: number): { sidecars: TeachingSidecar[]; texts: string[] } {
  const sidecars: TeachingSidecar[] = [];
  const texts: string[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const text = generateArticle(700, seed + a);
    const corrections: Correction[] = shipped
      .recognize(text)
      .slice(0, ITEMS_PER_ARTICLE)
      .map(s => createCorrection(text, s.start, s.end, labelOfType(s.type), NEXT[s.type]));
    sidecars.push({ article: `news/${String(a).padStart(3, '0')}.md`, annotations: [], corrections });
    texts.push(text);
  }
  return { sidecars, texts };
}

export function learningRows(model: EntityModel, seed: number): void {
  const shipped = new EntityRecognizer(model);
  const { sidecars, texts } = correctedWorkspace(shipped, seed);
  const items = sidecars.reduce((n, s) => n + s.corrections.length, 0);
  const learner = new WorkspaceLearner(model);
  const cold = time(() => learner.learn(sidecars));
  reportTimed(
    `learn from ${format(items)} corrections in ${ARTICLES} sidecars, from scratch`,
    { wall: cold.wall, cpu: cold.ms },
    'ms',
  );
  report('  per correction (CPU)', (1000 * cold.ms) / items, 'µs', { atMost: 1000 });
  // One more annotation in one sidecar: only that sidecar is prepared again, then everything is learned again.
  const first = sidecars[0];
  const text = texts[0];
  const word = /\b[A-Z][a-z]{3,}\b/g.exec(text.slice(text.length / 2))!;
  const at = Math.floor(text.length / 2) + word.index;
  const extra: Annotation = createAnnotation(text, at, at + word[0].length, 'organisation');
  const more = [{ ...first, annotations: [extra] }, ...sidecars.slice(1)];
  const again = time(() => learner.learn(more));
  reportTimed(
    `learn again after one more annotation (${format(items + 1)} items)`,
    { wall: again.wall, cpu: again.ms },
    'ms',
  );
  const adapted = new EntityRecognizer(applyUpdate(model, cold.result));
  report(`  weights changed (of ${format(model.weights.length / 9)} buckets)`, cold.result.buckets.length, '');
  // Analysis with either weights, alternately, over the generated articles: the median of five runs each.
  const corpus = texts.join('\n\n');
  const runs = { shipped: [] as number[], adapted: [] as number[] };
  for (let i = 0; i < 6; i++) {
    const recognizer = i % 2 === 0 ? shipped : adapted;
    const t = time(() => recognizer.recognize(corpus));
    if (i > 1) (i % 2 === 0 ? runs.shipped : runs.adapted).push(t.wall);
  }
  report(
    'ratio: analysis with the learned weights / shipped weights (time)',
    percentile(runs.adapted, 50) / percentile(runs.shipped, 50),
    'x',
  );
}
