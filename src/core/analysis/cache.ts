import type { Span } from '../types';
import { detach } from '../text/detach';

interface Entry {
  /** The unit text, held as its own string (see `detach`). */
  key: string;
  /** Spans relative to the unit's first character. */
  spans: Span[];
}

/**
 * Least-recently-used map from unit text to that unit's spans. A Map keeps insertion order, so
 * re-inserting on every hit keeps the oldest entries first, ready for eviction.
 */
export class SpanCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(text: string): Span[] | undefined {
    const entry = this.entries.get(text);
    if (entry === undefined) return undefined;
    this.entries.delete(text);
    this.entries.set(entry.key, entry);
    return entry.spans;
  }

  set(text: string, spans: Span[]): void {
    const key = detach(text);
    this.entries.delete(key);
    this.entries.set(key, { key, spans });
  }

  /**
   * Evicts the least recently used entries beyond the bound. `inUse` units were touched last by
   * the current analysis, so keeping at least that many means a document larger than the bound
   * never evicts its own units and re-analyses everything on the next edit.
   */
  trim(inUse: number): void {
    const bound = Math.max(this.maxEntries, inUse);
    let excess = this.entries.size - bound;
    if (excess <= 0) return;
    for (const key of this.entries.keys()) {
      this.entries.delete(key);
      if (--excess === 0) break;
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
