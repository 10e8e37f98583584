/**
 * Line breaks that only wrap a paragraph.
 *
 * E-mail, wire copy, plain-text exports and Markdown written at 72 or 80 columns break every
 * paragraph into lines of about one width, wherever the next word did not fit. Such a break is a
 * space to the reader, and a name or a sentence goes on over it ("Jane\nGrieve"). A line break in
 * text written one paragraph or one sentence a line is an end. `unwrapLines` tells the two apart
 * and returns the text with each wrapping break (and its carriage return) replaced by a space, so
 * that every other character keeps its offset.
 *
 * A block of non-blank lines is taken as wrapped when at least half of its lines end mid-sentence
 * where a wrapper would end them: the line and the next line's first word together are longer than
 * the block's longest line (a greedy wrapper's break), or the line is nearly that long (a balancing
 * wrapper's). Text written a sentence or a paragraph a line has lines of widely varying length, or
 * lines that end sentences. Within a wrapped block, a break stays an end after a short line, before
 * a deeper indent (a new paragraph, a quotation) and at Markdown structure (headings, fences, list
 * items, table rows, quotes).
 */

/** Narrower blocks are columns of figures or verse rather than wrapped prose. */
const MIN_WRAP_WIDTH = 30;

/** Share of a block's breaks that must look like a wrapper's, mid-sentence, for the block to count as wrapped. */
const WRAPPED_SHARE = 0.5;

/**
 * Share of the block's width from which a line ending mid-sentence is taken as wrapped: wrappers that
 * balance their lines (fmt, TeX) break before words that would still have fitted.
 */
const NEARLY_FULL = 0.8;

/** Characters that may end a paragraph's last line. */
const SENTENCE_END_CHARS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '"', '\u201d', ')', ']']);

/** A line that starts Markdown structure, which no wrapped sentence continues into. */
const STRUCTURE_START = /^[ \t]*(?:#{1,6}\s|```|~~~|>|\||[-+*]\s|\d{1,3}[.)]\s)/;

/** A line that no wrapped sentence continues out of: a heading, a fence, a table row. */
const STRUCTURE_LINE = /^[ \t]*(?:#{1,6}\s|```|~~~|\|)/;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset after its last visible character (before trailing spaces and a carriage return). */
  end: number;
  /** Offset of its newline, or the text's length for the last line. */
  newline: number;
  /** Columns of leading white space. */
  indent: number;
}

/** The text with its wrapping line breaks as spaces, everything else as it is. */
export function unwrapLines(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  const softBreaks = wrappingBreaks(text);
  if (softBreaks.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of softBreaks) {
    const cr = text.charCodeAt(at - 1) === 13;
    const cut = cr ? at - 1 : at;
    parts.push(text.slice(from, cut), cr ? '  ' : ' ');
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Offsets of the newlines that only wrap a paragraph, in order. */
export function wrappingBreaks(text: string): number[] {
  const breaks: number[] = [];
  let block: Line[] = [];
  for (let start = 0; start <= text.length;) {
    let newline = text.indexOf('\n', start);
    if (newline < 0) newline = text.length;
    const line = measureLine(text, start, newline);
    if (line === undefined) {
      addBlockBreaks(text, block, breaks);
      block = [];
    } else block.push(line);
    start = newline + 1;
  }
  addBlockBreaks(text, block, breaks);
  return breaks;
}

/** The line [start, newline), or undefined when it is blank. */
function measureLine(text: string, start: number, newline: number): Line | undefined {
  let end = newline;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === start) return undefined;
  let first = start;
  while (isSpace(text.charCodeAt(first))) first++;
  return { start, end, newline, indent: first - start };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

function addBlockBreaks(text: string, block: Line[], breaks: number[]): void {
  if (block.length < 2) return;
  let width = 0;
  for (const line of block) width = Math.max(width, line.end - line.start);
  if (width < MIN_WRAP_WIDTH) return;
  // Evidence of wrapping is a line that ends mid-sentence where a wrapper would have ended it. Lines
  // ending a sentence say nothing: text written a sentence a line may have lines of about one length.
  const wraps: boolean[] = [];
  let evidence = 0;
  for (let i = 0; i + 1 < block.length; i++) {
    const line = block[i];
    const full = wouldNotFit(text, line, block[i + 1], width);
    const midSentence = !SENTENCE_END_CHARS.has(text[line.end - 1]);
    wraps.push(full || (midSentence && nearlyFull(text, line, width)));
    if (wraps[i] && midSentence) evidence++;
  }
  if (evidence < WRAPPED_SHARE * (block.length - 1)) return;
  for (let i = 0; i + 1 < block.length; i++) {
    if (wraps[i] && continuesInto(text, block[i], block[i + 1])) breaks.push(block[i].newline);
  }
}

/** Whether the next line's first word would have made the line longer than the block's width. */
function wouldNotFit(text: string, line: Line, next: Line, width: number): boolean {
  const wordStart = next.start + next.indent;
  let wordEnd = wordStart;
  while (wordEnd < next.end && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  return line.end - line.start + 1 + (wordEnd - wordStart) > width;
}

/**
 * Whether a line is nearly as wide as its block. A line ending in a figure is left out: lists of
 * sources and results end their lines in dates and scores, at about one width.
 */
function nearlyFull(text: string, line: Line, width: number): boolean {
  const last = text.charCodeAt(line.end - 1);
  return line.end - line.start >= NEARLY_FULL * width && !(last >= 48 && last <= 57);
}

/** Whether a sentence may go on from the line into the next: no structure, no deeper indent. */
function continuesInto(text: string, line: Line, next: Line): boolean {
  if (next.indent > line.indent) return false;
  if (STRUCTURE_LINE.test(text.slice(line.start, line.end))) return false;
  return !STRUCTURE_START.test(text.slice(next.start, next.end));
}

/** A name as one line: a name read over a wrapping break is the same name as on one line. */
export function onOneLine(name: string): string {
  return /[\n\r\t]|\s\s/.test(name) ? name.replace(/\s+/g, ' ') : name;
}
