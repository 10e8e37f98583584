/**
 * What re-anchoring knows about the text around an item: its word boundaries and how much of its stored
 * prefix and suffix still surround a candidate occurrence.
 */

import { CONTEXT_LENGTH } from '../sidecar/create';

/** Letters, digits and combining marks (and `_`) make words; anything else separates them. */
const WORD = /[\p{L}\p{N}\p{M}_]/u;

function isWord(char: string): boolean {
  return char.length > 0 && WORD.test(char);
}

/** The code point ending at `at` in `text` ('' at the start). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.slice(at - 1, at);
}

/** The code point starting at `at` in `text` ('' at the end). */
function charAt(text: string, at: number): string {
  if (at >= text.length) return '';
  const code = text.codePointAt(at) as number;
  return String.fromCodePoint(code);
}

/** Whether a word continues across the point between `before` and `after` (no boundary there). */
function joined(before: string, after: string): boolean {
  return isWord(before) && isWord(after);
}

/** The item's fields re-anchoring reads. */
interface StoredContext {
  quote: string;
  prefix?: string;
  suffix?: string;
  start: number;
}

/**
 * An item's stored context, prepared once: whether its quote began and ended inside a word, and how many
 * characters of each side must agree for an occurrence to count as supported.
 */
export class ContextRule {
  readonly prefix: string;
  readonly suffix: string;
  private readonly joinedBefore: boolean;
  private readonly joinedAfter: boolean;
  private readonly prefixNeed: number;
  private readonly suffixNeed: number;

  constructor(
    private readonly item: StoredContext,
    private readonly text: string,
  ) {
    this.prefix = item.prefix ?? '';
    this.suffix = item.suffix ?? '';
    // Without a stored side (a hand-written file) the quote is taken to have stood as whole words.
    this.joinedBefore = joined(charBefore(this.prefix, this.prefix.length), charAt(item.quote, 0));
    this.joinedAfter = joined(charBefore(item.quote, item.quote.length), charAt(this.suffix, 0));
    this.prefixNeed = partialNeed([...this.prefix].reverse());
    this.suffixNeed = partialNeed([...this.suffix]);
  }

  /** Whether the quote at `at` starts and ends inside or outside a word exactly as the original did. */
  sameBoundaries(at: number): boolean {
    const end = at + this.item.quote.length;
    return (
      joined(charBefore(this.text, at), charAt(this.item.quote, 0)) === this.joinedBefore &&
      joined(charBefore(this.item.quote, this.item.quote.length), charAt(this.text, end)) === this.joinedAfter
    );
  }

  /** Characters of the stored prefix found right before `at`, counted from the quote outwards. */
  prefixAgreement(at: number): number {
    const { prefix, text } = this;
    let n = 0;
    while (
      n < prefix.length &&
      at - n - 1 >= 0 &&
      prefix.charCodeAt(prefix.length - 1 - n) === text.charCodeAt(at - n - 1)
    )
      n++;
    return n;
  }

  /** Characters of the stored suffix found right after the quote at `at`. */
  suffixAgreement(at: number): number {
    const { suffix, text } = this;
    const end = at + this.item.quote.length;
    let n = 0;
    while (n < suffix.length && end + n < text.length && suffix.charCodeAt(n) === text.charCodeAt(end + n)) n++;
    return n;
  }

  /**
   * Whether the text around the occurrence at `at` supports attaching the item there (the rule README
   * describes): one side reads exactly as stored (a side stored short, or empty, because the article
   * started or ended there must end there too), and on the other side at least half of it does, and at
   * least its nearest word.
   */
  supports(at: number, prefixAgreement: number, suffixAgreement: number): boolean {
    // A side stored shorter than the usual context ended at the article's start or end: so must this one.
    const full = CONTEXT_LENGTH - 1;
    const prefixWhole =
      prefixAgreement === this.prefix.length && (this.prefix.length >= full || at === this.prefix.length);
    const end = at + this.item.quote.length;
    const suffixWhole =
      suffixAgreement === this.suffix.length &&
      (this.suffix.length >= full || end + this.suffix.length === this.text.length);
    return (prefixWhole && suffixAgreement >= this.suffixNeed) || (suffixWhole && prefixAgreement >= this.prefixNeed);
  }
}

/**
 * How many characters of a side, read from the quote outwards (`chars` are its code points in that
 * order), must agree when the other side agrees whole: half of them, and at least the separators and the
 * first word (the whole side when it holds no word).
 */
function partialNeed(chars: string[]): number {
  const length = chars.reduce((n, c) => n + c.length, 0);
  return Math.max(Math.ceil(length / 2), nearestWordLength(chars));
}

/** UTF-16 length of the separators and the first word of a side (all of it when it holds no word). */
function nearestWordLength(chars: string[]): number {
  let length = 0;
  let i = 0;
  while (i < chars.length && !isWord(chars[i])) length += chars[i++].length;
  if (i === chars.length) return length;
  while (i < chars.length && isWord(chars[i])) length += chars[i++].length;
  return length;
}
