import { AnchorFields, SidecarData } from '../sidecar/types';

/** An item that claims to sit on text the article does not have at its offsets. */
interface Misplaced {
  id: string;
  quote: string;
  start: number;
  end: number;
  /** What the article has there ('' when the offsets fall outside it). */
  found: string;
}

/** Items (orphans aside) whose quote is not exactly the article's text at their offsets. */
export function misplacedItems(data: SidecarData, text: string): Misplaced[] {
  const wrong: Misplaced[] = [];
  const check = (item: AnchorFields & { id: string }) => {
    if (item.orphaned) return;
    const inside = item.start >= 0 && item.start < item.end && item.end <= text.length;
    const found = inside ? text.slice(item.start, item.end) : '';
    if (found !== item.quote) wrong.push({ id: item.id, quote: item.quote, start: item.start, end: item.end, found });
  };
  data.annotations.forEach(check);
  data.corrections.forEach(check);
  data.suggestions?.forEach(check);
  return wrong;
}

/** Refusal to write a sidecar that would place an item on text other than its quote. */
export class MisplacedItemsError extends Error {
  constructor(readonly items: Misplaced[]) {
    const [first] = items;
    const more = items.length > 1 ? ` (and ${items.length - 1} more)` : '';
    super(
      `not written: ${first.id} quotes ${JSON.stringify(first.quote)} but the article has ` +
        `${JSON.stringify(first.found)} at ${first.start}-${first.end}${more}. This is a bug in Article Annotator; ` +
        'the file was left as it was.',
    );
  }
}

/**
 * The invariant every writer checks just before a sidecar is written: an item that is not orphaned sits
 * exactly on its quote in `text`, the article the file will refer to. Throws `MisplacedItemsError`.
 */
export function checkAnchors(data: SidecarData, text: string): void {
  const wrong = misplacedItems(data, text);
  if (wrong.length > 0) throw new MisplacedItemsError(wrong);
}
