import { compareLabels, displayNameOfLabel } from '../highlights/labels';
import { Annotation } from '../sidecar/types';

/**
 * What the Annotations view shows: `label:claim` keeps one label (its name or display name, any case);
 * any other text keeps annotations whose quote, note or label contains it (any case).
 */
export interface AnnotationFilter {
  label?: string;
  text?: string;
}

export function parseFilter(input: string): AnnotationFilter | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  const label = /^label:\s*(.+)$/i.exec(trimmed);
  return label ? { label: label[1].trim().toLowerCase() } : { text: trimmed.toLowerCase() };
}

export function describeFilter(filter: AnnotationFilter): string {
  return filter.label !== undefined ? `label:${filter.label}` : (filter.text ?? '');
}

export function matchesFilter(annotation: Annotation, filter: AnnotationFilter | undefined): boolean {
  if (!filter) return true;
  const label = annotation.label.toLowerCase();
  const display = displayNameOfLabel(annotation.label).toLowerCase();
  if (filter.label !== undefined) return label === filter.label || display === filter.label;
  const text = filter.text ?? '';
  return [annotation.quote, annotation.note ?? '', label, display].some(s => s.toLowerCase().includes(text));
}

export interface LabelGroup {
  label: string;
  annotations: Annotation[];
}

/** The annotations the filter keeps, by label (label order), each group in article order. */
export function groupByLabel(annotations: readonly Annotation[], filter?: AnnotationFilter): LabelGroup[] {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (!matchesFilter(a, filter)) continue;
    const list = groups.get(a.label);
    if (list) list.push(a);
    else groups.set(a.label, [a]);
  }
  return [...groups.keys()].sort(compareLabels).map(label => ({
    label,
    annotations: groups.get(label)!.sort((a, b) => a.start - b.start || a.end - b.end),
  }));
}
