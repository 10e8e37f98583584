export { ANNOTATION_KEYS, CORRECTION_KEYS, RELATION_KEYS, SUGGESTION_KEYS, TOP_LEVEL_KEYS, allItemIds } from './types';
export type { Annotation, Correction, Relation, SidecarData, Suggestion } from './types';
export { sha256Hex, textHash } from './hash';
export {
  anchorAt,
  contextAround,
  createAnnotation,
  createCorrection,
  createRelation,
  newId,
  reattach,
  sidecarFileName,
  sidecarTimestamp,
} from './create';
export { parseSidecar } from './parse';
export type { Diagnostic } from './parse';
export { serializeSidecar } from './serialize';
export { mergeSidecars } from './merge';
export type { MergeConflict } from './merge';
export { hasRelation, relationsUsing, resolveRelations } from './relations';
export { mergeBranches } from './mergeBranches';
