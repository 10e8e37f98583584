export { applyChanges } from './live';
export type { Anchored } from './live';
export { shiftRanges } from './shift';
export type { TextChange } from './shift';
export { reanchor } from './reanchor';
export type { ReanchorResult } from './reanchor';
export { OffsetMap, codePointToUtf16, utf16ToCodePoint } from './offsets';
export { reanchorSidecar, refreshContext } from './sidecarData';
export type { ReanchoredSidecar } from './sidecarData';
