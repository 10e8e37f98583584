import { Annotation } from '../sidecar/types';
import { splitSentences, tokenize } from '../text/tokenize';

/**
 * CoNLL-style IOB export, tokenised and split into sentences as the recogniser sees the text (Markdown
 * syntax yields no tokens): one `token label` line per token (B-/I- plus the label, spaces in labels as
 * underscores, O outside annotations), a blank line between sentences. Where annotations overlap, the
 * one starting first (then the longer one) labels the token.
 */
export function exportConll(text: string, annotations: Annotation[]): string {
  const items = annotations.filter(a => !a.orphaned).sort((a, b) => a.start - b.start || b.end - a.end);
  const lines: string[] = [];
  let previous: Annotation | undefined;
  for (const sentence of splitSentences(text, tokenize(text))) {
    for (const token of sentence) {
      const a = items.find(x => x.start < token.end && token.start < x.end);
      const tag = a ? `${a === previous ? 'I' : 'B'}-${a.label.replace(/\s+/g, '_')}` : 'O';
      lines.push(`${token.text} ${tag}`);
      previous = a;
    }
    lines.push('');
    previous = undefined;
  }
  return lines.map(l => l + '\n').join('');
}
