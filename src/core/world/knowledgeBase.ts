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

/** Where the shipped file lives, relative to the package root. */
export const WORLD_KNOWLEDGE_PATH: readonly string[] = ['models', 'world.tsv'];

const TYPE_OF_LETTER: Record<string, WorldType> = { P: 'PER', O: 'ORG', L: 'LOC' };
const LETTER_OF_TYPE: Record<WorldType, string> = { PER: 'P', ORG: 'O', LOC: 'L' };

/**
 * The knowledge base, read from its text form (written by `encodeWorld`): comment lines starting
 * with `#`, then `@entities` and one entity a line, tab-separated
 * `id  type-letter  label  aliases(|-separated)  description  prominence`, then `@names` and one
 * name key a line with the entities that bear it (`key  3,17`), sorted by key. Loading only splits
 * the text into lines; a lookup is a binary search, and an entity's line is decoded (and checked:
 * a malformed one throws) when asked for.
 */
export class KnowledgeBase {
  private readonly entityLines: string[];
  private readonly nameLines: string[];
  private readonly byId = new Map<string, number>();
  private readonly decoded: (WorldEntity | undefined)[] = [];

  constructor(text: string) {
    const lines = text.split('\n');
    const e = lines.indexOf('@entities');
    const n = lines.indexOf('@names');
    if (e < 0 || n < e) throw new Error('world knowledge: not a knowledge base file');
    this.entityLines = lines.slice(e + 1, n);
    this.nameLines = lines.slice(n + 1).filter(Boolean);
    this.firstEntityLine = e + 2;
  }

  /** 1-based line number of the first entity, for messages about a malformed one. */
  private readonly firstEntityLine: number;

  get size(): number {
    return this.entityLines.length;
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
      const line = this.entityLines[i];
      const tab = line.indexOf('\t');
      bits |= TYPE_BIT[TYPE_OF_LETTER[line.slice(tab + 1, tab + 2)]];
    }
    return bits;
  }

  entity(id: string): WorldEntity | undefined {
    if (this.byId.size === 0)
      this.entityLines.forEach((line, i) => this.byId.set(line.slice(0, line.indexOf('\t')), i));
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entityAt(i);
  }

  private indicesOf(name: string): number[] {
    const k = this.find(nameKey(name));
    if (k < 0) return [];
    const line = this.nameLines[k];
    return line
      .slice(line.indexOf('\t') + 1)
      .split(',')
      .map(Number);
  }

  /** Index of the name line with this key, or -1 (binary search; keys are in code-unit order). */
  private find(key: string): number {
    let lo = 0;
    let hi = this.nameLines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const line = this.nameLines[mid];
      const k = line.slice(0, line.indexOf('\t'));
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private entityAt(i: number): WorldEntity {
    let e = this.decoded[i];
    if (!e) {
      const fields = this.entityLines[i].split('\t');
      const [id, letter, label, aliases, description, prominence] = fields;
      if (fields.length !== 6 || !TYPE_OF_LETTER[letter]) {
        throw new Error(`world knowledge: malformed line ${this.firstEntityLine + i}`);
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

const TYPE_BIT: Record<WorldType, number> = { PER: 1, ORG: 2, LOC: 4 };

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
