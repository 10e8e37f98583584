import { sameCanonical } from './canonical';
import { newId } from './create';
import { Annotation, Correction, Relation, SidecarData, Suggestion, allItemIds } from './types';

/** Which branch an item of the merge comes from: its offsets refer to that branch's article text. */
export type Side = 'ours' | 'theirs';

export interface BranchMerge {
  /** The merged items; each item's offsets still refer to the article text of the side in `origin`. */
  data: SidecarData;
  origin: Map<string, Side>;
  /** What was decided where both branches touched the same thing, in words for the person merging. */
  reports: string[];
}

type Item = Annotation | Relation | Correction | Suggestion;
/** Fields that only say where an item sits in the text, which every branch's edits of the article move. */
const PLACE = new Set(['start', 'end', 'prefix', 'suffix', 'orphaned']);

/** What a person changed in an item: everything but its place in the text (its quote counts). */
function sameContent(a: Item, b: Item): boolean {
  const strip = (item: Item) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !PLACE.has(key))) as Record<string, unknown>;
  return sameCanonical(strip(a), strip(b));
}

/** When an item was last changed, for deciding between two changes of it. */
function changedAt(item: Item): string {
  return item.updated ?? item.created ?? '';
}

interface ListMerge<T> {
  items: T[];
  renamed: Map<string, string>;
}

/**
 * Three-way merge of one list by id: both sides' additions kept, deletions respected where the other
 * side left the item as it was, an item changed on both sides resolved by the later `updated` time.
 */
function mergeList<T extends Item>(
  kind: string,
  lists: { base: T[]; ours: T[]; theirs: T[] },
  origin: Map<string, Side>,
  reports: string[],
  taken: Set<string>,
): ListMerge<T> {
  const [b, o, t] = [lists.base, lists.ours, lists.theirs].map(list => new Map(list.map(i => [i.id, i])));
  const items: T[] = [];
  const renamed = new Map<string, string>();
  const keep = (item: T, side: Side) => {
    items.push(item);
    origin.set(item.id, side);
  };
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const [base, ours, theirs] = [b.get(id), o.get(id), t.get(id)];
    if (ours && theirs) {
      if (sameContent(ours, theirs) || (base && sameContent(theirs, base))) keep(ours, 'ours');
      else if (base && sameContent(ours, base)) keep(theirs, 'theirs');
      else if (!base) {
        // The same new id on both branches for different items: both kept, theirs under a new id.
        const copy = { ...theirs, id: newId(taken, id.slice(0, 2)) };
        taken.add(copy.id);
        renamed.set(id, copy.id);
        keep(ours, 'ours');
        keep(copy, 'theirs');
        reports.push(`${kind} ${id} was added on both branches as different items; theirs is kept as ${copy.id}.`);
      } else {
        const side: Side = changedAt(theirs) > changedAt(ours) ? 'theirs' : 'ours';
        keep(side === 'ours' ? ours : theirs, side);
        reports.push(
          `${kind} ${id} ("${'quote' in ours ? ours.quote : ours.type}") was changed on both branches; ${side === 'ours' ? 'ours' : 'theirs'}, changed later (${changedAt(side === 'ours' ? ours : theirs) || 'undated'}), is kept.`,
        );
      }
    } else {
      const present = (ours ?? theirs) as T;
      const side: Side = ours ? 'ours' : 'theirs';
      if (!base) keep(present, side);
      else if (!sameContent(present, base)) {
        keep(present, side);
        reports.push(`${kind} ${id} was deleted on one branch but changed on the other; the changed one is kept.`);
      }
      // Deleted on one side and left as it was on the other: the deletion stands.
    }
  }
  return { items, renamed };
}

/** Top-level values (date, unknown keys) merged key by key; a value changed on both sides keeps ours. */
function mergeHeader(base: SidecarData, ours: SidecarData, theirs: SidecarData, reports: string[]) {
  const header = (d: SidecarData): Record<string, unknown> => ({ article: d.article, date: d.date, ...d.extra });
  const [hb, ho, ht] = [header(base), header(ours), header(theirs)];
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(ho), ...Object.keys(ht)])) {
    if (sameCanonical(ho[key] ?? null, ht[key] ?? null) || sameCanonical(ht[key] ?? null, hb[key] ?? null))
      merged[key] = ho[key];
    else if (sameCanonical(ho[key] ?? null, hb[key] ?? null)) merged[key] = ht[key];
    else {
      merged[key] = ho[key];
      reports.push(`"${key}" was changed on both branches; ours is kept.`);
    }
  }
  return merged;
}

/**
 * Merges two branches' sidecars of one article against their common ancestor's, item by item. Offsets
 * are left as each side had them (see `origin`): the caller places the items on the merged article.
 * `textHash` is ours until then.
 */
export function mergeBranches(base: SidecarData, ours: SidecarData, theirs: SidecarData): BranchMerge {
  const origin = new Map<string, Side>();
  const reports: string[] = [];
  const taken = new Set([...allItemIds(base), ...allItemIds(ours), ...allItemIds(theirs)]);
  const lists = <K extends 'annotations' | 'relations' | 'corrections' | 'suggestions'>(key: K) => ({
    base: (base[key] ?? []) as NonNullable<SidecarData[K]>,
    ours: (ours[key] ?? []) as NonNullable<SidecarData[K]>,
    theirs: (theirs[key] ?? []) as NonNullable<SidecarData[K]>,
  });
  const annotations = mergeList('annotation', lists('annotations'), origin, reports, taken);
  const relations = mergeList('relation', lists('relations'), origin, reports, taken);
  // A relation theirs added points at theirs' annotation, wherever that annotation was renamed to.
  const relationItems = relations.items.map(r =>
    origin.get(r.id) === 'theirs'
      ? { ...r, from: annotations.renamed.get(r.from) ?? r.from, to: annotations.renamed.get(r.to) ?? r.to }
      : r,
  );
  const corrections = mergeList('correction', lists('corrections'), origin, reports, taken);
  const suggestions = mergeList('suggestion', lists('suggestions'), origin, reports, taken);
  const { article, date, ...extra } = mergeHeader(base, ours, theirs, reports);
  const data: SidecarData = {
    version: 1,
    article: article as string,
    textHash: ours.textHash,
    annotations: annotations.items,
    corrections: corrections.items,
  };
  if (relationItems.length > 0) data.relations = relationItems;
  if (suggestions.items.length > 0) data.suggestions = suggestions.items;
  if (date !== undefined) data.date = date as string;
  const kept = Object.entries(extra).filter(([, v]) => v !== undefined);
  if (kept.length > 0) data.extra = Object.fromEntries(kept);
  return { data, origin, reports };
}
