/**
 * Greedy wrapping at `width`, as e-mail clients and editors do it: a line takes words while they fit,
 * and the space before the first word that does not fit becomes a line break (offsets stay the same).
 */
export function wrapAt(paragraph: string, width: number): string {
  const out = paragraph.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < paragraph.length; i++) {
    if (paragraph[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}
