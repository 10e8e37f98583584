import * as fs from 'node:fs';

/** Minimal CSV reader (quoted fields, doubled quotes), enough for the data snapshots the build scripts read. */
export function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.filter(r => r.length === header.length).map(r => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

/** Reads a tab-separated file with a header row (no quoting) into one record a row. */
export function readTsv(file: string): Record<string, string>[] {
  const [header, ...rows] = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
    .map(l => l.split('\t'));
  return rows.map(r => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}
