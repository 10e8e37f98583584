export * from './types';
export { sha256Hex, sha256BytesHex, textHash } from './hash';
export {
  CONTEXT_LENGTH,
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
export type { CreateOptions } from './create';
export { DEFAULT_MAX_LENGTH, parseSidecar } from './parse';
export type { Diagnostic, ParseOptions, ParseResult } from './parse';
export { serializeSidecar } from './serialize';
export { mergeSidecars } from './merge';
export type { MergeConflict, MergeResult } from './merge';
export { hasRelation, relationsUsing, resolveRelations } from './relations';
export type { RelationProblem, ResolvedRelation } from './relations';
export { mergeBranches } from './mergeBranches';
export type { BranchMerge, Side } from './mergeBranches';
