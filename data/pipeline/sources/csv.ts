import {stripBom, type Table} from './tsv.js';

/**
 * RFC 4180 CSV: fields may be quoted, quoted fields may hold commas, CRLF/LF newlines and doubled quotes.
 * (The SOC definitions file has all three inside its definitions.) Returns raw rows of cells.
 */
export function parseCsvRows(text: string): string[][] {
  const src = stripBom(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // A blank line is one empty cell: not a record.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** CSV with a header row, as records keyed by header name (trimmed). */
export function parseCsv(text: string): Table {
  const [header = [], ...data] = parseCsvRows(text);
  const names = header.map((h) => h.trim());
  const rows = data.map((cells) => {
    const row: Record<string, string> = {};
    names.forEach((name, i) => (row[name] = (cells[i] ?? '').trim()));
    return row;
  });
  return {header: names, rows};
}
