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

/**
 * A sidecar (as JSON, which is YAML too) of `article` holding `annotations`, each `[quote, label, id, from?]`
 * (`extra` added to each), and pending `suggestions` of the recogniser, given the same way.
 */
export function sidecarFor(article, text, annotations, extra = {}, suggestions = []) {
  const place = ([quote, label, id, from = 0]) => {
    const start = text.indexOf(quote, from);
    return { id, label, quote, start, end: start + quote.length };
  };
  const data = {
    version: 1,
    article,
    textHash: textHash(text),
    annotations: annotations.map(a => ({ ...place(a), ...extra })),
  };
  if (suggestions.length) data.suggestions = suggestions.map(s => ({ ...place(s), source: 'model' }));
  return JSON.stringify(data, null, 2);
}
