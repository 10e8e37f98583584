/** Bytes to text and back, the one way the editor and the command line both do it. */

export interface DecodedText {
  /** Without the byte order mark, as an editor presents it: offsets and hashes refer to this text. */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark, which a rewrite then keeps. */
  bom: boolean;
}

/** Where a file stops being UTF-8: 1-based line, and the byte in that line. */
interface InvalidUtf8 {
  line: number;
  byte: number;
  value: number;
}

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Whether the bytes hold a NUL, which no text article has (UTF-16 text and images do). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * The most bytes an article of `maxChars` UTF-16 units can have, so that a larger file can be refused
 * before it is read. Three bytes never make fewer than one unit (a three-byte character is one; a broken
 * sequence, read as one U+FFFD, is at most three bytes); the byte order mark, which makes none, adds three.
 */
export function maxArticleBytes(maxChars: number): number {
  return maxChars * 3 + 3;
}

/**
 * An article's text, or undefined for a binary file. Bytes that are not UTF-8 read as U+FFFD, as an
 * editor opening the file as UTF-8 shows them.
 */
export function decodeArticle(bytes: Uint8Array): DecodedText | undefined {
  if (looksBinary(bytes)) return undefined;
  const bom = startsWithBom(bytes);
  return { text: lenient.decode(bom ? bytes.subarray(3) : bytes), bom };
}

/**
 * A sidecar's text, or where it is not UTF-8: a sidecar must never be read with replacement characters,
 * since writing it back would then change the user's notes.
 */
export function decodeSidecar(bytes: Uint8Array): DecodedText | { invalid: InvalidUtf8 } {
  const bom = startsWithBom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strict.decode(body), bom };
  } catch {
    return { invalid: locateInvalid(body) };
  }
}

/** The text's bytes, with the byte order mark when the file had one. */
export function encodeText(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode(bom ? '\ufeff' + text : text);
}

/** Only called once the decoder has refused the bytes, so the walk is paid for by broken files alone. */
function locateInvalid(bytes: Uint8Array): InvalidUtf8 {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = sequenceLength(bytes, i);
    if (length === 0) return { line, byte: i - lineStart + 1, value: b };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, byte: bytes.length - lineStart + 1, value: 0 };
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 when it is not one (overlong, surrogate, truncated). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const continuation = (k: number, low = 0x80, high = 0xbf) =>
    i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b >= 0xc2 && b <= 0xdf) return continuation(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
