// The registry's side of the spelling check: which spelling the workspace's entities.yaml gives a name
// written otherwise (the same letters written differently, or for people one slip apart).
import type { RegistryEntry } from '../registry/types';
import { NameForm, oneSlipApart, plainWords, slipKeys, spellingKey } from './nameForms';

/** The spelling a form should have, and why. */
export interface Preferred {
  surface: string;
  /** Registry entry whose alias the variant would become. */
  entry?: RegistryEntry;
  /** Without an entry: the name a new entry would have, with the variant as its alias (default `surface`). */
  entryName?: string;
  /** When the article writes both spellings equally often: the other form, which may be the wrong one. */
  tie?: NameForm;
  reason: string;
}

export interface RegistryIndex {
  exact: Map<string, RegistryEntry>;
  byKey: Map<string, { surface: string; entry: RegistryEntry }>;
  slips: Map<string, { surface: string; entry: RegistryEntry }[]>;
}

const BUILT_IN = new Set(['person', 'organisation', 'location', 'other']);
const compatible = (label: string, entry: RegistryEntry) => !BUILT_IN.has(entry.type) || entry.type === label;

export function indexRegistry(registry: readonly RegistryEntry[]): RegistryIndex {
  const index: RegistryIndex = { exact: new Map(), byKey: new Map(), slips: new Map() };
  for (const entry of registry) {
    for (const surface of [entry.name, ...entry.aliases]) {
      if (!index.exact.has(surface)) index.exact.set(surface, entry);
      const key = spellingKey(surface);
      if (!index.byKey.has(key)) index.byKey.set(key, { surface, entry });
      if (entry.type !== 'person') continue;
      for (const k of slipKeys(plainWords(surface))) {
        const list = index.slips.get(k) ?? [];
        list.push({ surface, entry });
        index.slips.set(k, list);
      }
    }
  }
  return index;
}

/** The registry's spelling of a form written differently, if the registry has the name. */
export function registrySpelling(form: NameForm, index: RegistryIndex): Preferred | undefined {
  if (index.exact.has(form.surface)) return undefined;
  const same = index.byKey.get(form.key);
  if (same && compatible(form.label, same.entry) && same.surface.toLowerCase() !== form.surface.toLowerCase())
    return { surface: same.surface, entry: same.entry, reason: 'the registry writes it' };
  if (form.label !== 'person') return undefined;
  const words = plainWords(form.surface);
  for (const k of slipKeys(words)) {
    for (const candidate of index.slips.get(k) ?? []) {
      if (oneSlipApart(words, plainWords(candidate.surface)))
        return { surface: candidate.surface, entry: candidate.entry, reason: 'the registry writes it' };
    }
  }
  return undefined;
}
