import { sameCanonical } from './canonical';
import { Annotation, Correction, Relation, Suggestion } from './types';

export type Item = Annotation | Relation | Correction | Suggestion;

export type Entries = [string, unknown][];

/** The value an item writes for one of its known keys, or undefined when the key is left out. */
function writtenValue(record: Record<string, unknown>, key: string): unknown {
  const value = key === 'prefix' || key === 'suffix' ? (record[key] ?? '') : record[key];
  if (key === 'orphaned') return value === true ? true : undefined;
  // No attributes is no key: an empty mapping would only add a line.
  if (key === 'attributes' && (value === undefined || Object.keys(value as object).length === 0)) return undefined;
  return value;
}

/** Known keys in the fixed order, then unknown keys; prefix and suffix are always written. */
export function itemEntries(item: Item, keys: readonly string[]): Entries {
  const record = item as unknown as Record<string, unknown>;
  const entries: Entries = [];
  for (const key of keys) {
    const value = writtenValue(record, key);
    if (value !== undefined) entries.push([key, value]);
  }
  for (const [key, value] of Object.entries(item.extra ?? {})) if (!keys.includes(key)) entries.push([key, value]);
  return entries;
}

/**
 * Whether `stored` (an item as read back from the file) holds exactly what `item` writes: the same
 * keys, with values equal as JSON. The same answer as comparing with `itemEntries`, without building them.
 */
export function itemMatches(stored: Record<string, unknown>, item: Item, keys: readonly string[]): boolean {
  const record = item as unknown as Record<string, unknown>;
  let count = 0;
  for (const key of keys) {
    const value = writtenValue(record, key);
    if (value === undefined) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(stored, key) || !sameCanonical(stored[key], value)) return false;
  }
  for (const [key, value] of Object.entries(item.extra ?? {})) {
    if (keys.includes(key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(stored, key) || !sameCanonical(stored[key], value)) return false;
  }
  return Object.keys(stored).length === count;
}
