import { LineCounter, Node, YAMLMap, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { BUILT_IN_LABELS, NOT_AN_ENTITY, isBuiltInLabel } from '../highlights/labels';
import type { Diagnostic } from '../sidecar/parse';
import { nestsTooDeeply, tooDeepMessage } from '../sidecar/nesting';
import {
  ATTRIBUTE_KEYS,
  AnnotationSchema,
  LABEL_KEYS,
  RELATION_KEYS,
  SCHEMA_KEYS,
  AttributeDefinition,
  LabelDefinition,
  RelationTypeDefinition,
  SCHEMA_FILE_NAME,
  SCHEMA_VERSION,
} from './types';

interface SchemaParseResult {
  /** What the file validly declares; absent when the file could not be read at all. */
  schema?: AnnotationSchema;
  diagnostics: Diagnostic[];
}

/** A schema is a short hand-written file; anything far larger is not one. */
export const MAX_SCHEMA_LENGTH = 1024 * 1024;
const NAME = /^\S.{0,63}$/s;
const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const KEY = /^[a-z0-9]$/;

/** Reports problems at the position of a node of the file. */
class Reporter {
  readonly list: Diagnostic[] = [];
  constructor(private readonly lines: LineCounter) {}
  at(node: Node | null | undefined, message: string, severity: Diagnostic['severity'] = 'error'): void {
    const pos = this.lines.linePos(node?.range?.[0] ?? 0);
    this.list.push({ message, line: pos.line - 1, column: pos.col - 1, severity });
  }
  line(node: Node): number {
    return this.lines.linePos(node.range?.[0] ?? 0).line - 1;
  }
}

/** One entry of a list: its mapping, with the node of each key's value for positioned problems. */
class Entry {
  constructor(
    readonly map: YAMLMap,
    private readonly report: Reporter,
  ) {}
  node(key: string): Node | undefined {
    return (this.map.get(key, true) as Node | undefined) ?? undefined;
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  value(key: string): unknown {
    const node = this.node(key);
    return node === undefined ? undefined : node.toJSON();
  }
  problem(key: string | undefined, message: string, severity: Diagnostic['severity'] = 'error'): void {
    this.report.at(key === undefined ? this.map : (this.node(key) ?? this.map), message, severity);
  }
  unknownKeys(known: readonly string[], what: string): void {
    for (const pair of this.map.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && known.includes(key)) continue;
      const hint = key === 'color' ? ' (did you mean "colour"?)' : '';
      this.report.at(
        pair.key as Node,
        `Unknown key ${JSON.stringify(key)} in a ${what}${hint}; it is ignored.`,
        'warning',
      );
    }
  }
  text(key: string): string | undefined {
    const v = this.value(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim()) return v;
    this.problem(key, `"${key}" must be text.`);
    return undefined;
  }
  /** A list of names (a single name is taken as a list of one); undefined when absent or malformed. */
  names(key: string): string[] | undefined {
    const v = this.value(key);
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (Array.isArray(list) && list.length > 0 && list.every(x => typeof x === 'string' && NAME.test(x))) return list;
    this.problem(key, `"${key}" must be a list of names, such as [person, organisation].`);
    return undefined;
  }
  flag(key: string): boolean | undefined {
    const v = this.value(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.problem(key, `"${key}" must be true or false.`);
    return undefined;
  }
}

/** The entries of the list at `key` of the root, each a mapping; anything else is reported and skipped. */
function entries(root: YAMLMap, key: string, report: Reporter): Entry[] {
  const list = root.get(key, true) as Node | undefined;
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) {
    report.at(list, `"${key}" must be a list.`);
    return [];
  }
  const result: Entry[] = [];
  for (const item of list.items) {
    if (isMap(item)) result.push(new Entry(item, report));
    else report.at(item as Node, `Each entry of "${key}" must be a mapping of keys to values.`);
  }
  return result;
}

function readLabel(entry: Entry, report: Reporter, ids: Set<string>, keys: Set<string>): LabelDefinition | undefined {
  entry.unknownKeys(LABEL_KEYS, 'label');
  const id = entry.value('id');
  if (typeof id !== 'string' || !NAME.test(id) || id !== id.trim()) {
    entry.problem(
      entry.has('id') ? 'id' : undefined,
      'A label needs an "id": text of 1 to 64 characters, no surrounding spaces.',
    );
    return undefined;
  }
  if (id === NOT_AN_ENTITY) {
    entry.problem('id', `"${NOT_AN_ENTITY}" is reserved: corrections use it to say "not an entity".`);
    return undefined;
  }
  if (ids.has(id)) {
    entry.problem('id', `The label "${id}" is already defined above; this definition is ignored.`);
    return undefined;
  }
  ids.add(id);
  const label: LabelDefinition = {
    id,
    name: entry.text('name')?.trim() ?? id,
    recognised: isBuiltInLabel(id),
    line: report.line(entry.map),
  };
  const colour = entry.value('colour');
  if (typeof colour === 'string' && COLOUR.test(colour)) label.colour = expandColour(colour);
  else if (colour !== undefined && colour !== null)
    entry.problem('colour', '"colour" must be written #rrggbb or #rgb (quote it: "#1f77b4"); the default is used.');
  const key = entry.value('key');
  const lower = typeof key === 'string' || typeof key === 'number' ? String(key).toLowerCase() : undefined;
  if (lower !== undefined && KEY.test(lower)) {
    if (keys.has(lower))
      entry.problem('key', `The key "${lower}" is already taken by another label; none is set here.`);
    else {
      keys.add(lower);
      label.key = lower;
    }
  } else if (key !== undefined && key !== null) entry.problem('key', '"key" must be one letter or digit.');
  const guideline = entry.text('guideline');
  if (guideline) label.guideline = guideline.trim();
  const recognised = entry.flag('recognised');
  if (recognised === true && !isBuiltInLabel(id))
    entry.problem(
      'recognised',
      `The recogniser only produces ${BUILT_IN_LABELS.join(', ')}; "${id}" is labelled by hand.`,
      'warning',
    );
  else if (recognised !== undefined) label.recognised = recognised;
  return label;
}

/** Keeps the label names a schema defines; reports the others at the list. */
function knownLabels(entry: Entry, key: string, names: string[] | undefined, labels: Set<string> | undefined) {
  if (!names || !labels) return names;
  const unknown = names.filter(n => !labels.has(n));
  if (unknown.length > 0)
    entry.problem(
      key,
      `Not a label of this schema: ${unknown.join(', ')}; ${unknown.length > 1 ? 'they are' : 'it is'} left out.`,
    );
  const known = names.filter(n => labels.has(n));
  return known.length > 0 ? known : undefined;
}

function readRelation(
  entry: Entry,
  report: Reporter,
  seen: Set<string>,
  labels: Set<string> | undefined,
): RelationTypeDefinition | undefined {
  entry.unknownKeys(RELATION_KEYS, 'relation type');
  const name = entry.value('name');
  if (typeof name !== 'string' || !NAME.test(name) || name !== name.trim()) {
    entry.problem(
      entry.has('name') ? 'name' : undefined,
      'A relation type needs a "name": text of 1 to 64 characters.',
    );
    return undefined;
  }
  if (seen.has(name)) {
    entry.problem('name', `The relation type "${name}" is already defined above; this definition is ignored.`);
    return undefined;
  }
  seen.add(name);
  const relation: RelationTypeDefinition = {
    name,
    symmetric: entry.flag('symmetric') ?? false,
    line: report.line(entry.map),
  };
  const from = knownLabels(entry, 'from', entry.names('from'), labels);
  const to = knownLabels(entry, 'to', entry.names('to'), labels);
  if (from) relation.from = from;
  if (to) relation.to = to;
  const guideline = entry.text('guideline');
  if (guideline) relation.guideline = guideline.trim();
  return relation;
}

function readAttribute(
  entry: Entry,
  report: Reporter,
  seen: Set<string>,
  labels: Set<string> | undefined,
): AttributeDefinition | undefined {
  entry.unknownKeys(ATTRIBUTE_KEYS, 'attribute');
  const name = entry.value('name');
  if (typeof name !== 'string' || !/^[A-Za-z][\w-]{0,63}$/.test(name)) {
    entry.problem(
      entry.has('name') ? 'name' : undefined,
      'An attribute needs a "name": a letter, then letters, digits, "_" or "-" (up to 64).',
    );
    return undefined;
  }
  if (seen.has(name)) {
    entry.problem('name', `The attribute "${name}" is already defined above; this definition is ignored.`);
    return undefined;
  }
  seen.add(name);
  const attribute: AttributeDefinition = { name, line: report.line(entry.map) };
  const raw = entry.value('values');
  if (Array.isArray(raw) && raw.length > 0 && raw.every(v => typeof v === 'string' && v.trim() === v && v !== '')) {
    attribute.values = [...new Set(raw as string[])];
  } else if (raw !== undefined && raw !== null) {
    entry.problem('values', '"values" must be a list of text values; without it the attribute takes free text.');
  }
  const applies = knownLabels(entry, 'labels', entry.names('labels'), labels);
  if (applies) attribute.labels = applies;
  const guideline = entry.text('guideline');
  if (guideline) attribute.guideline = guideline.trim();
  return attribute;
}

/**
 * Reads `annotation-schema.yaml`. Never throws: each problem becomes a diagnostic at its line, and what
 * is valid still applies (a bad field falls back to its default, a bad entry is left out).
 */
export function parseAnnotationSchema(text: string): SchemaParseResult {
  const lines = new LineCounter();
  const report = new Reporter(lines);
  if (text.length > MAX_SCHEMA_LENGTH) {
    report.at(undefined, `${SCHEMA_FILE_NAME} is larger than ${MAX_SCHEMA_LENGTH / 1024 / 1024} MB and was not read.`);
    return { diagnostics: report.list };
  }
  if (nestsTooDeeply(text)) {
    report.at(undefined, tooDeepMessage(SCHEMA_FILE_NAME));
    return { diagnostics: report.list };
  }
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  } catch (e) {
    report.at(undefined, `${SCHEMA_FILE_NAME} could not be read: ${(e as Error).message}`);
    return { diagnostics: report.list };
  }
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    report.list.push({
      message: error.message.split('\n')[0],
      line: pos.line - 1,
      column: pos.col - 1,
      severity: 'error',
    });
  }
  if (doc.errors.length > 0) return { diagnostics: report.list };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null))
    return { schema: { relations: [], attributes: [] }, diagnostics: report.list };
  if (!isMap(root)) {
    report.at(root as Node, 'The schema must be a mapping with "labels", "relations" and "attributes" lists.');
    return { diagnostics: report.list };
  }
  let version: unknown;
  try {
    version = root.get('version');
  } catch {
    version = undefined;
  }
  if (version !== undefined && version !== SCHEMA_VERSION) {
    report.at(
      root.get('version', true) as Node,
      `Unsupported schema version ${String(version)}; this extension reads version ${SCHEMA_VERSION}.`,
    );
    return { diagnostics: report.list };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (!(SCHEMA_KEYS as readonly unknown[]).includes(key))
      report.at(pair.key as Node, `Unknown key ${JSON.stringify(key)}; it is ignored.`, 'warning');
  }
  const schema: AnnotationSchema = { relations: [], attributes: [] };
  if (root.has('labels')) {
    const ids = new Set<string>();
    const keys = new Set<string>();
    schema.labels = [];
    for (const entry of entries(root, 'labels', report)) {
      const label = readLabel(entry, report, ids, keys);
      if (label) schema.labels.push(label);
    }
  }
  const labelIds = schema.labels && new Set(schema.labels.map(l => l.id));
  const relationNames = new Set<string>();
  for (const entry of entries(root, 'relations', report)) {
    const relation = readRelation(entry, report, relationNames, labelIds);
    if (relation) schema.relations.push(relation);
  }
  const attributeNames = new Set<string>();
  for (const entry of entries(root, 'attributes', report)) {
    const attribute = readAttribute(entry, report, attributeNames, labelIds);
    if (attribute) schema.attributes.push(attribute);
  }
  return { schema, diagnostics: report.list };
}

/** `#abc` as `#aabbcc`, lower case. */
function expandColour(colour: string): string {
  const hex = colour.slice(1).toLowerCase();
  return '#' + (hex.length === 3 ? [...hex].map(c => c + c).join('') : hex);
}
