import type { RegistryEntry } from '../registry/types';

/** Where workspace knowledge about a name comes from. */
type KnownSource = 'registry' | 'learned';

/** A name the workspace knows, with the label every article should give it. */
export interface KnownName {
  surface: string;
  label: string;
  source: KnownSource;
  /** The canonical name: the registry entry's name, or the surface itself for learned names. */
  entity: string;
  /** The registry entry, for registry names. */
  entry?: RegistryEntry;
  /** For learned names: the articles (sidecar `article` paths, relative to the workspace) the label was taken from. */
  articles?: string[];
}

/** Everything the workspace's registry and sidecars say about names, ready to apply to any article. */
export interface WorkspaceKnowledge {
  /** Known names by exact surface. */
  readonly names: ReadonlyMap<string, KnownName>;
  /** Surfaces the user said are not entities, with the automatic labels that were wrong. */
  readonly rejected: ReadonlyMap<string, ReadonlySet<string>>;
}

export const EMPTY_KNOWLEDGE: WorkspaceKnowledge = { names: new Map(), rejected: new Map() };

/** One occurrence of a known name in an article. */
export interface KnownMention {
  start: number;
  end: number;
  name: KnownName;
}
