import {DATASET_SCHEMA_VERSION, type DatasetMeta, type ElementInfo, type Occupation} from '../../src/data/dataset-types.js';
import type {ParsedSources} from './parse-sources.js';
import {TOP_CODE, topCodedCells} from './wages.js';
import {cmp} from './sources/group.js';
import {RIASEC} from './build-onet-sections.js';
import type {ContentElement} from './sources/onet-content-model.js';

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

/** The crosswalk's sheet is dated 2020-04-30 (see its SOURCE.txt). */
const CIP_SOURCE = {
  id: 'cip-soc',
  name: 'CIP 2020 to SOC 2018 Crosswalk',
  publisher: 'National Center for Education Statistics (NCES) and U.S. Bureau of Labor Statistics',
  version: '2020',
  date: '2020-04',
  license: PUBLIC_DOMAIN,
  url: 'https://nces.ed.gov/ipeds/cipcode/resources.aspx?y=56',
};

/** The videos are USDOL works; the list of links was compiled by a third party (dated by its `generated_at`). */
const VIDEO_SOURCE = {
  id: 'career-videos',
  name: 'CareerOneStop career videos',
  publisher: 'CareerOneStop, U.S. Department of Labor (USDOL/ETA)',
  license: `${PUBLIC_DOMAIN}; link list compiled by a third party (MIT)`,
  url: 'https://www.careeronestop.org/Videos/CareerandClusterVideos/career-and-cluster-videos.aspx',
};

function requireNumber(v: unknown, what: string): number {
  if (typeof v !== 'number') throw new Error(`national OEWS 00-0000: ${what} is not published`);
  return v;
}

export interface ElementRef {
  name: string;
  /** The first occupation (in code order) and section that rates the element. */
  code: string;
  section: string;
}

/** Every content-model element id an occupation file rates, with the first occupation and section naming it. */
export function referencedElements(occupations: Occupation[]): Map<string, ElementRef> {
  const refs = new Map<string, ElementRef>();
  const add = (list: {id: string; name: string}[] | null | undefined, section: string, code: string) => {
    for (const e of list ?? []) if (!refs.has(e.id)) refs.set(e.id, {name: e.name, code, section});
  };
  for (const o of occupations) {
    add(o.skills, 'skills', o.code);
    add(o.knowledge, 'knowledge', o.code);
    add(o.workStyles, 'workStyles', o.code);
    add(o.workValues, 'workValues', o.code);
    add(o.workContext, 'workContext', o.code);
    add(o.workActivities, 'workActivities', o.code);
    add(o.abilities, 'abilities', o.code);
  }
  return refs;
}

/**
 * `meta.elements`: the content-model name and description of every element an occupation file rates, plus
 * the six RIASEC interest areas (1.B.1.a-f), sorted by id. An id the content model lacks fails the build.
 */
export function buildElements(occupations: Occupation[], cm: Map<string, ContentElement>): Record<string, ElementInfo> {
  const refs = referencedElements(occupations);
  const where = (r: ElementRef) => (r.code ? `occupations/${r.code}.json ${r.section}` : r.section);
  for (const [id, key] of RIASEC) if (!refs.has(id)) refs.set(id, {name: key, code: '', section: 'interests (RIASEC)'});
  const out: [string, ElementInfo][] = [];
  for (const [id, ref] of refs) {
    const el = cm.get(id);
    if (!el) throw new Error(`Content Model Reference.txt: element ${id} (${ref.name}), used by ${where(ref)}, is not defined`);
    out.push([id, {name: el.name, description: el.description}]);
  }
  return Object.fromEntries(out.sort((a, b) => cmp(a[0], b[0])));
}

export function buildMeta(p: ParsedSources, allOccupationsPercentChange: number, elements: Record<string, ElementInfo>): DatasetMeta {
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
      {
        id: 'onet',
        name: `O*NET ${onet} Database`,
        publisher: USDOL_ETA,
        version: onet,
        date: p.release.date,
        license: CC_BY,
        licenseUrl: ONET_LICENSE_URL,
        url: 'https://www.onetcenter.org/database.html',
      },
      {
        id: 'onet-ratings',
        name: `O*NET ${ratings} Database (Skills, Knowledge)`,
        publisher: USDOL_ETA,
        version: ratings,
        date: p.ratingsRelease.date,
        license: CC_BY,
        licenseUrl: ONET_LICENSE_URL,
        url: 'https://www.onetcenter.org/database.html',
      },
      {
        id: 'oews',
        name: `Occupational Employment and Wage Statistics, ${period}`,
        publisher: BLS,
        version: period,
        date: `${p.oews.year}-05`,
        license: PUBLIC_DOMAIN,
        url: 'https://www.bls.gov/oes/',
      },
      {
        id: 'oews-previous',
        name: `Occupational Employment and Wage Statistics, ${previousPeriod}`,
        publisher: BLS,
        version: previousPeriod,
        date: `${p.oewsPrevious.year}-05`,
        license: PUBLIC_DOMAIN,
        url: 'https://www.bls.gov/oes/',
      },
      {
        id: 'projections',
        name: `Employment Projections ${proj}`,
        publisher: BLS,
        version: proj,
        date: PROJECTIONS_RELEASE[proj] ?? String(p.projections.baseYear + 1),
        license: PUBLIC_DOMAIN,
        url: 'https://www.bls.gov/emp/',
      },
      {
        id: 'soc',
        name: '2018 Standard Occupational Classification',
        publisher: BLS,
        version: '2018',
        date: '2018',
        license: PUBLIC_DOMAIN,
        url: 'https://www.bls.gov/soc/',
      },
      ...(p.crosswalk ? [CIP_SOURCE] : []),
      ...(p.videos ? [{...VIDEO_SOURCE, version: p.videos.generated, date: p.videos.generated}] : []),
    ],
    attribution: {
      onet:
        `This includes information from the O*NET ${onet} Database${skew} by the ${USDOL_ETA}. ` +
        'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
      wages: `Source: ${BLS}, Occupational Employment and Wage Statistics, ${period}`,
      projections: `Source: ${BLS}, Employment Projections ${proj}`,
      ...(p.crosswalk ? {programs: 'Source: National Center for Education Statistics, CIP 2020 to SOC 2018 Crosswalk'} : {}),
      ...(p.videos ? {videos: 'Video: CareerOneStop, U.S. Department of Labor'} : {}),
    },
    wages: {
      period,
      previousPeriod,
      // Which periods use the top code is measured, not assumed: the May 2025 files publish exact wages above it.
      topCode: {...TOP_CODE, periods: [p.oewsPrevious, p.oews].filter((f) => topCodedCells(f.national) > 0).map((f) => `May ${f.year}`)},
      allOccupations: {annualMedian: requireNumber(all.values.A_MEDIAN, 'A_MEDIAN'), hourlyMedian: requireNumber(all.values.H_MEDIAN, 'H_MEDIAN')},
    },
    projections: {period: proj, baseYear: p.projections.baseYear, projectedYear: p.projections.projectedYear, allOccupationsPercentChange},
    jobZones: p.jobZoneReference.map((z) => ({...z})).sort((a, b) => a.zone - b.zone),
    regions: Object.fromEntries([...p.regions].sort((a, b) => cmp(a[0], b[0]))),
    elements,
  };
}
