/**
 * The wage model every figure of pay reads: which percentiles a table shows, which areas' rows (a state beside the
 * nation), and each cell's value and status. Pure and DOM-free: `<wage-range>`, `<career-compare>`, the profile
 * and the structured data all decide it here, the same way.
 */
import type {DatasetMeta, Occupation, ValueStatus, WageField, WageRow} from './dataset-types.js';

export type PayBasis = 'annual' | 'hourly';
export type PercentileKey = 'p10' | 'p25' | 'median' | 'p75' | 'p90';

export const STANDARD_PERCENTILES: readonly PercentileKey[] = ['p25', 'median', 'p75'];
export const FULL_PERCENTILES: readonly PercentileKey[] = ['p10', 'p25', 'median', 'p75', 'p90'];

/** One area's column in the wage table. */
export interface WageColumn {
  /** `MN`, or `US` for the nation. */
  region: string;
  name: string;
  row: WageRow;
}

/** Why the state column the host asked for is not shown. */
export type RegionProblem = {kind: 'unknown-region' | 'no-state-data'; region: string} | null;

/** How areas are named in the reader's language: the nation, and the states whose names differ (`Nueva York`). */
export interface AreaNames {
  unitedStates: string;
  regions: Readonly<Record<string, string>>;
}

/**
 * The columns to show for a region: the state beside the nation, or the nation alone (and why). Area names are
 * in the catalog's language (`names.regions` spells the states whose names differ; others keep the dataset's).
 */
export function wageColumns(occupation: Occupation, meta: DatasetMeta, region: string, names: AreaNames): {columns: WageColumn[]; problem: RegionProblem} {
  const columns: WageColumn[] = [];
  let problem: RegionProblem = null;
  if (region !== 'US') {
    const name = meta.regions[region] && (names.regions[region] ?? meta.regions[region]);
    const row = occupation.wages.states[region];
    if (!name) problem = {kind: 'unknown-region', region};
    else if (!row) problem = {kind: 'no-state-data', region: name};
    else columns.push({region, name, row});
  }
  if (occupation.wages.national) columns.push({region: 'US', name: names.unitedStates, row: occupation.wages.national});
  return {columns, problem};
}

/** A cell's value and why it is not a plain published figure. */
export interface WageCell {
  value: number | null;
  status: ValueStatus | undefined;
}

export function wageCell(row: WageRow, basis: PayBasis, key: PercentileKey): WageCell {
  const field = `${basis}.${key}` as WageField;
  return {value: row[basis][key], status: row.status[field]};
}

/** The wage row one career shows for a region: the region's, else the nation's (`national` is then true). */
export function regionRow(occupation: Occupation, region: string): {row: WageRow | null; national: boolean} {
  const state = region === 'US' ? undefined : occupation.wages.states[region];
  if (state) return {row: state, national: false};
  return {row: occupation.wages.national, national: region !== 'US'};
}
