import { sidecarFileName } from '../sidecar/create';
import { parseSidecar } from '../sidecar/parse';
import { SidecarData } from '../sidecar/types';

/** What the workspace index keeps of one sidecar: its data, or why it could not be read. */
interface SidecarSummary {
  data?: SidecarData;
  /** The first error, with its line, when the file is malformed (data then holds what was valid, if anything). */
  error?: string;
}

/**
 * Reads a sidecar for listing. Files in the serializer's own layout take the parser's quick path, so
 * thousands of annotations cost little; a malformed file becomes an error message, never an exception.
 */
export function summarizeSidecar(text: string): SidecarSummary {
  const parsed = parseSidecar(text);
  const first = parsed.diagnostics.find(d => d.severity === 'error');
  const error = first
    ? `line ${first.line + 1}: ${first.message}`
    : parsed.data
      ? undefined
      : 'the file could not be read';
  return { data: parsed.data, error };
}

const PLACEHOLDER = /\$\{(name|base)\}/;

/** The glob finding every sidecar for a file-name setting such as `${name}.annotations.yaml` or `${base}.notes.yml`. */
export function sidecarGlob(fileNamePattern: string): string {
  return `**/${fileNamePattern.split('${name}').join('*').split('${base}').join('*')}`;
}

/** Whether the setting names sidecars after the article's name without its extension (`${base}` only). */
export function usesBaseName(fileNamePattern: string): boolean {
  return !fileNamePattern.includes('${name}') && fileNamePattern.includes('${base}');
}

/** Where the placeholder stands in a sidecar's name, or undefined when the name does not fit the pattern. */
function placeholderIn(sidecarName: string, fileNamePattern: string): { kind: string; value: string } | undefined {
  const placeholder = PLACEHOLDER.exec(fileNamePattern);
  if (!placeholder) return undefined;
  const before = fileNamePattern.slice(0, placeholder.index);
  const after = fileNamePattern.slice(placeholder.index + placeholder[0].length);
  if (
    sidecarName.length <= before.length + after.length ||
    !sidecarName.startsWith(before) ||
    !sidecarName.endsWith(after)
  )
    return undefined;
  return { kind: placeholder[1], value: sidecarName.slice(before.length, sidecarName.length - after.length) };
}

/** Whether a file name has the shape of a sidecar's under the file-name setting. */
export function isSidecarName(name: string, fileNamePattern: string): boolean {
  return placeholderIn(name, fileNamePattern) !== undefined;
}

/**
 * The article's file name for a sidecar's file name, or undefined when the name does not fit the
 * pattern. A `${base}` pattern drops the extension, so the article is the sibling file (`siblings`, the
 * names in the sidecar's folder) whose sidecar name is this one.
 */
export function articleNameOf(
  sidecarName: string,
  fileNamePattern: string,
  siblings: readonly string[] = [],
): string | undefined {
  const found = placeholderIn(sidecarName, fileNamePattern);
  if (!found) return undefined;
  if (found.kind === 'name') return found.value;
  return siblings.find(s => s !== sidecarName && sidecarFileName(s, fileNamePattern) === sidecarName);
}
