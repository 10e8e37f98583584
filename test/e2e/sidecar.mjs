// Sidecar files as the journeys check them: their items, and that every annotation sits on its quote.
import { parse } from 'yaml';

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
