import { Annotation } from '../sidecar/types';

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Words (letters, digits and combining marks), flags, and single punctuation or symbol characters; whitespace separates. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}\p{M}]+|\p{Regional_Indicator}{2}|[^\s\p{L}\p{N}\p{M}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return tokens;
}

/** Titles and abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'vs', 'etc', 'no', 'u', 's']);

/** Splits tokens into sentences: after . ! ? (not after a known abbreviation) and at every line break. */
export function sentences(text: string, tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1];
    if (prev && current.length > 0 && /[\r\n]/.test(text.slice(prev.end, token.start))) {
      result.push(current);
      current = [];
    }
    current.push(token);
    const before = tokens[i - 1];
    const ends = /^[.!?]$/.test(token.text) && !(token.text === '.' && before && ABBREVIATIONS.has(before.text.toLowerCase()) && before.end === token.start);
    if (ends) {
      result.push(current);
      current = [];
    }
  });
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * CoNLL-style IOB export: one `token label` line per token (B-/I- plus the label, spaces in labels as
 * underscores, O outside annotations), a blank line between sentences. Where annotations overlap, the
 * one starting first (then the longer one) labels the token.
 */
export function exportConll(text: string, annotations: Annotation[]): string {
  const items = annotations.filter((a) => !a.orphaned).sort((a, b) => a.start - b.start || b.end - a.end);
  const lines: string[] = [];
  let previous: Annotation | undefined;
  for (const sentence of sentences(text, tokenize(text))) {
    for (const token of sentence) {
      const a = items.find((x) => x.start < token.end && token.start < x.end);
      const tag = a ? `${a === previous ? 'I' : 'B'}-${a.label.replace(/\s+/g, '_')}` : 'O';
      lines.push(`${token.text} ${tag}`);
      previous = a;
    }
    lines.push('');
    previous = undefined;
  }
  return lines.map((l) => l + '\n').join('');
}
