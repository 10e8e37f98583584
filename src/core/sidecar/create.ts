import { AnchorFields, Annotation, Correction, Relation } from './types';

/** How much context is stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The up-to-32-unit context on both sides of [start, end). Never cuts a surrogate pair in half, so the
 * stored strings stay valid Unicode (a lone surrogate would not survive being written as UTF-8).
 */
export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && to > end && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** Anchor fields for [start, end) of `text`; throws on an empty or out-of-range span. */
export function anchorAt(text: string, start: number, end: number): AnchorFields {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  return { quote: text.slice(start, end), ...contextAround(text, start, end), start, end };
}

/** Moves an item to [start, end) of the current text, refreshing quote and context and clearing `orphaned`. */
export function reattach<T extends AnchorFields>(item: T, text: string, start: number, end: number): T {
  const copy = { ...item, ...anchorAt(text, start, end) };
  delete copy.orphaned;
  return copy;
}

/** `length` random base36 characters, from the platform's cryptographic generator where there is one. */
export function randomBase36(length: number): string {
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  let result = '';
  while (result.length < length) {
    const bytes = new Uint8Array(length * 2);
    if (webCrypto?.getRandomValues) webCrypto.getRandomValues(bytes);
    else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
    // Bytes of 252 and above are dropped: 252 is a multiple of 36, so every digit stays equally likely.
    for (const b of bytes) if (b < 252 && result.length < length) result += (b % 36).toString(36);
  }
  return result;
}

/** A fresh id (`a-` + 12 base36 characters by default) not among `taken`. */
export function newId(taken: Iterable<string> = [], prefix = 'a-'): string {
  const used = taken instanceof Set ? (taken as Set<string>) : new Set(taken);
  for (;;) {
    const id = prefix + randomBase36(12);
    if (!used.has(id)) return id;
  }
}

interface CreateOptions {
  note?: string;
  author?: string;
  /** Creation time; defaults to now. */
  now?: Date;
  /** Ids already in the file, which the new id must differ from. */
  takenIds?: Iterable<string>;
}

/** A time as the sidecar writes it: UTC, whole seconds (2026-11-27T10:00:00Z). */
export function sidecarTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function meta(options: CreateOptions, prefix: string): { id: string; created: string; note?: string; author?: string } {
  const result: { id: string; created: string; note?: string; author?: string } = {
    id: newId(options.takenIds, prefix),
    created: sidecarTimestamp(options.now),
  };
  if (options.note !== undefined) result.note = options.note;
  if (options.author !== undefined) result.author = options.author;
  return result;
}

/** A new annotation of [start, end) of `text`, with quote and context filled in from the text. */
export function createAnnotation(
  text: string,
  start: number,
  end: number,
  label: string,
  options: CreateOptions = {},
): Annotation {
  const { id, ...rest } = meta(options, 'a-');
  return { id, label, ...anchorAt(text, start, end), ...rest };
}

/** A new correction of the automatic highlight [start, end): `correct` is a label or `none`. */
export function createCorrection(
  text: string,
  start: number,
  end: number,
  automatic: string,
  correct: string,
  options: CreateOptions = {},
): Correction {
  const { id, ...rest } = meta(options, 'c-');
  return { id, automatic, correct, ...anchorAt(text, start, end), ...rest };
}

/** A new relation of type `type` from the annotation with id `from` to the one with id `to`. */
export function createRelation(type: string, from: string, to: string, options: CreateOptions = {}): Relation {
  const { id, ...rest } = meta(options, 'r-');
  return { id, type, from, to, ...rest };
}

/** The default of `articleAnnotator.sidecar.fileName`. */
export const DEFAULT_SIDECAR_FILE_NAME = '${name}.annotations.yaml';

/**
 * The sidecar's file name for an article file name. `${name}` is the article's name with extension,
 * `${base}` without it.
 */
export function sidecarFileName(articleFileName: string, pattern = DEFAULT_SIDECAR_FILE_NAME): string {
  const dot = articleFileName.lastIndexOf('.');
  const base = dot > 0 ? articleFileName.slice(0, dot) : articleFileName;
  return pattern.split('${name}').join(articleFileName).split('${base}').join(base);
}
