/**
 * Conversions between UTF-16 offsets (JavaScript and VS Code) and code-point offsets (brat, W3C Web
 * Annotation, most tools outside JavaScript). An offset inside a surrogate pair counts as the pair's start.
 */

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code-point offset of UTF-16 `offset` in `text` (clamped to the text). */
export function utf16ToCodePoint(text: string, offset: number): number {
  const limit = Math.min(Math.max(offset, 0), text.length);
  let points = 0;
  for (let i = 0; i < limit; i++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      if (i + 1 >= limit) break; // offset points between the two halves of a pair
      i++;
    }
    points++;
  }
  return points;
}

/** UTF-16 offset of code-point `offset` in `text` (clamped to the text). */
export function codePointToUtf16(text: string, offset: number): number {
  let i = 0;
  for (let points = 0; points < offset && i < text.length; points++) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** Converter for many offsets into the same text, linear overall instead of per call. */
export class OffsetMap {
  private readonly pointStarts: number[] = [];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      this.pointStarts.push(i);
      if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
    }
  }
  /** Number of code points in the text. */
  get length(): number {
    return this.pointStarts.length;
  }
  toUtf16(point: number): number {
    return point >= this.pointStarts.length ? this.text.length : this.pointStarts[Math.max(0, point)];
  }
  toCodePoint(utf16: number): number {
    let lo = 0,
      hi = this.pointStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pointStarts[mid] < utf16) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.pointStarts.length && this.pointStarts[lo] === utf16) return lo;
    // Between the two halves of a pair: the pair's own index; at or past the end: the length.
    return utf16 >= this.text.length ? this.pointStarts.length : lo - 1;
  }
}
