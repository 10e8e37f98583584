/** The item fields these searches read. */
interface Quoted {
  quote: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Where quotes occur in one text, each quote searched once however many items share it, and where an
 * item's whole stored context (prefix + quote + suffix) occurs.
 */
export class Occurrences {
  private readonly starts = new Map<string, number[]>();
  /** `${before}:${after}:${quote}` -> whole context text -> quote start of its only occurrence, or -1 if repeated. */
  private readonly contexts = new Map<string, Map<string, number>>();

  constructor(private readonly text: string) {}

  /** Start offsets of every occurrence of `quote`. */
  of(quote: string): number[] {
    let found = this.starts.get(quote);
    if (!found) {
      found = [];
      for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) found.push(at);
      this.starts.set(quote, found);
    }
    return found;
  }

  /** The item's quote at `at` with its whole stored prefix and suffix around it. */
  wholeContextAt(item: Quoted, at: number): boolean {
    const prefix = item.prefix ?? '';
    const suffix = item.suffix ?? '';
    return (
      at - prefix.length >= 0 &&
      this.text.startsWith(item.quote, at) &&
      this.text.startsWith(prefix, at - prefix.length) &&
      this.text.startsWith(suffix, at + item.quote.length)
    );
  }

  /**
   * Start of the quote where the item's whole stored context occurs exactly once, or -1. Counted once
   * per quote and context length rather than searched per item.
   */
  uniqueContext(item: Quoted): number {
    const before = (item.prefix ?? '').length;
    const after = (item.suffix ?? '').length;
    const key = `${before}:${after}:${item.quote}`;
    let seen = this.contexts.get(key);
    if (!seen) {
      seen = new Map();
      for (const at of this.of(item.quote)) {
        const from = at - before;
        const to = at + item.quote.length + after;
        if (from < 0 || to > this.text.length) continue;
        const whole = this.text.slice(from, to);
        seen.set(whole, seen.has(whole) ? -1 : at);
      }
      this.contexts.set(key, seen);
    }
    return seen.get((item.prefix ?? '') + item.quote + (item.suffix ?? '')) ?? -1;
  }
}
