import { Document, YAMLMap, YAMLSeq, isMap, isSeq, parseDocument } from 'yaml';
import { parseRegistry } from './parse';
import { ENTRY_KEYS, REGISTRY_VERSION } from './types';

/** What "Add to registry" asks to record. */
export interface NewRegistryEntry {
  name: string;
  type: string;
  aliases?: string[];
  description?: string;
  wikidata?: string;
  links?: string[];
}

type RegistryEdit = { ok: true; text: string; merged: boolean } | { ok: false; reason: string };

const HEADER = [
  ' Entity registry: names every article in this workspace shares.',
  ' Each entry: name (canonical), type (person, organisation, location, other or a custom label),',
  ' aliases (other spellings), description, wikidata (an item id such as Q423) and links.',
].join('\n');

/**
 * Adds an entry to the registry text (or creates the file's text), keeping comments, key order and
 * everything else byte for byte where possible. An entry with the same canonical name gains the new
 * aliases and, if it had none, the description: names are never duplicated. A file with errors is
 * refused rather than rewritten.
 */
export function addRegistryEntry(existing: string | undefined, entry: NewRegistryEntry): RegistryEdit {
  const name = entry.name.replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, reason: 'An entry needs a name.' };
  const text = existing ?? '';
  const parsed = parseRegistry(text);
  if (parsed.readOnly || !parsed.registry) {
    const first = parsed.diagnostics[0];
    return {
      ok: false,
      reason: `entities.yaml has errors (${first ? `line ${first.line + 1}: ${first.message}` : 'unreadable'}); fix them first — it was not changed.`,
    };
  }
  const doc = text.trim() ? parseDocument(text) : freshDocument();
  let list = doc.get('entities', true);
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('entities', list);
  }
  const seq = list as YAMLSeq;
  const aliases = [
    ...new Set((entry.aliases ?? []).map(a => a.replace(/\s+/g, ' ').trim()).filter(a => a && a !== name)),
  ];
  const same = seq.items.find(
    item =>
      isMap(item) &&
      String(item.get('name') ?? '')
        .replace(/\s+/g, ' ')
        .trim() === name,
  ) as YAMLMap | undefined;
  if (same) {
    const known = new Set(parsed.registry.entities.find(e => e.name === name)?.aliases ?? []);
    const added = aliases.filter(a => !known.has(a));
    if (added.length) {
      const current = same.get('aliases', true);
      if (isSeq(current)) added.forEach(a => current.add(doc.createNode(a)));
      else same.set('aliases', doc.createNode([...known, ...added], { flow: true }));
    }
    if (entry.description && !same.get('description')) same.set('description', entry.description);
    return { ok: true, text: doc.toString(WRITE_OPTIONS), merged: true };
  }
  const fields: Record<string, unknown> = {
    name,
    type: entry.type,
    aliases,
    description: entry.description?.trim(),
    wikidata: entry.wikidata,
    links: entry.links,
  };
  const node = new YAMLMap();
  for (const key of ENTRY_KEYS) {
    const value = fields[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    node.set(key, doc.createNode(value, { flow: key === 'aliases' }));
  }
  const appended = appendToBlockList(text, seq, node);
  if (appended !== undefined) return { ok: true, text: appended, merged: false };
  if (seq.flow && seq.items.length === 0) seq.flow = false;
  seq.add(node);
  return { ok: true, text: doc.toString(WRITE_OPTIONS), merged: false };
}

const WRITE_OPTIONS = { flowCollectionPadding: false } as const;

/**
 * Adds the entry as text after the last item of a block list that ends the file, so every existing
 * byte stays as the user wrote it. Undefined when the list has another shape (then the caller rewrites).
 */
function appendToBlockList(text: string, seq: YAMLSeq, node: YAMLMap): string | undefined {
  const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] } | undefined;
  if (seq.flow || !last?.range || !seq.range) return undefined;
  const after = text.slice(seq.range[2]);
  if (after.trim() && !/^(\s*#.*\n?)*\s*$/.test(after)) return undefined;
  const lineStart = text.lastIndexOf('\n', last.range[0]) + 1;
  const dash = text.slice(lineStart, last.range[0]).indexOf('-');
  if (dash < 0) return undefined;
  const indent = ' '.repeat(dash);
  const body = new Document(node).toString(WRITE_OPTIONS).trimEnd().split('\n');
  const item = body.map((line, i) => (i === 0 ? `${indent}- ${line}` : `${indent}  ${line}`)).join('\n');
  const head = text.slice(0, seq.range[1]).replace(/\s*$/, '');
  return `${head}\n${item}\n${text.slice(seq.range[1]).replace(/^\s*\n?/, '')}`;
}

function freshDocument(): Document {
  const doc = new Document({ version: REGISTRY_VERSION, entities: [] });
  doc.commentBefore = HEADER;
  const list = doc.get('entities', true);
  if (isSeq(list)) list.flow = false;
  return doc;
}
