import {parseCsv} from './csv.js';
import {cleanTitle, requireColumns} from './group.js';

/**
 * A published OEWS cell: a number, or BLS's special value. `*` wage not available, `**` employment not
 * available, `#` wage at or above the top code. `null` = empty cell. Never turned into 0.
 */
export type OewsCell = number | '*' | '**' | '#' | null;

export const OEWS_VALUE_COLUMNS = [
  'TOT_EMP',
  'H_MEAN',
  'A_MEAN',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
] as const;
export type OewsColumn = (typeof OEWS_VALUE_COLUMNS)[number];

export interface OewsRecord {
  /** `AREA`: 99 = U.S., or the state FIPS code (official state file). */
  area: string;
  areaTitle: string;
  /** `PRIM_STATE`: `US` or the two-letter state code. */
  state: string;
  code: string;
  title: string;
  /** `O_GROUP`: total, major, minor, broad, detailed. */
  group: string;
  values: Record<OewsColumn, OewsCell>;
  /** `ANNUAL` = TRUE: wages published as annual only (hourly columns `*`). */
  annualOnly: boolean;
  /** `HOURLY` = TRUE: wages published as hourly only (annual columns `*`). */
  hourlyOnly: boolean;
}

export function parseOewsCell(raw: string, context: string): OewsCell {
  const s = raw.trim();
  if (s === '') return null;
  if (s === '*' || s === '**' || s === '#') return s;
  // Spreadsheet exports sometimes keep thousands separators ("1,234"); the official CSV does not.
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new Error(`${context}: unexpected value ${JSON.stringify(raw)}`);
  return n;
}

/**
 * The official OEWS download layout (`national_M2025_dl`, `state_M2025_dl`, ...), exported as CSV.
 * Column names are matched case-insensitively because BLS has changed their case between years.
 */
export function parseOewsCsv(text: string, file: string): OewsRecord[] {
  const t = parseCsv(text);
  const upper = t.header.map((h) => h.toUpperCase());
  requireColumns(upper, ['AREA', 'AREA_TITLE', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP', ...OEWS_VALUE_COLUMNS], file);
  const byUpper = (row: Record<string, string>, col: string) => row[t.header[upper.indexOf(col)]] ?? '';
  const hasPrim = upper.includes('PRIM_STATE');
  return t.rows.map((row) => {
    const code = byUpper(row, 'OCC_CODE');
    const values = {} as Record<OewsColumn, OewsCell>;
    for (const col of OEWS_VALUE_COLUMNS) values[col] = parseOewsCell(byUpper(row, col), `${file} ${byUpper(row, 'AREA')} ${code} ${col}`);
    return {
      area: byUpper(row, 'AREA'),
      areaTitle: byUpper(row, 'AREA_TITLE'),
      state: hasPrim ? byUpper(row, 'PRIM_STATE') : '',
      code,
      title: cleanTitle(byUpper(row, 'OCC_TITLE')),
      group: byUpper(row, 'O_GROUP').toLowerCase(),
      values,
      annualOnly: /^true$/i.test(byUpper(row, 'ANNUAL')),
      hourlyOnly: /^true$/i.test(byUpper(row, 'HOURLY')),
    };
  });
}
