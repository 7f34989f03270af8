/**
 * The list a visitor sees as CSV, what staff paste into a report: one row per career with the figures as numbers
 * (no currency signs or thousands separators, so a spreadsheet reads them), the column names in the widget's
 * language, and the sources and dates in the lines after the table. Pure: the element turns it into a download.
 */
export type CsvCell = string | number | null;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header, rows, a blank line, then each note line in the first column. CRLF line ends, as RFC 4180 asks. */
export function toCsv(header: string[], rows: CsvCell[][], notes: string[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return [...lines, '', ...notes.map((note) => csvCell(note))].join('\r\n') + '\r\n';
}
