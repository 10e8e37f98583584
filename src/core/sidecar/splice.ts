import { sameCanonical } from './canonical';
import { Item, itemMatches } from './entries';
import { lineEnd, listLayout, readPlainSidecar } from './plain';
import { ANNOTATION_KEYS, CORRECTION_KEYS, RELATION_KEYS, SUGGESTION_KEYS, SidecarData, TOP_LEVEL_KEYS } from './types';

/** A file the quick path wrote, and what the quick reader read from it. */
interface Written {
  text: string;
  value: Record<string, unknown>;
}

/** Fresh text for one list item, in the file's layout (`indent`: spaces before its dash). */
export type RenderItem = (item: Item, keys: readonly string[], indent: number) => string;

const LISTS = [
  ['annotations', ANNOTATION_KEYS],
  ['relations', RELATION_KEYS],
  ['corrections', CORRECTION_KEYS],
  ['suggestions', SUGGESTION_KEYS],
] as const;

interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * The quickest write, for the commonest change to a big file: items added or removed and nothing else.
 * `previous` is the file as the quick path last wrote it; `lists` the items to write, each list in order.
 * Each added item's text goes in before the item that follows it, and each removed item's lines go,
 * which is what the general patch writes for such a change, found without reading the items that stay.
 * Undefined (the caller then takes the general path) when anything else changed: a header value, an
 * item's fields, the order of the items that stay, or a list appearing, emptying or filling.
 */
export function spliceItems(
  previous: Written,
  data: SidecarData,
  lists: Record<string, Item[]>,
  render: RenderItem,
): Written | undefined {
  if (!sameHeader(previous.value, data)) return undefined;
  const edits: Edit[] = [];
  for (const [key, keys] of LISTS) {
    const stored = previous.value[key];
    const wanted = lists[key] ?? [];
    if (stored === undefined) {
      if (wanted.length > 0) return undefined;
      continue;
    }
    if (!Array.isArray(stored) || (stored.length === 0) !== (wanted.length === 0)) return undefined;
    if (
      stored.length > 0 &&
      !listEdits(previous.text, key, stored as Record<string, unknown>[], wanted, keys, render, edits)
    )
      return undefined;
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.from - b.from);
  let text = '';
  let at = 0;
  for (const e of edits) {
    text += previous.text.slice(at, e.from) + e.text;
    at = e.to;
  }
  text += previous.text.slice(at);
  // Safety net, as on every quick write: the new file must read back as exactly the intended data.
  const value = readPlainSidecar(text);
  if (value === undefined || !sameHeader(value, data)) return undefined;
  for (const [key, keys] of LISTS) {
    const read = value[key];
    const wanted = lists[key] ?? [];
    if (read === undefined ? wanted.length > 0 : !Array.isArray(read) || read.length !== wanted.length)
      return undefined;
    for (let i = 0; i < wanted.length; i++)
      if (!itemMatches((read as Record<string, unknown>[])[i], wanted[i], keys)) return undefined;
  }
  return { text, value };
}

/** Same top-level values apart from the lists: version, article, textHash, date and unknown keys. */
function sameHeader(stored: Record<string, unknown>, data: SidecarData): boolean {
  if (stored.version !== data.version || stored.article !== data.article || stored.textHash !== data.textHash)
    return false;
  if (!sameCanonical(stored.date ?? null, data.date ?? null) || 'date' in stored !== (data.date !== undefined))
    return false;
  const extra = data.extra ?? {};
  let count = 0;
  for (const key of Object.keys(stored)) {
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(extra, key) || !sameCanonical(stored[key], extra[key])) return false;
  }
  return count === Object.keys(extra).filter(k => !(TOP_LEVEL_KEYS as readonly string[]).includes(k)).length;
}

/** Appends the edits that turn one stored list into `wanted`; false when more than adding and removing is needed. */
function listEdits(
  text: string,
  key: string,
  stored: Record<string, unknown>[],
  wanted: Item[],
  keys: readonly string[],
  render: RenderItem,
  edits: Edit[],
): boolean {
  const starts = itemStarts(text, key, stored.length);
  if (!starts) return false;
  const storedIds = new Set(stored.map(s => s.id));
  const wantedIds = new Set(wanted.map(w => w.id));
  const indent = listLayout(text, starts.offsets[0])?.dash === '  - ' ? 2 : 0;
  let i = 0;
  for (let j = 0; j < wanted.length || i < stored.length;) {
    const item = wanted[j];
    if (i < stored.length && item !== undefined && stored[i].id === item.id) {
      if (!itemMatches(stored[i], item, keys)) return false;
      i++;
      j++;
    } else if (i < stored.length && !wantedIds.has(stored[i].id as string)) {
      edits.push({ from: starts.offsets[i], to: starts.offsets[i + 1], text: '' });
      i++;
    } else if (item !== undefined && !storedIds.has(item.id)) {
      const at = starts.offsets[i];
      edits.push({ from: at, to: at, text: render(item, keys, indent) });
      j++;
    } else return false;
  }
  return true;
}

/**
 * Where each of the `count` items of list `key` starts in `text`, and where the list ends (at index
 * `count`), in the quick reader's layout: a `key:` line, then items opening with a dash line.
 */
function itemStarts(text: string, key: string, count: number): { offsets: number[] } | undefined {
  const line = `${key}:\n`;
  const head = text.startsWith(line) ? 0 : text.indexOf(`\n${line}`) + 1;
  if (head === 0 && !text.startsWith(line)) return undefined;
  let at = head + line.length;
  const layout = listLayout(text, at);
  if (!layout) return undefined;
  const offsets: number[] = [];
  while (at < text.length) {
    if (text.startsWith(layout.dash, at)) offsets.push(at);
    else if (!text.startsWith(layout.more, at)) break;
    at = Math.min(text.length, lineEnd(text, at) + 1);
  }
  if (offsets.length !== count) return undefined;
  offsets.push(at);
  return { offsets };
}
