import { drain } from '../steps';

// The quick check for markup (true whenever masking could change the text), as separate searches:
// one regex with all alternatives tries each of them at every position, several times slower on
// long plain text.
const MARKUP_CHAR = /[`[<*_#>|~@]/;
const URL_HINT = /https?:|www\./;
const LIST_MARKER = /[ \t]*(?:[-+]|\d{1,3}[.)])\s/y;
const LIST_MARKER_AFTER_BREAK = /[\n\r\u2028\u2029][ \t]*(?:[-+]|\d{1,3}[.)])\s/;

export function mayHaveMarkup(text: string): boolean {
  LIST_MARKER.lastIndex = 0;
  return MARKUP_CHAR.test(text) || URL_HINT.test(text) || LIST_MARKER.test(text) || LIST_MARKER_AFTER_BREAK.test(text);
}

/** About how many characters `maskMarkupSteps` masks between two pauses (it pauses after line breaks). */
const MASK_STEP_CHARS = 1 << 16;

/**
 * Blanks out Markdown/HTML markup and URLs with spaces so that the tokenizer never produces tokens
 * for syntax, while every remaining character keeps its original offset (the result has the same
 * length as the input). Plain text passes through unchanged apart from bare URLs and e-mail
 * addresses, which are never entity text.
 */
export function maskMarkup(text: string): string {
  return drain(maskMarkupSteps(text));
}

/**
 * `maskMarkup` as a resumable computation that yields between stretches of lines, so that the
 * document pass of a very long article need not mask it in one go. Only fenced code spans lines; it
 * is found in the whole text first, then every other kind of markup, which never crosses a line
 * break, stretch by stretch.
 */
export function* maskMarkupSteps(text: string, stepChars = MASK_STEP_CHARS): Generator<void, string, void> {
  if (!mayHaveMarkup(text)) return text;
  // The blanked stretches are marked, one byte a character, and the result is built from slices: an
  // array of one string per character, joined again, took about 40 bytes a character (200 MB for
  // a 5 MB article).
  const blanked = new Uint8Array(text.length);
  for (const fence of fencedCode(text)) blanked.fill(1, fence.start, fence.end);
  const parts: string[] = [];
  for (let from = 0; from < text.length;) {
    const lineBreak = text.indexOf('\n', from + stepChars);
    const to = lineBreak < 0 ? text.length : lineBreak + 1;
    // A stretch starts at a line's start and ends after a line break, where the patterns' anchors and
    // look-arounds read it as they read the whole text.
    const stretch = text.slice(from, to);
    // The whole text (a paragraph, as the tokenizer masks it) was checked for markup above.
    const whole = from === 0 && to === text.length;
    if (whole || mayHaveMarkup(stretch)) blankLineMarkup(stretch, blanked, from);
    appendWithBlanks(parts, text, blanked, from, to);
    from = to;
    if (from < text.length) yield;
  }
  return parts.join('');
}

/** Calls `fn` on every match of the global pattern `re` in `text`. */
function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

/**
 * The fenced code blocks of `text`, fence lines included, in order: from a line starting with ``` or ~~~
 * to the next line starting with the same, or to the end of the text. Their content is not prose.
 */
export function fencedCode(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  // Most articles have none: two searches rule them out faster than the pattern.
  if (text.indexOf('```') < 0 && text.indexOf('~~~') < 0) return blocks;
  eachMatch(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, text, m =>
    blocks.push({ start: m.index, end: m.index + m[0].length }),
  );
  return blocks;
}

/** Marks the markup of `lines`, which start at `offset` of the text, in `blanked`. */
function blankLineMarkup(lines: string, blanked: Uint8Array, offset: number): void {
  const blank = (from: number, to: number) => blanked.fill(1, offset + from, offset + to);
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => eachMatch(re, lines, fn);
  // Inline code: its content is not prose.
  each(/`[^`\n]+`/g, m => blank(m.index, m.index + m[0].length));
  // Link and image syntax: keep the visible text, drop brackets and the destination.
  each(/!?\[([^\]\n]*)\]\(([^)\s]*(?:\s+"[^"\n]*")?)\)/g, m => {
    const open = m[0].startsWith('!') ? 2 : 1;
    blank(m.index, m.index + open);
    blank(m.index + open + m[1].length, m.index + m[0].length);
  });
  // Reference-style link labels "[text][ref]" and definitions "[ref]: url".
  each(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, m => blank(m.index, m.index + m[0].length));
  each(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, m => {
    blank(m.index, m.index + 1);
    blank(m.index + 1 + m[1].length, m.index + m[0].length);
  });
  // HTML tags, autolinks, bare URLs and e-mail addresses.
  each(/<\/?[A-Za-z][^>\n]*>|<(?:https?|mailto):[^>\s]*>/g, m => blank(m.index, m.index + m[0].length));
  each(/\b(?:https?:\/\/|www\.)[^\s<>()\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, m => blank(m.index, m.index + m[0].length));
  // Line-start markers: headings, block quotes, list bullets, numbered items, rules, table pipes.
  each(/^[ \t]*(?:#{1,6}(?=\s)|>+|[-*+](?=\s)|\d{1,3}[.)](?=\s)|(?:[-*_] ?){3,}$)/gm, m =>
    blank(m.index, m.index + m[0].length),
  );
  each(/\|/g, m => blank(m.index, m.index + 1));
  // Emphasis: asterisks anywhere, underscores/tildes only at word edges (snake_case stays intact).
  each(/\*+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, m => blank(m.index, m.index + m[0].length));
}

/** Appends `text[from, to)` to `parts`, each marked character but a line feed replaced by a space. */
function appendWithBlanks(parts: string[], text: string, blanked: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to;) {
    const blankFrom = indexOrEnd(blanked, 1, i, to);
    if (blankFrom > i) parts.push(text.slice(i, blankFrom));
    if (blankFrom === to) return;
    const blankTo = indexOrEnd(blanked, 0, blankFrom, to);
    parts.push(text.slice(blankFrom, blankTo).replace(/[^\n]/g, ' '));
    i = blankTo;
  }
}

/** Where `value` first occurs in `marks[from, to)`, or `to`. */
function indexOrEnd(marks: Uint8Array, value: number, from: number, to: number): number {
  const at = marks.subarray(from, to).indexOf(value);
  return at < 0 ? to : from + at;
}
