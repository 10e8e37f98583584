// The learning curve: the gold labels of a file's first documents stand in for a user's corrections,
// and the other documents are scored with no learning, with the surface-string learning the extension
// had before (known names from sidecars), and with the recogniser's learned update on top of it.
import { buildKnowledge, knowledgeForArticle, LearningSource } from '../src/core/knowledge';
import { composeHighlights } from '../src/core/highlights/highlights';
import { labelOfType } from '../src/core/highlights/labels';
import { applyUpdate, LearningSettings, TeachingSidecar, WorkspaceLearner } from '../src/core/learning';
import { EntityModel, EntityRecognizer } from '../src/core/ner';
import { anchorAt } from '../src/core/sidecar/create';
import type { Annotation, Correction } from '../src/core/sidecar/types';
import type { EntityType, Span } from '../src/core/types';
import type { GoldDoc } from './eval-dates';
import { Counts, exactCounts, f1, PredSpan } from './eval-score';

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const TYPE_OF_LABEL: Record<string, EntityType> = {
  person: 'PER',
  organisation: 'ORG',
  location: 'LOC',
  other: 'MISC',
};
const SCORED = ['PER', 'ORG', 'LOC'];

/** Numbers of corrected documents on the curve; the documents after the last are the test documents. */
export const CURVE_SIZES = [5, 10, 20, 40];

export interface CurvePoint {
  documents: number;
  /** Exact PER+ORG+LOC F1 (%) on the test documents. */
  none: number;
  surface: number;
  learned: number;
  /** Items in the simulated sidecars, and the CPU milliseconds taken to learn the update from them. */
  items: number;
  learnMs: number;
}

/**
 * The sidecar a user would leave after making the recogniser's highlights of one document agree with
 * its gold names (all four types shown): a correction where a highlight has the right span but the
 * wrong type or is no name at all, an annotation for every gold name not highlighted exactly, nothing
 * where the highlight was right. A wrong highlight under an annotation is hidden by it and left alone.
 */
function simulatedSidecar(doc: GoldDoc, automatic: readonly Span[]): TeachingSidecar & LearningSource {
  const gold = doc.spans.filter(s => ENTITY_TYPES.includes(s.type));
  const predicted = automatic.filter(s => ENTITY_TYPES.includes(s.type));
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const goldAt = new Map(gold.map(g => [key(g), g]));
  const predictedAt = new Map(predicted.map(p => [key(p), p]));
  const annotations: Annotation[] = [];
  const corrections: Correction[] = [];
  const item = (s: { start: number; end: number }, n: number) => ({
    id: `i-${n}`,
    ...anchorAt(doc.text, s.start, s.end),
    created: '2026-01-01T00:00:00Z',
  });
  for (const g of gold) {
    const p = predictedAt.get(key(g));
    if (p?.type === g.type) continue;
    const label = labelOfType(g.type as EntityType);
    if (p) corrections.push({ ...item(g, corrections.length), automatic: labelOfType(p.type), correct: label });
    else annotations.push({ ...item(g, annotations.length), label });
  }
  const annotated = (p: Span) => annotations.some(a => a.start < p.end && p.start < a.end);
  for (const p of predicted) {
    if (goldAt.has(key(p)) || annotated(p)) continue;
    corrections.push({ ...item(p, corrections.length), automatic: labelOfType(p.type), correct: 'none' });
  }
  return { article: doc.id, annotations, corrections };
}

/** What the extension shows for a text: the recogniser's spans under what the workspace knows, as types. */
function shown(text: string, spans: Span[], knowledge: ReturnType<typeof buildKnowledge> | undefined): PredSpan[] {
  if (!knowledge) return spans;
  return composeHighlights(spans, [], [], () => true, knowledgeForArticle(text, knowledge))
    .filter(h => TYPE_OF_LABEL[h.label])
    .map(h => ({ start: h.start, end: h.end, type: TYPE_OF_LABEL[h.label] }));
}

function scoreDocs(docs: readonly GoldDoc[], preds: readonly PredSpan[][]): number {
  const sum: Counts = { tp: 0, tpGold: 0, pred: 0, gold: 0 };
  docs.forEach((d, i) => {
    const c = exactCounts(d.spans, preds[i], SCORED);
    sum.tp += c.tp;
    sum.tpGold += c.tpGold;
    sum.pred += c.pred;
    sum.gold += c.gold;
  });
  return 100 * f1(sum).f;
}

/**
 * The curve over `sizes` (numbers of corrected documents, taken from the start of `docs`), each point
 * scored on the same test documents: `docs` from index `testFrom` on (by default, after the largest size).
 */
export function learningCurve(
  model: EntityModel,
  docs: readonly GoldDoc[],
  sizes: readonly number[],
  options: { testFrom?: number; testTo?: number; settings?: LearningSettings } = {},
): CurvePoint[] {
  const base = new EntityRecognizer(model);
  const testFrom = options.testFrom ?? Math.max(...sizes);
  const test = docs.slice(testFrom, options.testTo);
  const baseSpans = test.map(d => base.recognize(d.text));
  const none = scoreDocs(test, baseSpans);
  const sidecars = docs.slice(0, Math.max(...sizes)).map(d => simulatedSidecar(d, base.recognize(d.text)));
  return sizes.map(documents => {
    const taught = sidecars.slice(0, documents);
    const knowledge = buildKnowledge([], taught);
    const cpu = process.cpuUsage();
    const update = new WorkspaceLearner(model, options.settings).learn(taught);
    const used = process.cpuUsage(cpu);
    const learnMs = (used.user + used.system) / 1000;
    const learner = new EntityRecognizer(applyUpdate(model, update));
    return {
      documents,
      none,
      surface: scoreDocs(
        test,
        test.map((d, i) => shown(d.text, baseSpans[i], knowledge)),
      ),
      learned: scoreDocs(
        test,
        test.map(d => shown(d.text, learner.recognize(d.text), knowledge)),
      ),
      items: taught.reduce((n, s) => n + s.annotations.length + s.corrections.length, 0),
      learnMs,
    };
  });
}

export function printCurve(name: string, points: readonly CurvePoint[], testDocs: number): void {
  console.log(`\n${name}: learning curve, exact PER+ORG+LOC F1 on the other ${testDocs} documents`);
  console.log('  corrected docs  items   no learning   known names   + learned model   learning (CPU)');
  for (const p of points) {
    console.log(
      `  ${String(p.documents).padStart(14)}  ${String(p.items).padStart(5)}   ${p.none.toFixed(1).padStart(11)}   ${p.surface
        .toFixed(1)
        .padStart(
          11,
        )}   ${p.learned.toFixed(1).padStart(15)}   ${p.learnMs.toFixed(0).padStart(5)} ms, ${((1000 * p.learnMs) / Math.max(1, p.items)).toFixed(0)} µs an item`,
    );
  }
}
