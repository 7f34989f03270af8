/**
 * The per-region summaries (`regions/<code>.json`): for `US` and each state, the careers with a wage row there and
 * the figures a list of careers shows, in columns, copied from the occupations as built (never recomputed), so a
 * list and a profile always show the same numbers.
 */
import {
  DATASET_SCHEMA_VERSION,
  type DatasetIndex,
  type Occupation,
  type RegionFiguresSubject,
  type RegionSummary,
  type RegionWageField,
  type WageRow,
} from '../../src/data/dataset-types.js';
import {EDUCATION_LEVELS, educationRank} from '../../src/data/education-levels.js';
import {figuresSubject} from '../../src/data/figures-subject.js';

const REGION_FIELDS: readonly RegionWageField[] = ['employment', 'annual.median', 'hourly.median'];

/** `US` first, then the states in code order. */
export function buildRegionSummaries(index: DatasetIndex, occupations: Occupation[], states: string[]): RegionSummary[] {
  const byCode = new Map(occupations.map((o) => [o.code, o]));
  const ordered = index.occupations.map((entry) => {
    const occupation = byCode.get(entry.code);
    if (!occupation) throw new Error(`regions: index entry ${entry.code} has no occupation`);
    return occupation;
  });
  for (const o of ordered) {
    const entry = o.education.bls?.typicalEntry;
    if (entry !== undefined && educationRank(entry) < 0) throw new Error(`regions: ${o.code}: unknown typical entry education "${entry}"`);
  }
  return ['US', ...[...states].sort()].map((region) => buildRegion(index.datasetVersion, region, ordered));
}

function buildRegion(datasetVersion: string, region: string, ordered: Occupation[]): RegionSummary {
  const summary: RegionSummary = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    datasetVersion,
    region,
    rows: [],
    annualMedian: [],
    hourlyMedian: [],
    employment: [],
    status: {},
    basis: {},
    percentChange: [],
    annualOpenings: [],
    comparison: [],
    education: [],
    educationLevels: EDUCATION_LEVELS.map((level) => level.bls),
    interests: [],
    subject: [],
    subjects: [],
  };
  const subjects = new Map<string, number>();
  ordered.forEach((o, position) => {
    const row: WageRow | null = region === 'US' ? o.wages.national : (o.wages.states[region] ?? null);
    if (!row && (region !== 'US' || !o.outlook)) return;
    const at = String(summary.rows.length);
    summary.rows.push(position);
    summary.annualMedian.push(row?.annual.median ?? null);
    summary.hourlyMedian.push(row?.hourly.median ?? null);
    summary.employment.push(row?.employment ?? null);
    const status: Partial<Record<RegionWageField, RegionSummary['status'][string][RegionWageField]>> = {};
    for (const field of REGION_FIELDS) {
      const value = row?.status[field];
      if (value) status[field] = value;
    }
    if (Object.keys(status).length) summary.status[at] = status;
    if (row?.basis) summary.basis[at] = row.basis;
    summary.percentChange.push(o.outlook?.percentChange ?? null);
    summary.annualOpenings.push(o.outlook?.annualOpenings ?? null);
    summary.comparison.push(o.outlook?.comparison ?? null);
    const entry = o.education.bls?.typicalEntry;
    summary.education.push(entry === undefined ? null : educationRank(entry));
    summary.interests.push(o.interests?.highPoint ?? '');
    const subject = figuresSubject(o);
    if (!subject) {
      summary.subject.push(null);
      return;
    }
    const key = `${subject.code}|${subject.reason}`;
    let id = subjects.get(key);
    if (id === undefined) {
      id = summary.subjects.length;
      subjects.set(key, id);
      const stored: RegionFiguresSubject = {code: subject.code, title: subject.title, reason: subject.reason};
      summary.subjects.push(stored);
    }
    summary.subject.push(id);
  });
  return summary;
}

/** File name of a region summary: `regions/MN.json`. */
export const regionPath = (region: string) => `regions/${region}.json`;
