import { Annotation, Relation } from '../sidecar/types';
import { Token } from '../text/tokenize';

/**
 * Inter-annotator agreement between two annotators' work on the same article, as counts that add up
 * over articles (so a folder is measured by summing them), and the scores computed from them.
 */

interface LabelCounts {
  /** Annotations with this label by the first annotator, by the second. */
  a: number;
  b: number;
  /** Pairs with the same label and exactly the same span. */
  both: number;
  /** Pairs with the same label and overlapping spans, each annotation in at most one pair. */
  overlapping: number;
}

export interface AgreementCounts {
  labels: Record<string, LabelCounts>;
  relations: { a: number; b: number; both: number };
  /** Token label pairs (first annotator's label, second's; `O` outside annotations), for Cohen's kappa. */
  tokens?: Record<string, number>;
  /** Orphaned annotations, which have no place in the text and are left out. */
  orphaned: { a: number; b: number };
}

export interface AgreementScores {
  labels: Record<string, { a: number; b: number; both: number; f1: number; overlapF1: number }>;
  overall: {
    a: number;
    b: number;
    both: number;
    exactF1: number | null;
    overlapF1: number | null;
    kappa: number | null;
  };
  relations: { a: number; b: number; both: number; f1: number | null };
  /** Tokens the kappa was computed over. */
  tokens: number;
  orphaned: { a: number; b: number };
}

export interface CompareInput {
  annotations: readonly Annotation[];
  relations?: readonly Relation[];
}

const spanKey = (a: { start: number; end: number }) => `${a.start}:${a.end}`;

/** How often each key occurs. */
function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Matches of equal keys, each occurrence used once. */
function commonCount(a: string[], b: string[]): number {
  const left = tally(a);
  let both = 0;
  for (const k of b) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      both++;
      left.set(k, n - 1);
    }
  }
  return both;
}

/** Pairs of overlapping spans, one to one, the largest overlaps first. */
export function overlapPairs<T extends { start: number; end: number }>(a: readonly T[], b: readonly T[]): [T, T][] {
  const candidates: { i: number; j: number; overlap: number }[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (overlap > 0) candidates.push({ i, j, overlap });
    }),
  );
  candidates.sort((p, q) => q.overlap - p.overlap || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [T, T][] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([a[i], b[j]]);
  }
  return pairs;
}

/** Each token's label: the annotation covering it that starts first (then the longer one), else `O`. */
function tokenLabels(tokens: readonly Token[], annotations: readonly Annotation[]): string[] {
  const sorted = [...annotations].sort((x, y) => x.start - y.start || y.end - x.end);
  return tokens.map(t => sorted.find(a => a.start < t.end && t.start < a.end)?.label ?? 'O');
}

/**
 * A relation as something comparable across the two files: its type and both ends' span and label
 * (annotation ids differ between annotators). `symmetric` types compare without direction.
 */
function relationKeys(input: CompareInput, symmetric: (type: string) => boolean): string[] {
  const byId = new Map(input.annotations.map(a => [a.id, a]));
  const keys: string[] = [];
  for (const r of input.relations ?? []) {
    const [from, to] = [byId.get(r.from), byId.get(r.to)];
    if (!from || !to) continue;
    const ends = [`${spanKey(from)}:${from.label}`, `${spanKey(to)}:${to.label}`];
    if (symmetric(r.type)) ends.sort();
    keys.push(`${r.type}|${ends.join('|')}`);
  }
  return keys;
}

/**
 * Counts agreement between two annotators' placed annotations of one text. `tokens` (the text's
 * tokens) are needed for kappa; without them it is left out.
 */
export function countAgreement(
  a: CompareInput,
  b: CompareInput,
  tokens?: readonly Token[],
  symmetric: (type: string) => boolean = () => false,
): AgreementCounts {
  const placedA = a.annotations.filter(x => !x.orphaned);
  const placedB = b.annotations.filter(x => !x.orphaned);
  const labels: Record<string, LabelCounts> = {};
  for (const label of new Set([...placedA, ...placedB].map(x => x.label))) {
    const ofA = placedA.filter(x => x.label === label);
    const ofB = placedB.filter(x => x.label === label);
    labels[label] = {
      a: ofA.length,
      b: ofB.length,
      both: commonCount(ofA.map(spanKey), ofB.map(spanKey)),
      overlapping: overlapPairs(ofA, ofB).length,
    };
  }
  const keysA = relationKeys({ annotations: placedA, relations: a.relations }, symmetric);
  const keysB = relationKeys({ annotations: placedB, relations: b.relations }, symmetric);
  const counts: AgreementCounts = {
    labels,
    relations: { a: keysA.length, b: keysB.length, both: commonCount(keysA, keysB) },
    orphaned: { a: a.annotations.length - placedA.length, b: b.annotations.length - placedB.length },
  };
  if (tokens) {
    const ofA = tokenLabels(tokens, placedA);
    const ofB = tokenLabels(tokens, placedB);
    counts.tokens = Object.fromEntries(tally(ofA.map((label, i) => `${label}\u0000${ofB[i]}`)));
  }
  return counts;
}

/** Adds up the counts of several articles. Kappa is pooled only when every article had its tokens. */
export function addCounts(all: readonly AgreementCounts[]): AgreementCounts {
  const total: AgreementCounts = { labels: {}, relations: { a: 0, b: 0, both: 0 }, orphaned: { a: 0, b: 0 } };
  if (all.every(c => c.tokens)) total.tokens = {};
  for (const c of all) {
    for (const [label, n] of Object.entries(c.labels)) {
      const t = (total.labels[label] ??= { a: 0, b: 0, both: 0, overlapping: 0 });
      t.a += n.a;
      t.b += n.b;
      t.both += n.both;
      t.overlapping += n.overlapping;
    }
    for (const k of ['a', 'b', 'both'] as const) total.relations[k] += c.relations[k];
    total.orphaned.a += c.orphaned.a;
    total.orphaned.b += c.orphaned.b;
    if (total.tokens && c.tokens)
      for (const [pair, n] of Object.entries(c.tokens)) total.tokens[pair] = (total.tokens[pair] ?? 0) + n;
  }
  return total;
}

/** 2·both / (a + b); null when neither annotator has anything to compare. */
function f1(both: number, a: number, b: number): number | null {
  return a + b === 0 ? null : (2 * both) / (a + b);
}

/**
 * Cohen's kappa over token label pairs: (observed − expected agreement) / (1 − expected). When both
 * annotators used a single category for every token, expected agreement is 1 and kappa is taken as 1.
 */
export function cohensKappa(pairs: Record<string, number>): number | null {
  let n = 0;
  let agreeing = 0;
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  for (const [pair, count] of Object.entries(pairs)) {
    const [x, y] = pair.split('\u0000');
    n += count;
    if (x === y) agreeing += count;
    rows.set(x, (rows.get(x) ?? 0) + count);
    columns.set(y, (columns.get(y) ?? 0) + count);
  }
  if (n === 0) return null;
  let expected = 0;
  for (const [label, count] of rows) expected += (count / n) * ((columns.get(label) ?? 0) / n);
  const observed = agreeing / n;
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

export function scoreAgreement(counts: AgreementCounts): AgreementScores {
  const labels: AgreementScores['labels'] = {};
  let [a, b, both, overlapping] = [0, 0, 0, 0];
  for (const label of Object.keys(counts.labels).sort()) {
    const c = counts.labels[label];
    labels[label] = {
      a: c.a,
      b: c.b,
      both: c.both,
      f1: f1(c.both, c.a, c.b)!,
      overlapF1: f1(c.overlapping, c.a, c.b)!,
    };
    a += c.a;
    b += c.b;
    both += c.both;
    overlapping += c.overlapping;
  }
  const r = counts.relations;
  return {
    labels,
    overall: {
      a,
      b,
      both,
      exactF1: f1(both, a, b),
      overlapF1: f1(overlapping, a, b),
      kappa: counts.tokens ? cohensKappa(counts.tokens) : null,
    },
    relations: { ...r, f1: f1(r.both, r.a, r.b) },
    tokens: Object.values(counts.tokens ?? {}).reduce((s, n) => s + n, 0),
    orphaned: counts.orphaned,
  };
}
