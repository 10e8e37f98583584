import { OffsetMap } from '../anchor/offsets';
import { Annotation } from '../sidecar/types';

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
    };
    rows.push(COLUMNS.map(c => csvCell(record[c], c !== 'start' && c !== 'end')).join(','));
  }
  return rows.map(r => r + '\r\n').join('');
}
