import { hasRelation } from '../sidecar/relations';
import { Annotation, Relation, SidecarData } from '../sidecar/types';
import { inertControls, inertJson } from '../text/inert';
import { exportBrat } from './brat';
import { exportConll } from './conll';
import { exportCsv, exportRelationsCsv } from './csv';
import { exportWebAnnotations } from './jsonld';

export const EXPORT_FORMATS = ['brat', 'conll', 'jsonld', 'csv', 'csv-relations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  brat: 'ann',
  conll: 'conll',
  jsonld: 'jsonld',
  csv: 'csv',
  'csv-relations': 'relations.csv',
};

/** Where the CSV export puts the relations file beside the annotations file: `story.md.csv` -> `story.md.relations.csv`. */
export function relationsFileName(csvFileName: string): string {
  return csvFileName.replace(/(?:\.csv)?$/i, '.relations.csv');
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/**
 * An article's annotations (and the relations between them, where the format has a place for them) in
 * one interchange format; `source` names the article in JSON-LD targets.
 * These files end up in terminals (printed, or viewed with cat), so control characters in notes, ids,
 * labels and attributes cannot act there: the text formats show them as visible characters, JSON escapes them.
 */
export function exportAnnotations(
  format: ExportFormat,
  text: string,
  annotations: Annotation[],
  source: string,
  relations: readonly Relation[] = [],
): string {
  switch (format) {
    case 'brat':
      return inertControls(exportBrat(text, annotations, relations));
    case 'conll':
      return inertControls(exportConll(text, annotations));
    case 'csv':
      return inertControls(exportCsv(text, annotations));
    case 'csv-relations':
      return inertControls(exportRelationsCsv(text, annotations, relations));
    case 'jsonld':
      return inertJson(exportWebAnnotations(text, annotations, { source }, relations), 2) + '\n';
  }
}

/**
 * Adds imported annotations and relations to a sidecar. An annotation already present (same label and
 * offsets) is skipped, and relations to it join the one present; a relation already present is skipped.
 */
export function addImported(
  data: SidecarData,
  imported: Annotation[],
  importedRelations: readonly Relation[] = [],
): { data: SidecarData; added: number; addedRelations: number } {
  const sameAs = new Map<string, string>();
  const fresh = imported.filter(a => {
    const present = data.annotations.find(
      b => !b.orphaned && b.start === a.start && b.end === a.end && b.label === a.label,
    );
    if (present) sameAs.set(a.id, present.id);
    return !present;
  });
  const relations = [...(data.relations ?? [])];
  for (const r of importedRelations) {
    const linked = { ...r, from: sameAs.get(r.from) ?? r.from, to: sameAs.get(r.to) ?? r.to };
    if (!hasRelation({ relations }, linked.type, linked.from, linked.to, false)) relations.push(linked);
  }
  const result: SidecarData = { ...data, annotations: [...data.annotations, ...fresh] };
  if (relations.length > 0) result.relations = relations;
  return { data: result, added: fresh.length, addedRelations: relations.length - (data.relations?.length ?? 0) };
}
