/** A text change as editors report it: `rangeLength` units at `rangeOffset` replaced by `text`. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Moves ranges found on an older version of a text onto the new version: ranges after a change shift,
 * ranges touched by a change are dropped (they will be recomputed). Changes of one event refer to the
 * text before the event and do not overlap, so they are applied from the end backwards.
 */
export function shiftRanges<T extends { start: number; end: number }>(
  ranges: readonly T[],
  changes: readonly TextChange[],
): T[] {
  // Runs on every keystroke over every span of the article: no copies beyond the result, no sort for one change.
  let current: readonly T[] = ranges;
  const ordered = changes.length === 1 ? changes : [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  for (const change of ordered) {
    const from = change.rangeOffset;
    const to = from + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    const next: T[] = new Array(current.length);
    let k = 0;
    for (let i = 0; i < current.length; i++) {
      const r = current[i];
      if (r.end <= from) next[k++] = r;
      else if (r.start >= to) next[k++] = delta === 0 ? r : { ...r, start: r.start + delta, end: r.end + delta };
    }
    next.length = k;
    current = next;
  }
  return current === ranges ? [...ranges] : (current as T[]);
}
