// Sidecar files as the journeys check them: their items, and that every annotation sits on its quote.
import { parse } from 'yaml';
import { createHash } from 'node:crypto';

export function sidecarItems(text, list = 'annotations') {
  return parse(text)?.[list] ?? [];
}

/** Fails unless every placed annotation's quote is the article's text at its offsets. */
export function checkQuotesMatch(sidecarText, articleText) {
  for (const a of sidecarItems(sidecarText)) {
    if (a.orphaned) continue;
    const there = articleText.slice(a.start, a.end);
    if (there !== a.quote) throw new Error(`annotation ${a.id} quotes "${a.quote}" but its offsets hold "${there}"`);
  }
}

/** The `textHash` a sidecar records for `text`. */
export const textHash = text => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** A sidecar (as JSON, which is YAML too) of `article` holding `annotations`, each `[quote, label, id, from?]`. */
export function sidecarFor(article, text, annotations, extra = {}) {
  const items = annotations.map(([quote, label, id, from = 0]) => {
    const start = text.indexOf(quote, from);
    return { id, label, quote, start, end: start + quote.length, ...extra };
  });
  return JSON.stringify({ version: 1, article, textHash: textHash(text), annotations: items }, null, 2);
}
