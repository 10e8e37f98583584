import { OffsetMap } from '../anchor/offsets';
import { Annotation } from '../sidecar/types';

interface WebAnnotationOptions {
  /** The annotated document, as the targets' `source` (e.g. its file name or URL). */
  source: string;
  /** Prefix of annotation ids, which must be IRIs (default `urn:article-annotator:`). */
  idBase?: string;
}

function webAnnotation(a: Annotation, offsets: OffsetMap, options: WebAnnotationOptions): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.label }];
  if (a.note !== undefined)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  const result: Record<string, unknown> = {
    id: `${options.idBase ?? 'urn:article-annotator:'}${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    motivation: a.note !== undefined ? ['tagging', 'commenting'] : 'tagging',
    body,
    target: {
      source: options.source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
        // The Web Annotation model counts positions in code points, not UTF-16 units.
        { type: 'TextPositionSelector', start: offsets.toCodePoint(a.start), end: offsets.toCodePoint(a.end) },
      ],
    },
  };
  if (a.author !== undefined) result.creator = { type: 'Person', name: a.author };
  if (a.created !== undefined) result.created = a.created;
  if (a.updated !== undefined) result.modified = a.updated;
  return result;
}

/** Attached annotations as a W3C Web Annotation collection (JSON-LD), with quote and position selectors. */
export function exportWebAnnotations(
  text: string,
  annotations: Annotation[],
  options: WebAnnotationOptions,
): Record<string, unknown> {
  const offsets = new OffsetMap(text);
  const items = annotations.filter(a => !a.orphaned).map(a => webAnnotation(a, offsets, options));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Annotations of ${options.source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
