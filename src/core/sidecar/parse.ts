import {
  Document,
  LineCounter,
  YAMLMap,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  parseDocument,
  visit,
} from 'yaml';
import { nestsTooDeeply, tooDeepMessage } from './nesting';
import { validateSidecar } from './validate';
import { readPlainSidecar } from './plain';
import { rememberQuickReading } from './serialize';
import { SidecarData } from './types';

export interface Diagnostic {
  message: string;
  /** 0-based line in the sidecar file. */
  line: number;
  /** 0-based column (UTF-16 units). */
  column: number;
  severity: 'error' | 'warning';
}

export interface ParseResult {
  /** The valid part of the file; absent when the file could not be read at all. */
  data?: SidecarData;
  diagnostics: Diagnostic[];
  /** True whenever writing the file back could lose or change something: the editor must then never write it. */
  readOnly: boolean;
}

interface ParseOptions {
  /** Largest sidecar accepted, in characters (default 20 MiB). */
  maxLength?: number;
  /** Most alias expansions accepted before giving up (guards against "billion laughs" files; default 100). */
  maxAliasCount?: number;
}

const DEFAULT_MAX_LENGTH = 20 * 1024 * 1024;

/** Tags the YAML 1.2 core schema resolves by itself; any other tag would not survive a rewrite unchanged. */
const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/** Turns offsets into 0-based line/column diagnostics. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  constructor(private readonly lines: LineCounter) {}
  add(severity: Diagnostic['severity'], message: string, offset = 0): void {
    // Before the text is parsed (a file too large to read) no line is known: the first line it is.
    const pos = this.lines.linePos(offset);
    this.list.push({ message, line: Math.max(0, pos.line - 1), column: Math.max(0, pos.col - 1), severity });
  }
  get hasErrors(): boolean {
    return this.list.some(d => d.severity === 'error');
  }
}

/**
 * Reports YAML features that parse fine but that a rewrite could not reproduce exactly, merge keys, and
 * duplicate keys (checked here in one pass with a set per mapping, where the parser's own check compares
 * every key with every other: 200,000 keys would never finish).
 */
function checkRoundTrippable(doc: Document, sink: DiagnosticSink): void {
  let aliasReported = false;
  visit(doc, (_key, node) => {
    if (isMap(node)) checkKeys(node, sink);
    if (isAlias(node)) {
      if (!aliasReported)
        sink.add(
          'warning',
          'The sidecar uses YAML aliases (*name); it is opened read-only so they are never expanded on save.',
          node.range?.[0],
        );
      aliasReported = true;
    } else if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
      sink.add('warning', `Unsupported YAML tag ${node.tag}; the sidecar is opened read-only.`, node.range?.[0]);
    }
  });
}

function checkKeys(map: YAMLMap, sink: DiagnosticSink): void {
  const seen = new Set<string>();
  for (const { key } of map.items) {
    if (!isScalar(key)) continue;
    if (key.value === '<<' && key.type === 'PLAIN')
      sink.add(
        'error',
        'YAML merge keys (<<) are not supported: write the keys out in full in each entry.',
        key.range?.[0],
      );
    const id = `${typeof key.value}:${String(key.value)}`;
    if (seen.has(id)) sink.add('error', 'YAML syntax error: Map keys must be unique', key.range?.[0]);
    seen.add(id);
  }
}

/**
 * Reads a sidecar. Never throws: every problem becomes a diagnostic with a position, and any problem that
 * would make a rewrite unsafe sets `readOnly`. Items with errors are left out of `data`.
 */
export function parseSidecar(text: string, options: ParseOptions = {}): ParseResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const lines = new LineCounter();
  const sink = new DiagnosticSink(lines);
  if (text.length > maxLength) {
    sink.add(
      'error',
      `The sidecar is ${text.length} characters long, above the limit of ${maxLength}; it is not opened.`,
    );
    return { diagnostics: sink.list, readOnly: true };
  }
  // Files as the serializer writes them are read without building a YAML document model; anything
  // unusual, and any file with a problem to report, takes the full path below for its diagnostics.
  const plain = readPlainSidecar(text);
  if (plain) {
    rememberQuickReading(text, plain);
    const data = validateSidecar(plain, () => 0, sink);
    if (data && sink.list.length === 0) return { data, diagnostics: [], readOnly: false };
    sink.list.length = 0;
  }
  if (nestsTooDeeply(text)) {
    sink.add('error', tooDeepMessage('The sidecar'));
    return { diagnostics: sink.list, readOnly: true };
  }
  try {
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, version: '1.2' });
    for (const e of doc.errors) sink.add('error', `YAML syntax error: ${e.message}`, e.pos[0]);
    for (const w of doc.warnings) sink.add('warning', `YAML: ${w.message}`, w.pos[0]);
    if (doc.errors.length > 0) return { diagnostics: sink.list, readOnly: true };
    checkRoundTrippable(doc, sink);
    if (sink.hasErrors) return { diagnostics: sink.list, readOnly: true };
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
    } catch (e) {
      sink.add('error', `The sidecar could not be read: ${(e as Error).message}`);
      return { diagnostics: sink.list, readOnly: true };
    }
    const data = validateSidecar(value, path => offsetOf(doc, path), sink);
    return { data, diagnostics: sink.list, readOnly: sink.list.length > 0 || data === undefined };
  } catch (e) {
    // The YAML library can fail on pathological input (e.g. nesting deep enough to exhaust the stack).
    sink.add('error', `The sidecar could not be read: ${(e as Error).message}`);
    return { diagnostics: sink.list, readOnly: true };
  }
}

/** Start offset of the node at `path`, or of its nearest existing ancestor. */
function offsetOf(doc: Document, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if ((isScalar(node) || isCollection(node) || isAlias(node)) && node.range) return node.range[0];
  }
  return 0;
}
