import type { DiagnosticSink } from './parse';
import {
  AnchorFields,
  Annotation,
  Correction,
  SidecarData,
  SIDECAR_VERSION,
  Suggestion,
  TOP_LEVEL_KEYS,
  ANNOTATION_KEYS,
  CORRECTION_KEYS,
  RELATION_KEYS,
  Relation,
  SUGGESTION_KEYS,
} from './types';

type Kind = 'annotations' | 'corrections' | 'suggestions';
type Item = Annotation | Correction | Suggestion;
const KNOWN_KEYS: Record<Kind, readonly string[]> = {
  annotations: ANNOTATION_KEYS,
  corrections: CORRECTION_KEYS,
  suggestions: SUGGESTION_KEYS,
};

type Path = (string | number)[];
type Locate = (path: Path) => number;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set);
}

/** Checks one item's fields; returns undefined (after reporting) when it cannot be used. */
class ItemChecker {
  ok = true;
  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly path: Path,
    private readonly locate: Locate,
    private readonly sink: DiagnosticSink,
  ) {}

  fail(key: string | undefined, message: string): void {
    this.ok = false;
    this.sink.add('error', message, this.locate(key === undefined ? this.path : [...this.path, key]));
  }

  string(key: string, required: boolean, nonEmpty = false): string | undefined {
    const v = this.obj[key];
    if (v === undefined) {
      if (required) this.fail(undefined, `Missing "${key}".`);
      return undefined;
    }
    if (typeof v !== 'string')
      this.fail(key, `"${key}" must be a string (quote it in YAML), not ${JSON.stringify(v)}.`);
    else if (nonEmpty && v.length === 0) this.fail(key, `"${key}" must not be empty.`);
    else return v;
    return undefined;
  }

  offset(key: string): number {
    const v = this.obj[key];
    if (v === undefined) this.fail(undefined, `Missing "${key}".`);
    else if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      this.fail(key, `"${key}" must be a non-negative integer (a UTF-16 offset), not ${JSON.stringify(v)}.`);
    } else return v;
    return -1;
  }

  anchor(): AnchorFields | undefined {
    const quote = this.string('quote', true, true);
    const prefix = this.string('prefix', false) ?? '';
    const suffix = this.string('suffix', false) ?? '';
    const start = this.offset('start');
    const end = this.offset('end');
    const orphaned = this.obj.orphaned;
    if (orphaned !== undefined && typeof orphaned !== 'boolean')
      this.fail('orphaned', '"orphaned" must be true or false.');
    if (start >= 0 && end >= 0 && end <= start)
      this.fail('end', `"end" (${end}) must be greater than "start" (${start}).`);
    else if (quote !== undefined && start >= 0 && end >= 0 && end - start !== quote.length) {
      this.fail('end', `"end" - "start" is ${end - start} but the quote is ${quote.length} UTF-16 units long.`);
    }
    if (!this.ok || quote === undefined) return undefined;
    const result: AnchorFields = { quote, prefix, suffix, start, end };
    if (orphaned === true) result.orphaned = true;
    return result;
  }

  /** An annotation's `attributes`: a mapping of names to text values; undefined when absent or empty. */
  attributes(): Record<string, string> | undefined {
    const v = this.obj.attributes;
    if (v === undefined || v === null) return undefined;
    if (!isPlainObject(v)) {
      this.fail('attributes', '"attributes" must be a mapping of attribute names to values.');
      return undefined;
    }
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(v)) {
      if (typeof value !== 'string' || name === '') {
        this.ok = false;
        const message = `Attribute "${name}" must have a text value (quote it in YAML), not ${JSON.stringify(value)}.`;
        this.sink.add('error', message, this.locate([...this.path, 'attributes', name]));
        return undefined;
      }
      result[name] = value;
    }
    return Object.keys(result).length > 0 ? result : undefined;
  }

  meta(known: readonly string[]): {
    note?: string;
    author?: string;
    created?: string;
    updated?: string;
    extra?: Record<string, unknown>;
  } {
    const result: {
      note?: string;
      author?: string;
      created?: string;
      updated?: string;
      extra?: Record<string, unknown>;
    } = {};
    for (const key of ['note', 'author'] as const) {
      const v = this.string(key, false);
      if (v !== undefined) result[key] = v;
    }
    for (const key of ['created', 'updated'] as const) {
      const v = this.string(key, false);
      if (v === undefined) continue;
      if (TIMESTAMP.test(v)) result[key] = v;
      else
        this.fail(
          key,
          `"${key}" must be a date and time such as 2026-11-27T10:00:00Z (or a date, 2026-11-27), not ${JSON.stringify(v)}.`,
        );
    }
    const extra = unknownKeys(this.obj, known);
    if (extra) result.extra = extra;
    return result;
  }
}

/** An RFC 3339 date and time (seconds, fraction and offset as written by any tool), or a date alone. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Keys the format does not know, kept as they are. Built with `Object.fromEntries`, which creates every key
 * as the object's own, `__proto__` included (an assignment would set the prototype and lose the key).
 */
function unknownKeys(obj: Record<string, unknown>, known: readonly string[]): Record<string, unknown> | undefined {
  const entries = Object.entries(obj).filter(([k]) => !known.includes(k));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A Wikidata item id: Q and a number without leading zeros. */
const WIKIDATA_ID = /^Q[1-9]\d*$/;

/** The kind's label fields, in the order items keep them. */
const LABEL_KEYS: Record<Kind, readonly string[]> = {
  annotations: ['label'],
  corrections: ['automatic', 'correct'],
  suggestions: ['label', 'source'],
};

function checkItem(kind: Kind, raw: unknown, index: number, locate: Locate, sink: DiagnosticSink): Item | undefined {
  const path = [kind, index];
  if (!isPlainObject(raw)) {
    sink.add('error', `Each entry of "${kind}" must be a mapping of keys to values.`, locate(path));
    return undefined;
  }
  const c = new ItemChecker(raw, path, locate, sink);
  const item: Record<string, unknown> = { id: c.string('id', true, true) };
  for (const key of LABEL_KEYS[kind]) item[key] = c.string(key, true, true);
  const wikidata = kind === 'annotations' ? c.string('wikidata', false) : undefined;
  if (wikidata !== undefined && !WIKIDATA_ID.test(wikidata)) {
    c.fail('wikidata', `"wikidata" must be a Wikidata item id such as Q90, not ${JSON.stringify(wikidata)}.`);
  }
  const anchor = c.anchor();
  const attributes = kind === 'annotations' ? c.attributes() : undefined;
  const meta = c.meta(KNOWN_KEYS[kind]);
  if (!c.ok || item.id === undefined || anchor === undefined) return undefined;
  // Built field by field: object spreads of four parts cost more than the checks, at 10,000 items.
  for (const key in anchor) item[key] = anchor[key as keyof AnchorFields];
  if (attributes) item.attributes = attributes;
  for (const key in meta) item[key] = meta[key as keyof typeof meta];
  if (wikidata !== undefined) item.wikidata = wikidata;
  return item as unknown as Item;
}

/** A relation's fields; its ends need not exist (a relation whose end is gone is flagged, not dropped). */
function checkRelation(raw: unknown, index: number, locate: Locate, sink: DiagnosticSink): Relation | undefined {
  const path = ['relations', index];
  if (!isPlainObject(raw)) {
    sink.add('error', 'Each entry of "relations" must be a mapping of keys to values.', locate(path));
    return undefined;
  }
  const c = new ItemChecker(raw, path, locate, sink);
  const id = c.string('id', true, true);
  const type = c.string('type', true, true);
  const from = c.string('from', true, true);
  const to = c.string('to', true, true);
  const meta = c.meta(RELATION_KEYS);
  if (!c.ok || id === undefined || type === undefined || from === undefined || to === undefined) return undefined;
  return { id, type, from, to, ...meta };
}

function checkList<T extends Item | Relation>(
  kind: Kind | 'relations',
  root: Record<string, unknown>,
  seen: Set<string>,
  locate: Locate,
  sink: DiagnosticSink,
): T[] {
  const raw = root[kind];
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    sink.add('error', `"${kind}" must be a list.`, locate([kind]));
    return [];
  }
  const items: T[] = [];
  raw.forEach((entry, i) => {
    const item = kind === 'relations' ? checkRelation(entry, i, locate, sink) : checkItem(kind, entry, i, locate, sink);
    if (!item) return;
    if (seen.has(item.id)) {
      sink.add('error', `Duplicate id "${item.id}": ids must be unique within the file.`, locate([kind, i, 'id']));
      return;
    }
    seen.add(item.id);
    items.push(item as T);
  });
  return items;
}

function checkHeader(
  root: Record<string, unknown>,
  locate: Locate,
  sink: DiagnosticSink,
): { article: string; textHash: string; date?: string } | undefined {
  let ok = true;
  const fail = (key: string, message: string): void => {
    ok = false;
    sink.add('error', message, locate(key in root ? [key] : []));
  };
  const version = root.version;
  if (version === undefined) fail('version', 'Missing "version: 1".');
  else if (typeof version === 'number' && version > SIDECAR_VERSION)
    fail(
      'version',
      `This sidecar was written by a newer version of the format (version ${version}); only version ${SIDECAR_VERSION} is understood, so it is opened read-only.`,
    );
  else if (version !== SIDECAR_VERSION)
    fail('version', `"version" must be ${SIDECAR_VERSION}, not ${JSON.stringify(version)}.`);
  const { article, textHash, date } = root;
  if (typeof article !== 'string' || article.length === 0)
    fail('article', '"article" must be the article\'s file name.');
  if (typeof textHash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(textHash))
    fail('textHash', '"textHash" must be "sha256:" followed by 64 lowercase hex digits.');
  if (date !== undefined && typeof date !== 'string') fail('date', '"date" must be a date written as YYYY-MM-DD.');
  if (!ok) return undefined;
  return {
    article: article as string,
    textHash: textHash as string,
    ...(date === undefined ? {} : { date: date as string }),
  };
}

/** Validates the plain JavaScript value of a sidecar; reports problems at the positions `locate` gives. */
export function validateSidecar(value: unknown, locate: Locate, sink: DiagnosticSink): SidecarData | undefined {
  if (!isPlainObject(value)) {
    sink.add(
      'error',
      value == null
        ? 'The sidecar is empty.'
        : 'The sidecar must be a mapping with version, article, textHash and annotations.',
      locate([]),
    );
    return undefined;
  }
  const header = checkHeader(value, locate, sink);
  const seen = new Set<string>();
  const annotations = checkList<Annotation>('annotations', value, seen, locate, sink);
  const relations = checkList<Relation>('relations', value, seen, locate, sink);
  const corrections = checkList<Correction>('corrections', value, seen, locate, sink);
  const suggestions = checkList<Suggestion>('suggestions', value, seen, locate, sink);
  if (!header) return undefined;
  const data: SidecarData = { version: 1, ...header, annotations, corrections };
  // No suggestions is no key, in memory: data from files that never had any stays as it was.
  if (suggestions.length > 0) data.suggestions = suggestions;
  // Likewise relations: a file without any reads, and writes, as it did before relations existed.
  if (relations.length > 0) data.relations = relations;
  const extra = unknownKeys(value, TOP_LEVEL_KEYS);
  if (extra) data.extra = extra;
  return data;
}
