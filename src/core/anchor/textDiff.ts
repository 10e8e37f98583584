import type { TextChange } from './shift';

/** Above this many table cells (lines of one side times lines of the other), a changed region stays one change. */
const MAX_LINE_CELLS = 4_000_000;
/** The same limit for the words of one changed region of lines. */
const MAX_WORD_CELLS = 1_000_000;

/** Lines with their line break, so that joining them gives the text back. */
const LINES = /[^\n]*\n|[^\n]+/g;
/** Words, runs of white space, and single other characters: a diff in these units never splits a word. */
const WORDS = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;

/** A region `[aStart, aEnd)` of the first sequence replaced by `[bStart, bEnd)` of the second. */
type Hunk = [aStart: number, aEnd: number, bStart: number, bEnd: number];

/**
 * The regions where two sequences differ, from a longest common subsequence: the common head and tail
 * are set aside first, and a middle whose table would exceed `maxCells` is one region.
 */
function hunks(a: readonly string[], b: readonly string[], maxCells: number): Hunk[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxCells) return [[head, head + n, head, head + m]];
  // common[i * (m + 1) + j]: length of the longest common subsequence of a[head + i..] and b[head + j..].
  const common = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      common[i * (m + 1) + j] =
        a[head + i] === b[head + j]
          ? common[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(common[(i + 1) * (m + 1) + j], common[i * (m + 1) + j + 1]);
  const result: Hunk[] = [];
  let open: Hunk | undefined;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) result.push((open = [head + i, head + i, head + j, head + j]));
    if (j >= m || (i < n && common[(i + 1) * (m + 1) + j] >= common[i * (m + 1) + j + 1])) open[1] = head + ++i;
    else open[3] = head + ++j;
  }
  return result;
}

/** Offsets at which each unit starts, and the end. */
function starts(units: readonly string[], from: number): number[] {
  const result = [from];
  for (const u of units) result.push(result[result.length - 1] + u.length);
  return result;
}

/**
 * Changes that turn `before` into `after`, as an editor would report them for one event (offsets in
 * `before`, in order, not overlapping): the lines that differ, narrowed to the words that differ. Text
 * both versions have in common is never inside a change, so what is annotated there can follow the
 * changes around it.
 */
export function textChanges(before: string, after: string): TextChange[] {
  const aLines = before.match(LINES) ?? [];
  const bLines = after.match(LINES) ?? [];
  const aAt = starts(aLines, 0);
  const bAt = starts(bLines, 0);
  const changes: TextChange[] = [];
  for (const [a0, a1, b0, b1] of hunks(aLines, bLines, MAX_LINE_CELLS)) {
    const aText = before.slice(aAt[a0], aAt[a1]);
    const bText = after.slice(bAt[b0], bAt[b1]);
    const aWords = aText.match(WORDS) ?? [];
    const bWords = bText.match(WORDS) ?? [];
    const aWordAt = starts(aWords, aAt[a0]);
    const bWordAt = starts(bWords, bAt[b0]);
    for (const [w0, w1, v0, v1] of hunks(aWords, bWords, MAX_WORD_CELLS))
      changes.push({
        rangeOffset: aWordAt[w0],
        rangeLength: aWordAt[w1] - aWordAt[w0],
        text: after.slice(bWordAt[v0], bWordAt[v1]),
      });
  }
  return changes;
}
