import {DATASET_SCHEMA_VERSION, type DatasetMeta} from '../../src/data/dataset-types.js';
import type {ParsedSources} from './parse-sources.js';
import {TOP_CODE} from './wages.js';
import {cmp} from './sources/group.js';

const USDOL_ETA = 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)';
const BLS = 'U.S. Bureau of Labor Statistics';
const PUBLIC_DOMAIN = 'Public domain (U.S. federal government work)';
const CC_BY = 'CC BY 4.0';
const ONET_LICENSE_URL = 'https://www.onetcenter.org/license_db.html';

/**
 * Release dates the source files do not state themselves. OEWS estimates are always for May of their
 * year (the year comes from the file name); the 2024-34 projections were released in August 2025; the
 * 2018 SOC is dated by its year only.
 */
const PROJECTIONS_RELEASE: Record<string, string> = {'2024-34': '2025-08'};

function requireNumber(v: unknown, what: string): number {
  if (typeof v !== 'number') throw new Error(`national OEWS 00-0000: ${what} is not published`);
  return v;
}

export function buildMeta(p: ParsedSources, allOccupationsPercentChange: number): DatasetMeta {
  const period = `May ${p.oews.year}`;
  const previousPeriod = `May ${p.oewsPrevious.year}`;
  const proj = p.projections.period;
  const onet = p.release.version;
  const ratings = p.ratingsRelease.version;
  const all = p.oews.national.get('00-0000');
  if (!all) throw new Error(`national_M${p.oews.year}_dl.csv: no 00-0000 (All Occupations) row`);
  const skew = ratings === onet ? '' : ` (skills and knowledge: O*NET ${ratings})`;
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    // Derived from the source releases only, so the same sources always give the same label.
    datasetVersion: `onet-${onet}_oews-${p.oews.year}_ep-${proj}`,
    sources: [
      {id: 'onet', name: `O*NET ${onet} Database`, publisher: USDOL_ETA, version: onet, date: p.release.date, license: CC_BY, licenseUrl: ONET_LICENSE_URL, url: 'https://www.onetcenter.org/database.html'},
      {id: 'onet-ratings', name: `O*NET ${ratings} Database (Skills, Knowledge)`, publisher: USDOL_ETA, version: ratings, date: p.ratingsRelease.date, license: CC_BY, licenseUrl: ONET_LICENSE_URL, url: 'https://www.onetcenter.org/database.html'},
      {id: 'oews', name: `Occupational Employment and Wage Statistics, ${period}`, publisher: BLS, version: period, date: `${p.oews.year}-05`, license: PUBLIC_DOMAIN, url: 'https://www.bls.gov/oes/'},
      {id: 'oews-previous', name: `Occupational Employment and Wage Statistics, ${previousPeriod}`, publisher: BLS, version: previousPeriod, date: `${p.oewsPrevious.year}-05`, license: PUBLIC_DOMAIN, url: 'https://www.bls.gov/oes/'},
      {id: 'projections', name: `Employment Projections ${proj}`, publisher: BLS, version: proj, date: PROJECTIONS_RELEASE[proj] ?? String(p.projections.baseYear + 1), license: PUBLIC_DOMAIN, url: 'https://www.bls.gov/emp/'},
      {id: 'soc', name: '2018 Standard Occupational Classification', publisher: BLS, version: '2018', date: '2018', license: PUBLIC_DOMAIN, url: 'https://www.bls.gov/soc/'},
    ],
    attribution: {
      onet:
        `This includes information from the O*NET ${onet} Database${skew} by the ${USDOL_ETA}. ` +
        'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
      wages: `Source: ${BLS}, Occupational Employment and Wage Statistics, ${period}`,
      projections: `Source: ${BLS}, Employment Projections ${proj}`,
    },
    wages: {
      period,
      previousPeriod,
      topCode: {...TOP_CODE},
      allOccupations: {annualMedian: requireNumber(all.values.A_MEDIAN, 'A_MEDIAN'), hourlyMedian: requireNumber(all.values.H_MEDIAN, 'H_MEDIAN')},
    },
    projections: {period: proj, baseYear: p.projections.baseYear, projectedYear: p.projections.projectedYear, allOccupationsPercentChange},
    jobZones: p.jobZoneReference.map((z) => ({...z})).sort((a, b) => a.zone - b.zone),
    regions: Object.fromEntries([...p.regions].sort((a, b) => cmp(a[0], b[0]))),
  };
}
