export type { FileAccess, FileKind, FileStat } from './access';
export { AnnotationFiles, MAX_SIDECAR_BYTES, UnusableSidecar, firstProblem } from './annotationFiles';
export type { AnnotationFilesOptions, CurrentSidecar, SidecarFile, TextFile, UpdateResult } from './annotationFiles';
export { LOCK_STALE_MS, LockTimeout } from './lock';
export type { LockOptions } from './lock';
export { isTemporaryOf, lockName, temporaryName } from './names';
export { decodeArticle, decodeSidecar, encodeText } from './text';
export type { DecodedText } from './text';
