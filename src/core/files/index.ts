export type { FileAccess, FileKind, FileStat } from './access';
export { AnnotationFiles, firstProblem } from './annotationFiles';
export type { CurrentSidecar } from './annotationFiles';
export type { SidecarFile } from './textFile';
export { LockTimeout } from './lock';
export { temporaryName } from './names';
export { readRegularFile } from './regularFile';
export { decodeArticle, decodeSidecar, maxArticleBytes } from './text';
