export * from './types';
export { MAX_REGISTRY_LENGTH, parseRegistry } from './parse';
export type { RegistryParseResult } from './parse';
export { addRegistryEntry } from './edit';
export type { NewRegistryEntry, RegistryEdit } from './edit';
export { entryLinks } from './links';
export type { EntryLink } from './links';
