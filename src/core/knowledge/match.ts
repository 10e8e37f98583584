import { KnownMention, KnownName, WorkspaceKnowledge } from './types';

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
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text, i)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && isWordCode(text, end)) end++;
      const candidates = this.byFirstWord.get(text.slice(i, end));
      const match = candidates && longestAt(text, i, candidates);
      if (match) {
        found.push({ start: i, end: i + match.surface.length, name: match });
        end = Math.max(end, i + match.surface.length);
      }
      i = end;
    }
    return found;
  }
}

function longestAt(text: string, at: number, candidates: readonly KnownName[]): KnownName | undefined {
  for (const name of candidates) {
    const end = at + name.surface.length;
    if (text.startsWith(name.surface, at) && !(end < text.length && isWordCode(text, end))) return name;
  }
  return undefined;
}

/** Letter or digit at `i`; ASCII is decided without a regular expression, which matters on long texts. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}
