import type { BranchMerge, Side } from '../sidecar/mergeBranches';
import { textHash } from '../sidecar/hash';
import { SidecarData } from '../sidecar/types';
import { reanchorSidecar } from './sidecarData';

/**
 * Places a merge of two branches' sidecars on the merged article: each item is re-anchored from the text
 * of the branch it came from (`hashes`: each branch's `textHash`) to `text`, by quote and context, as
 * any sidecar is. Items that cannot be placed become orphans (suggestions are dropped), never lost.
 */
export function placeMerged(
  merge: BranchMerge,
  hashes: Record<Side, string>,
  text: string,
): { data: SidecarData; orphaned: number } {
  const placed = (['ours', 'theirs'] as const).map(side => {
    const from = <T extends { id: string }>(items: readonly T[] | undefined) =>
      (items ?? []).filter(i => merge.origin.get(i.id) === side);
    return reanchorSidecar(
      {
        ...merge.data,
        textHash: hashes[side],
        annotations: from(merge.data.annotations),
        corrections: from(merge.data.corrections),
        suggestions: from(merge.data.suggestions),
      },
      text,
    ).data;
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
