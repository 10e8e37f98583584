/**
 * What happened right at one edge of a span, so that text typed exactly there is placed as the user
 * (or undo) means it. Characters deleted from inside the span at its edge may be typed back inside
 * (retyping a first letter; undo); characters deleted right outside it, or typed outside it, belong
 * outside. Newest last; each edit's undo consumes what the edit recorded, so undo and redo place text
 * exactly as before.
 */
interface EdgeEntry {
  /** `inside`/`outside`: characters deleted from that side of the edge; `typed`: typed right outside it. */
  side: 'inside' | 'outside' | 'typed';
  count: number;
}
export type EdgeHistory = readonly EdgeEntry[];

/** Enough for any undo a person does at one edge; older entries are forgotten. */
const MAX_ENTRIES = 32;

function push(history: EdgeHistory, side: EdgeEntry['side'], count: number): EdgeHistory {
  const top = history[history.length - 1];
  if (top?.side === side) return [...history.slice(0, -1), { side, count: top.count + count }];
  return [...history.slice(-(MAX_ENTRIES - 1)), { side, count }];
}

/** The newest entry with `count` fewer characters, gone at zero. */
function consume(history: EdgeHistory, count: number): EdgeHistory {
  const top = history[history.length - 1];
  const rest = history.slice(0, -1);
  return top.count === count ? rest : [...rest, { side: top.side, count: top.count - count }];
}

/** Typing `count` characters exactly at the edge: whether they join the span, and the edge after. */
export function typedAtEdge(history: EdgeHistory, count: number): { inside: boolean; history: EdgeHistory } {
  const top = history[history.length - 1];
  if (top && top.side !== 'typed' && count <= top.count)
    return { inside: top.side === 'inside', history: consume(history, count) };
  return { inside: false, history: push(history, 'typed', count) };
}

/** `count` characters of the span deleted at this edge. */
export function deletedInside(history: EdgeHistory, count: number): EdgeHistory {
  return push(history, 'inside', count);
}

/** `count` characters deleted right outside the edge: text typed there last, or the article's own. */
export function deletedOutside(history: EdgeHistory, count: number): EdgeHistory {
  const top = history[history.length - 1];
  return top?.side === 'typed' && count <= top.count ? consume(history, count) : push(history, 'outside', count);
}

/** Length of the run of characters last typed right outside the edge (0 if none). */
export function typedRun(history: EdgeHistory): number {
  const top = history[history.length - 1];
  return top?.side === 'typed' ? top.count : 0;
}

/** The run typed right outside the edge after an edit within it changed its length by `by`. */
export function resizeTypedRun(history: EdgeHistory, by: number): EdgeHistory {
  const top = history[history.length - 1];
  if (by === 0 || top?.side !== 'typed') return history;
  return top.count + by > 0
    ? [...history.slice(0, -1), { side: 'typed', count: top.count + by }]
    : history.slice(0, -1);
}
