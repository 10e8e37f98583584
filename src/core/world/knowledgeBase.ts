import { nameKey } from './names';

/** Entity types the knowledge base holds (CoNLL-style, as the recogniser's). */
export type WorldType = 'PER' | 'ORG' | 'LOC';

/** One well-known entity. */
export interface WorldEntity {
  /** Wikidata item id, e.g. `Q90`. */
  id: string;
  type: WorldType;
  /** The name it is best known by. */
  label: string;
  /** Other names and spellings. */
  aliases: string[];
  /** One line saying what it is ("city in Bavaria, Germany"). */
  description: string;
  /**
   * How prominent it is, 0-9 (for places about log10 of the population): among entities sharing a
   * name, the more prominent is the likelier reading when the text says nothing else.
   */
  prominence: number;
}

/** The prominence of a place from its population: log10, so a city of a million people scores 6. */
export const placeProminence = (population: number): number => (population > 0 ? Math.log10(population) : 0);

/** Where the shipped file lives, relative to the package root. */
export const WORLD_KNOWLEDGE_PATH: readonly string[] = ['models', 'world.tsv'];

const TYPE_OF_LETTER: Record<string, WorldType> = { P: 'PER', O: 'ORG', L: 'LOC' };
const LETTER_OF_TYPE: Record<WorldType, string> = { PER: 'P', ORG: 'O', LOC: 'L' };

const NEWLINE = 10;
const TAB = 9;
const utf8 = new TextDecoder();

/**
 * The knowledge base, read from its text form (written by `encodeWorld`): comment lines starting
 * with `#`, then `@entities` and one entity a line, tab-separated
 * `id  type-letter  label  aliases(|-separated)  description  prominence`, then `@names` and one
 * name key a line with the entities that bear it (`key  3,17`), sorted by key. Loading only finds
 * where the lines start, in the file's bytes: a lookup is a binary search that decodes the keys it
 * passes, and an entity's line is decoded (and checked: a malformed one throws) when asked for.
 */
export class KnowledgeBase {
  private readonly bytes: Uint8Array;
  /** Byte offset of each line's start, and one past the end. */
  private readonly lineStarts: Uint32Array;
  /** Line numbers (0-based) of the first entity and of the first name; the names run to the end. */
  private readonly firstEntity: number;
  private readonly firstName: number;
  private readonly nameCount: number;
  private byId: Map<string, number> | undefined;
  private readonly decoded: (WorldEntity | undefined)[] = [];

  /** `source`: the file's text, or its UTF-8 bytes as read (cheaper: nothing is decoded up front). */
  constructor(source: string | Uint8Array) {
    this.bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
    this.lineStarts = lineStarts(this.bytes);
    const e = this.findLine('@entities', 0);
    const n = e < 0 ? -1 : this.findLine('@names', e + 1);
    if (e < 0 || n < 0) throw new Error('world knowledge: not a knowledge base file');
    this.firstEntity = e + 1;
    this.firstName = n + 1;
    let last = this.lineStarts.length - 1;
    // A trailing newline leaves an empty last line.
    while (last > this.firstName && this.lineStarts[last] - this.lineStarts[last - 1] <= 1) last--;
    this.nameCount = last - this.firstName;
  }

  get size(): number {
    return this.firstName - 1 - this.firstEntity;
  }

  /** Entities that have this name (label or alias), most prominent first. */
  candidates(name: string): WorldEntity[] {
    return this.indicesOf(name)
      .map(i => this.entityAt(i))
      .sort((a, b) => b.prominence - a.prominence);
  }

  /** Whether some entity has this name, without decoding any. */
  has(name: string): boolean {
    return this.find(nameKey(name)) >= 0;
  }

  /** Bit set of the types (1 PER, 2 ORG, 4 LOC) of entities with this name; 0 if none. */
  typesOf(name: string): number {
    let bits = 0;
    for (const i of this.indicesOf(name)) {
      const start = this.lineStarts[this.firstEntity + i];
      const letter = String.fromCharCode(this.bytes[this.bytes.indexOf(TAB, start) + 1]);
      bits |= TYPE_BIT[TYPE_OF_LETTER[letter]] ?? 0;
    }
    return bits;
  }

  /** Every entity, in the file's order (decoding each: for builds, not for lookups). */
  *entities(): Generator<WorldEntity> {
    for (let i = 0; i < this.size; i++) yield this.entityAt(i);
  }

  entity(id: string): WorldEntity | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.size; i++) this.byId.set(this.field(this.firstEntity + i), i);
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entityAt(i);
  }

  private indicesOf(name: string): number[] {
    const k = this.find(nameKey(name));
    if (k < 0) return [];
    const line = this.line(this.firstName + k);
    return line
      .slice(line.indexOf('\t') + 1)
      .split(',')
      .map(Number);
  }

  /** Index of the name line with this key, or -1 (binary search; keys are in code-unit order). */
  private find(key: string): number {
    let lo = 0;
    let hi = this.nameCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.field(this.firstName + mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The text of line `i`, without its newline. */
  private line(i: number): string {
    return this.text(this.lineStarts[i], this.lineStarts[i + 1] - 1);
  }

  /** The first tab-separated field of line `i`. */
  private field(i: number): string {
    const start = this.lineStarts[i];
    const end = this.lineStarts[i + 1] - 1;
    const tab = this.bytes.indexOf(TAB, start);
    return this.text(start, tab >= 0 && tab < end ? tab : end);
  }

  /** Bytes [start, end) as text. */
  private text(start: number, end: number): string {
    return utf8.decode(this.bytes.subarray(start, end));
  }

  /** The first line at or after `from` that reads exactly `text`, or -1. */
  private findLine(text: string, from: number): number {
    for (let i = from; i < this.lineStarts.length - 1; i++) {
      if (this.lineStarts[i + 1] - 1 - this.lineStarts[i] === text.length && this.line(i) === text) return i;
    }
    return -1;
  }

  private entityAt(i: number): WorldEntity {
    let e = this.decoded[i];
    if (!e) {
      const fields = this.line(this.firstEntity + i).split('\t');
      const [id, letter, label, aliases, description, prominence] = fields;
      if (fields.length !== 6 || !TYPE_OF_LETTER[letter]) {
        throw new Error(`world knowledge: malformed line ${this.firstEntity + i + 1}`);
      }
      e = {
        id,
        type: TYPE_OF_LETTER[letter],
        label,
        aliases: aliases ? aliases.split('|') : [],
        description,
        prominence: Number(prominence) || 0,
      };
      this.decoded[i] = e;
    }
    return e;
  }
}

/** Where each line of `bytes` starts, and one past the end (as if the text ended with a newline). */
function lineStarts(bytes: Uint8Array): Uint32Array {
  let count = 1;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  const starts = new Uint32Array(count + 1);
  let k = 1;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) starts[k++] = at + 1;
  starts[k] = bytes.length + 1;
  return starts;
}

/** The bit of each type in what `typesOf` returns. */
export const TYPE_BIT: Record<WorldType, number> = { PER: 1, ORG: 2, LOC: 4 };

/**
 * The text form of a knowledge base (the build script writes it; tests build small ones with it).
 * `comments` go first, each line prefixed with `#`.
 */
export function encodeWorld(entities: readonly WorldEntity[], comments: readonly string[] = []): string {
  const keys = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const name of [e.label, ...e.aliases]) {
      const key = nameKey(name);
      if (!key) continue;
      const list = keys.get(key);
      if (!list) keys.set(key, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  const names = [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    ...comments.map(c => `# ${c}`),
    '@entities',
    ...entities.map(worldLine),
    '@names',
    ...names.map(k => `${k}\t${keys.get(k)!.join(',')}`),
    '',
  ].join('\n');
}

function worldLine(e: WorldEntity): string {
  const clean = (s: string) => s.replace(/[\t\n|]/g, ' ').trim();
  return [
    e.id,
    LETTER_OF_TYPE[e.type],
    clean(e.label),
    e.aliases.map(clean).filter(Boolean).join('|'),
    clean(e.description),
    String(Math.max(0, Math.min(9, Math.round(e.prominence)))),
  ].join('\t');
}
