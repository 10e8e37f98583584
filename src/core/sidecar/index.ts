export { ANNOTATION_KEYS, CORRECTION_KEYS, SUGGESTION_KEYS, TOP_LEVEL_KEYS } from './types';
export type { Annotation, Correction, SidecarData, Suggestion } from './types';
export { sha256Hex, textHash } from './hash';
export {
  anchorAt,
  contextAround,
  createAnnotation,
  createCorrection,
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
