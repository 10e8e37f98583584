import { reattach } from '../sidecar/create';
import { textHash } from '../sidecar/hash';
import { AnchorFields, Annotation, Correction, SidecarData } from '../sidecar/types';
import { ReanchorResult, reanchor } from './reanchor';

/** Applies re-anchoring results: moved and kept items get fresh context, orphans are marked. */
export function applyResults<T extends AnchorFields>(items: T[], results: ReanchorResult[], text: string): T[] {
  return items.map((item, i) => {
    const r = results[i];
    return r.status === 'orphaned' ? { ...item, orphaned: true } : reattach(item, text, r.start, r.end);
  });
}

export interface ReanchoredSidecar {
  data: SidecarData;
  annotations: ReanchorResult[];
  corrections: ReanchorResult[];
}

/**
 * Re-anchors a whole sidecar against the article's current text. Returns the same `data` object when
 * nothing changed, so callers can tell whether the file needs rewriting.
 */
export function reanchorSidecar(data: SidecarData, text: string): ReanchoredSidecar {
  const annotations = reanchor(data.annotations, text, data.textHash);
  const corrections = reanchor(data.corrections, text, data.textHash);
  const unchanged = (items: AnchorFields[], results: ReanchorResult[]): boolean =>
    results.every((r, i) => r.status === 'kept' || (r.status === 'orphaned' && items[i].orphaned));
  const hash = textHash(text);
  if (data.textHash === hash && unchanged(data.annotations, annotations) && unchanged(data.corrections, corrections)) {
    return { data, annotations, corrections };
  }
  return {
    data: {
      ...data,
      textHash: hash,
      annotations: applyResults<Annotation>(data.annotations, annotations, text),
      corrections: applyResults<Correction>(data.corrections, corrections, text),
    },
    annotations,
    corrections,
  };
}

/**
 * Refreshes the stored prefix and suffix of items that followed live edits: their quote is intact but
 * the text around them may have changed, and later re-anchoring needs the true context. Drops the
 * live-tracking `pieces`, which are never saved.
 */
export function refreshContext(data: SidecarData, text: string): SidecarData {
  const refresh = <T extends Annotation | Correction>(item: T): T => {
    if (item.orphaned || text.slice(item.start, item.end) !== item.quote) return item;
    const { pieces: _liveOnly, ...saved } = reattach(item, text, item.start, item.end) as T & { pieces?: unknown };
    return saved as T;
  };
  return { ...data, annotations: data.annotations.map(refresh), corrections: data.corrections.map(refresh) };
}
