// Span scoring shared by the entity evaluation and the learning curve.

export interface PredSpan {
  start: number;
  end: number;
  type: string;
}
export interface Counts {
  tp: number;
  tpGold: number;
  pred: number;
  gold: number;
}

/** Exact: same start, end and type. Overlap: same type and sharing a character (one-to-one for precision). */
export function score(gold: PredSpan[], pred: PredSpan[], types: string[], overlap: boolean): Counts {
  const g = gold.filter(s => types.includes(s.type));
  const p = pred.filter(s => types.includes(s.type));
  const hit = (a: PredSpan, b: PredSpan) =>
    a.type === b.type && (overlap ? a.start < b.end && b.start < a.end : a.start === b.start && a.end === b.end);
  return {
    tp: p.filter(x => g.some(y => hit(x, y))).length,
    tpGold: g.filter(y => p.some(x => hit(x, y))).length,
    pred: p.length,
    gold: g.length,
  };
}

export function exactCounts(gold: PredSpan[], pred: PredSpan[], types: string[]): Counts {
  return score(gold, pred, types, false);
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tpGold / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
