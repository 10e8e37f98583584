/** How many quotes are searched for one at a time before the rest expected are searched in one pass. */
const SEARCHES_ONE_BY_ONE = 16;

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
  /** Quotes likely to be searched for, found together once searching them one by one adds up. */
  private readonly expected = new Set<string>();
  private searches = 0;

  constructor(private readonly text: string) {}

  /** Notes a quote that will probably be searched for. */
  expect(quote: string): void {
    if (quote.length > 0) this.expected.add(quote);
  }

  /** Start offsets of every occurrence of `quote`. */
  of(quote: string): number[] {
    let found = this.starts.get(quote);
    if (found) return found;
    if (++this.searches > SEARCHES_ONE_BY_ONE) {
      this.expected.add(quote);
      this.searchAll([...this.expected].filter(q => !this.starts.has(q)));
      this.expected.clear();
      return this.starts.get(quote) as number[];
    }
    found = [];
    for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) found.push(at);
    this.starts.set(quote, found);
    return found;
  }

  /**
   * Every occurrence of each of `quotes` in one pass over the text: quotes are grouped by their first two
   * UTF-16 units, and only positions starting with such a pair are compared. Linear in the text and the
   * matches, where searching each quote on its own is the text's length times the number of quotes.
   */
  private searchAll(quotes: string[]): void {
    const { text } = this;
    const byStart = new Map<number, string[]>();
    const firstUnits = new Uint8Array(0x10000);
    for (const quote of quotes) {
      this.starts.set(quote, []);
      const key = quote.length === 1 ? -1 - quote.charCodeAt(0) : quote.charCodeAt(0) * 0x10000 + quote.charCodeAt(1);
      firstUnits[quote.charCodeAt(0)] = 1;
      const group = byStart.get(key);
      if (group) group.push(quote);
      else byStart.set(key, [quote]);
    }
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      if (firstUnits[unit] === 0) continue;
      const single = byStart.get(-1 - unit);
      if (single) (this.starts.get(single[0]) as number[]).push(at);
      const group = at + 1 < text.length ? byStart.get(unit * 0x10000 + text.charCodeAt(at + 1)) : undefined;
      if (group)
        for (const quote of group) if (text.startsWith(quote, at)) (this.starts.get(quote) as number[]).push(at);
    }
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
