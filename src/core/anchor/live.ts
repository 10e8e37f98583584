import type { TextChange } from './shift';

/** An item with a position in a live document. */
export interface Anchored {
  start: number;
  end: number;
  orphaned?: boolean;
  /**
   * Set by `applyChanges` while text typed inside an item splits its characters: where the pieces of the
   * original text are. Runtime state only, never saved. Removing the typed text re-joins the pieces and
   * re-attaches the item.
   */
  pieces?: [number, number][];
}

type Piece = [number, number];

/** Moves the pieces of one item through one change; undefined once any of its characters is deleted. */
function applyToPieces(pieces: Piece[], change: TextChange): Piece[] | undefined {
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  const out: Piece[] = [];
  for (const [start, end] of pieces) {
    if (from >= end)
      out.push([start, end]); // after (an insertion at the end included)
    else if (to <= start)
      out.push([start + delta, end + delta]); // before (an insertion at the start included)
    else if (from === to)
      out.push([start, from], [from + delta, end + delta]); // typed inside: split
    else return undefined; // deleted or replaced characters: the original text is gone
  }
  return out;
}

/**
 * Moves items through one document change event. All changes of an event refer to the document before
 * the event and do not overlap; they are applied from the end of the document backwards, so each one's
 * offsets are still valid when it is applied.
 *
 * Edge rule: an insertion exactly at an item's start or end stays outside the item, because the
 * annotated text itself is unchanged. Text typed strictly inside an item orphans it for as long as the
 * typed text is there (its `pieces` keep track of the original characters; deleting exactly the typed
 * text re-attaches it); meanwhile `start`/`end` stay the last attached position. Deleting or replacing any of the item's own characters, even with identical
 * text, orphans it for good: live tracking never attaches an item to characters other than those it was
 * made on. (Undoing such a deletion inserts new characters, so the item stays orphaned while editing;
 * offline re-anchoring finds the restored quote again.) Items orphaned before (without `pieces`) are
 * left as they are. Returns new objects; the input items are not modified.
 */
export function applyChanges<T extends Anchored>(items: readonly T[], changes: readonly TextChange[]): T[] {
  // Ties (an insertion at the offset where a deletion starts) apply the longer change first: in the
  // original document the insertion point precedes the deleted characters.
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset || b.rangeLength - a.rangeLength);
  return items.map(item => {
    let pieces: Piece[] | undefined = item.orphaned ? item.pieces : [[item.start, item.end]];
    if (!pieces) return { ...item };
    for (const change of ordered) {
      pieces = applyToPieces(pieces, change);
      if (!pieces) {
        const lost = { ...item, orphaned: true };
        delete lost.pieces;
        return lost;
      }
    }
    const joined = pieces.reduce<Piece[]>((acc, p) => {
      const last = acc[acc.length - 1];
      if (last && last[1] === p[0]) last[1] = p[1];
      else acc.push([p[0], p[1]]);
      return acc;
    }, []);
    // While split, start and end stay the last attached position, consistent with the quote.
    if (joined.length > 1) return { ...item, orphaned: true, pieces: joined };
    const attached = { ...item, start: joined[0][0], end: joined[0][1] };
    delete attached.orphaned;
    delete attached.pieces;
    return attached;
  });
}
