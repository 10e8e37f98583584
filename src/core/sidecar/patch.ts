import { Node, Pair, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, Scalar } from 'yaml';

type Entries = [string, unknown][];

/** Renders fresh YAML text for values the patch has to write. */
export interface Renderer {
  /** A scalar, on one line. */
  scalar(value: unknown): string;
  /** `key: value` lines (and following lines for a collection), indented by `indent` spaces. */
  pair(key: string, value: unknown, indent: number): string;
  /** `- key: value` lines of one list item, indented by `indent` spaces. */
  item(entries: Entries, indent: number): string;
}

/** A list kept by id: each entry's fields, in the order the file should have them. */
interface ListUpdate {
  items: { id: string; entries: Entries }[];
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Thrown when a change cannot be made as a local text edit; the caller then rewrites more broadly. */
class CannotPatch extends Error {}

function keyOf(pair: Pair): string | undefined {
  const key = isScalar(pair.key) ? pair.key.value : undefined;
  return typeof key === 'string' ? key : undefined;
}

export function same(node: unknown, value: unknown): boolean {
  const current = isScalar(node) || isMap(node) || isSeq(node) ? (node as Node).toJSON() : node;
  // Two strings are the same exactly when their JSON is; everything else is compared as JSON.
  if (typeof current === 'string' && typeof value === 'string') return current === value;
  if (typeof current === 'number' && typeof value === 'number' && Number.isFinite(current) && Number.isFinite(value))
    return current === value;
  return JSON.stringify(current) === JSON.stringify(value);
}

/**
 * Applies data changes to a YAML file as minimal text edits, so everything the change does not touch
 * (comments, spacing, quoting, blank lines) stays byte for byte. Works on the block layout this format
 * uses; anything else (flow collections, reordered items, block scalars) raises CannotPatch.
 */
export class TextPatcher {
  private readonly edits: Edit[] = [];
  private readonly inserts = new Map<number, string>();

  /**
   * `settled`: list items known to hold exactly their entries already (same keys, same values), which
   * patching would leave as they are; they are not looked into.
   */
  constructor(
    private readonly src: string,
    private readonly render: Renderer,
    private readonly settled?: WeakSet<YAMLMap>,
  ) {}

  private lineStart(offset: number): number {
    return this.src.lastIndexOf('\n', offset - 1) + 1;
  }

  private lineEnd(offset: number): number {
    const i = this.src.indexOf('\n', offset);
    return i < 0 ? this.src.length : i + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private insert(at: number, text: string): void {
    const glue = at === this.src.length && at > 0 && !this.src.endsWith('\n') ? '\n' : '';
    this.inserts.set(at, (this.inserts.get(at) ?? '') + glue + text);
  }

  private valueEnd(pair: Pair): number {
    const value = pair.value as Node | null;
    const end = value?.range?.[1] ?? (pair.key as Node).range![1];
    return this.lineEnd(Math.max(end - 1, 0));
  }

  /** The whole lines of a pair, from its key's line to the end of its value. */
  private pairLines(pair: Pair): [number, number] {
    return [this.lineStart((pair.key as Node).range![0]), this.valueEnd(pair)];
  }

  /**
   * Brings a block map to `entries`. `inItem`: the map is a list item whose first key shares the `- ` line.
   * `list` handles keys whose values are lists of items.
   */
  patchMap(
    map: YAMLMap,
    entries: Entries,
    inItem: boolean,
    list?: (key: string, pair: Pair | undefined, indent: number) => boolean,
  ): void {
    if (map.flow || map.items.length === 0) throw new CannotPatch();
    // Looked up by key, not searched: a file may hold 200,000 keys that other tools wrote.
    const rank = new Map(entries.map(([k], i) => [k, i]));
    const pairs = new Map<string, Pair>();
    const indent = this.column((map.items[0].key as Node).range![0]);
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (key === undefined) throw new CannotPatch();
      pairs.set(key, pair);
      if (!rank.has(key)) {
        if (inItem && pair === map.items[0]) throw new CannotPatch();
        const [from, to] = this.pairLines(pair);
        this.edits.push({ from, to, text: '' });
      }
    }
    for (const [key, value] of entries) {
      const pair = pairs.get(key);
      if (list?.(key, pair, indent)) continue;
      if (!pair) this.insertPair(map, key, value, rank, indent, inItem);
      else if (!same(pair.value, value)) this.replaceValue(pair, key, value, indent, inItem && pair === map.items[0]);
    }
  }

  private insertPair(
    map: YAMLMap,
    key: string,
    value: unknown,
    rank: Map<string, number>,
    indent: number,
    inItem: boolean,
  ): void {
    const wanted = rank.get(key)!;
    const next = map.items.find(p => (rank.get(keyOf(p) as string) ?? -1) > wanted);
    const at =
      next && !(inItem && next === map.items[0])
        ? this.lineStart((next.key as Node).range![0])
        : this.valueEnd(map.items[map.items.length - 1]);
    this.insert(at, this.render.pair(key, value, indent));
  }

  private replaceValue(pair: Pair, key: string, value: unknown, indent: number, firstInItem: boolean): void {
    const old = pair.value;
    const simple =
      isScalar(old) &&
      old.value !== null &&
      old.range &&
      old.type !== Scalar.BLOCK_LITERAL &&
      old.type !== Scalar.BLOCK_FOLDED &&
      (value === null || typeof value !== 'object');
    if (simple) {
      this.edits.push({ from: old.range![0], to: old.range![1], text: this.render.scalar(value) });
      return;
    }
    if (firstInItem) throw new CannotPatch();
    const [from, to] = this.pairLines(pair);
    this.edits.push({ from, to, text: this.render.pair(key, value, indent) });
  }

  /** Brings a list of items (matched by id) to `update`; false when the key is not there yet. */
  patchList(pair: Pair | undefined, key: string, update: ListUpdate, indent: number): boolean {
    if (!pair) return false;
    const seq = pair.value;
    if (!isSeq(seq) || seq.flow || seq.items.length === 0 || update.items.length === 0) {
      if (
        same(
          seq,
          update.items.map(i => Object.fromEntries(i.entries)),
        )
      )
        return true;
      const [from, to] = this.pairLines(pair);
      this.edits.push({
        from,
        to,
        text: this.render.pair(
          key,
          update.items.map(i => Object.fromEntries(i.entries)),
          indent,
        ),
      });
      return true;
    }
    this.patchItems(seq as YAMLSeq, update);
    return true;
  }

  private patchItems(seq: YAMLSeq, update: ListUpdate): void {
    const existing = seq.items.map(node => {
      const id = isMap(node) ? node.get('id') : undefined;
      if (typeof id !== 'string' || !(node as YAMLMap).range) throw new CannotPatch();
      return { id, node: node as YAMLMap };
    });
    const wanted = new Set(update.items.map(i => i.id));
    const kept = existing.filter(e => wanted.has(e.id));
    // Items staying must stay in the same order.
    const keptIds = new Set(kept.map(e => e.id));
    let k = 0;
    for (const item of update.items) if (keptIds.has(item.id) && kept[k++].id !== item.id) throw new CannotPatch();
    const first = existing[0].node.range![0];
    const indent = this.column(first) - 2;
    for (const e of existing) {
      // A deleted item takes the comment lines directly above it, which YAML attaches to it, along.
      if (!wanted.has(e.id))
        this.edits.push({
          from: this.commentsAbove(this.lineStart(e.node.range![0])),
          to: this.lineEnd(Math.max(e.node.range![1] - 1, 0)),
          text: '',
        });
    }
    const last = existing[existing.length - 1].node;
    let nextKept = 0;
    for (const item of update.items) {
      const match = kept[nextKept]?.id === item.id ? kept[nextKept++] : undefined;
      if (match) {
        if (!this.settled?.has(match.node)) this.patchMap(match.node, item.entries, true);
        continue;
      }
      const before = kept[nextKept]?.node;
      const at = before
        ? this.commentsAbove(this.lineStart(before.range![0]))
        : this.lineEnd(Math.max(last.range![1] - 1, 0));
      this.insert(at, this.render.item(item.entries, indent));
    }
  }

  /** Start of the comment lines directly above a line, which belong to the item on that line. */
  private commentsAbove(lineStart: number): number {
    let at = lineStart;
    while (at > 0) {
      const prev = this.lineStart(at - 1);
      if (!this.src.slice(prev, at).trimStart().startsWith('#')) break;
      at = prev;
    }
    return at;
  }

  /** The patched text. */
  result(): string {
    const all: Edit[] = [...this.edits, ...[...this.inserts].map(([at, text]) => ({ from: at, to: at, text }))];
    all.sort((a, b) => b.from - a.from || b.to - a.to);
    // Applied last to first as before, but the text is assembled once: kept stretches between edits,
    // from the end of the file backwards, joined at the end (linear in the file, however many edits).
    const parts: string[] = [];
    let end = this.src.length;
    for (const e of all) {
      if (e.to > end) return this.applyInTurn(all);
      parts.push(this.src.slice(e.to, end), e.text);
      end = e.from;
    }
    parts.push(this.src.slice(0, end));
    return parts.reverse().join('');
  }

  /** Overlapping edits (never made by this class so far): each applied to the text the previous ones left. */
  private applyInTurn(sorted: Edit[]): string {
    let text = this.src;
    for (const e of sorted) text = text.slice(0, e.from) + e.text + text.slice(e.to);
    return text;
  }
}

export { CannotPatch };
