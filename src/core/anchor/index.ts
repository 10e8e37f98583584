export { LiveAnchors } from './live';
export type { Anchored } from './live';
export { shiftRanges } from './shift';
export type { TextChange } from './shift';
export { reanchor, FUZZY_WINDOW } from './reanchor';
export type { ReanchorInput, ReanchorOptions, ReanchorResult } from './reanchor';
export { OffsetMap, codePointToUtf16, utf16ToCodePoint } from './offsets';
export { applyResults, reanchorSidecar, refreshContext } from './sidecarData';
export type { ReanchoredSidecar } from './sidecarData';
