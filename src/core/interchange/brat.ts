import { OffsetMap } from '../anchor/offsets';
import { contextAround, newId, sidecarTimestamp } from '../sidecar/create';
import { Annotation } from '../sidecar/types';

/**
 * brat standoff (`.ann`): text-bound annotations `T<n>\t<type> <start> <end>\t<text>` with CODE-POINT
 * offsets, and notes `#<n>\tAnnotatorNotes T<n>\t<note>`. A quote spanning line breaks is written as
 * fragments split at the breaks, as brat does. A note with line breaks becomes one note line per line.
 * The brat id of an imported annotation is kept as its `bratId` field and reused on export.
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

function bratIds(annotations: Annotation[]): string[] {
  const used = new Set<string>();
  const ids = annotations.map(a => {
    const wanted = a.extra?.bratId;
    if (typeof wanted === 'string' && /^T\d+$/.test(wanted) && !used.has(wanted)) {
      used.add(wanted);
      return wanted;
    }
    return '';
  });
  let next = 1;
  return ids.map(id => {
    if (id) return id;
    while (used.has(`T${next}`)) next++;
    used.add(`T${next}`);
    return `T${next}`;
  });
}

/** Exports attached (non-orphaned) annotations of `text` as brat standoff. */
export function exportBrat(text: string, annotations: Annotation[]): string {
  const offsets = new OffsetMap(text);
  const items = annotations.filter(a => !a.orphaned && fragments(a.quote, 0).length > 0);
  const ids = bratIds(items);
  const lines: string[] = [];
  let noteNumber = 1;
  items.forEach((a, i) => {
    const parts = fragments(a.quote, a.start);
    const spans = parts.map(([s, e]) => `${offsets.toCodePoint(s)} ${offsets.toCodePoint(e)}`).join(';');
    lines.push(`${ids[i]}\t${bratType(a.label)} ${spans}\t${parts.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    for (const note of (a.note ?? '').split(LINE_BREAKS).filter(n => n.length > 0)) {
      lines.push(`#${noteNumber++}\tAnnotatorNotes ${ids[i]}\t${note.replace(/\t/g, ' ')}`);
    }
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

/** Imports the text-bound annotations and their notes from brat standoff; anything else is reported and skipped. */
export function importBrat(text: string, ann: string, options: BratImportOptions = {}): BratImport {
  const offsets = new OffsetMap(text);
  const warnings: ImportWarning[] = [];
  const byBratId = new Map<string, Annotation>();
  const taken = new Set(options.takenIds ?? []);
  const created = sidecarTimestamp(options.now);
  const notes: { line: number; target: string; note: string }[] = [];
  ann.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    const n = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line);
    if (n) return void notes.push({ line: index, target: n[1], note: n[2] });
    if (!t)
      return void warnings.push({
        line: index,
        message: `Skipped: not a text-bound annotation or note: ${line.slice(0, 60)}`,
      });
    const span = spanOf(text, offsets, t[3]);
    if (typeof span === 'string') return void warnings.push({ line: index, message: `Skipped ${t[1]}: ${span}.` });
    const expected = fragments(text.slice(span[0], span[1]), span[0])
      .map(([s, e]) => text.slice(s, e))
      .join(' ');
    if (expected !== t[4])
      return void warnings.push({
        line: index,
        message: `Skipped ${t[1]}: its text does not match the article at those offsets.`,
      });
    if (byBratId.has(t[1])) return void warnings.push({ line: index, message: `Skipped ${t[1]}: duplicate id.` });
    const id = newId(taken);
    taken.add(id);
    const a: Annotation = {
      id,
      label: t[2],
      quote: text.slice(span[0], span[1]),
      ...contextAround(text, span[0], span[1]),
      start: span[0],
      end: span[1],
      ...(options.author ? { author: options.author } : {}),
      created,
      extra: { bratId: t[1] },
    };
    byBratId.set(t[1], a);
  });
  for (const { line, target, note } of notes) {
    const a = byBratId.get(target);
    if (!a)
      warnings.push({ line, message: `Skipped a note on ${target}, which is not an imported text-bound annotation.` });
    else a.note = a.note === undefined ? note : `${a.note}\n${note}`;
  }
  return { annotations: [...byBratId.values()], warnings };
}
