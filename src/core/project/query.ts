import { BUILT_IN_LABELS, displayNameOfLabel, isBuiltInLabel } from '../highlights/labels';
import { AnnotationSchema, AttributeDefinition, LabelDefinition, RelationTypeDefinition } from './types';

/** A label as menus and keyboard labelling offer it. */
export interface LabelChoice {
  id: string;
  name: string;
  key?: string;
  guideline?: string;
  colour?: string;
  /** Where it comes from, shown beside it in the picker. */
  kind: 'schema' | 'entity type' | 'custom label';
}

/** One-key shortcuts of the built-in labels when no schema sets any. */
const DEFAULT_KEYS: Readonly<Record<string, string>> = {
  person: 'p',
  organisation: 'o',
  location: 'l',
  date: 'd',
  other: 'm',
};

/**
 * The labels a user may apply: the schema's when it lists labels, otherwise the entity types (with the
 * default keys) and the custom labels from settings, as before there were schemas.
 */
export function labelChoices(schema: AnnotationSchema | undefined, customLabels: readonly string[]): LabelChoice[] {
  if (schema?.labels) {
    return schema.labels.map(l => ({
      id: l.id,
      name: l.name,
      kind: 'schema',
      ...(l.key ? { key: l.key } : {}),
      ...(l.guideline ? { guideline: l.guideline } : {}),
      ...(l.colour ? { colour: l.colour } : {}),
    }));
  }
  return [
    ...BUILT_IN_LABELS.map(id => ({
      id,
      name: displayNameOfLabel(id),
      key: DEFAULT_KEYS[id],
      kind: 'entity type' as const,
    })),
    ...customLabels.filter(l => !isBuiltInLabel(l)).map(id => ({ id, name: id, kind: 'custom label' as const })),
  ];
}

export function labelDefinition(schema: AnnotationSchema | undefined, id: string): LabelDefinition | undefined {
  return schema?.labels?.find(l => l.id === id);
}

/** The label's name in this project: the schema's name, else the usual display name. */
export function labelName(schema: AnnotationSchema | undefined, id: string): string {
  return labelDefinition(schema, id)?.name ?? displayNameOfLabel(id);
}

/** Whether a label may be shown in this project: any without a list of labels, else only those listed. */
export function isProjectLabel(schema: AnnotationSchema | undefined, label: string): boolean {
  return !schema?.labels || schema.labels.some(l => l.id === label);
}

/**
 * Whether the recogniser's highlights of a built-in label are shown: always without a schema's labels;
 * with them, only for the labels the schema marks as recognised.
 */
export function showsAutomatic(schema: AnnotationSchema | undefined, label: string): boolean {
  if (!schema?.labels) return true;
  return schema.labels.some(l => l.id === label && l.recognised);
}

function allows(list: string[] | undefined, label: string): boolean {
  return list === undefined || list.includes(label);
}

/** Whether a relation of this type may go from an annotation labelled `from` to one labelled `to`. */
export function allowsRelation(type: RelationTypeDefinition, from: string, to: string): boolean {
  if (allows(type.from, from) && allows(type.to, to)) return true;
  return type.symmetric && allows(type.from, to) && allows(type.to, from);
}

/** Relation types that may start at an annotation with this label (either end, for symmetric ones). */
export function relationTypesFrom(schema: AnnotationSchema | undefined, label: string): RelationTypeDefinition[] {
  return (schema?.relations ?? []).filter(t => allows(t.from, label) || (t.symmetric && allows(t.to, label)));
}

export function relationType(schema: AnnotationSchema | undefined, name: string): RelationTypeDefinition | undefined {
  return schema?.relations.find(t => t.name === name);
}

/** Attributes the schema defines for annotations with this label. */
export function attributesFor(schema: AnnotationSchema | undefined, label: string): AttributeDefinition[] {
  return (schema?.attributes ?? []).filter(a => allows(a.labels, label));
}

/**
 * A guideline written in Markdown as one line of plain text: links become their text, emphasis, code
 * and heading marks go, and whitespace is collapsed; cut at `max` characters.
 */
export function plainGuideline(markdown: string, max = 240): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}
