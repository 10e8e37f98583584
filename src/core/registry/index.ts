export { REGISTRY_FILE_NAME } from './types';
export type { RegistryEntry } from './types';
export { MAX_REGISTRY_LENGTH, parseRegistry } from './parse';
export { addRegistryEntry } from './edit';
export type { NewRegistryEntry } from './edit';
export { entryLinks } from './links';
