import { parseSidecar } from '../sidecar/parse';
import { SidecarData } from '../sidecar/types';

/** What the workspace index keeps of one sidecar: its data, or why it could not be read. */
export interface SidecarSummary {
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
  const error = first ? `line ${first.line + 1}: ${first.message}` : parsed.data ? undefined : 'the file could not be read';
  return { data: parsed.data, error };
}

const NAME = '${name}';

/** The glob finding every sidecar for a file-name setting such as `${name}.annotations.yaml`. */
export function sidecarGlob(fileNamePattern: string): string {
  return `**/${fileNamePattern.split(NAME).join('*')}`;
}

/** The article's file name for a sidecar's file name, or undefined when the name does not fit the pattern. */
export function articleNameOf(sidecarName: string, fileNamePattern: string): string | undefined {
  const at = fileNamePattern.indexOf(NAME);
  if (at < 0) return undefined;
  const before = fileNamePattern.slice(0, at);
  const after = fileNamePattern.slice(at + NAME.length);
  if (sidecarName.length <= before.length + after.length || !sidecarName.startsWith(before) || !sidecarName.endsWith(after)) return undefined;
  return sidecarName.slice(before.length, sidecarName.length - after.length);
}
