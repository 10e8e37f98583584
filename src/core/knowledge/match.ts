import { KnownMention, KnownName, WorkspaceKnowledge } from './types';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds every occurrence of the known names in a text: exact case, whole words only, the longest name
 * at each place, no overlaps. One scan over the text's words with a lookup by each name's first word,
 * so the cost grows with the text, not with the number of names.
 */
export class KnownNameMatcher {
  private readonly byFirstWord = new Map<string, KnownName[]>();

  constructor(knowledge: WorkspaceKnowledge) {
    for (const name of knowledge.names.values()) {
      const first = name.surface.match(/^[\p{L}\p{N}]+/u)?.[0];
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(name);
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  find(text: string): KnownMention[] {
    const found: KnownMention[] = [];
    if (this.isEmpty) return found;
    let coveredTo = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      if (m.index < coveredTo) continue;
      const candidates = this.byFirstWord.get(m[0]);
      if (!candidates) continue;
      for (const name of candidates) {
        const end = m.index + name.surface.length;
        if (text.startsWith(name.surface, m.index) && !(end < text.length && WORD_CHAR.test(text[end]))) {
          found.push({ start: m.index, end, name });
          coveredTo = end;
          break;
        }
      }
    }
    return found;
  }
}
