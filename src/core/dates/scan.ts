// Runs a rule only around the words it cannot do without. A grammar regex with optional leading
// words is slow to try at every position; a plain anchor regex (a month name, a unit word) is
// fast, so the full rule is run on short stretches of text around each anchor hit.
import type { Candidate, Ctx, Rule } from './rule';

/** Every match of a rule starts at most BACK characters before its anchor and ends within AHEAD after it. */
const BACK = 60;
const AHEAD = 80;

/** Space, tab, line feed, carriage return or no-break space (by UTF-16 code; NaN past the end is not). */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const NEWLINE = 10;

/** Where an anchor matches in a text: index and length of each hit, one after the other, in order. */
type AnchorHits = number[];

/** Puts the hits of `anchor` in `text` into `hits`, as a loop of `anchor.exec` finds them. */
function regexHits(text: string, anchor: RegExp, hits: AnchorHits = []): AnchorHits {
  hits.length = 0;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    hits.push(m.index, m[0].length);
    if (m[0].length === 0) anchor.lastIndex++;
  }
  return hits;
}

/**
 * Letters (either case alike), apostrophe and hyphen as 1-28, anything else 0: the characters a word
 * anchor can match. Without the `u` flag, ignoring case never matches a character outside ASCII to one
 * in it.
 */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 26; c++) WORD_CODE[65 + c] = WORD_CODE[97 + c] = c + 1;
WORD_CODE[39] = 27; // '
WORD_CODE[45] = 28; // -
const CODES = 29;
const codeAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? WORD_CODE[c] : 0;
};

/** An anchor that is only words of at least three letters, apostrophes or hyphens: "year|month|week", "Christmas|New". */
const WORD_ANCHOR = /^[A-Za-z'-]{3,}(?:\|[A-Za-z'-]{3,})*$/;
const isWordAnchor = (anchor: RegExp): boolean =>
  (anchor.flags === 'gi' || anchor.flags === 'g') && WORD_ANCHOR.test(anchor.source);

/**
 * Finds the hits of many anchors in one pass. Each anchor's regex scanning the whole text on its own
 * cost about as much as the rest of the date tagger: word anchors ("year|month|week") are instead
 * looked for together, trying an anchor only where the text's next three characters begin one of its
 * words (in either case), and there by its own regex made sticky, so that each finds exactly the hits
 * its own scan would (the same words, the same lengths, none inside the one before). Other anchors
 * (with digits or word boundaries) scan on their own, once each however many rules share them.
 */
export class AnchorFinder {
  /** Each distinct anchor once: the word anchors first, then the others. */
  readonly anchors: readonly RegExp[];
  private readonly wordCount: number;
  private readonly sticky: RegExp[];
  /** Per three characters' codes, one bit for each word anchor with a word that begins with them. */
  private readonly starts = new Uint32Array(CODES * CODES * CODES);
  /** The last text's hits, per anchor; reused, as a unit's date tagging is synchronous. */
  private readonly hits: AnchorHits[];
  /** Where each word anchor's own scan would look next: past its last hit. */
  private readonly next: Int32Array;

  constructor(anchors: readonly (RegExp | undefined)[]) {
    const distinct = [...new Set(anchors.filter((a): a is RegExp => a !== undefined))];
    const words = distinct.filter(isWordAnchor).slice(0, 32);
    this.anchors = [...words, ...distinct.filter(a => !words.includes(a))];
    this.wordCount = words.length;
    this.sticky = words.map(a => new RegExp(a.source, a.flags.replace('g', 'y')));
    words.forEach((anchor, k) => {
      for (const word of anchor.source.split('|')) {
        const [a, b, c] = [0, 1, 2].map(i => codeAt(word, i));
        this.starts[(a * CODES + b) * CODES + c] |= 1 << k;
      }
    });
    this.hits = this.anchors.map(() => []);
    this.next = new Int32Array(words.length);
  }

  /** Every anchor's hits in `text`, by its place in `anchors`: valid until the next call. */
  find(text: string): readonly AnchorHits[] {
    const { anchors, hits } = this;
    for (let k = this.wordCount; k < anchors.length; k++) regexHits(text, anchors[k], hits[k]);
    for (let k = 0; k < this.wordCount; k++) hits[k].length = 0;
    this.findWords(text);
    return hits;
  }

  private findWords(text: string): void {
    const { starts, sticky, hits, next } = this;
    next.fill(0);
    let b = codeAt(text, 0);
    let c = codeAt(text, 1);
    for (let p = 0; p + 2 < text.length; p++) {
      const a = b;
      b = c;
      c = codeAt(text, p + 2);
      if (a === 0 || b === 0 || c === 0) continue;
      let bits = starts[(a * CODES + b) * CODES + c];
      for (let k = 0; bits !== 0; k++, bits >>>= 1) {
        if ((bits & 1) === 0 || p < next[k]) continue;
        const re = sticky[k];
        re.lastIndex = p;
        const m = re.exec(text);
        if (m === null) continue;
        hits[k].push(p, m[0].length);
        next[k] = p + m[0].length;
      }
    }
  }
}

/**
 * Stretches around each anchor hit, merged when they touch. They stay inside the anchor's line (so
 * a paragraph analysed alone gives the same stretches) and begin and end at white space (so word
 * boundaries and look-aheads see what they would see in the whole text).
 */
function windows(text: string, hits: AnchorHits): [number, number][] {
  const out: [number, number][] = [];
  // The line ends around the last hit, looked up once per line rather than walked to from every hit.
  let lineStart = 0;
  let lineEnd = -1;
  for (let h = 0; h < hits.length; h += 2) {
    const p = hits[h];
    if (p >= lineEnd) {
      lineStart = p > 0 ? text.lastIndexOf('\n', p - 1) + 1 : 0;
      lineEnd = text.indexOf('\n', p);
      if (lineEnd < 0) lineEnd = text.length;
    }
    let e = p + hits[h + 1];
    const stop = e <= lineEnd ? lineEnd : nextNewline(text, e);
    e = Math.max(e, Math.min(p + AHEAD, stop));
    while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
    const last = out[out.length - 1];
    // A window starts at or before its hit: a hit inside the last window extends it, found without looking back.
    if (last && p <= last[1]) {
      last[1] = Math.max(last[1], e);
    } else {
      let s = Math.max(p - BACK, lineStart);
      while (s < p && s > 0 && text.charCodeAt(s - 1) !== NEWLINE && !isSpace(text.charCodeAt(s - 1))) s++;
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    }
  }
  return out;
}

/** The first line feed at or after `from`, or the text's length. */
function nextNewline(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function runOn(rule: Rule, text: string, offset: number, ctx: Ctx, out: Candidate[]): void {
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const at = m.index;
    m.index += offset; // builders look at the whole text around the match
    const c = rule.build(m, ctx);
    if (c && c.end > c.start) out.push(c);
    // A rejected match ("she sat Oct. 12") must not hide a shorter one inside it.
    else re.lastIndex = at + 1;
  }
}

/**
 * All candidates a rule finds in the text (only near its anchors when it has one). `hits` are its
 * anchor's, when already found (by an `AnchorFinder`).
 */
export function scanRule(rule: Rule, ctx: Ctx, out: Candidate[], hits?: AnchorHits): void {
  if (!rule.anchor) {
    runOn(rule, ctx.text, 0, ctx, out);
    return;
  }
  for (const [s, e] of windows(ctx.text, hits ?? regexHits(ctx.text, rule.anchor)))
    runOn(rule, ctx.text.slice(s, e), s, ctx, out);
}
