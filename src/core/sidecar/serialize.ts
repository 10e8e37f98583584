import { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { CannotPatch, Renderer, TextPatcher, same } from './patch';
import { readPlainSidecar, readPlainSidecarNodes } from './plain';
import { sameCanonical } from './canonical';
import { Entries, Item, itemEntries } from './entries';
import type { Relation } from './types';
import { RenderItem, spliceItems } from './splice';
import { ANNOTATION_KEYS, CORRECTION_KEYS, RELATION_KEYS, SUGGESTION_KEYS, SidecarData, compareItems } from './types';

export { sameCanonical };

function headerEntries(data: SidecarData): Entries {
  const entries: Entries = [
    ['version', data.version],
    ['article', data.article],
    ['textHash', data.textHash],
  ];
  if (data.date !== undefined) entries.push(['date', data.date]);
  return entries;
}

function sorted<T extends Exclude<Item, Relation>>(items: T[]): T[] {
  return [...items].sort(compareItems);
}

/** Strings with line breaks or tabs are written double-quoted, where every character is visible and exact. */
function styleStrings(node: Node): void {
  visit(node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && /[\r\n\t]/.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  styleStrings(node);
  return node;
}

function sameValue(node: unknown, value: unknown): boolean {
  const current = node instanceof Object && 'toJSON' in node ? (node as Node).toJSON() : node;
  return JSON.stringify(current) === JSON.stringify(value);
}

function keyOf(pair: Pair): string | undefined {
  const key = isScalar(pair.key) ? pair.key.value : pair.key;
  return typeof key === 'string' ? key : undefined;
}

/**
 * Brings `map` to exactly `entries`, touching only what differs: unchanged values keep their node (and so
 * their comments and style), changed scalars keep their node with a new value, new keys go where the fixed
 * order puts them, and keys absent from `entries` are removed. `custom` builds values that need more care.
 */
function updateMap(
  doc: Document,
  map: YAMLMap,
  entries: Entries,
  custom?: (key: string, current: unknown) => Node | undefined,
): void {
  const rank = new Map(entries.map(([k], i) => [k, i]));
  map.items = map.items.filter(pair => rank.has(keyOf(pair) as string));
  const pairs = new Map(map.items.map(p => [keyOf(p), p]));
  for (const [key, value] of entries) {
    const pair = pairs.get(key);
    const replacement = custom?.(key, pair?.value);
    if (pair) {
      if (replacement) pair.value = replacement;
      else if (sameValue(pair.value, value)) continue;
      else if (isScalar(pair.value) && (value === null || typeof value !== 'object')) {
        pair.value.value = value;
        styleStrings(pair.value);
      } else pair.value = createNode(doc, value);
      continue;
    }
    const wanted = rank.get(key)!;
    const before = map.items.findIndex(p => (rank.get(keyOf(p) as string) ?? -1) > wanted);
    const fresh = doc.createPair(key, null) as Pair;
    fresh.value = replacement ?? createNode(doc, value);
    map.items.splice(before < 0 ? map.items.length : before, 0, fresh);
  }
}

/** Rewrites a list of items in place: items are matched by id, so untouched items keep their comments. */
function updateList(doc: Document, current: unknown, items: Item[], keys: readonly string[]): Node {
  const seq = isSeq(current) ? current : (createNode(doc, []) as YAMLSeq);
  const wasEmpty = seq.items.length === 0;
  const byId = new Map<string, YAMLMap>();
  for (const node of seq.items) {
    if (!isMap(node)) continue;
    const id = node.get('id');
    if (typeof id === 'string') byId.set(id, node);
  }
  seq.items = items.map(item => {
    const existing = byId.get(item.id);
    if (!existing) return createNode(doc, Object.fromEntries(itemEntries(item, keys)));
    updateMap(doc, existing, itemEntries(item, keys));
    return existing;
  });
  // An empty list is written `[]`; a list that gains its first items becomes a block list.
  if (seq.items.length === 0) seq.flow = true;
  else if (wasEmpty) seq.flow = false;
  return seq;
}

/** Lists the file has (or had) beyond `annotations`, which is always written; an emptied list keeps its key as `[]`. */
interface Kept {
  relations: boolean;
  corrections: boolean;
  suggestions: boolean;
}

function topEntries(data: SidecarData, kept: Kept): Entries {
  const entries = headerEntries(data);
  entries.push(['annotations', null]);
  if ((data.relations?.length ?? 0) > 0 || kept.relations) entries.push(['relations', null]);
  if (data.corrections.length > 0 || kept.corrections) entries.push(['corrections', null]);
  if ((data.suggestions?.length ?? 0) > 0 || kept.suggestions) entries.push(['suggestions', null]);
  for (const [key, value] of Object.entries(data.extra ?? {})) entries.push([key, value]);
  return entries;
}

interface Layout {
  indentSeq: boolean;
  newline: '\n' | '\r\n';
}

/** How the existing file lays out lists and line ends, so that new text matches it. */
function layoutOf(previousText?: string): Layout {
  return {
    indentSeq:
      previousText === undefined ||
      !/^(?:annotations|relations|corrections|suggestions):[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*- /m.test(previousText),
    newline: previousText?.includes('\r\n') ? '\r\n' : '\n',
  };
}

function toText(doc: Document, layout: Layout): string {
  // JSON-style double quotes: yaml's multi-line double-quoted form mangles a line break followed by a space.
  const text = doc.toString({ lineWidth: 0, indentSeq: layout.indentSeq, doubleQuotedAsJSON: true });
  return layout.newline === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
}

function renderer(layout: Layout): Renderer {
  const fresh = (value: unknown): string => {
    const doc = new Document(value);
    styleStrings(doc.contents as Node);
    return toText(doc, { ...layout, newline: '\n' });
  };
  const indented = (text: string, indent: number): string => {
    const lines = text
      .split('\n')
      .map(line => (line ? ' '.repeat(indent) + line : line))
      .join('\n');
    return layout.newline === '\r\n' ? lines.replace(/\n/g, '\r\n') : lines;
  };
  return {
    scalar: value => fresh(value).replace(/\n$/, ''),
    pair: (key, value, indent) => indented(fresh({ [key]: value }), indent),
    item: (entries, indent) => indented(fresh([Object.fromEntries(entries)]), indent),
  };
}

/**
 * The last text the quick path wrote and checked, or the quick reader read when a sidecar was loaded,
 * with what the quick reader read from it: the next write usually starts from exactly that text (the
 * editor passes the file as it last loaded or wrote it), which then needs no second reading.
 */
let lastKnown: { text: string; value: Record<string, unknown> } | undefined;

/** Called by `parseSidecar` with a file the quick reader read, so that the first write to it is quick too. */
export function rememberQuickReading(text: string, value: Record<string, unknown>): void {
  lastKnown = { text, value };
}

/** Whether a top-level key is one of the item lists (an own key: an unknown key may be `__proto__`). */
function isList<T extends object>(lists: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(lists, key);
}

/** Minimal text edits on the previous file (whose top-level map is `root`); undefined when the change is not local enough. */
function patch(
  previousText: string,
  root: YAMLMap,
  entries: Entries,
  lists: Record<string, { id: string; entries: Entries }[]>,
  settled?: WeakSet<YAMLMap>,
): string | undefined {
  const patcher = new TextPatcher(previousText, renderer(layoutOf(previousText)), settled);
  try {
    patcher.patchMap(
      root,
      entries,
      false,
      (key, pair, indent) => isList(lists, key) && patcher.patchList(pair, key, { items: lists[key] }, indent),
    );
  } catch (e) {
    if (e instanceof CannotPatch) return undefined;
    throw e;
  }
  const text = patcher.result();
  // Safety net: the edited file must read back as exactly the intended data. A file in the serializer's
  // own layout is read back by the quick reader, which reads what the full parser reads.
  const intended = Object.fromEntries(entries);
  const plain = readPlainSidecar(text);
  if (plain !== undefined) {
    if (!sameCanonical(plain, intended)) return undefined;
    lastKnown = { text, value: plain };
    return text;
  }
  // The parser's own duplicate-key check compares every key with every other; this only compares values.
  const check = parseDocument(text, { version: '1.2', uniqueKeys: false });
  return check.errors.length === 0 && sameCanonical(check.toJS(), intended) ? text : undefined;
}

/**
 * Writes a sidecar. With `previousText` (the file as it is on disk), the change is made as minimal text
 * edits, so comments, spacing, quoting, blank lines and unknown keys stay byte for byte and only changed
 * items differ. When that is not possible (items reordered, flow-style lists), the YAML document is
 * updated in place, which still keeps comments, key order and unknown keys. Items are written sorted by
 * position, keys in the fixed order.
 */
export function serializeSidecar(data: SidecarData, previousText?: string): string {
  return write(data, previousText, true);
}

/** {@link serializeSidecar} without the quick path for files in the serializer's own layout (for tests). */
export function serializeSidecarWithFullParser(data: SidecarData, previousText?: string): string {
  return write(data, previousText, false);
}

/** Whether a stored list item already holds exactly the entries to be written for its id (same keys, same values). */
function settledIn(
  lists: Record<string, { id: string; entries: Entries }[]>,
): (list: string, item: Record<string, unknown>) => boolean {
  const byList = new Map<string, Map<string, Entries>>();
  for (const [key, items] of Object.entries(lists)) byList.set(key, new Map(items.map(i => [i.id, i.entries])));
  return (list, item) => {
    const entries = byList.get(list)?.get(item.id as string);
    if (!entries || entries.length !== Object.keys(item).length) return false;
    return entries.every(([key, value]) => Object.prototype.hasOwnProperty.call(item, key) && same(item[key], value));
  };
}

/** New list items as the patch writes them into `previousText` (its list layout), for `spliceItems`. */
export function itemRenderer(previousText: string): RenderItem {
  let render: Renderer | undefined;
  return (item, keys, indent) => (render ??= renderer(layoutOf(previousText))).item(itemEntries(item, keys), indent);
}

function write(data: SidecarData, previousText: string | undefined, quick: boolean): string {
  const annotations = sorted(data.annotations);
  // Relations have no place in the text: they stay in the order they were made.
  const relations = data.relations ?? [];
  const corrections = sorted(data.corrections);
  const suggestions = sorted(data.suggestions ?? []);
  // Items only added or removed, in the file this path last wrote: spliced in and out without reading the rest.
  if (quick && previousText !== undefined && lastKnown?.text === previousText) {
    const spliced = spliceItems(
      lastKnown,
      data,
      { annotations, relations, corrections, suggestions },
      itemRenderer(previousText),
    );
    if (spliced) {
      lastKnown = spliced;
      return spliced.text;
    }
  }
  const lists = {
    annotations: annotations.map(a => ({ id: a.id, entries: itemEntries(a, ANNOTATION_KEYS) })),
    relations: relations.map(r => ({ id: r.id, entries: itemEntries(r, RELATION_KEYS) })),
    corrections: corrections.map(c => ({ id: c.id, entries: itemEntries(c, CORRECTION_KEYS) })),
    suggestions: suggestions.map(s => ({ id: s.id, entries: itemEntries(s, SUGGESTION_KEYS) })),
  };
  const entriesFor = (kept: Kept): Entries =>
    topEntries(data, kept).map(([key, value]): [string, unknown] =>
      isList(lists, key) ? [key, lists[key].map(i => Object.fromEntries(i.entries))] : [key, value],
    );
  // A file in the serializer's own layout (no comments, nothing unusual) is patched from a node tree the
  // quick reader builds with the same ranges as the full parser's, which is far quicker on big files.
  // Items whose every field is unchanged are not even looked into.
  const settledMaps = new WeakSet<YAMLMap>();
  const plainRoot =
    quick && previousText !== undefined
      ? readPlainSidecarNodes(previousText, settledIn(lists), settledMaps, lastKnown)
      : undefined;
  if (plainRoot) {
    const patched = patch(
      previousText as string,
      plainRoot,
      entriesFor({
        relations: plainRoot.has('relations'),
        corrections: plainRoot.has('corrections'),
        suggestions: plainRoot.has('suggestions'),
      }),
      lists,
      settledMaps,
    );
    if (patched !== undefined) return patched;
  }
  const previous =
    previousText === undefined ? undefined : parseDocument(previousText, { version: '1.2', uniqueKeys: false });
  const usable = previous && previous.errors.length === 0 && isMap(previous.contents) ? previous : undefined;
  const had = (key: string) => usable !== undefined && (usable.contents as YAMLMap).has(key);
  const kept: Kept = {
    relations: had('relations'),
    corrections: had('corrections'),
    suggestions: had('suggestions'),
  };
  const patched = usable && patch(previousText as string, usable.contents as YAMLMap, entriesFor(kept), lists);
  if (patched !== undefined) return patched;
  const doc = usable ?? new Document({});
  updateMap(doc, doc.contents as YAMLMap, topEntries(data, kept), (key, current) => {
    if (key === 'annotations') return updateList(doc, current, annotations, ANNOTATION_KEYS);
    if (key === 'relations') return updateList(doc, current, relations, RELATION_KEYS);
    if (key === 'corrections') return updateList(doc, current, corrections, CORRECTION_KEYS);
    if (key === 'suggestions') return updateList(doc, current, suggestions, SUGGESTION_KEYS);
    return undefined;
  });
  return toText(doc, layoutOf(usable ? previousText : undefined));
}
