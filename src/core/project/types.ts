/**
 * An annotation project's schema (`annotation-schema.yaml` at the root of a workspace folder): the labels
 * annotators use, with their guidelines, colours and one-key shortcuts; the relation types that connect
 * annotations; and the attributes an annotation may carry. Without the file everything works as before.
 */

export interface LabelDefinition {
  /** The label as written in sidecars (`label:`). */
  id: string;
  /** Shown in menus and hover cards. */
  name: string;
  /** `#rrggbb`, when the project chose one; otherwise the theme colour of the label's kind. */
  colour?: string;
  /** One lower-case letter or digit that applies the label in keyboard labelling. */
  key?: string;
  /** Markdown, shown as plain text in the label picker and on hover. */
  guideline?: string;
  /** Whether the recogniser's automatic highlights of this type are shown (built-in entity types only). */
  recognised: boolean;
  /** 0-based line of the definition in the schema file. */
  line: number;
}

export interface RelationTypeDefinition {
  /** The relation's type as written in sidecars (`type:`). */
  name: string;
  /** Labels allowed at the source; undefined allows any. */
  from?: string[];
  /** Labels allowed at the target; undefined allows any. */
  to?: string[];
  /** A symmetric relation has no direction ("sibling of"); a directed one goes from source to target. */
  symmetric: boolean;
  guideline?: string;
  line: number;
}

export interface AttributeDefinition {
  name: string;
  /** The values allowed; undefined means free text. */
  values?: string[];
  /** Labels the attribute applies to; undefined means every label. */
  labels?: string[];
  guideline?: string;
  line: number;
}

export interface AnnotationSchema {
  /** The project's labels, in the file's order; undefined when the file lists none (then today's labels apply). */
  labels?: LabelDefinition[];
  relations: RelationTypeDefinition[];
  attributes: AttributeDefinition[];
}

export const SCHEMA_FILE_NAME = 'annotation-schema.yaml';
export const SCHEMA_VERSION = 1;

/** The keys each part of the file may have. */
export const SCHEMA_KEYS = ['version', 'labels', 'relations', 'attributes'] as const;
export const LABEL_KEYS = ['id', 'name', 'colour', 'key', 'guideline', 'recognised'] as const;
export const RELATION_KEYS = ['name', 'from', 'to', 'symmetric', 'guideline'] as const;
export const ATTRIBUTE_KEYS = ['name', 'values', 'labels', 'guideline'] as const;
