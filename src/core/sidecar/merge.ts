import { newId } from './create';
import { Annotation, Correction, Relation, SidecarData, Suggestion, compareItems } from './types';

export interface MergeConflict {
  kind: 'annotation' | 'relation' | 'correction' | 'suggestion' | 'field';
  /** Item id, or the top-level key for a field. */
  id: string;
  message: string;
}

interface MergeResult {
  data: SidecarData;
  conflicts: MergeConflict[];
}

/** A key's own value: `o.__proto__` would give the prototype when an object has no such key of its own. */
function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Item = Annotation | Relation | Correction | Suggestion;
type ItemKind = 'annotation' | 'relation' | 'correction' | 'suggestion';
const ID_PREFIX: Record<ItemKind, string> = { annotation: 'a-', relation: 'r-', correction: 'c-', suggestion: 's-' };

/** Where an item sits: these fields only make sense together, so they are merged as one. */
const ANCHOR_FIELDS = ['quote', 'prefix', 'suffix', 'start', 'end', 'orphaned'];

/**
 * An item changed on both sides, merged field by field: a field (the anchor counting as one, each
 * unknown key as one) changed on one side only takes that side's value; one changed differently on both
 * keeps ours, and is named in `clashes`.
 */
function mergeFields<T extends Item>(base: T, mine: T, theirs: T): { item: T; clashes: string[] } {
  const clashes: string[] = [];
  const pick = (name: string, b: unknown, m: unknown, t: unknown): unknown => {
    if (same(m, t) || same(t, b)) return m;
    if (same(m, b)) return t;
    clashes.push(name);
    return m;
  };
  const fields = (item: T) => item as unknown as Record<string, unknown>;
  const [b, m, t] = [fields(base), fields(mine), fields(theirs)];
  const anchor = (r: Record<string, unknown>) => ANCHOR_FIELDS.map(k => r[k]);
  const merged: Record<string, unknown> = {};
  const ours = anchor(m);
  const placed = pick('position', anchor(b), ours, anchor(t)) === ours ? m : t;
  for (const key of ANCHOR_FIELDS) if (placed[key] !== undefined) merged[key] = placed[key];
  const keys = new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)]);
  for (const key of keys) {
    if (ANCHOR_FIELDS.includes(key) || key === 'extra') continue;
    const value = pick(key, b[key], m[key], t[key]);
    if (value !== undefined) merged[key] = value;
  }
  const extra = (r: Record<string, unknown>) => (r.extra ?? {}) as Record<string, unknown>;
  const extraKeys = new Set([...Object.keys(extra(b)), ...Object.keys(extra(m)), ...Object.keys(extra(t))]);
  const mergedExtra: [string, unknown][] = [];
  for (const key of extraKeys) {
    const value = pick(key, own(extra(b), key), own(extra(m), key), own(extra(t), key));
    if (value !== undefined) mergedExtra.push([key, value]);
  }
  // From entries, so that an unknown key named `__proto__` stays a key.
  if (mergedExtra.length > 0) merged.extra = Object.fromEntries(mergedExtra);
  return { item: merged as unknown as T, clashes };
}

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
        const { item, clashes } = mergeFields(bi, mi, ti);
        result.push(item);
        if (clashes.length > 0)
          conflict(id, `${kind} ${id}: ${clashes.join(', ')} changed both here and on disk; this version is kept.`);
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
  const fields: [string, unknown][] = [];
  for (const key of new Set([...Object.keys(hm), ...Object.keys(ht), ...Object.keys(hb)])) {
    const [m, t, b] = [own(hm, key), own(ht, key), own(hb, key)];
    if (same(m, t) || same(t, b)) fields.push([key, m]);
    else if (same(m, b)) fields.push([key, t]);
    else {
      fields.push([key, m]);
      conflicts.push({
        kind: 'field',
        id: key,
        message: `"${key}" was changed both here and on disk; this version is kept.`,
      });
    }
  }
  // From entries, so that an unknown key named `__proto__` stays a key.
  const { article, textHash, date, ...extra } = Object.fromEntries(fields);
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
