import { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { ANNOTATION_KEYS, Annotation, CORRECTION_KEYS, Correction, SidecarData, compareItems } from './types';

type Entries = [string, unknown][];

/** Known keys in the fixed order, then unknown keys; prefix and suffix are always written. */
function itemEntries(item: Annotation | Correction, keys: readonly string[]): Entries {
  const record = item as unknown as Record<string, unknown>;
  const entries: Entries = [];
  for (const key of keys) {
    const value = key === 'prefix' || key === 'suffix' ? record[key] ?? '' : record[key];
    if (key === 'orphaned' ? value === true : value !== undefined) entries.push([key, value]);
  }
  for (const [key, value] of Object.entries(item.extra ?? {})) if (!keys.includes(key)) entries.push([key, value]);
  return entries;
}

function headerEntries(data: SidecarData): Entries {
  const entries: Entries = [['version', data.version], ['article', data.article], ['textHash', data.textHash]];
  if (data.date !== undefined) entries.push(['date', data.date]);
  return entries;
}

function sorted<T extends Annotation | Correction>(items: T[]): T[] {
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
function updateMap(doc: Document, map: YAMLMap, entries: Entries, custom?: (key: string, current: unknown) => Node | undefined): void {
  const order = entries.map(([k]) => k);
  map.items = map.items.filter((pair) => order.includes(keyOf(pair) as string));
  for (const [key, value] of entries) {
    const pair = map.items.find((p) => keyOf(p) === key);
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
    const rank = order.indexOf(key);
    const before = map.items.findIndex((p) => order.indexOf(keyOf(p) as string) > rank);
    const fresh = doc.createPair(key, null) as Pair;
    fresh.value = replacement ?? createNode(doc, value);
    map.items.splice(before < 0 ? map.items.length : before, 0, fresh);
  }
}

/** Rewrites a list of items in place: items are matched by id, so untouched items keep their comments. */
function updateList(doc: Document, current: unknown, items: (Annotation | Correction)[], keys: readonly string[]): Node {
  const seq = isSeq(current) ? current : (createNode(doc, []) as YAMLSeq);
  const wasEmpty = seq.items.length === 0;
  const byId = new Map<string, YAMLMap>();
  for (const node of seq.items) {
    if (!isMap(node)) continue;
    const id = node.get('id');
    if (typeof id === 'string') byId.set(id, node);
  }
  seq.items = items.map((item) => {
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

function topEntries(data: SidecarData, keepCorrections: boolean): Entries {
  const entries = headerEntries(data);
  entries.push(['annotations', null]);
  if (data.corrections.length > 0 || keepCorrections) entries.push(['corrections', null]);
  for (const [key, value] of Object.entries(data.extra ?? {})) entries.push([key, value]);
  return entries;
}

function render(doc: Document, previousText?: string): string {
  const indentSeq = previousText === undefined || !/^(?:annotations|corrections):[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*- /m.test(previousText);
  // JSON-style double quotes: yaml's multi-line double-quoted form mangles a line break followed by a space.
  const text = doc.toString({ lineWidth: 0, indentSeq, doubleQuotedAsJSON: true });
  return previousText?.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
}

/**
 * Writes a sidecar. With `previousText` (the file as it is on disk), that YAML document is updated in
 * place, so comments, key order, blank lines, quoting and unknown keys survive and only changed items
 * differ. Items are written sorted by position, keys in the fixed order.
 */
export function serializeSidecar(data: SidecarData, previousText?: string): string {
  const annotations = sorted(data.annotations);
  const corrections = sorted(data.corrections);
  const previous = previousText === undefined ? undefined : parseDocument(previousText, { version: '1.2' });
  const usable = previous && previous.errors.length === 0 && isMap(previous.contents) ? previous : undefined;
  const doc = usable ?? new Document({});
  const root = doc.contents as YAMLMap;
  const hadCorrections = usable !== undefined && root.has('corrections');
  updateMap(doc, root, topEntries(data, hadCorrections), (key, current) => {
    if (key === 'annotations') return updateList(doc, current, annotations, ANNOTATION_KEYS);
    if (key === 'corrections') return updateList(doc, current, corrections, CORRECTION_KEYS);
    return undefined;
  });
  return render(doc, usable ? previousText : undefined);
}
