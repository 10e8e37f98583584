// Small text helpers the checks share: sentences within a paragraph, headline lines, word lists.
import { MONTHS } from '../dates/describe';

/** Words that end in a full stop without ending a sentence ("Mr. Okafor", "Jan. 6"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|sr|jr|st|gen|col|lt|sgt|capt|gov|sen|rep|rev|pres|inc|corp|co|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/i;

/** Whether the ".", "!" or "?" at `i` ends a sentence: white space (or the end) follows, perhaps after a closing quote, and it does not end an abbreviation or an initial. */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  let j = i + 1;
  while (j < text.length && /["”’)]/.test(text[j])) j++;
  if (j < text.length && !/\s/.test(text[j])) return false;
  return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}

/**
 * The sentence of `text` (one paragraph) holding [start, end): from after the previous sentence end
 * or line break to the next one.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (text[i] === '\n' || endsSentenceAt(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = text.length;
  for (let i = end; i < text.length; i++) {
    if (text[i] === '\n') {
      to = i;
      break;
    }
    if (endsSentenceAt(text, i)) {
      to = i + 1;
      break;
    }
  }
  return [from, to];
}

/** Start and end (before the line break) of the line holding `offset`. */
export function lineAround(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return [start, nl < 0 ? text.length : nl];
}

/** 1-based number of the line holding `offset`. */
export function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Offset where the article's prose begins: after front matter, if any. */
export function bodyStart(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}

/**
 * Remembers a function's answers for the last few thousand names or lines: an article's names and
 * lines barely change from one keystroke to the next, and working them out again each time was most
 * of the checks' cost on a long article.
 */
export function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return name => {
    let value = known.get(name);
    if (value === undefined) {
      value = compute(name);
      if (known.size >= 20_000) known.clear();
      known.set(name, value);
    }
    return value;
  };
}

/** A photo caption: "Image: …", "(left)". */
const CAPTION =
  /\b(?:Image|Photo(?:graph)?|Picture)\s*:|\(\s*(?:left|right|centre|center|top|bottom)\s*\)|\bpictured\b/i;

/**
 * Whether a line is a headline, title, caption or dateline rather than prose: a Markdown heading, a
 * line in capitals, a short line that does not end like a sentence, or a short first line. Headlines
 * and captions name people by surname alone as a matter of style.
 */
export function isHeadline(line: string, firstLine: boolean): boolean {
  return firstLine ? headline(line, true) : headlineLine(line);
}

const headlineLine = remembered(line => headline(line, false));

function headline(line: string, firstLine: boolean): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (/^#{1,6}\s/.test(trimmed) || CAPTION.test(trimmed)) return true;
  // In capitals: no lower-case letter (searched for rather than counted: most lines have one early).
  if (!/\p{Ll}/u.test(trimmed) && /\p{Lu}.*\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(trimmed)) return true;
  return fewWords(trimmed, 12) && (firstLine || !/[.!?:;,"”’)]$/.test(trimmed));
}

/** Whether a text has at most `max` words, without splitting all of a long line. */
function fewWords(text: string, max: number): boolean {
  const gaps = /\s+/g;
  let words = 1;
  while (gaps.exec(text)) if (++words > max) return false;
  return true;
}

/** "March 3, 2026" or "March 3". */
export function monthDayText(m: number, d: number, y?: number): string {
  return `${MONTHS[m - 1]} ${d}${y === undefined ? '' : `, ${y}`}`;
}

/** The English ordinal suffix of a day number. */
export function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** A quoted piece of article text for a message, on one line and cut when long. */
export function quoted(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length > max ? line.slice(0, max - 1) + '…' : line}”`;
}
