import { EdgeHistory, deletedInside, deletedOutside, resizeTypedRun, typedAtEdge, typedRun } from './edges';
import type { TextChange } from './shift';

/** An item with a place in a live document: where it is and the text there. */
export interface Anchored {
  id: string;
  start: number;
  end: number;
  quote: string;
  orphaned?: boolean;
}

/** Where an edit that orphaned an item put its text, so that undoing the edit re-attaches the item. */
interface Lost {
  /** Start of the text the edit inserted. */
  at: number;
  /** The text there now: what the edit inserted, as edited since. */
  content: string;
  /**
   * What each later replacement of the whole region replaced, newest last. Putting back the newest
   * is that replacement's undo; only with none left is putting back the removed text the edit's undo.
   */
  rewrites: readonly string[];
  /**
   * While the region is empty (the edit only deleted): the lengths of later deletions right beside it,
   * newest last, and on which side. Text of the newest one's length put back at the region is that
   * deletion's undo, not the edit's: undo goes newest first.
   */
  beside: readonly { before: boolean; length: number }[];
  /** How many characters the edit removed. */
  removed: number;
  /** The item's start before the edit, relative to the edit's start (negative when it began before it). */
  offset: number;
}

const MAX_REWRITES = 32;

/** An item's place as tracking sees it, with what it remembers between events. */
interface Track {
  start: number;
  end: number;
  quote: string;
  orphaned: boolean;
  /** What happened right at the span's start and end, to place text typed exactly there. */
  startEdge: EdgeHistory;
  endEdge: EdgeHistory;
  lost?: Lost;
}

/**
 * Moves items through the edits of one document as they happen (the rule README's sidecar section
 * describes). For each change, relative to an item's span:
 *
 * - before it (insertions at its start included) the span shifts; after it (insertions at its end
 *   included) nothing moves: typing next to a name does not extend it;
 * - strictly inside it (typing, deleting or replacing some but not all of its characters) the span
 *   follows: it grows or shrinks and its quote becomes the edited text;
 * - text typed exactly at an edge where characters of the span were just deleted goes inside, up to
 *   as many characters (retyping a first letter, undo); `edges.ts` keeps what happened at each edge;
 * - covering it whole, or reaching across its start or end (removing characters both inside and
 *   outside), orphans it: what the user annotated is gone or cut. A change of the same length that only
 *   alters letter case (Title Case, a case-changing replace) is not a removal: the span follows.
 *
 * An item orphaned by an edit remembers where the edit's text went: replacing exactly that text with
 * what was removed (undo, or pasting the same text back) re-attaches it at its old place, unless the
 * text around was edited across in between. Text typed there since may go with it (one undo step for a
 * replacement and the typing after it); a later replacement of all that text must be undone first.
 * Items orphaned otherwise (from the file) only shift.
 * Undo of any other edit is itself an edit inside, before or after the span, and restores the span
 * exactly.
 *
 * One instance per document: it remembers edge histories and orphaning edits between events, keyed by item
 * id and checked against the item's place, so an item moved by other means is simply tracked afresh.
 */
export class LiveAnchors {
  /** What is remembered of items between events, with the place each was remembered for. */
  private readonly memory = new Map<string, Track>();

  /**
   * Moves items through one document change event. All changes of an event refer to the document before
   * the event and do not overlap; they are applied from the end of the document backwards, so each one's
   * offsets are still valid when it is applied. Returns the same object for an item that did not move.
   */
  applyChanges<T extends Anchored>(items: readonly T[], changes: readonly TextChange[]): T[] {
    return this.follow(items, changes).items;
  }

  /**
   * `applyChanges`, and whether any item was an orphan before the event or is one after it, found in the
   * same pass: a caller that lists orphans as problems need not look through all the items again.
   */
  follow<T extends Anchored>(items: readonly T[], changes: readonly TextChange[]): { items: T[]; orphans: boolean } {
    const ordered = joinAdjacent(changes).reverse();
    let orphans = false;
    const moved = items.map(item => {
      const next = this.applyToItem(item, ordered);
      if (item.orphaned || next.orphaned) orphans = true;
      return next;
    });
    return { items: moved, orphans };
  }

  private applyToItem<T extends Anchored>(item: T, changes: readonly TextChange[]): T {
    const remembered = this.memory.get(item.id);
    let track: Track =
      remembered && sameSpan(remembered, item)
        ? remembered
        : {
            start: item.start,
            end: item.end,
            quote: item.quote,
            orphaned: !!item.orphaned,
            startEdge: [],
            endEdge: [],
          };
    const initial = track;
    for (const change of changes) track = step(track, change);
    // Orphaned by one change of an event after another changed its text: it keeps the text it had, and
    // only this event's exact undo could have found its place again, which such an undo is not.
    if (track.orphaned && !initial.orphaned && track.quote !== initial.quote)
      track = { ...track, quote: initial.quote, end: track.start + initial.quote.length, lost: undefined };
    if (track.startEdge.length > 0 || track.endEdge.length > 0 || track.lost) this.memory.set(item.id, track);
    else this.memory.delete(item.id);
    if (sameSpan(track, item)) return item;
    const moved = { ...item, start: track.start, end: track.end, quote: track.quote };
    if (track.orphaned) moved.orphaned = true;
    else delete moved.orphaned;
    return moved;
  }
}

/**
 * The event's changes from the start of the document, those that meet (one ends where the next starts)
 * made one: the same edit, judged once, as its undo will be. At a tie the insertion comes first: in the
 * original document the insertion point precedes the deleted characters.
 */
function joinAdjacent(changes: readonly TextChange[]): TextChange[] {
  const sorted = changes
    .filter(c => c.rangeLength > 0 || c.text.length > 0)
    .sort((a, b) => a.rangeOffset - b.rangeOffset || a.rangeLength - b.rangeLength);
  const joined: TextChange[] = [];
  for (const change of sorted) {
    const last = joined[joined.length - 1];
    if (last && last.rangeOffset + last.rangeLength === change.rangeOffset)
      joined[joined.length - 1] = {
        rangeOffset: last.rangeOffset,
        rangeLength: last.rangeLength + change.rangeLength,
        text: last.text + change.text,
      };
    else joined.push(change);
  }
  return joined;
}

function sameSpan(track: Track, item: Anchored): boolean {
  return (
    track.start === item.start &&
    track.end === item.end &&
    track.quote === item.quote &&
    track.orphaned === !!item.orphaned
  );
}

function step(track: Track, change: TextChange): Track {
  if (!track.orphaned) return stepAttached(track, change);
  if (track.lost) return stepLost(track, track.lost, change);
  return change.rangeOffset + change.rangeLength <= track.start ? shift(track, delta(change)) : track;
}

function delta(change: TextChange): number {
  return change.text.length - change.rangeLength;
}

function shift(track: Track, by: number): Track {
  if (by === 0) return track;
  const lost = track.lost && { ...track.lost, at: track.lost.at + by };
  return { ...track, start: track.start + by, end: track.end + by, lost };
}

/** The quote with its characters [from, to) (relative to the span) replaced by `text`. */
function splice(quote: string, from: number, to: number, text: string): string {
  return quote.slice(0, from) + text + quote.slice(to);
}

function stepAttached(track: Track, change: TextChange): Track {
  const { start, end } = track;
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  if (to <= start && !(from === to && from === start))
    return shift({ ...track, startEdge: beforeStart(track, change) }, delta(change));
  if (from >= end && !(from === to && from === end)) return { ...track, endEdge: afterEnd(track, change) };
  if (from === to) return typedInsertion(track, change);
  if (from >= start && to <= end && (from > start || to < end)) {
    const text = change.text;
    const inside = { ...track, end: end + delta(change), quote: splice(track.quote, from - start, to - start, text) };
    if (text.length === 0 && from === start) inside.startEdge = deletedInside(track.startEdge, to - from);
    if (text.length === 0 && to === end) inside.endEdge = deletedInside(track.endEdge, to - from);
    return inside;
  }
  // Covers the span, or reaches across its start or end.
  const lo = Math.max(start, from);
  const hi = Math.min(end, to);
  const replaced = change.text.slice(lo - from, hi - from);
  if (
    change.text.length === to - from &&
    replaced.toLowerCase() === track.quote.slice(lo - start, hi - start).toLowerCase()
  )
    return { ...track, quote: splice(track.quote, lo - start, hi - start, replaced) };
  return orphanAt({
    ...track,
    orphaned: true,
    lost: { at: from, content: change.text, rewrites: [], beside: [], removed: to - from, offset: start - from },
  });
}

/** A change ending at or before the span's start (not an insertion exactly there): its start edge after it. */
function beforeStart(track: Track, change: TextChange): EdgeHistory {
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  if (to === track.start && change.text.length === 0) return deletedOutside(track.startEdge, to - from);
  return typedRunEdit(track.startEdge, track.start - typedRun(track.startEdge), track.start, change);
}

/** A change starting at or after the span's end (not an insertion exactly there): its end edge after it. */
function afterEnd(track: Track, change: TextChange): EdgeHistory {
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  if (from === track.end && change.text.length === 0) return deletedOutside(track.endEdge, to - from);
  return typedRunEdit(track.endEdge, track.end, track.end + typedRun(track.endEdge), change);
}

/**
 * An edge after a change beside the span, given where the text last typed right outside the edge lies
 * ([runStart, runEnd), empty if none): an edit within that text resizes it (typing at its far end is new
 * text, not part of it); one reaching past it leaves nothing known about the edge.
 */
function typedRunEdit(edge: EdgeHistory, runStart: number, runEnd: number, change: TextChange): EdgeHistory {
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  const within = from === to ? from > runStart && from < runEnd : from >= runStart && to <= runEnd;
  if (within) return resizeTypedRun(edge, delta(change));
  return from < runEnd && to > runStart ? [] : edge;
}

/** Text typed inside the span, or exactly at one of its edges (where the edge's history places it). */
function typedInsertion(track: Track, change: TextChange): Track {
  const { start, end } = track;
  const { rangeOffset: at, text } = change;
  if (at > start && at < end)
    return { ...track, end: end + text.length, quote: splice(track.quote, at - start, at - start, text) };
  if (at === start) {
    const placed = typedAtEdge(track.startEdge, text.length);
    if (!placed.inside) return shift({ ...track, startEdge: placed.history }, text.length);
    return { ...track, end: end + text.length, quote: text + track.quote, startEdge: placed.history };
  }
  const placed = typedAtEdge(track.endEdge, text.length);
  if (!placed.inside) return { ...track, endEdge: placed.history };
  return { ...track, end: end + text.length, quote: track.quote + text, endEdge: placed.history };
}

/** Places a live orphan's last known position where its text would start now. */
function orphanAt(track: Track & { lost: Lost }): Track {
  const start = track.lost.at + track.lost.offset;
  return { ...track, start, end: start + track.quote.length };
}

function stepLost(track: Track, lost: Lost, change: TextChange): Track {
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  const text = change.text;
  const regionEnd = lost.at + lost.content.length;
  const length = track.quote.length;
  const besideRegion = besideEmptyRegion(track, lost, change);
  if (besideRegion) return besideRegion;
  const wholeRegion = from === lost.at && to === regionEnd;
  if (wholeRegion && lost.rewrites.length === 0 && text.length === lost.removed) {
    // The region's text back as the edit removed it: the item's own characters are there again.
    const inside = Math.max(lost.offset, 0);
    const upTo = Math.min(lost.offset + length, lost.removed);
    if (text.slice(inside, upTo) === track.quote.slice(inside - lost.offset, upTo - lost.offset)) {
      const start = lost.at + lost.offset;
      return { ...track, start, end: start + length, orphaned: false, lost: undefined };
    }
  }
  if (wholeRegion) {
    const undoesRewrite = lost.rewrites[lost.rewrites.length - 1] === text;
    const rewrites = undoesRewrite ? lost.rewrites.slice(0, -1) : [...lost.rewrites, lost.content];
    // Past what any undo a person does needs, the place is forgotten rather than guessed.
    if (rewrites.length > MAX_REWRITES) return { ...track, lost: undefined };
    return orphanAt({ ...track, lost: { ...lost, content: text, rewrites } });
  }
  if (from >= lost.at && to <= regionEnd)
    return orphanAt({ ...track, lost: { ...lost, content: splice(lost.content, from - lost.at, to - lost.at, text) } });
  const [extentStart, extentEnd] = extentOf(track, lost);
  if (to <= extentStart) return shift(track, delta(change));
  if (from >= extentEnd) return track;
  return { ...track, lost: undefined };
}

/**
 * The region with the parts of the span the orphaning edit did not reach, which lie beside it and must
 * stay as they are for the item to come back.
 */
function extentOf(track: Track, lost: Lost): [number, number] {
  const regionEnd = lost.at + lost.content.length;
  return [lost.at + Math.min(lost.offset, 0), regionEnd + Math.max(lost.offset + track.quote.length - lost.removed, 0)];
}

/**
 * Deleting right beside the empty place an edit left, and undoing that deletion, which puts text back
 * at the very place: that text is the neighbour's, not the item's (undefined for any other change).
 */
function besideEmptyRegion(track: Track, lost: Lost, change: TextChange): Track | undefined {
  if (lost.content !== '') return undefined;
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  const [extentStart, extentEnd] = extentOf(track, lost);
  const deleted = change.text === '' && to > from;
  if (deleted && (to === lost.at ? to <= extentStart : from === lost.at && from >= extentEnd)) {
    const before = to === lost.at;
    if (lost.beside.length >= MAX_REWRITES) return { ...track, lost: undefined };
    const moved = { ...track, lost: { ...lost, beside: [...lost.beside, { before, length: to - from }] } };
    return before ? shift(moved, delta(change)) : moved;
  }
  const last = lost.beside[lost.beside.length - 1];
  if (from !== to || from !== lost.at || last?.length !== change.text.length) return undefined;
  const restored = { ...track, lost: { ...lost, beside: lost.beside.slice(0, -1) } };
  return last.before ? shift(restored, change.text.length) : restored;
}
