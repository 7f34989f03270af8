/**
 * The re-packaged state JSON (one file per state FIPS code). Keys: emp=TOT_EMP, med=A_MEDIAN, avg=A_MEAN,
 * hmed=H_MEDIAN, havg=H_MEAN, p10 p25 p75 p90 = ANNUAL percentiles. A missing key means BLS had `*`, `**`
 * or `#` (the file does not say which); there are no hourly percentiles and no ANNUAL/HOURLY flags.
 */
import {cleanTitle} from './group.js';

export interface StateJsonOccupation {
  title?: string;
  emp?: number;
  med?: number;
  avg?: number;
  hmed?: number;
  havg?: number;
  p10?: number;
  p25?: number;
  p75?: number;
  p90?: number;
}

export interface StateJsonFile {
  fips: string;
  name: string;
  occupations: Map<string, StateJsonOccupation>;
}

const NUMERIC_KEYS = ['emp', 'med', 'avg', 'hmed', 'havg', 'p10', 'p25', 'p75', 'p90'] as const;

export function parseStateJson(text: string, file: string): StateJsonFile {
  const data = JSON.parse(text) as {fips?: unknown; name?: unknown; occupations?: Record<string, Record<string, unknown>>};
  if (typeof data.fips !== 'string' || typeof data.name !== 'string' || typeof data.occupations !== 'object' || !data.occupations) {
    throw new Error(`${file}: expected {fips, name, occupations}`);
  }
  const occupations = new Map<string, StateJsonOccupation>();
  for (const [code, raw] of Object.entries(data.occupations)) {
    const occ: StateJsonOccupation = {};
    if (typeof raw.title === 'string') occ.title = cleanTitle(raw.title);
    for (const key of NUMERIC_KEYS) {
      const v = raw[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${file}: ${code}.${key}: not a number: ${JSON.stringify(v)}`);
      occ[key] = v;
    }
    occupations.set(code, occ);
  }
  return {fips: data.fips, name: data.name, occupations};
}
