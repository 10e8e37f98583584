import type { BranchMerge, Side } from '../sidecar/mergeBranches';
import { reattach } from '../sidecar/create';
import { textHash } from '../sidecar/hash';
import { AnchorFields, SidecarData } from '../sidecar/types';
import { LiveAnchors } from './live';
import { reanchorSidecar } from './sidecarData';
import { textChanges } from './textDiff';

/**
 * Places one branch's items on the merged article. When the branch's article is known (`source`, whose
 * hash is the branch's `textHash`), the edits that turn it into the merged article are worked out and the
 * items follow them as they follow edits in the editor; an item carried onto exactly its own text is
 * placed there, with the context around it there, or (`keepContext`, for an article holding conflict
 * markers that will be resolved away) the context it had. Every other item is re-anchored by quote and
 * context, as any sidecar is.
 */
function placeSide(data: SidecarData, text: string, source: string | undefined, keepContext: boolean): SidecarData {
  if (source === undefined || textHash(source) !== data.textHash) return reanchorSidecar(data, text).data;
  const changes = textChanges(source, text);
  const live = new LiveAnchors();
  const placed: SidecarData = { ...data, annotations: [], corrections: [], suggestions: [] };
  const rest: SidecarData = { ...data, annotations: [], corrections: [], suggestions: [] };
  const split = <T extends AnchorFields & { id: string }>(items: T[], into: (data: SidecarData) => T[]) => {
    const followed = live.applyChanges(items, changes);
    items.forEach((item, i) => {
      const f = followed[i];
      const carried = !f.orphaned && f.quote === item.quote && text.slice(f.start, f.end) === item.quote;
      if (!carried) into(rest).push(item);
      else if (keepContext) into(placed).push({ ...item, start: f.start, end: f.end });
      else into(placed).push(reattach(item, text, f.start, f.end));
    });
  };
  split(data.annotations, d => d.annotations);
  split(data.corrections, d => d.corrections);
  split(data.suggestions ?? [], d => d.suggestions!);
  const found = reanchorSidecar(rest, text).data;
  return {
    ...data,
    annotations: [...placed.annotations, ...found.annotations],
    corrections: [...placed.corrections, ...found.corrections],
    suggestions: [...placed.suggestions!, ...(found.suggestions ?? [])],
  };
}

/**
 * Places a merge of two branches' sidecars on the merged article: each item goes from the text of the
 * branch it came from (`hashes`: each branch's `textHash`; `sources`: those texts, where known) to `text`.
 * `keepContext` when `text` holds conflict markers: context taken there would hold them too, and would
 * no longer be found once the conflict is resolved.
 * Items that cannot be placed become orphans (suggestions are dropped), never lost.
 */
export function placeMerged(
  merge: BranchMerge,
  hashes: Record<Side, string>,
  text: string,
  sources: Partial<Record<Side, string>> = {},
  keepContext = false,
): { data: SidecarData; orphaned: number } {
  const placed = (['ours', 'theirs'] as const).map(side => {
    const from = <T extends { id: string }>(items: readonly T[] | undefined) =>
      (items ?? []).filter(i => merge.origin.get(i.id) === side);
    return placeSide(
      {
        ...merge.data,
        textHash: hashes[side],
        annotations: from(merge.data.annotations),
        corrections: from(merge.data.corrections),
        suggestions: from(merge.data.suggestions),
      },
      text,
      sources[side],
      keepContext,
    );
  });
  const data: SidecarData = {
    ...merge.data,
    textHash: textHash(text),
    annotations: placed.flatMap(p => p.annotations),
    corrections: placed.flatMap(p => p.corrections),
  };
  const suggestions = placed.flatMap(p => p.suggestions ?? []);
  if (suggestions.length > 0) data.suggestions = suggestions;
  else delete data.suggestions;
  const wasOrphan = new Set(merge.data.annotations.filter(a => a.orphaned).map(a => a.id));
  return { data, orphaned: data.annotations.filter(a => a.orphaned && !wasOrphan.has(a.id)).length };
}
