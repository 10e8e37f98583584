import { reattach } from '../sidecar/create';
import { textHash } from '../sidecar/hash';
import { AnchorFields, Annotation, Correction, SidecarData, Suggestion } from '../sidecar/types';
import { ReanchorResult, reanchor } from './reanchor';

/** Applies re-anchoring results: moved and kept items get fresh context, orphans are marked. */
function applyResults<T extends AnchorFields>(items: T[], results: ReanchorResult[], text: string): T[] {
  return items.map((item, i) => {
    const r = results[i];
    return r.status === 'orphaned' ? { ...item, orphaned: true } : reattach(item, text, r.start, r.end);
  });
}

export interface ReanchoredSidecar {
  data: SidecarData;
  annotations: ReanchorResult[];
  corrections: ReanchorResult[];
  /** One per suggestion of the input; the orphaned ones are left out of `data`. */
  suggestions: ReanchorResult[];
}

/**
 * Suggestions that lose their text are dropped rather than orphaned: they are the machine's guesses,
 * not the user's work, and the next batch run proposes them again wherever the text now is.
 */
function placedSuggestions(items: Suggestion[], results: ReanchorResult[], text: string): Suggestion[] {
  return applyResults(items, results, text).filter(s => !s.orphaned);
}

/**
 * Re-anchors a whole sidecar against the article's current text. Returns the same `data` object when
 * nothing changed, so callers can tell whether the file needs rewriting.
 */
export function reanchorSidecar(data: SidecarData, text: string): ReanchoredSidecar {
  // Hashed once for the three lists and the result.
  const hash = textHash(text);
  const annotations = reanchor(data.annotations, text, data.textHash, { textHash: hash });
  const corrections = reanchor(data.corrections, text, data.textHash, { textHash: hash });
  const suggestions = reanchor(data.suggestions ?? [], text, data.textHash, { textHash: hash });
  const unchanged = (items: AnchorFields[], results: ReanchorResult[]): boolean =>
    results.every((r, i) => r.status === 'kept' || (r.status === 'orphaned' && items[i].orphaned));
  if (
    data.textHash === hash &&
    unchanged(data.annotations, annotations) &&
    unchanged(data.corrections, corrections) &&
    suggestions.every(r => r.status === 'kept')
  ) {
    return { data, annotations, corrections, suggestions };
  }
  const moved: SidecarData = {
    ...data,
    textHash: hash,
    annotations: applyResults<Annotation>(data.annotations, annotations, text),
    corrections: applyResults<Correction>(data.corrections, corrections, text),
  };
  const placed = placedSuggestions(data.suggestions ?? [], suggestions, text);
  // `suggestions: []` says every suggestion was reviewed, and stays; a list emptied by edits goes.
  if (placed.length > 0 || data.suggestions?.length === 0) moved.suggestions = placed;
  else delete moved.suggestions;
  return { data: moved, annotations, corrections, suggestions };
}

/**
 * Refreshes the stored prefix and suffix of items that followed live edits: their quote is the text at
 * their offsets, but the text around them may have changed, and later re-anchoring needs the true
 * context. Orphans keep the context they had when their text was lost.
 */
export function refreshContext(data: SidecarData, text: string): SidecarData {
  const refresh = <T extends Annotation | Correction | Suggestion>(item: T): T =>
    item.orphaned || text.slice(item.start, item.end) !== item.quote
      ? item
      : reattach(item, text, item.start, item.end);
  const refreshed: SidecarData = {
    ...data,
    annotations: data.annotations.map(refresh),
    corrections: data.corrections.map(refresh),
  };
  // A suggestion whose text was edited away is dropped, as in re-anchoring.
  const suggestions = (data.suggestions ?? [])
    .map(refresh)
    .filter(s => !s.orphaned && text.slice(s.start, s.end) === s.quote);
  if (suggestions.length > 0 || data.suggestions?.length === 0) refreshed.suggestions = suggestions;
  else delete refreshed.suggestions;
  return refreshed;
}
