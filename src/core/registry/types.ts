/**
 * The workspace entity registry (`entities.yaml` at the workspace root): things the newsroom or the
 * annotation team has decided once, for every article — canonical names, their type, other spellings,
 * a short description and links.
 */
export interface RegistryEntry {
  /** Canonical name, as it should be written. */
  name: string;
  /** A built-in label (person, organisation, location, other) or a custom one. */
  type: string;
  /** Other spellings and short forms that mean the same thing ("KCNA", "Choe"). */
  aliases: string[];
  description?: string;
  /** A Wikidata item id such as `Q423`. */
  wikidata?: string;
  /** Web addresses (http or https only are shown as links). */
  links: string[];
  /** 0-based line of the entry in the file, for "go to entry" and diagnostics. */
  line: number;
}

export interface Registry {
  version: 1;
  entities: RegistryEntry[];
}

export const REGISTRY_FILE_NAME = 'entities.yaml';
export const REGISTRY_VERSION = 1;

/** Key order written for new entries. */
export const ENTRY_KEYS = ['name', 'type', 'aliases', 'description', 'wikidata', 'links'] as const;
