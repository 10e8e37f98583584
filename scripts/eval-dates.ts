// Scores the temporal tagger (and chrono-node as a reference line) on TimeML-style gold documents.
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { recognizeTemporal } from '../src/core/dates';

export interface GoldDoc {
  id: string;
  text: string;
  dct?: string;
  spans: { start: number; end: number; type: string; value?: string }[];
}

interface PredSpan {
  start: number;
  end: number;
  type: string;
  value?: string;
}
type Tagger = (text: string, dct?: string) => PredSpan[];

/** A value naming one concrete calendar day, week, month, quarter or year. */
const CONCRETE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q\d)?$/;

interface Counts {
  tp: number;
  pred: number;
  gold: number;
  tpGold: number;
}

function emptyCounts(): Counts {
  return { tp: 0, pred: 0, gold: 0, tpGold: 0 };
}

function prf(c: Counts, overlap: boolean): string {
  const p = c.pred ? c.tp / c.pred : 0;
  // With overlap matching one predicted span may cover two gold spans, so recall counts gold spans hit.
  const r = c.gold ? (overlap ? c.tpGold : c.tp) / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)}`;
}

const overlaps = (a: PredSpan, b: PredSpan): boolean => a.start < b.end && b.start < a.end;

function addSpanCounts(gold: PredSpan[], pred: PredSpan[], exact: Counts, loose: Counts): void {
  exact.pred += pred.length;
  exact.gold += gold.length;
  loose.pred += pred.length;
  loose.gold += gold.length;
  const goldKeys = new Set(gold.map(g => `${g.start}:${g.end}`));
  for (const p of pred) {
    if (goldKeys.has(`${p.start}:${p.end}`)) exact.tp++;
    if (gold.some(g => overlaps(g, p))) loose.tp++;
  }
  for (const g of gold) if (pred.some(p => overlaps(g, p))) loose.tpGold++;
}

/** Span and value scores of one tagger, as printable lines. */
function score(docs: GoldDoc[], tag: Tagger): string[] {
  const dt = { exact: emptyCounts(), loose: emptyCounts() };
  const all = { exact: emptyCounts(), loose: emptyCounts() };
  let concrete = 0;
  let concreteRight = 0;
  const isDT = (s: PredSpan) => s.type === 'DATE' || s.type === 'TIME';
  for (const doc of docs) {
    const pred = tag(doc.text, doc.dct);
    addSpanCounts(doc.spans.filter(isDT), pred.filter(isDT), dt.exact, dt.loose);
    addSpanCounts(doc.spans, pred, all.exact, all.loose);
    for (const g of doc.spans) {
      if (!isDT(g) || !g.value || !CONCRETE.test(g.value)) continue;
      concrete++;
      if (pred.some(p => overlaps(p, g) && p.value === g.value)) concreteRight++;
    }
  }
  return [
    `DATE+TIME exact   ${prf(dt.exact, false)} | overlap ${prf(dt.loose, true)}`,
    `all four  exact   ${prf(all.exact, false)} | overlap ${prf(all.loose, true)}`,
    `concrete values   ${concreteRight}/${concrete} = ${(concrete ? (100 * concreteRight) / concrete : 0).toFixed(1)}%`,
  ];
}

/**
 * Times recognition alone over the whole set, repeated for a stable figure. Wall-clock speed
 * suffers when the machine is shared, so the process's own CPU time is reported beside it.
 */
function throughput(docs: GoldDoc[], tag: Tagger): { wall: number; cpu: number } {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const d of docs) tag(d.text, d.dct); // warm-up
  const rounds = 5;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) tag(d.text, d.dct);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wall: (chars * rounds) / wall, cpu: (chars * rounds) / ((cpu.user + cpu.system) / 1e6) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** chrono-node keeps the preposition ("on Friday"); TimeML spans do not, so it is trimmed off. */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|for|of|before|after|through)\s+/i;

/** chrono-node results as DATE spans, with the most specific value its certain components allow. */
const chronoTagger: Tagger = (text, dct) => {
  const ref = dct ? new Date(`${dct.slice(0, 10)}T12:00:00`) : new Date();
  return chrono.parse(text, ref).map(r => {
    const skip = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const c = r.start;
    const d = c.date();
    let value: string | undefined;
    if (c.isCertain('day') || (c.isCertain('weekday') && dct)) {
      value = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    } else if (c.isCertain('month')) {
      value = `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
    } else if (c.isCertain('year')) {
      value = String(d.getFullYear());
    }
    return { start: r.index + skip, end: r.index + r.text.length, type: 'DATE', value };
  });
};

const oursTagger: Tagger = (text, dct) => recognizeTemporal(text, { dct });

/** Prints span P/R/F1, concrete-value accuracy and throughput for ours and chrono-node. */
export function evaluateDates(docs: GoldDoc[]): void {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`${docs.length} docs, ${chars} chars`);
  for (const [name, tag] of [
    ['ours', oursTagger],
    ['chrono-node', chronoTagger],
  ] as [string, Tagger][]) {
    console.log(`== ${name}`);
    for (const line of score(docs, tag)) console.log(`  ${line}`);
    const speed = throughput(docs, tag);
    console.log(
      `  throughput        ${(speed.wall / 1e6).toFixed(2)}M chars/s wall clock, ${(speed.cpu / 1e6).toFixed(2)}M chars/s CPU time`,
    );
  }
}
