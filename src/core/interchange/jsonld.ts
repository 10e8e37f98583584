import { OffsetMap } from '../anchor/offsets';
import { resolveRelations } from '../sidecar/relations';
import { Annotation, Relation } from '../sidecar/types';

interface WebAnnotationOptions {
  /** The annotated document, as the targets' `source` (e.g. its file name or URL). */
  source: string;
  /** Prefix of annotation ids, which must be IRIs (default `urn:article-annotator:`). */
  idBase?: string;
}

function iri(id: string, options: WebAnnotationOptions): string {
  return `${options.idBase ?? 'urn:article-annotator:'}${encodeURIComponent(id)}`;
}

/** Who made the item and when, as the Web Annotation model names them. */
function provenance(item: { author?: string; created?: string; updated?: string }): Record<string, unknown> {
  return {
    ...(item.author !== undefined ? { creator: { type: 'Person', name: item.author } } : {}),
    ...(item.created !== undefined ? { created: item.created } : {}),
    ...(item.updated !== undefined ? { modified: item.updated } : {}),
  };
}

function webAnnotation(a: Annotation, offsets: OffsetMap, options: WebAnnotationOptions): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.label }];
  if (a.note !== undefined)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  // Attributes classify the annotated text further, one body each: "verdict: accurate".
  for (const [name, value] of Object.entries(a.attributes ?? {}))
    body.push({ type: 'TextualBody', purpose: 'classifying', value: `${name}: ${value}`, format: 'text/plain' });
  const result: Record<string, unknown> = {
    id: iri(a.id, options),
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
  return { ...result, ...provenance(a) };
}

/**
 * A relation as an annotation whose targets are its two ends (the annotations' ids), source first:
 * motivation `linking`, the relation type as a tagging body.
 */
function relationAnnotation(r: Relation, options: WebAnnotationOptions): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: r.type }];
  if (r.note !== undefined)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: r.note, format: 'text/plain' });
  return {
    id: iri(r.id, options),
    type: 'Annotation',
    motivation: 'linking',
    body,
    target: [iri(r.from, options), iri(r.to, options)],
    ...provenance(r),
  };
}

/**
 * Attached annotations as a W3C Web Annotation collection (JSON-LD), with quote and position selectors,
 * followed by the relations between them.
 */
export function exportWebAnnotations(
  text: string,
  annotations: Annotation[],
  options: WebAnnotationOptions,
  relations: readonly Relation[] = [],
): Record<string, unknown> {
  const offsets = new OffsetMap(text);
  const placed = annotations.filter(a => !a.orphaned);
  const items = [
    ...placed.map(a => webAnnotation(a, offsets, options)),
    ...resolveRelations({ annotations: placed, relations: [...relations] })
      .filter(r => !r.problem)
      .map(r => relationAnnotation(r.relation, options)),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Annotations of ${options.source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
