import { maskMarkup } from './markdown';

/** A token with UTF-16 offsets into the original text (end exclusive). */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * Words keep internal hyphens, apostrophes, ampersands and dots ("Hewlett-Packard", "O'Brien",
 * "AT&T", "Yahoo.com"); letter-dot runs are abbreviations ("U.S.", "e.g."); numbers keep their
 * separators ("1,000.5", "1996-08-30"); every other non-space character is its own token, except
 * runs of dots or hyphens ("...", "--") and flags (two regional indicators). Clitics already split by spaces ("Korea 's") stay whole.
 */
const TOKEN_RE =
  /['’](?:[sS]|re|ve|ll|[dm])(?![\p{L}\p{N}])|(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’&._]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.{2,}|-{2,}|\p{Regional_Indicator}{2}|\S/gu;

/** Abbreviations that take their full stop with them (lower-cased, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj gov sen rep rev pres ' +
    'inc corp ltd co bros plc llc no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ave blvd rd dept univ est approx fig ca engr atty'
  ).split(' '),
);

/** Splits text into word and punctuation tokens; Markdown/HTML markup and URLs yield no tokens. */
export function tokenize(text: string): Token[] {
  const masked = maskMarkup(text);
  const tokens: Token[] = [];
  for (let at = skipAsciiSpaces(masked, 0); at < masked.length; at = skipAsciiSpaces(masked, at)) {
    let start = at;
    let end = asciiTokenEnd(masked, at);
    if (end < 0) {
      TOKEN_RE.lastIndex = at;
      const m = TOKEN_RE.exec(masked);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    // The token's characters are the same in `text` (masking blanks only what no token holds).
    const word = text.slice(start, end);
    let last = word;
    if (isWordStart(word.charCodeAt(0))) {
      // Possessive "'s" / "’s" and the negation "n't" become separate tokens.
      const clitic = cliticAt(word);
      if (clitic > 0) {
        tokens.push({ start, end: start + clitic, text: word.slice(0, clitic) });
        start += clitic;
        last = word.slice(clitic);
      } else if (masked.charCodeAt(end) === 46 /* . */ && isAbbreviation(word)) {
        end += 1;
        last = text.slice(start, end);
      }
    }
    tokens.push({ start, end, text: last });
    at = end;
  }
  return tokens;
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || isDigit(c);

function skipAsciiSpaces(s: string, at: number): number {
  while (at < s.length && isAsciiSpace(s.charCodeAt(at))) at++;
  return at;
}

/**
 * The end of `TOKEN_RE`'s match at `at` (not white space) when ASCII characters decide it, else -1
 * (the regex then decides): most tokens are ASCII, and running the regex for each cost more than the
 * rest of tokenizing.
 */
function asciiTokenEnd(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c >= 128) return -1;
  if (isDigit(c)) return asciiWordEnd(s, at);
  if (isAsciiLetter(c)) {
    const initials = asciiInitialsEnd(s, at);
    return initials === 0 ? asciiWordEnd(s, at) : initials;
  }
  if (c === 39) return asciiCliticEnd(s, at);
  if (c === 46 || c === 45) {
    let e = at + 1;
    while (s.charCodeAt(e) === c) e++;
    return e; // a run of dots or hyphens, or one alone (`\S`)
  }
  return at + 1;
}

/**
 * The end of `(?:\p{L}\.){2,}(?!\p{L})` (two initials or more, "U.S.") at `at`: 0 when it does not
 * match, -1 when ASCII cannot tell.
 */
function asciiInitialsEnd(s: string, at: number): number {
  let e = at;
  while (isAsciiLetter(s.charCodeAt(e)) && s.charCodeAt(e + 1) === 46) e += 2;
  const next = s.charCodeAt(e);
  if (next >= 128) return -1;
  return e - at >= 4 && !isAsciiLetter(next) ? e : 0;
}

/** The end of the word alternative of `TOKEN_RE` at `at`, an ASCII letter or digit; -1 when ASCII cannot tell. */
function asciiWordEnd(s: string, at: number): number {
  let e = at + 1;
  for (;;) {
    let c = s.charCodeAt(e);
    while (isAsciiAlnum(c)) c = s.charCodeAt(++e);
    if (c >= 128) return -1;
    const joins =
      c === 45 || c === 39 || c === 38 || c === 46 || c === 95 || (c === 44 && isDigit(s.charCodeAt(e - 1)));
    if (!joins) return e;
    const next = s.charCodeAt(e + 1);
    if (next >= 128) return -1;
    if (c === 44 ? !isDigit(next) : !isAsciiAlnum(next)) return e;
    e += 2;
  }
}

/** The end of `'(?:[sS]|re|ve|ll|[dm])(?![\p{L}\p{N}])` at `at`, or of the apostrophe alone; -1 when ASCII cannot tell. */
function asciiCliticEnd(s: string, at: number): number {
  const a = s.charCodeAt(at + 1);
  const b = s.charCodeAt(at + 2);
  let e = at + 1;
  if (a === 115 || a === 83 || a === 100 || a === 109) e = at + 2;
  else if ((a === 114 || a === 118) && b === 101) e = at + 3;
  else if (a === 108 && b === 108) e = at + 3;
  if (e === at + 1) return e;
  const next = s.charCodeAt(e);
  if (next >= 128) return -1;
  return isAsciiAlnum(next) ? at + 1 : e;
}

const isApostrophe = (code: number) => code === 39 /* ' */ || code === 0x2019; /* ’ */

/**
 * Where a final possessive "'s" / "’s" or negation "n't" / "n’t" (any case) begins in a word, or
 * -1 without one: the index of /(?:['’][sS]|[nN]['’][tT])$/.
 */
export function cliticAt(word: string): number {
  const n = word.length;
  if (n < 2) return -1;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */ || last === 83 /* S */) return isApostrophe(word.charCodeAt(n - 2)) ? n - 2 : -1;
  if ((last === 116 /* t */ || last === 84) /* T */ && n >= 3 && isApostrophe(word.charCodeAt(n - 2))) {
    const c = word.charCodeAt(n - 3);
    return c === 110 /* n */ || c === 78 /* N */ ? n - 3 : -1;
  }
  return -1;
}

function isWordStart(code: number): boolean {
  return code > 127 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isAbbreviation(word: string): boolean {
  // A single capital is an initial ("John F. Kennedy").
  if (word.length === 1) return word >= 'A' && word <= 'Z';
  return ABBREVIATIONS.has(word.toLowerCase());
}

const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Groups tokens into sentences. A sentence ends after ".", "!" or "?" (plus any closing quotes or
 * brackets) when the next token does not start with a lower-case letter, at a blank line, and at a
 * single line break unless the next line continues in lower case (wrapped prose). Tokens are
 * computed with `tokenize(text)` when not given. Returns the token groups in order; every token
 * appears in exactly one group.
 */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (current.length > 0 && breaksBefore(text, tokens, i)) {
      sentences.push(current);
      current = [];
    }
    current.push(tok);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** /^\p{Ll}/u.test(word), without the regex for ASCII. */
export function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(word);
}

function breaksBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i];
  const nextLower = startsLowerCase(next.text);
  // The gap between tokens is mostly empty or one space: it is cut only when it holds a line break.
  if (hasLineBreak(text, prev.end, next.start)) {
    if (/\n[ \t]*\n/.test(text.slice(prev.end, next.start))) return true;
    return !nextLower;
  }
  const spaced = next.start > prev.end;
  if (nextLower || (!spaced && !CLOSERS.has(prev.text))) return false;
  let j = i - 1;
  while (j > 0 && CLOSERS.has(tokens[j].text)) j--;
  if (j === i - 1 && afterDatelineState(tokens, i)) return false;
  return SENTENCE_END.has(tokens[j].text) && (j === i - 1 || spaced);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Dashes that end a dateline ("TARNBY, May 2 (VNA) - The Ministry ..."), two hyphens as a plain keyboard types one. */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);

/** US states as wire copy shortens them after a town ("FRESNO, Calif."), with a full stop the tokens leave apart. */
const STATE_ABBREVIATIONS = new Set(
  (
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo'
  ).split(' '),
);

/**
 * Whether token i is the agency's bracket or the dateline's dash right after a town's comma, a state's
 * short form and its stop ("CHATTANOOGA, Tenn. (AP) — Workers ..."): that stop ends no sentence, and the
 * short form with it is the state (`tagDatelineStates`).
 */
export function afterDatelineState(tokens: readonly Token[], i: number): boolean {
  // A space before the bracket or dash: "Mich.-based" is one word.
  if (i < 4 || tokens[i - 1].text !== '.' || tokens[i - 3].text !== ',' || tokens[i].start === tokens[i - 1].end) {
    return false;
  }
  const next = tokens[i].text;
  return (next === '(' || DATELINE_DASHES.has(next)) && STATE_ABBREVIATIONS.has(tokens[i - 2].text);
}
