import { checkAnchors, reanchorSidecar } from '../anchor';
import { SidecarData, Suggestion, parseSidecar, serializeSidecar, textHash } from '../sidecar';
import { SuggestOptions, addSuggestions } from './suggest';
import { Span } from '../types';

/** An article's sidecar made ready for new suggestions, or the reason it must be left alone. */
export type BatchSidecar = { problem: string } | ReadySidecar;
export interface ReadySidecar {
  data: SidecarData;
  previousText: string | undefined;
}

/**
 * Reads an article's sidecar (`undefined` when there is none yet) for a batch run and places its
 * items on the article's current text. A sidecar with any problem is reported, never written: a
 * guess must not cost the user their annotations.
 */
export function prepareSidecar(
  articleName: string,
  articleText: string,
  sidecarText: string | undefined,
): BatchSidecar {
  if (sidecarText === undefined) {
    return {
      data: { version: 1, article: articleName, textHash: textHash(articleText), annotations: [], corrections: [] },
      previousText: undefined,
    };
  }
  const parsed = parseSidecar(sidecarText);
  if (!parsed.data || parsed.readOnly) {
    const first = parsed.diagnostics.find(d => d.severity === 'error') ?? parsed.diagnostics[0];
    return { problem: first ? `line ${first.line + 1}: ${first.message}` : 'the file could not be read' };
  }
  return { data: reanchorSidecar(parsed.data, articleText).data, previousText: sidecarText };
}

/**
 * Adds the suggestions for `spans` to a prepared sidecar. `content` is the file to write, or
 * undefined when nothing new was suggested (the file is then not touched, nor created).
 */
export function suggestIntoSidecar(
  prepared: ReadySidecar,
  articleText: string,
  spans: readonly Span[],
  options: SuggestOptions = {},
): { added: Suggestion[]; content: string | undefined } {
  const data = structuredClone(prepared.data);
  const added = addSuggestions(data, articleText, spans, options);
  if (added.length === 0) return { added, content: undefined };
  data.textHash = textHash(articleText);
  checkAnchors(data, articleText);
  return { added, content: serializeSidecar(data, prepared.previousText) };
}
