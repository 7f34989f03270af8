import {
  array,
  boolean,
  type Check,
  type Checked,
  type InStep,
  type KeyDiff,
  nullable,
  number,
  object,
  oneOf,
  optional,
  problems,
  record,
  refine,
  string,
} from './checks.js';
import {
  DATASET_SCHEMA_VERSION,
  type DatasetIndex,
  type DatasetMeta,
  type Occupation,
  type Percentiles,
  type ProgramIndex,
  type RegionSummary,
  type SearchIndex,
  type SearchVocabularyIndex,
} from './dataset-types.js';
import {DatasetError} from './errors.js';

const text = string(2_000);
/** A name the page shows as a heading or link text: an empty one would leave an empty heading or link. */
const title = refine(text, (value) => (value.trim() ? null : 'empty text'));
const longText = string(20_000);
const code = refine(string(12), (value) => (/^\d\d-\d{4}(\.\d\d)?$/.test(value) ? null : `"${value}" is not an O*NET-SOC or SOC code`));
const socCode = refine(string(7), (value) => (/^\d\d-\d{4}$/.test(value) ? null : `"${value}" is not a SOC code`));
const money = nullable(number(0, 10_000_000));
const schemaVersion = refine(number(), (value) =>
  Math.trunc(value) === DATASET_SCHEMA_VERSION ? null : `dataset schema version ${value}; this library reads version ${DATASET_SCHEMA_VERSION}`,
);
const status = oneOf('derived', 'top-coded', 'not-available');

const PERCENTILE_ORDER = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

const percentiles = refine(object({p10: money, p25: money, median: money, p75: money, p90: money, mean: money}), (row: Percentiles) => {
  const present = PERCENTILE_ORDER.map((key) => row[key]).filter((value): value is number => value !== null);
  return present.every((value, i) => i === 0 || value >= present[i - 1]!) ? null : 'percentiles are out of order';
});

const wageRow = object({
  employment: nullable(number(0, 1e9)),
  annual: percentiles,
  hourly: percentiles,
  status: record(/^(employment|(annual|hourly)\.(p10|p25|median|p75|p90|mean))$/, status),
  basis: optional(oneOf('annual-only', 'hourly-only')),
  previousMedian: nullable(
    object({
      annual: money,
      hourly: money,
      status: optional(object({annual: optional(oneOf('top-coded', 'not-available')), hourly: optional(oneOf('top-coded', 'not-available'))})),
    }),
  ),
});

const ratedElement = object({
  id: text,
  name: text,
  importance: number(0, 7),
  level: nullable(number(0, 7)),
  lowPrecision: optional(array(oneOf('importance', 'level'), 2)),
});

const cipCode = refine(string(7), (value) => (/^\d\d\.\d{4}$/.test(value) ? null : `"${value.slice(0, 20)}" is not a CIP code`));
const programRef = object({cip: cipCode, title: text});
// Video URLs are loaded into the host's page when a visitor asks: https only, checked here and again where rendered.
const httpsUrl = refine(string(2_000), (value) => (/^https:\/\//i.test(value) ? null : `"${value.slice(0, 40)}" is not an https URL`));
const video = object({url: httpsUrl, poster: nullable(httpsUrl), about: object({code: string(12), title: text}), own: boolean});

const riasec = number(0, 7);

const occupationCheck = object({
  schemaVersion,
  code,
  soc: socCode,
  title,
  kind: oneOf('onet', 'bls'),
  description: longText,
  socParts: optional(array(object({code: socCode, title: text, definition: longText}), 50)),
  socHierarchy: array(object({level: oneOf('major', 'minor', 'broad', 'detailed'), code: text, title: text}), 10),
  siblings: array(object({code, title}), 100),
  alternateTitles: array(text, 5_000),
  reportedTitles: optional(array(text, 1_000)),
  tasks: array(object({text: longText, type: nullable(oneOf('core', 'supplemental'))}), 1_000),
  activities: array(text, 1_000),
  technology: array(object({category: text, examples: array(object({name: text, hot: boolean, inDemand: boolean}), 2_000)}), 1_000),
  tools: array(object({category: text, examples: array(text, 2_000)}), 1_000),
  skills: nullable(array(ratedElement, 500)),
  knowledge: nullable(array(ratedElement, 500)),
  blsSkills: nullable(array(object({name: text, percentile: number(0, 100)}), 100)),
  interests: nullable(object({scores: object({R: riasec, I: riasec, A: riasec, S: riasec, E: riasec, C: riasec}), highPoint: string(3)})),
  workStyles: nullable(array(object({id: text, name: text, impact: number(-3, 3), distinctiveness: nullable(number(0, 10))}), 500)),
  workValues: nullable(array(object({id: text, name: text, extent: number(0, 7)}), 500)),
  workContext: optional(array(object({id: text, name: text, value: number(0, 100), scale: text}), 500)),
  workActivities: optional(array(ratedElement, 500)),
  abilities: optional(array(ratedElement, 500)),
  jobZone: nullable(number(1, 5)),
  education: object({
    distribution: nullable(array(object({category: number(0, 100), label: text, percent: number(0, 100), lowPrecision: optional(boolean)}), 50)),
    bls: nullable(object({typicalEntry: text, workExperience: text, onTheJobTraining: text})),
  }),
  outlook: nullable(
    object({
      employmentBase: number(0, 1e6),
      employmentProjected: number(0, 1e6),
      change: number(-1e6, 1e6),
      percentChange: number(-100, 10_000),
      annualOpenings: number(0, 1e6),
      comparison: oneOf('much-faster', 'faster', 'average', 'slower', 'little-or-no-change', 'decline'),
    }),
  ),
  wages: object({national: nullable(wageRow), states: record(/^[A-Z]{2}$/, wageRow)}),
  related: array(object({code, title, tier: oneOf('primary-short', 'primary-long', 'supplemental')}), 200),
  blsAggregate: optional(object({code: socCode, title: text})),
  programs: optional(array(programRef, 2_000)),
  programsFrom: optional(object({code: socCode, title, relevant: number(0, 5)})),
  video: optional(nullable(video)),
  courses: optional(nullable(object({courses: array(text, 50), basis: oneOf('onet-knowledge', 'bls-skills')}))),
});

const programsCheck = object({
  schemaVersion,
  programs: array(object({cip: cipCode, title: text, occupations: array(code, 1_000)}), 20_000),
});

const indexCheck = object({
  schemaVersion,
  datasetVersion: text,
  occupations: refine(
    array(
      object({
        code,
        soc: socCode,
        title,
        major: text,
        jobZone: nullable(number(1, 5)),
        median: money,
        medianOf: optional(object({code: socCode, title: text})),
        kind: oneOf('onet', 'bls'),
      }),
      50_000,
    ),
    (entries) => {
      const seen = new Set<string>();
      const repeated = entries.find((e) => seen.size === seen.add(e.code).size);
      return repeated ? `occupation ${repeated.code} is listed twice` : null;
    },
  ),
  majorGroups: array(object({code: text, title: text}), 100),
});

const digits = refine(string(10_000), (value) => (/^[0-3]*$/.test(value) ? null : 'not a string of digits 0-3'));
const langTag = refine(string(35), (lang) => (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? null : `"${lang}" is not a language tag`));

const searchCheck = object({
  schemaVersion,
  datasetVersion: text,
  tokens: string(5_000_000),
  titles: array(string(200_000), 50_000),
  strength: optional(array(digits, 50_000)),
  employment: array(nullable(number(0, 1e9)), 50_000),
  vocabularies: optional(array(langTag, 50)),
  partial: optional(boolean),
});

const vocabularyCheck = object({
  schemaVersion,
  datasetVersion: text,
  lang: langTag,
  stopwords: array(string(50), 500),
  tokens: string(1_000_000),
  titles: array(string(100_000), 50_000),
  strength: array(digits, 50_000),
});

const comparison = oneOf('much-faster', 'faster', 'average', 'slower', 'little-or-no-change', 'decline');
const MAX_ROWS = 50_000;
const column = <T>(check: Check<T>) => array(check, MAX_ROWS);
const rowKey = /^\d{1,5}$/;

const regionCheck = refine(
  object({
    schemaVersion,
    datasetVersion: text,
    region: refine(string(2), (value) => (/^[A-Z]{2}$/.test(value) ? null : `"${value}" is not a region code`)),
    rows: refine(column(number(0, MAX_ROWS)), (rows) =>
      rows.every((row, i) => Number.isInteger(row) && (i === 0 || row > rows[i - 1]!)) ? null : 'rows are not ascending whole positions',
    ),
    annualMedian: column(money),
    hourlyMedian: column(money),
    employment: column(nullable(number(0, 1e9))),
    status: record(rowKey, object({employment: optional(status), 'annual.median': optional(status), 'hourly.median': optional(status)})),
    basis: record(rowKey, oneOf('annual-only', 'hourly-only')),
    percentChange: column(nullable(number(-100, 10_000))),
    annualOpenings: column(nullable(number(0, 1e6))),
    comparison: column(nullable(comparison)),
    education: column(nullable(number(0, 50))),
    educationLevels: array(text, 50),
    interests: column(refine(string(3), (value) => (/^[RIASEC]{0,3}$/.test(value) ? null : `"${value}" is not a RIASEC code`))),
    subject: column(nullable(number(0, MAX_ROWS))),
    subjects: array(object({code: socCode, title, reason: oneOf('aggregate', 'all-other', 'broader')}), MAX_ROWS),
  }),
  (summary: RegionSummary) => {
    const count = summary.rows.length;
    const columns = [
      'annualMedian',
      'hourlyMedian',
      'employment',
      'percentChange',
      'annualOpenings',
      'comparison',
      'education',
      'interests',
      'subject',
    ] as const;
    const short = columns.find((name) => summary[name].length !== count);
    if (short) return `${short} has ${summary[short].length} items for ${count} rows`;
    if (summary.education.some((e) => e !== null && (!Number.isInteger(e) || e >= summary.educationLevels.length)))
      return 'an education is not in educationLevels';
    if (summary.subject.some((s) => s !== null && (!Number.isInteger(s) || s >= summary.subjects.length))) return 'a subject is not in subjects';
    const stray = [...Object.keys(summary.status), ...Object.keys(summary.basis)].find((key) => Number(key) >= count);
    return stray === undefined ? null : `status or basis of row ${stray}, past the ${count} rows`;
  },
);

const httpUrl = refine(string(2_000), (value) => (/^https?:\/\//i.test(value) ? null : `"${value.slice(0, 40)}" is not an http(s) URL`));

const metaCheck = object({
  schemaVersion,
  datasetVersion: text,
  sources: array(
    object({
      id: text,
      name: text,
      publisher: text,
      version: text,
      date: text,
      license: text,
      licenseUrl: optional(httpUrl),
      url: httpUrl,
    }),
    50,
  ),
  attribution: object({onet: longText, wages: longText, projections: longText, programs: optional(longText), videos: optional(longText)}),
  wages: object({
    period: text,
    previousPeriod: text,
    topCode: object({hourly: number(0), annual: number(0), periods: optional(array(text, 20))}),
    allOccupations: object({annualMedian: number(0), hourlyMedian: number(0)}),
  }),
  projections: object({period: text, baseYear: number(), projectedYear: number(), allOccupationsPercentChange: number(-100, 100)}),
  jobZones: array(
    object({zone: number(1, 5), name: text, experience: longText, education: longText, training: longText, examples: longText, svpRange: text}),
    10,
  ),
  regions: record(/^[A-Z]{2}$/, text),
  elements: record(/^[0-9A-Za-z.]{1,40}$/, object({name: text, description: longText})),
});

// Compile-time proof that the checks and the types (from which the JSON Schemas are generated) describe one shape:
// what a check accepts is that type and every value of the type passes its check's shape, with the same keys at
// every level (optional ones included). A drift fails `tsc`, naming the key path (`"wages.national.median"`).
type Proof<_ extends true> = true;
type NoKeyDiff<_ extends never> = true;
export type ProvenTypes = [
  Proof<InStep<typeof occupationCheck, Occupation>>,
  NoKeyDiff<KeyDiff<Checked<typeof occupationCheck>, Occupation>>,
  Proof<InStep<typeof indexCheck, DatasetIndex>>,
  NoKeyDiff<KeyDiff<Checked<typeof indexCheck>, DatasetIndex>>,
  Proof<InStep<typeof searchCheck, SearchIndex>>,
  NoKeyDiff<KeyDiff<Checked<typeof searchCheck>, SearchIndex>>,
  Proof<InStep<typeof vocabularyCheck, SearchVocabularyIndex>>,
  NoKeyDiff<KeyDiff<Checked<typeof vocabularyCheck>, SearchVocabularyIndex>>,
  Proof<InStep<typeof metaCheck, DatasetMeta>>,
  NoKeyDiff<KeyDiff<Checked<typeof metaCheck>, DatasetMeta>>,
  Proof<InStep<typeof programsCheck, ProgramIndex>>,
  NoKeyDiff<KeyDiff<Checked<typeof programsCheck>, ProgramIndex>>,
  Proof<InStep<typeof regionCheck, RegionSummary>>,
  NoKeyDiff<KeyDiff<Checked<typeof regionCheck>, RegionSummary>>,
];

function validator<T>(check: Check<unknown>, what: string) {
  return (value: unknown, url: string): T => {
    const issues = problems(check, value);
    if (!issues) return value as T;
    const version = issues.some((issue) => issue.includes('dataset schema version'));
    throw new DatasetError(version ? 'version' : 'invalid', `${url} is not a valid ${what}: ${issues.join('; ')}`, url);
  };
}

export const validateOccupation = validator<Occupation>(occupationCheck, 'occupation file');
export const validateIndex = validator<DatasetIndex>(indexCheck, 'dataset index');
export const validateSearch = validator<SearchIndex>(searchCheck, 'search index');
export const validateVocabulary = validator<SearchVocabularyIndex>(vocabularyCheck, 'search vocabulary');
export const validatePrograms = validator<ProgramIndex>(programsCheck, 'program index');
export const validateMeta = validator<DatasetMeta>(metaCheck, 'dataset meta file');
export const validateRegion = validator<RegionSummary>(regionCheck, 'region summary');
