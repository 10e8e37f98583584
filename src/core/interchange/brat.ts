import { OffsetMap } from '../anchor/offsets';
import { contextAround, newId, sidecarTimestamp } from '../sidecar/create';
import { Annotation, Relation } from '../sidecar/types';

/**
 * brat standoff (`.ann`): text-bound annotations `T<n>\t<type> <start> <end>\t<text>` with CODE-POINT
 * offsets, relations `R<n>\t<type> Arg1:T<a> Arg2:T<b>`, attributes `A<n>\t<name> T<n> <value>`, and
 * notes `#<n>\tAnnotatorNotes T<n>\t<note>` (on relations too). A quote spanning line breaks is written
 * as fragments split at the breaks, as brat does. A note with line breaks becomes one note line per line.
 * The brat id of an imported annotation or relation is kept as its `bratId` field and reused on export.
 * brat names and attribute values hold no whitespace: it is written as `_`.
 */

const LINE_BREAKS = /[\r\n]+/;

/** brat types cannot contain whitespace. */
function bratType(label: string): string {
  return label.replace(/\s+/g, '_');
}

function fragments(quote: string, start: number): [number, number][] {
  const result: [number, number][] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(quote); m; m = re.exec(quote)) result.push([start + m.index, start + m.index + m[0].length]);
  return result;
}

/** brat ids for items (`T` or `R`): the one each came with, when it is free, else the next free number. */
function bratIds(items: { extra?: Record<string, unknown> }[], letter: 'T' | 'R'): string[] {
  const used = new Set<string>();
  const pattern = new RegExp(`^${letter}\\d+$`);
  const ids = items.map(a => {
    const wanted = a.extra?.bratId;
    if (typeof wanted === 'string' && pattern.test(wanted) && !used.has(wanted)) {
      used.add(wanted);
      return wanted;
    }
    return '';
  });
  let next = 1;
  return ids.map(id => {
    if (id) return id;
    while (used.has(`${letter}${next}`)) next++;
    used.add(`${letter}${next}`);
    return `${letter}${next}`;
  });
}

/**
 * Exports attached (non-orphaned) annotations of `text` as brat standoff, with their attributes, and the
 * relations whose two ends are exported.
 */
export function exportBrat(text: string, annotations: Annotation[], relations: readonly Relation[] = []): string {
  const offsets = new OffsetMap(text);
  const items = annotations.filter(a => !a.orphaned && fragments(a.quote, 0).length > 0);
  const ids = bratIds(items, 'T');
  const idOf = new Map(items.map((a, i) => [a.id, ids[i]]));
  const lines: string[] = [];
  let noteNumber = 1;
  let attributeNumber = 1;
  const notes = (note: string | undefined, target: string) => {
    for (const line of (note ?? '').split(LINE_BREAKS).filter(n => n.length > 0))
      lines.push(`#${noteNumber++}\tAnnotatorNotes ${target}\t${line.replace(/\t/g, ' ')}`);
  };
  items.forEach((a, i) => {
    const parts = fragments(a.quote, a.start);
    const spans = parts.map(([s, e]) => `${offsets.toCodePoint(s)} ${offsets.toCodePoint(e)}`).join(';');
    lines.push(`${ids[i]}\t${bratType(a.label)} ${spans}\t${parts.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    notes(a.note, ids[i]);
    for (const [name, value] of Object.entries(a.attributes ?? {}))
      lines.push(`A${attributeNumber++}\t${bratType(name)} ${ids[i]} ${bratType(value)}`);
  });
  const linked = relations.filter(r => idOf.has(r.from) && idOf.has(r.to));
  const relationIds = bratIds(linked, 'R');
  linked.forEach((r, i) => {
    lines.push(`${relationIds[i]}\t${bratType(r.type)} Arg1:${idOf.get(r.from)} Arg2:${idOf.get(r.to)}`);
    notes(r.note, relationIds[i]);
  });
  return lines.map(l => l + '\n').join('');
}

interface ImportWarning {
  /** 0-based line in the .ann file. */
  line: number;
  message: string;
}

interface BratImport {
  annotations: Annotation[];
  /** Relations between the imported annotations (their `from` and `to` are the new annotation ids). */
  relations: Relation[];
  warnings: ImportWarning[];
}

interface BratImportOptions {
  author?: string;
  now?: Date;
  /** Ids already used in the sidecar. */
  takenIds?: Iterable<string>;
}

/** Turns brat fragments into one UTF-16 span; fragments may only be separated by whitespace. */
function spanOf(text: string, offsets: OffsetMap, spec: string): [number, number] | string {
  const parts = spec.split(';').map(p => p.trim().split(/\s+/).map(Number));
  if (
    parts.some(
      p => p.length !== 2 || !p.every(Number.isSafeInteger) || p[0] < 0 || p[1] <= p[0] || p[1] > offsets.length,
    )
  ) {
    return `bad offsets "${spec}"`;
  }
  const units = parts.map(([s, e]) => [offsets.toUtf16(s), offsets.toUtf16(e)] as [number, number]);
  for (let i = 1; i < units.length; i++) {
    if (units[i][0] < units[i - 1][1] || text.slice(units[i - 1][1], units[i][0]).trim() !== '')
      return 'a discontinuous annotation (only line-broken ones are supported)';
  }
  return [units[0][0], units[units.length - 1][1]];
}

/** A line that refers to text-bound annotations, applied once every `T` line is read. */
type Reference =
  | { kind: 'note'; line: number; target: string; note: string }
  | { kind: 'relation'; line: number; id: string; type: string; from: string; to: string }
  | { kind: 'attribute'; line: number; id: string; name: string; target: string; value: string };

/** Reads one line that is not a text-bound annotation; undefined when it is none of brat's other kinds we take. */
function reference(line: string, index: number): Reference | undefined {
  const n = /^#\d+\tAnnotatorNotes ([TR]\d+)\t(.*)$/.exec(line);
  if (n) return { kind: 'note', line: index, target: n[1], note: n[2] };
  const r = /^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$/.exec(line);
  if (r) return { kind: 'relation', line: index, id: r[1], type: r[2], from: r[3], to: r[4] };
  // A binary attribute (no value) is present or absent: it is imported as "true".
  const a = /^([AM]\d+)\t(\S+) (T\d+)(?: (\S+))?\s*$/.exec(line);
  if (a) return { kind: 'attribute', line: index, id: a[1], name: a[2], target: a[3], value: a[4] ?? 'true' };
  return undefined;
}

/** A text-bound annotation line as an annotation of `text`, or why it cannot be one. */
function textBound(
  text: string,
  offsets: OffsetMap,
  t: RegExpExecArray,
  make: (start: number, end: number) => Annotation,
): Annotation | string {
  const span = spanOf(text, offsets, t[3]);
  if (typeof span === 'string') return `Skipped ${t[1]}: ${span}.`;
  const expected = fragments(text.slice(span[0], span[1]), span[0])
    .map(([s, e]) => text.slice(s, e))
    .join(' ');
  if (expected !== t[4]) return `Skipped ${t[1]}: its text does not match the article at those offsets.`;
  return make(span[0], span[1]);
}

/**
 * Applies relation, note and attribute lines to the imported annotations (`byBratId`); returns the
 * relations by their brat id. A line about an annotation that was not imported is reported and skipped.
 */
function linkReferences(
  references: Reference[],
  byBratId: Map<string, Annotation>,
  warnings: ImportWarning[],
  make: (ends: { type: string; from: string; to: string; extra: { bratId: string } }) => Relation,
): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  const skip = (line: number, target: string) =>
    warnings.push({ line, message: `Skipped a line on ${target}, which is not an imported annotation.` });
  for (const ref of references) {
    if (ref.kind !== 'relation') continue;
    const [from, to] = [byBratId.get(ref.from), byBratId.get(ref.to)];
    if (!from || !to) skip(ref.line, from ? ref.to : ref.from);
    else if (relations.has(ref.id)) warnings.push({ line: ref.line, message: `Skipped ${ref.id}: duplicate id.` });
    else relations.set(ref.id, make({ type: ref.type, from: from.id, to: to.id, extra: { bratId: ref.id } }));
  }
  for (const ref of references) {
    if (ref.kind === 'relation') continue;
    const target = ref.target.startsWith('R') ? relations.get(ref.target) : byBratId.get(ref.target);
    if (!target) skip(ref.line, ref.target);
    else if (ref.kind === 'note') target.note = target.note === undefined ? ref.note : `${target.note}\n${ref.note}`;
    else if ('label' in target) target.attributes = { ...target.attributes, [ref.name]: ref.value };
  }
  return relations;
}

/**
 * Imports the text-bound annotations of brat standoff, with their notes and attributes, and the
 * relations between them; anything else (events, equivalences, normalisations) is reported and skipped.
 */
export function importBrat(text: string, ann: string, options: BratImportOptions = {}): BratImport {
  const offsets = new OffsetMap(text);
  const warnings: ImportWarning[] = [];
  const byBratId = new Map<string, Annotation>();
  const taken = new Set(options.takenIds ?? []);
  const created = sidecarTimestamp(options.now);
  const meta = { ...(options.author ? { author: options.author } : {}), created };
  const fresh = (prefix: string) => {
    const id = newId(taken, prefix);
    taken.add(id);
    return id;
  };
  const references: Reference[] = [];
  ann.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    const other = t ? undefined : reference(line, index);
    if (other) return void references.push(other);
    if (!t)
      return void warnings.push({ line: index, message: `Skipped: a kind of line not imported: ${line.slice(0, 60)}` });
    if (byBratId.has(t[1])) return void warnings.push({ line: index, message: `Skipped ${t[1]}: duplicate id.` });
    const made = textBound(text, offsets, t, (start, end) => ({
      id: fresh('a-'),
      label: t[2],
      quote: text.slice(start, end),
      ...contextAround(text, start, end),
      start,
      end,
      ...meta,
      extra: { bratId: t[1] },
    }));
    if (typeof made === 'string') warnings.push({ line: index, message: made });
    else byBratId.set(t[1], made);
  });
  const relations = linkReferences(references, byBratId, warnings, ref => ({
    id: fresh('r-'),
    ...ref,
    ...meta,
  }));
  warnings.sort((a, b) => a.line - b.line);
  return { annotations: [...byBratId.values()], relations: [...relations.values()], warnings };
}
