import type {Percentiles, PreviousMedian, ValueStatus, WageField, WageRow} from '../../src/data/dataset-types.js';
import type {OewsCell, OewsColumn, OewsRecord} from './sources/oews-csv.js';
import type {StateJsonOccupation} from './sources/oews-state-json.js';

/** BLS's top code (OEWS technical notes): a wage at or above it is published as `#`. */
export const TOP_CODE = {hourly: 115, annual: 239200};

/** Hours BLS uses to turn hourly wages into annual ones (52 weeks x 40 hours). */
export const HOURS_PER_YEAR = 2080;

const KEYS = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;
type Key = (typeof KEYS)[number];

const ANNUAL_COLUMN: Record<Key, OewsColumn> = {p10: 'A_PCT10', p25: 'A_PCT25', median: 'A_MEDIAN', p75: 'A_PCT75', p90: 'A_PCT90', mean: 'A_MEAN'};
const HOURLY_COLUMN: Record<Key, OewsColumn> = {p10: 'H_PCT10', p25: 'H_PCT25', median: 'H_MEDIAN', p75: 'H_PCT75', p90: 'H_PCT90', mean: 'H_MEAN'};

/** Why a cell holds no number: `#` is top-coded; `*`, `**` and empty cells are simply not published. */
function reason(cell: OewsCell | undefined): ValueStatus {
  return cell === '#' ? 'top-coded' : 'not-available';
}

function basisOf(rec: OewsRecord | undefined): WageRow['basis'] {
  if (rec?.annualOnly) return 'annual-only';
  if (rec?.hourlyOnly) return 'hourly-only';
  return undefined;
}

function emptyPercentiles(): Percentiles {
  return {p10: null, p25: null, median: null, p75: null, p90: null, mean: null};
}

function finish(row: Omit<WageRow, 'basis'>, basis: WageRow['basis']): WageRow {
  return basis ? {...row, basis} : row;
}

function numberOrNull(cell: OewsCell | undefined): number | null {
  return typeof cell === 'number' ? cell : null;
}

/** Cells of the top code: `#`. How many a national file holds tells whether its period uses the top code. */
export function topCodedCells(national: Map<string, OewsRecord>): number {
  let n = 0;
  for (const r of national.values()) for (const v of Object.values(r.values)) if (v === '#') n++;
  return n;
}

type PreviousReason = NonNullable<PreviousMedian['status']>['annual'];

/**
 * The previous period's median with the reason a missing one is missing, so a widget can say why the
 * comparison is absent. `annualFlag` / `hourlyFlag` are the cells (or the national cells, for a state row
 * whose key is missing) that tell a top-coded value from an unpublished one.
 */
function previousMedian(annual: number | null, hourly: number | null, annualFlag: OewsCell | undefined, hourlyFlag: OewsCell | undefined): PreviousMedian {
  const status: Partial<Record<'annual' | 'hourly', PreviousReason>> = {};
  if (annual === null) status.annual = reason(annualFlag) as PreviousReason;
  if (hourly === null) status.hourly = reason(hourlyFlag) as PreviousReason;
  return Object.keys(status).length ? {annual, hourly, status} : {annual, hourly};
}

/** From the previous national file's row; no row means BLS published nothing for the code that period. */
export function previousFromOews(prev: OewsRecord | undefined): PreviousMedian {
  return previousMedian(numberOrNull(prev?.values.A_MEDIAN), numberOrNull(prev?.values.H_MEDIAN), prev?.values.A_MEDIAN, prev?.values.H_MEDIAN);
}

/**
 * The top-coding pattern of a state row: a lower percentile (10th or 25th) published, the median and the 75th
 * percentile missing. The state files do not say why a key is missing, and the national flag can be published
 * where a state's is `#` (physicians in Alaska earn more than physicians nationally); but a wage BLS does not
 * publish (`*`) leaves out every percentile of the row, while the top code cuts a row from the top: only wages at
 * or above it are missing, and the percentiles below it stay.
 */
export function isTopCodedFromTheTop(s: StateJsonOccupation): boolean {
  return (s.p10 !== undefined || s.p25 !== undefined) && s.med === undefined && s.p75 === undefined;
}

/**
 * From the previous state JSON row; a missing key is resolved with the previous national flag, as for the current
 * period, or as top-coded where the row has the top-coding pattern (its hourly median too, unless BLS publishes the
 * occupation's wages annual-only, which have no hourly figure).
 */
export function previousFromStateJson(prev: StateJsonOccupation | undefined, prevNational: OewsRecord | undefined): PreviousMedian {
  if (!prev) return previousMedian(null, null, undefined, undefined);
  const fromTheTop = isTopCodedFromTheTop(prev);
  const annualFlag = fromTheTop ? '#' : prevNational?.values.A_MEDIAN;
  const hourlyFlag = fromTheTop && !prevNational?.annualOnly ? '#' : prevNational?.values.H_MEDIAN;
  return previousMedian(prev.med ?? null, prev.hmed ?? null, annualFlag, hourlyFlag);
}

/** A row of the official OEWS layout (national file, or an official state file): every value is published. */
export function wageRowFromOews(rec: OewsRecord, previousMedian: PreviousMedian | null): WageRow {
  const status: Partial<Record<WageField, ValueStatus>> = {};
  const read = (col: OewsColumn, field: WageField): number | null => {
    const cell = rec.values[col];
    if (typeof cell === 'number') return cell;
    status[field] = reason(cell);
    return null;
  };
  const annual = emptyPercentiles();
  const hourly = emptyPercentiles();
  for (const k of KEYS) {
    annual[k] = read(ANNUAL_COLUMN[k], `annual.${k}`);
    hourly[k] = read(HOURLY_COLUMN[k], `hourly.${k}`);
  }
  const employment = read('TOT_EMP', 'employment');
  return finish({employment, annual, hourly, status, previousMedian}, basisOf(rec));
}

/** Hourly from annual, to the cent: reproduces BLS's published figure in most cells, 1 cent off in the rest. */
export function deriveHourly(annual: number): number {
  return Math.round((annual * 100) / HOURS_PER_YEAR) / 100;
}

/**
 * One rule for a state hourly percentile the state JSON lacks: where the annual percentile equals the annual
 * median, it is the same wage, so the published hourly median (annual / 2080 could be a cent off it, on the
 * wrong side); elsewhere annual / 2080 to the cent. Documented in data/README.md and in the widget's note.
 */
export function hourlyPercentile(annual: number, annualMedian: number | null, hourlyMedian: number | undefined): number {
  return annual === annualMedian && hourlyMedian !== undefined ? hourlyMedian : deriveHourly(annual);
}

const STATE_ANNUAL_KEY: Record<Key, Exclude<keyof StateJsonOccupation, 'title'>> = {p10: 'p10', p25: 'p25', median: 'med', p75: 'p75', p90: 'p90', mean: 'avg'};

/**
 * A row of the re-packaged state JSON. A missing key hides `*`, `**` or `#`; the national row's flag for
 * the same occupation and column tells a top-coded value apart. Hourly percentiles other than the median
 * are not in these files: derived from the annual ones, except where BLS publishes annual-only wages
 * (the hourly figure would be meaningless) or the annual value itself is missing.
 */
export function wageRowFromStateJson(s: StateJsonOccupation, national: OewsRecord | undefined, previousMedian: PreviousMedian | null): WageRow {
  const status: Partial<Record<WageField, ValueStatus>> = {};
  const basis = basisOf(national);
  const annual = emptyPercentiles();
  const hourly = emptyPercentiles();
  for (const k of KEYS) {
    const a = s[STATE_ANNUAL_KEY[k]];
    if (a !== undefined) annual[k] = a;
    else status[`annual.${k}`] = reason(national?.values[ANNUAL_COLUMN[k]]);
  }
  const published: Partial<Record<Key, number | undefined>> = {median: s.hmed, mean: s.havg};
  for (const k of KEYS) {
    const field: WageField = `hourly.${k}`;
    if (k === 'median' || k === 'mean') {
      const h = published[k];
      if (h !== undefined) hourly[k] = h;
      else status[field] = reason(national?.values[HOURLY_COLUMN[k]]);
    } else if (basis === 'annual-only') {
      status[field] = 'not-available';
    } else if (annual[k] !== null) {
      hourly[k] = hourlyPercentile(annual[k], annual.median, s.hmed);
      status[field] = 'derived';
    } else {
      status[field] = status[`annual.${k}`] ?? 'not-available';
    }
  }
  let employment: number | null = s.emp ?? null;
  if (employment === null) status.employment = 'not-available';
  return finish({employment, annual, hourly, status, previousMedian}, basis);
}
