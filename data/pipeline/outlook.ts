import type {Outlook, OutlookComparison} from '../../src/data/dataset-types.js';
import type {ProjectionRow} from './sources/projections.js';

/**
 * Our own classification of a projected percent change `p` against the all-occupations rate `avg`
 * (3.1% for 2024-34), in the spirit of BLS's Occupational Outlook Handbook bands but not its wording:
 *   decline              p <= -1
 *   little-or-no-change  -1 < p < 1
 *   slower               1 <= p < avg - 1
 *   average              avg - 1 <= p <= avg + 1
 *   faster               avg + 1 < p < 2 * avg
 *   much-faster          p >= 2 * avg
 * Checks run top to bottom, so the bands stay disjoint even for a small or negative average.
 */
export function compareGrowth(p: number, avg: number): OutlookComparison {
  if (p <= -1) return 'decline';
  if (p < 1) return 'little-or-no-change';
  if (p < avg - 1) return 'slower';
  if (p <= avg + 1) return 'average';
  if (p < 2 * avg) return 'faster';
  return 'much-faster';
}

/** Projections row -> `Outlook` (thousands as published), or null when BLS left a figure out. */
export function outlookFrom(row: ProjectionRow | undefined, allOccupationsPercent: number): Outlook | null {
  if (!row) return null;
  const {employmentBase, employmentProjected, change, percentChange, annualOpenings} = row;
  if (employmentBase === null || employmentProjected === null || change === null || percentChange === null || annualOpenings === null) return null;
  return {
    employmentBase,
    employmentProjected,
    change,
    percentChange,
    annualOpenings,
    comparison: compareGrowth(percentChange, allOccupationsPercent),
  };
}
