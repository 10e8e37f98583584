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
export const LETTER_OF_TYPE: Record<WorldType, string> = { PER: 'P', ORG: 'O', LOC: 'L' };

/**
 * The knowledge base, read from its text form: one entity a line, tab-separated
 * `id  type-letter  label  aliases(|-separated)  description  prominence`; lines starting with `#`
 * are comments. Lines are decoded only when an entity is asked for, so loading costs one pass that
 * indexes names.
 */
export class KnowledgeBase {
  /** nameKey -> indices into `lines` (an entity may be reached by several names). */
  private readonly byName = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  private readonly lines: string[] = [];
  private readonly decoded: (WorldEntity | undefined)[] = [];
  /** Number of words of the longest name, so that callers can bound their search. */
  readonly longestName: number;

  constructor(text: string) {
    let longest = 1;
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end > at && text.charCodeAt(at) !== 35 /* # */) {
        const line = text.slice(at, end);
        const index = this.lines.length;
        this.lines.push(line);
        const t1 = line.indexOf('\t');
        const t2 = line.indexOf('\t', t1 + 1);
        const t3 = line.indexOf('\t', t2 + 1);
        const t4 = line.indexOf('\t', t3 + 1);
        if (t1 < 0 || t3 < 0 || t4 < 0 || line.indexOf('\t', t4 + 1) < 0 || !TYPE_OF_LETTER[line.slice(t1 + 1, t2)]) {
          throw new Error(`world knowledge: malformed line ${this.lines.length}`);
        }
        this.byId.set(line.slice(0, t1), index);
        const names = [line.slice(t2 + 1, t3)];
        if (t4 > t3 + 1) names.push(...line.slice(t3 + 1, t4).split('|'));
        for (const name of names) {
          const key = nameKey(name);
          if (!key) continue;
          const list = this.byName.get(key);
          if (!list) this.byName.set(key, [index]);
          else if (!list.includes(index)) list.push(index);
          const words = key.split(' ').length;
          if (words > longest) longest = words;
        }
      }
      at = end + 1;
    }
    this.longestName = longest;
  }

  get size(): number {
    return this.lines.length;
  }

  /** Entities that have this name (label or alias), most prominent first. */
  candidates(name: string): WorldEntity[] {
    const list = this.byName.get(nameKey(name));
    if (!list) return [];
    return list.map(i => this.entityAt(i)).sort((a, b) => b.prominence - a.prominence);
  }

  /** Whether some entity has this name, without decoding any. */
  has(name: string): boolean {
    return this.byName.has(nameKey(name));
  }

  /** Bit set of the types (1 PER, 2 ORG, 4 LOC) of entities with this name; 0 if none. */
  typesOf(name: string): number {
    const list = this.byName.get(nameKey(name));
    if (!list) return 0;
    let bits = 0;
    for (const i of list) bits |= TYPE_BIT[TYPE_OF_LETTER[this.lines[i].split('\t', 2)[1]]];
    return bits;
  }

  entity(id: string): WorldEntity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entityAt(i);
  }

  private entityAt(i: number): WorldEntity {
    let e = this.decoded[i];
    if (!e) {
      const [id, letter, label, aliases, description, prominence] = this.lines[i].split('\t');
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

export const TYPE_BIT: Record<WorldType, number> = { PER: 1, ORG: 2, LOC: 4 };

/** One line of the text form (the build script writes these; tests build small knowledge bases with it). */
export function worldLine(e: WorldEntity): string {
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
