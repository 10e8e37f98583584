import { Span } from '../types';
import { Token } from '../text/tokenize';

/**
 * One past the index of the span's last token, from the index of a token inside it (the rules keep
 * each span's first token in `first`).
 */
export function tokenEnd(tokens: readonly Token[], from: number, span: Span): number {
  let e = from;
  while (e < tokens.length && tokens[e].end <= span.end) e++;
  return e;
}
