import { OffsetMap } from '../anchor/offsets';
import { resolveRelations } from '../sidecar/relations';
import { Annotation, Relation } from '../sidecar/types';

const COLUMNS = [
  'id',
  'label',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'note',
  'author',
  'created',
  'updated',
  'attributes',
] as const;

/**
 * A cell as RFC 4180 wants it. Text that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) is prefixed with an apostrophe, the usual guard against formula injection.
 */
export function csvCell(value: string | number | undefined, isText = true): string {
  let cell = value === undefined ? '' : String(value);
  if (isText && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Attached annotations as CSV (header row, CRLF line ends); start/end are code-point offsets. */
export function exportCsv(text: string, annotations: Annotation[]): string {
  const offsets = new OffsetMap(text);
  const rows = [COLUMNS.join(',')];
  for (const a of annotations.filter(x => !x.orphaned)) {
    const record: Record<(typeof COLUMNS)[number], string | number | undefined> = {
      id: a.id,
      label: a.label,
      start: offsets.toCodePoint(a.start),
      end: offsets.toCodePoint(a.end),
      quote: a.quote,
      prefix: a.prefix,
      suffix: a.suffix,
      note: a.note,
      author: a.author,
      created: a.created,
      updated: a.updated,
      // A JSON object, unambiguous whatever the names and values hold.
      attributes: a.attributes ? JSON.stringify(a.attributes) : undefined,
    };
    rows.push(COLUMNS.map(c => csvCell(record[c], c !== 'start' && c !== 'end')).join(','));
  }
  return rows.map(r => r + '\r\n').join('');
}

const RELATION_COLUMNS = [
  'id',
  'type',
  'from',
  'to',
  'from_label',
  'from_quote',
  'from_start',
  'from_end',
  'to_label',
  'to_quote',
  'to_start',
  'to_end',
  'note',
  'author',
  'created',
  'updated',
] as const;

/**
 * The relations between attached annotations as CSV, one row per relation with both ends' label, quote
 * and code-point offsets (CRLF line ends). Relations with a missing or orphaned end are left out.
 */
export function exportRelationsCsv(text: string, annotations: Annotation[], relations: readonly Relation[]): string {
  const offsets = new OffsetMap(text);
  const rows = [RELATION_COLUMNS.join(',')];
  for (const { relation: r, from, to, problem } of resolveRelations({ annotations, relations: [...relations] })) {
    if (problem || !from || !to) continue;
    const record: Record<(typeof RELATION_COLUMNS)[number], string | number | undefined> = {
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      from_label: from.label,
      from_quote: from.quote,
      from_start: offsets.toCodePoint(from.start),
      from_end: offsets.toCodePoint(from.end),
      to_label: to.label,
      to_quote: to.quote,
      to_start: offsets.toCodePoint(to.start),
      to_end: offsets.toCodePoint(to.end),
      note: r.note,
      author: r.author,
      created: r.created,
      updated: r.updated,
    };
    rows.push(RELATION_COLUMNS.map(c => csvCell(record[c], !/_(?:start|end)$/.test(c))).join(','));
  }
  return rows.map(r => r + '\r\n').join('');
}
