import type {DatasetMeta, Occupation, ValueStatus, WageField, WageRow} from '../../data/dataset-types.js';
import {en, type Messages} from '../../internal/messages.js';

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

/**
 * The columns to show for a region: the state beside the nation, or the nation alone (and why). Area names are
 * in the catalog's language (`m.regions` spells the states whose names differ, `Nueva York`).
 */
export function wageColumns(
  occupation: Occupation,
  meta: DatasetMeta,
  region: string,
  m: Pick<Messages, 'regions' | 'unitedStates'> = en,
): {columns: WageColumn[]; problem: RegionProblem} {
  const columns: WageColumn[] = [];
  let problem: RegionProblem = null;
  if (region !== 'US') {
    const name = meta.regions[region] && (m.regions[region] ?? meta.regions[region]);
    const row = occupation.wages.states[region];
    if (!name) problem = {kind: 'unknown-region', region};
    else if (!row) problem = {kind: 'no-state-data', region: name};
    else columns.push({region, name, row});
  }
  if (occupation.wages.national) columns.push({region: 'US', name: m.unitedStates, row: occupation.wages.national});
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
