import type {Percentiles, ValueStatus, WageField, WageRow} from '../../src/data/dataset-types.js';
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

/** A row of the official OEWS layout (national file, or an official state file): every value is published. */
export function wageRowFromOews(rec: OewsRecord, previous: OewsRecord | undefined): WageRow {
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
  const previousMedian = previous ? {annual: numberOrNull(previous.values.A_MEDIAN), hourly: numberOrNull(previous.values.H_MEDIAN)} : null;
  return finish({employment, annual, hourly, status, previousMedian}, basisOf(rec));
}

/** Hourly from annual, to the cent: reproduces BLS's published figure in most cells, 1 cent off in the rest. */
export function deriveHourly(annual: number): number {
  return Math.round((annual * 100) / HOURS_PER_YEAR) / 100;
}

/**
 * BLS computes annual wages from hourly ones, so a derived hourly percentile cannot really sit on the
 * other side of the published hourly median; rounding can put it there by a cent (e.g. when p25 equals
 * the median). Clamp it to the median so percentiles stay in order.
 */
function clampToMedian(k: Key, derived: number, hourlyMedian: number | undefined): number {
  if (hourlyMedian === undefined) return derived;
  if ((k === 'p10' || k === 'p25') && derived > hourlyMedian) return hourlyMedian;
  if ((k === 'p75' || k === 'p90') && derived < hourlyMedian) return hourlyMedian;
  return derived;
}

const STATE_ANNUAL_KEY: Record<Key, Exclude<keyof StateJsonOccupation, 'title'>> = {p10: 'p10', p25: 'p25', median: 'med', p75: 'p75', p90: 'p90', mean: 'avg'};

/**
 * A row of the re-packaged state JSON. A missing key hides `*`, `**` or `#`; the national row's flag for
 * the same occupation and column tells a top-coded value apart. Hourly percentiles other than the median
 * are not in these files: derived from the annual ones, except where BLS publishes annual-only wages
 * (the hourly figure would be meaningless) or the annual value itself is missing.
 */
export function wageRowFromStateJson(
  s: StateJsonOccupation,
  national: OewsRecord | undefined,
  previous: StateJsonOccupation | undefined,
): WageRow {
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
      hourly[k] = clampToMedian(k, deriveHourly(annual[k]), s.hmed);
      status[field] = 'derived';
    } else {
      status[field] = status[`annual.${k}`] ?? 'not-available';
    }
  }
  let employment: number | null = s.emp ?? null;
  if (employment === null) status.employment = 'not-available';
  const previousMedian = previous ? {annual: previous.med ?? null, hourly: previous.hmed ?? null} : null;
  return finish({employment, annual, hourly, status, previousMedian}, basis);
}
