import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Diagnostic } from '../sidecar/parse';
import { nestsTooDeeply, tooDeepMessage } from '../sidecar/nesting';
import { REGISTRY_VERSION, Registry, RegistryEntry } from './types';

interface RegistryParseResult {
  /** The usable entries; absent when the file could not be read at all. */
  registry?: Registry;
  diagnostics: Diagnostic[];
  /** Set when writing the file back could lose something: "Add to registry" must then refuse. */
  readOnly: boolean;
}

/** Registries are hand-written lists of names; anything far larger is not one. */
export const MAX_REGISTRY_LENGTH = 5 * 1024 * 1024;
const MAX_NAME_LENGTH = 200;
const WIKIDATA_ID = /^Q[1-9]\d*$/;

/**
 * Reads `entities.yaml`. Never throws: problems become positioned diagnostics; a bad entry is left out
 * (the others still apply), and any error makes the file read-only for the extension's own writes.
 */
export function parseRegistry(text: string): RegistryParseResult {
  const diagnostics: Diagnostic[] = [];
  if (text.length > MAX_REGISTRY_LENGTH) {
    return {
      diagnostics: [
        {
          message: `The registry is larger than ${MAX_REGISTRY_LENGTH / 1024 / 1024} MB and was not read.`,
          line: 0,
          column: 0,
          severity: 'error',
        },
      ],
      readOnly: true,
    };
  }
  if (nestsTooDeeply(text))
    return {
      diagnostics: [{ message: tooDeepMessage('The registry'), line: 0, column: 0, severity: 'error' }],
      readOnly: true,
    };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const report = (severity: Diagnostic['severity'], message: string, offset = 0) => {
    const pos = lines.linePos(offset);
    diagnostics.push({ message, line: pos.line - 1, column: pos.col - 1, severity });
  };
  for (const error of doc.errors) report('error', error.message.split('\n')[0], error.pos[0]);
  if (doc.errors.length) return { diagnostics, readOnly: true };
  if (doc.contents === null)
    return { registry: { version: REGISTRY_VERSION, entities: [] }, diagnostics, readOnly: false };
  if (!isMap(doc.contents)) {
    report(
      'error',
      'The registry must be a mapping with `version: 1` and an `entities:` list.',
      doc.contents.range?.[0],
    );
    return { diagnostics, readOnly: true };
  }
  let version: unknown;
  try {
    version = doc.get('version');
  } catch {
    version = undefined;
  }
  if (version !== undefined && version !== REGISTRY_VERSION) {
    report(
      'error',
      `Unsupported registry version ${String(version)}; this extension reads version ${REGISTRY_VERSION}.`,
      doc.contents.range?.[0],
    );
    return { diagnostics, readOnly: true };
  }
  const list = doc.get('entities', true);
  const entities: RegistryEntry[] = [];
  if (list !== undefined && list !== null && !isSeq(list)) {
    report('error', '`entities` must be a list.', (list as { range?: number[] }).range?.[0]);
    return { diagnostics, readOnly: true };
  }
  for (const item of isSeq(list) ? list.items : []) {
    const offset = (item as { range?: number[] }).range?.[0] ?? 0;
    const problem = (message: string) => report('error', message, offset);
    const entry = readEntry(isMap(item) ? plainValue(item) : undefined, problem);
    if (entry) entities.push({ ...entry, line: lines.linePos(offset).line - 1 });
  }
  return {
    registry: { version: REGISTRY_VERSION, entities },
    diagnostics,
    readOnly: diagnostics.some(d => d.severity === 'error'),
  };
}

function readEntry(raw: unknown, problem: (message: string) => void): Omit<RegistryEntry, 'line'> | undefined {
  if (!raw || typeof raw !== 'object') {
    problem('Each entry must be a mapping with at least `name` and `type`.');
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const name = cleanName(r.name);
  if (!name) {
    problem('An entry needs a `name` (text, up to 200 characters).');
    return undefined;
  }
  const type = typeof r.type === 'string' ? r.type.trim() : '';
  if (!type || type.length > 64) {
    problem(`"${name}": \`type\` must be a label such as person, organisation, location or other.`);
    return undefined;
  }
  const aliases = stringList(r.aliases);
  const links = stringList(r.links);
  if (aliases === undefined || links === undefined) {
    problem(`"${name}": \`aliases\` and \`links\` must be lists of text.`);
    return undefined;
  }
  const wikidata = typeof r.wikidata === 'string' ? r.wikidata.trim() : undefined;
  if (r.wikidata !== undefined && (!wikidata || !WIKIDATA_ID.test(wikidata))) {
    problem(`"${name}": \`wikidata\` must be an item id such as Q423.`);
    return undefined;
  }
  const description = typeof r.description === 'string' && r.description.trim() ? r.description.trim() : undefined;
  return {
    name,
    type,
    aliases: aliases.map(cleanName).filter((a): a is string => !!a && a !== name),
    description,
    wikidata,
    links,
  };
}

/** The entry as plain data; undefined when it cannot be expanded safely (an alias bomb, say). */
function plainValue(node: { toJSON(arg?: unknown, ctx?: unknown): unknown }): unknown {
  try {
    return node.toJSON();
  } catch {
    return undefined;
  }
}

function cleanName(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const name = String(value).replace(/\s+/g, ' ').trim();
  return name && name.length <= MAX_NAME_LENGTH ? name : undefined;
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || !value.every(v => typeof v === 'string' || typeof v === 'number')) return undefined;
  return value.map(String);
}
