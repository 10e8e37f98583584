import { editBounds, editedLines } from '../analysis/reuse';
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
      // A name is found within a line (which the search after an edit relies on).
      if (!first || /[\r\n]/.test(name.surface)) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(name);
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /**
   * Every known name in `text`. A text that is an edited version of one searched lately (an article
   * as the user types) is searched again only on the edited lines: names never span a line break,
   * so those before them are kept and those after them shifted.
   */
  find(text: string): KnownMention[] {
    if (this.isEmpty) return [];
    let found = this.recent.find(r => r.text === text)?.found;
    if (!found) {
      const base = this.closest(text);
      found = base ? this.rescan(base, text) : this.scan(text, 0, text.length, []);
      this.recent.unshift({ text, found });
      if (this.recent.length > RECENT_TEXTS) this.recent.pop();
    }
    return found;
  }

  /** Texts searched lately, newest first, with what was found: one per open article being edited, at most. */
  private readonly recent: { text: string; found: KnownMention[] }[] = [];

  /** A recent text sharing at least half of `text` at its ends, which an edit leaves. */
  private closest(text: string): { text: string; found: KnownMention[] } | undefined {
    for (const r of this.recent) {
      const { prefix, suffix } = editBounds(r.text, text);
      if (2 * (prefix + suffix) >= text.length) return r;
    }
    return undefined;
  }

  private rescan(base: { text: string; found: KnownMention[] }, text: string): KnownMention[] {
    const [from, to] = editedLines(base.text, text);
    const delta = text.length - base.text.length;
    const out: KnownMention[] = [];
    let i = 0;
    while (i < base.found.length && base.found[i].end <= from) out.push(base.found[i++]);
    this.scan(text, from, to, out);
    for (; i < base.found.length; i++) {
      const m = base.found[i];
      if (m.start >= to - delta) out.push({ start: m.start + delta, end: m.end + delta, name: m.name });
    }
    return out;
  }

  /** Appends the names found in text[from, to), where `from` starts a word or follows a non-word character. */
  private scan(text: string, from: number, to: number, found: KnownMention[]): KnownMention[] {
    let i = from;
    while (i < to) {
      if (!isWordCode(text, i)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < to && isWordCode(text, end)) end++;
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

/** Recent texts kept for incremental search (open articles being edited in turn). */
const RECENT_TEXTS = 4;

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
