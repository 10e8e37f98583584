import { Annotation, SidecarData } from '../sidecar/types';
import { inertControls, inertJson } from '../text/inert';
import { exportBrat } from './brat';
import { exportConll } from './conll';
import { exportCsv } from './csv';
import { exportWebAnnotations } from './jsonld';

export const EXPORT_FORMATS = ['brat', 'conll', 'jsonld', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  brat: 'ann',
  conll: 'conll',
  jsonld: 'jsonld',
  csv: 'csv',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/**
 * An article's annotations in one interchange format; `source` names the article in JSON-LD targets.
 * These files end up in terminals (printed, or viewed with cat), so control characters in notes, ids
 * and labels cannot act there: the text formats show them as visible characters, JSON escapes them.
 */
export function exportAnnotations(
  format: ExportFormat,
  text: string,
  annotations: Annotation[],
  source: string,
): string {
  switch (format) {
    case 'brat':
      return inertControls(exportBrat(text, annotations));
    case 'conll':
      return inertControls(exportConll(text, annotations));
    case 'csv':
      return inertControls(exportCsv(text, annotations));
    case 'jsonld':
      return inertJson(exportWebAnnotations(text, annotations, { source }), 2) + '\n';
  }
}

/** Adds imported annotations to a sidecar, skipping any already present (same label and offsets). */
export function addImported(data: SidecarData, imported: Annotation[]): { data: SidecarData; added: number } {
  const isDuplicate = (a: Annotation): boolean =>
    data.annotations.some(b => !b.orphaned && b.start === a.start && b.end === a.end && b.label === a.label);
  const fresh = imported.filter(a => !isDuplicate(a));
  return { data: { ...data, annotations: [...data.annotations, ...fresh] }, added: fresh.length };
}
