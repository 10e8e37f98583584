import type { Unit } from './units';

/** Analysis order for sliced analysis, and how many leading entries are the priority units. */
interface UnitOrder {
  order: number[];
  priorityCount: number;
}

/**
 * Units intersecting `priority` first (the visible range), then the rest of the article below it,
 * then above it, nearest first. The analysed units therefore always form one contiguous run,
 * which lets partial results be harmonised over a single stretch of text.
 */
export function unitOrder(units: readonly Unit[], priority?: { start: number; end: number }): UnitOrder {
  const n = units.length;
  // Allocated at its size: on a long article this runs on every keystroke.
  const order: number[] = new Array(n);
  if (priority === undefined || n === 0) {
    for (let i = 0; i < n; i++) order[i] = i;
    return { order, priorityCount: 0 };
  }
  const { first, last } = priorityUnits(units, priority);
  let k = 0;
  for (let i = first; i < n; i++) order[k++] = i;
  for (let i = first - 1; i >= 0; i--) order[k++] = i;
  return { order, priorityCount: last - first + 1 };
}

/** First and last unit touching [start, end]; the nearest following unit if none touches. */
function priorityUnits(units: readonly Unit[], { start, end }: { start: number; end: number }) {
  const first = Math.min(firstEndingAtOrAfter(units, start), units.length - 1);
  let last = first;
  while (last + 1 < units.length && units[last + 1].start <= end) last++;
  return { first, last };
}

/** Binary search: index of the first unit whose end is at or after `offset` (units.length if none). */
function firstEndingAtOrAfter(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const u = units[mid];
    if (u.start + u.text.length < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
