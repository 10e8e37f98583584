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
  const line = newLine();
  let blockStart = -1;
  for (let start = 0; start <= text.length; start = line.newline + 1) {
    readLine(text, start, line);
    if (line.end > line.start) {
      if (blockStart < 0) blockStart = start;
    } else if (blockStart >= 0) {
      addBlockBreaks(text, blockStart, start, breaks);
      blockStart = -1;
    }
  }
  if (blockStart >= 0) addBlockBreaks(text, blockStart, text.length + 1, breaks);
  return breaks;
}

function newLine(): Line {
  return { start: 0, end: 0, newline: 0, indent: 0 };
}

/** Reads the line starting at `start` into `line` (reused: a block of thousands of lines allocates nothing). */
function readLine(text: string, start: number, line: Line): void {
  let newline = text.indexOf('\n', start);
  if (newline < 0) newline = text.length;
  let end = newline;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let first = start;
  while (first < end && isSpace(text.charCodeAt(first))) first++;
  line.start = start;
  line.end = end;
  line.newline = newline;
  line.indent = first - start;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/** Adds the wrapping breaks of the block of non-blank lines from `from` to `to` (a line start, or past the end). */
function addBlockBreaks(text: string, from: number, to: number, breaks: number[]): void {
  const line = newLine();
  const next = newLine();
  let width = 0;
  let lines = 0;
  for (let start = from; start < to; start = line.newline + 1, lines++) {
    readLine(text, start, line);
    width = Math.max(width, line.end - line.start);
  }
  if (lines < 2 || width < MIN_WRAP_WIDTH) return;
  // Evidence of wrapping is a line that ends mid-sentence where a wrapper would have ended it. Lines
  // ending a sentence say nothing: text written a sentence a line may have lines of about one length.
  let evidence = 0;
  readLine(text, from, line);
  for (let start = line.newline + 1; start < to; start = next.newline + 1) {
    readLine(text, start, next);
    if (looksWrapped(text, line, next, width) && !SENTENCE_END_CHARS.has(text[line.end - 1])) evidence++;
    copyLine(next, line);
  }
  if (evidence < WRAPPED_SHARE * (lines - 1)) return;
  readLine(text, from, line);
  for (let start = line.newline + 1; start < to; start = next.newline + 1) {
    readLine(text, start, next);
    if (looksWrapped(text, line, next, width) && continuesInto(text, line, next)) breaks.push(line.newline);
    copyLine(next, line);
  }
}

function copyLine(from: Line, to: Line): void {
  to.start = from.start;
  to.end = from.end;
  to.newline = from.newline;
  to.indent = from.indent;
}

/** Whether a wrapper, greedy or balancing, would have ended the line before the next one's first word. */
function looksWrapped(text: string, line: Line, next: Line, width: number): boolean {
  if (wouldNotFit(text, line, next, width)) return true;
  return !SENTENCE_END_CHARS.has(text[line.end - 1]) && nearlyFull(text, line, width);
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

/**
 * A name as one line of plain spaces: a name read over a wrapping break, or with a no-break space, is
 * the same name as on one line with spaces.
 */
export function onOneLine(name: string): string {
  // Tested first, as most names have only single plain spaces: then there is nothing to replace.
  return /[^\S ]| {2}/.test(name) ? name.replace(/\s+/g, ' ') : name;
}
