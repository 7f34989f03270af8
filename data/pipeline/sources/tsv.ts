/** A parsed delimited text table: header names and one record per data row, keyed by header. */
export interface Table {
  header: string[];
  rows: Record<string, string>[];
}

/** Drops a leading UTF-8 byte order mark (some O*NET and BLS exports carry one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Tab-separated text as O*NET publishes it: CRLF (or LF) line endings, a header row, no quoting.
 * Blank lines are skipped; a short row is padded with empty fields so every record has every column.
 */
export function parseTsv(text: string): Table {
  const lines = stripBom(text).split(/\r?\n/);
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = (cells[i] ?? '').trim()));
    rows.push(row);
  }
  return {header, rows};
}
