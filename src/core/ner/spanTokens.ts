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

/**
 * Joins the `count` spans after span k into it: span k runs on to the last one's end and keeps its
 * own type (callers retype it where the joined name says so). `first` is kept in step with `spans`.
 */
export function absorbFollowing(spans: Span[], first: number[], k: number, count = 1): void {
  spans[k].end = spans[k + count].end;
  spans.splice(k + 1, count);
  first.splice(k + 1, count);
}

/** Removes span k and its first-token index. */
export function dropSpan(spans: Span[], first: number[], k: number): void {
  spans.splice(k, 1);
  first.splice(k, 1);
}

/** Inserts `span`, whose first token is `f`, as span k. */
export function insertSpan(spans: Span[], first: number[], k: number, span: Span, f: number): void {
  spans.splice(k, 0, span);
  first.splice(k, 0, f);
}

/** Inserts `span`, whose first token is `f`, before the first span that starts after it (spans stay in order). */
export function insertInOrder(spans: Span[], first: number[], span: Span, f: number): void {
  let k = 0;
  while (k < spans.length && spans[k].start < span.start) k++;
  insertSpan(spans, first, k, span, f);
}
