import { newId } from './create';
import { Annotation, Correction, Relation, SidecarData, Suggestion, compareItems } from './types';

export interface MergeConflict {
  kind: 'annotation' | 'relation' | 'correction' | 'suggestion' | 'field';
  /** Item id, or the top-level key for a field. */
  id: string;
  message: string;
}

export interface MergeResult {
  data: SidecarData;
  conflicts: MergeConflict[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Item = Annotation | Relation | Correction | Suggestion;
type ItemKind = 'annotation' | 'relation' | 'correction' | 'suggestion';
const ID_PREFIX: Record<ItemKind, string> = { annotation: 'a-', relation: 'r-', correction: 'c-', suggestion: 's-' };

/** Three-way merge of one list by id. Ours wins any real conflict; nothing changed on either side is lost. */
function mergeItems<T extends Item>(
  kind: ItemKind,
  base: T[],
  mine: T[],
  theirs: T[],
  conflicts: MergeConflict[],
): T[] {
  const b = new Map(base.map(i => [i.id, i]));
  const m = new Map(mine.map(i => [i.id, i]));
  const t = new Map(theirs.map(i => [i.id, i]));
  const ids = new Set([...m.keys(), ...t.keys(), ...b.keys()]);
  const result: T[] = [];
  const taken = new Set(ids);
  const conflict = (id: string, message: string): void => {
    conflicts.push({ kind, id, message });
  };
  for (const id of ids) {
    const [bi, mi, ti] = [b.get(id), m.get(id), t.get(id)];
    if (mi && ti) {
      if (same(mi, ti) || (bi && same(ti, bi))) result.push(mi);
      else if (bi && same(mi, bi)) result.push(ti);
      else if (bi) {
        result.push(mi);
        conflict(id, `${kind} ${id} was changed both here and on disk; this version is kept.`);
      } else {
        // The same new id on both sides with different content: keep both, under distinct ids.
        const renamed = { ...ti, id: newId(taken, ID_PREFIX[kind]) };
        taken.add(renamed.id);
        result.push(mi, renamed);
        conflict(
          id,
          `${kind} ${id} was added both here and on disk with different content; the one from disk is kept as ${renamed.id}.`,
        );
      }
    } else if (mi || ti) {
      const present = (mi ?? ti) as T;
      if (!bi) result.push(present);
      else if (!same(present, bi)) {
        result.push(present);
        conflict(
          id,
          `${kind} ${id} was deleted ${mi ? 'on disk' : 'here'} but changed ${mi ? 'here' : 'on disk'}; it is kept.`,
        );
      }
      // else: deleted on one side, untouched on the other: the deletion stands.
    }
  }
  // Relations have no position: they keep the order they were merged in.
  return kind === 'relation' ? result : result.sort(compareItems as (a: Item, b: Item) => number);
}

function header(data: SidecarData): Record<string, unknown> {
  return { article: data.article, textHash: data.textHash, date: data.date, ...(data.extra ?? {}) };
}

/**
 * Merges the sidecar as last loaded (`base`), the editor's unsaved version (`mine`) and the version now on
 * disk (`theirs`), item by item (by id) and field by field. Never clobbers: an item changed on both sides
 * keeps ours and is reported; a deletion is honoured only when the other side left the item unchanged.
 */
export function mergeSidecars(base: SidecarData, mine: SidecarData, theirs: SidecarData): MergeResult {
  const conflicts: MergeConflict[] = [];
  const [hb, hm, ht] = [header(base), header(mine), header(theirs)];
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(hm), ...Object.keys(ht), ...Object.keys(hb)])) {
    if (same(hm[key], ht[key]) || same(ht[key], hb[key])) merged[key] = hm[key];
    else if (same(hm[key], hb[key])) merged[key] = ht[key];
    else {
      merged[key] = hm[key];
      conflicts.push({
        kind: 'field',
        id: key,
        message: `"${key}" was changed both here and on disk; this version is kept.`,
      });
    }
  }
  const { article, textHash, date, ...extra } = merged;
  const data: SidecarData = {
    version: 1,
    article: article as string,
    textHash: textHash as string,
    annotations: mergeItems('annotation', base.annotations, mine.annotations, theirs.annotations, conflicts),
    corrections: mergeItems('correction', base.corrections, mine.corrections, theirs.corrections, conflicts),
  };
  const suggestions = mergeItems(
    'suggestion',
    base.suggestions ?? [],
    mine.suggestions ?? [],
    theirs.suggestions ?? [],
    conflicts,
  );
  if (suggestions.length > 0) data.suggestions = suggestions;
  const relations = mergeItems(
    'relation',
    base.relations ?? [],
    mine.relations ?? [],
    theirs.relations ?? [],
    conflicts,
  );
  if (relations.length > 0) data.relations = relations;
  if (date !== undefined) data.date = date as string;
  const extraKeys = Object.entries(extra).filter(([, v]) => v !== undefined);
  if (extraKeys.length > 0) data.extra = Object.fromEntries(extraKeys);
  return { data, conflicts };
}
