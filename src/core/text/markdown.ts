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

/**
 * Blanks out Markdown/HTML markup and URLs with spaces so that the tokenizer never produces tokens
 * for syntax, while every remaining character keeps its original offset (the result has the same
 * length as the input). Plain text passes through unchanged apart from bare URLs and e-mail
 * addresses, which are never entity text.
 */
export function maskMarkup(text: string): string {
  if (!mayHaveMarkup(text)) return text;
  // The blanked stretches are marked, one byte a character, and the result is built from slices: an
  // array of one string per character, joined again, took about 40 bytes a character (200 MB for
  // a 5 MB article).
  const blanked = new Uint8Array(text.length);
  const blank = (from: number, to: number) => blanked.fill(1, from, to);
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
  };
  // Fenced code blocks and inline code: their content is not prose.
  each(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, m => blank(m.index, m.index + m[0].length));
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
  return withBlanks(text, blanked);
}

/** `text` with each marked character but a line feed replaced by a space. */
function withBlanks(text: string, blanked: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    const mark = blanked[i];
    let j = i + 1;
    while (j < text.length && blanked[j] === mark) j++;
    const stretch = text.slice(i, j);
    parts.push(mark === 0 ? stretch : stretch.replace(/[^\n]/g, ' '));
    i = j;
  }
  return parts.join('');
}
