/**
 * A region's careers as rows of a list, and the filters and orders a visitor applies to them (`<career-explorer>`).
 * Pure and DOM-free: rows come from the index and a region summary; filters and sorts are plain data that parse from
 * and format to the strings of attributes and URLs, so a list is the same whether a page, a link or a visitor set it.
 */
import type {Dataset} from './dataset.js';
import type {
  DatasetIndex,
  DatasetMeta,
  OutlookComparison,
  RegionFiguresSubject,
  RegionSummary,
  RegionWageField,
  RiasecKey,
  ValueStatus,
} from './dataset-types.js';
import {DatasetError} from './errors.js';
import {EDUCATION_LEVELS, type EducationKey} from './education-levels.js';

/** What `<career-explorer>` renders from: a region's careers as rows, with the meta and the fields to filter by. */
export interface CareerListData {
  meta: DatasetMeta;
  /** The region listed (`US` when the one asked for has no wage data). */
  region: string;
  /** The region asked for, when it is not `region` (not a state with wage data). */
  unknownRegion?: string;
  rows: CareerRow[];
  majorGroups: DatasetIndex['majorGroups'];
}

/**
 * A region's careers as rows of a list, from the dataset (index and region summary joined): `<career-explorer>`'s
 * data, here rather than in the Dataset class so that only its code carries it. A region that is not a state with
 * wage data lists the nation's careers and says which region was asked for.
 */
export async function loadCareerList(dataset: Dataset, requested: string, signal?: AbortSignal): Promise<CareerListData> {
  const wanted = requested.trim().toUpperCase() || 'US';
  // Everything at once, the summary of the region asked for included: on a slow phone network each round trip
  // that waited for another would add its latency. Only a region meta does not list costs a second request.
  const guess = /^[A-Z]{2}$/.test(wanted) ? dataset.regionSummary(wanted, signal) : null;
  guess?.catch(() => undefined); // awaited below unless meta says the region has no data
  const [meta, index] = await Promise.all([dataset.meta(signal), dataset.index(signal)]);
  const region = wanted === 'US' || Object.hasOwn(meta.regions, wanted) ? wanted : 'US';
  const summary = await (region === wanted && guess ? guess : dataset.regionSummary(region, signal));
  try {
    const rows = careerRows(index, summary);
    return {meta, region, rows, majorGroups: index.majorGroups, ...(region === wanted ? {} : {unknownRegion: wanted})};
  } catch (error) {
    throw new DatasetError('invalid', `${new URL(`regions/${region}.json`, dataset.url).href}: ${(error as Error).message}`);
  }
}

/** One career of a region, with every figure a list shows (all from the region summary and the index). */
export interface CareerRow {
  code: string;
  title: string;
  soc: string;
  /** Two-digit SOC major group (`29`). */
  major: string;
  jobZone: number | null;
  kind: 'onet' | 'bls';
  annualMedian: number | null;
  hourlyMedian: number | null;
  employment: number | null;
  /** Why a wage figure is missing (or derived); empty when all are published. */
  status: Partial<Record<RegionWageField, ValueStatus>>;
  basis: 'annual-only' | 'hourly-only' | null;
  /** National projections (BLS), null when not projected. */
  percentChange: number | null;
  /** Average annual openings, thousands, as BLS publishes them. */
  annualOpenings: number | null;
  comparison: OutlookComparison | null;
  /** BLS typical entry education, as BLS spells it; null when BLS assigns none. */
  education: string | null;
  /** Its rank, 0 (no formal credential) to 7 (doctoral or professional degree); -1 when none. */
  educationRank: number;
  /** O*NET interests high-point code (`SIC`); empty when O*NET has none. */
  interests: string;
  /** Bright outlook by O*NET's published criteria applied to the BLS projections ({@link isBrightOutlook}). */
  bright: boolean;
  /** Whose figures the row shows when they are not the career's own (an aggregate, a catch-all, the SOC occupation). */
  subject: RegionFiguresSubject | null;
  /** The title folded for matching (lower case, no accents). */
  folded: string;
  /** Its words, for the text filter (split once, not on every change). */
  words: string[];
}

/**
 * O*NET's Bright Outlook criteria, applied to the BLS projections of this dataset: projected to grow faster than
 * average, or to have 100,000 or more openings over the ten-year period (10 thousand a year). O*NET's third
 * criterion (new and emerging occupations) is not in the sources, so this is our reading, not O*NET's list.
 */
export function isBrightOutlook(comparison: OutlookComparison | null, annualOpenings: number | null): boolean {
  return comparison === 'faster' || comparison === 'much-faster' || (annualOpenings !== null && annualOpenings >= 10);
}

/** Joins a region summary with the index whose positions it uses. Throws on a summary for another index. */
export function careerRows(index: DatasetIndex, summary: RegionSummary): CareerRow[] {
  if (summary.datasetVersion !== index.datasetVersion) {
    throw new Error(`the region summary is for dataset ${summary.datasetVersion}, the index for ${index.datasetVersion}`);
  }
  return summary.rows.map((position, i): CareerRow => {
    const entry = index.occupations[position];
    if (!entry) throw new Error(`row ${i} names index position ${position}, past the index's ${index.occupations.length} occupations`);
    const education = summary.education[i] ?? null;
    const subject = summary.subject[i] ?? null;
    const comparison = summary.comparison[i] ?? null;
    const annualOpenings = summary.annualOpenings[i] ?? null;
    const folded = fold(entry.title);
    return {
      code: entry.code,
      title: entry.title,
      soc: entry.soc,
      major: entry.major.slice(0, 2),
      jobZone: entry.jobZone,
      kind: entry.kind,
      annualMedian: summary.annualMedian[i] ?? null,
      hourlyMedian: summary.hourlyMedian[i] ?? null,
      employment: summary.employment[i] ?? null,
      status: summary.status[String(i)] ?? {},
      basis: summary.basis[String(i)] ?? null,
      percentChange: summary.percentChange[i] ?? null,
      annualOpenings,
      comparison,
      education: education === null ? null : (summary.educationLevels[education] ?? null),
      educationRank: education === null ? -1 : EDUCATION_LEVELS.findIndex((level) => level.bls === summary.educationLevels[education]),
      interests: summary.interests[i] ?? '',
      bright: isBrightOutlook(comparison, annualOpenings),
      subject: subject === null ? null : (summary.subjects[subject] ?? null),
      folded,
      words: folded.match(WORD) ?? [],
    };
  });
}

// ------------------------------------------------------------------------------------------ filters

export type PayBasis = 'annual' | 'hourly';

/** An inclusive range of ranks (education 0-7, job zone 1-5). */
export interface Range {
  min: number;
  max: number;
}

export interface CareerFilters {
  /** Two-digit SOC major groups; empty: every field. */
  majors: string[];
  /** Typical entry education, as ranks of {@link EDUCATION_LEVELS}. */
  education: Range | null;
  /** O*NET job zones (preparation needed). */
  jobZone: Range | null;
  /** Least median pay on `pay`'s basis (dollars a year, or an hour). */
  minPay: number | null;
  pay: PayBasis;
  /** Projected growth at least this band. */
  outlook: OutlookComparison | null;
  /** RIASEC letters every listed career's high-point code includes. */
  interests: RiasecKey[];
  bright: boolean;
  /** Words that must each begin a word of the title. */
  query: string;
}

export const NO_FILTERS: CareerFilters = {
  majors: [],
  education: null,
  jobZone: null,
  minPay: null,
  pay: 'annual',
  outlook: null,
  interests: [],
  bright: false,
  query: '',
};

/** Outlook bands from the lowest to the highest. */
export const OUTLOOK_ORDER: readonly OutlookComparison[] = ['decline', 'little-or-no-change', 'slower', 'average', 'faster', 'much-faster'];

const RIASEC: readonly RiasecKey[] = ['R', 'I', 'A', 'S', 'E', 'C'];

/** The strings of a list's attributes (or URL parameters): what a page or a link writes. */
export interface FilterStrings {
  major?: string | null;
  education?: string | null;
  jobZone?: string | null;
  minPay?: string | null;
  pay?: string | null;
  outlook?: string | null;
  interests?: string | null;
  bright?: boolean | string | null;
  query?: string | null;
}

const words = (value: string | null | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * `"associate"`, `"high-school..associate"`, `"associate.."` (at least), `"..associate"` (at most) -> ranks, with
 * `rank` naming one end; null for an empty or unreadable value (a mistyped attribute filters nothing).
 */
function parseRange(value: string | null | undefined, rank: (word: string) => number, lowest: number, highest: number): Range | null {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return null;
  const [from, to] = text.includes('..') ? text.split('..', 2).map((s) => s.trim()) : [text, text];
  const min = from ? rank(from!) : lowest;
  const max = to ? rank(to!) : highest;
  if (Number.isNaN(min) || Number.isNaN(max)) return null;
  return min <= max ? {min, max} : {min: max, max: min};
}

const educationRankOf = (key: string) => {
  const rank = EDUCATION_LEVELS.findIndex((level) => level.key === key);
  return rank < 0 ? Number.NaN : rank;
};

const zoneOf = (word: string) => (/^[1-5]$/.test(word) ? Number(word) : Number.NaN);

/** Attribute or URL strings -> filters. Anything unreadable is ignored rather than emptying the list. */
export function parseFilters(strings: FilterStrings): CareerFilters {
  const majors = [
    ...new Set(
      words(strings.major)
        .map((m) => m.slice(0, 2))
        .filter((m) => /^\d\d$/.test(m)),
    ),
  ].sort();
  const pay: PayBasis = strings.pay?.trim().toLowerCase() === 'hourly' ? 'hourly' : 'annual';
  const minPayText = (strings.minPay ?? '').replace(/[$,\s]/g, '');
  const minPay = minPayText && Number.isFinite(Number(minPayText)) && Number(minPayText) > 0 ? Number(minPayText) : null;
  const outlookText = strings.outlook?.trim().toLowerCase() as OutlookComparison | undefined;
  const outlook = outlookText && OUTLOOK_ORDER.includes(outlookText) ? outlookText : null;
  const interests = RIASEC.filter((letter) => (strings.interests ?? '').toUpperCase().includes(letter));
  const bright = strings.bright === true || (typeof strings.bright === 'string' && strings.bright.trim().toLowerCase() !== 'false');
  return {
    majors,
    education: parseRange(strings.education, educationRankOf, 0, EDUCATION_LEVELS.length - 1),
    jobZone: parseRange(strings.jobZone, zoneOf, 1, 5),
    minPay,
    pay,
    outlook,
    interests,
    bright,
    query: (strings.query ?? '').trim().slice(0, 200),
  };
}

const formatRange = (range: Range | null, name: (rank: number) => string, lowest: number, highest: number) => {
  if (!range) return '';
  if (range.min === range.max) return name(range.min);
  return `${range.min === lowest ? '' : name(range.min)}..${range.max === highest ? '' : name(range.max)}`;
};

/** Filters -> the strings {@link parseFilters} reads back (empty strings for filters not set). */
export function formatFilters(filters: CareerFilters): Required<{[K in keyof FilterStrings]: string}> {
  return {
    major: filters.majors.join(' '),
    education: formatRange(filters.education, (rank) => EDUCATION_LEVELS[rank]!.key, 0, EDUCATION_LEVELS.length - 1),
    jobZone: formatRange(filters.jobZone, String, 1, 5),
    minPay: filters.minPay === null ? '' : String(filters.minPay),
    pay: filters.pay === 'hourly' ? 'hourly' : '',
    outlook: filters.outlook ?? '',
    interests: filters.interests.join(''),
    bright: filters.bright ? 'true' : '',
    query: filters.query,
  };
}

/** Lower case without accents, for matching typed words against titles. */
export function fold(text: string): string {
  // Almost every title is plain ASCII, which only needs lower-casing: decomposing it (the costly part, a thousand
  // titles each time a list loads) would change nothing.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

const WORD = /[\p{L}\p{N}]+/gu;

/** The median on a basis; a top-coded median counts as the top code (it is at least that). */
export function medianOn(row: CareerRow, pay: PayBasis, topCode?: {annual: number; hourly: number}): number | null {
  const value = pay === 'annual' ? row.annualMedian : row.hourlyMedian;
  if (value !== null) return value;
  return row.status[pay === 'annual' ? 'annual.median' : 'hourly.median'] === 'top-coded' && topCode ? topCode[pay] : null;
}

/** A test for one row, built once per change of filters (the query split, the ranks looked up). */
export function matcher(filters: CareerFilters, topCode?: {annual: number; hourly: number}): (row: CareerRow) => boolean {
  const majors = filters.majors.length ? new Set(filters.majors) : null;
  const queryWords = fold(filters.query).match(WORD) ?? [];
  const least = filters.outlook ? OUTLOOK_ORDER.indexOf(filters.outlook) : -1;
  const {education, jobZone, minPay, interests, bright, pay} = filters;
  return (row) => {
    if (majors && !majors.has(row.major)) return false;
    if (education && (row.educationRank < education.min || row.educationRank > education.max)) return false;
    if (jobZone && (row.jobZone === null || row.jobZone < jobZone.min || row.jobZone > jobZone.max)) return false;
    if (minPay !== null) {
      const median = medianOn(row, pay, topCode);
      if (median === null || median < minPay) return false;
    }
    if (least >= 0 && (row.comparison === null || OUTLOOK_ORDER.indexOf(row.comparison) < least)) return false;
    if (interests.length && !interests.every((letter) => row.interests.includes(letter))) return false;
    if (bright && !row.bright) return false;
    if (queryWords.length && !queryWords.every((q) => row.words.some((w) => w.startsWith(q)))) return false;
    return true;
  };
}

// ------------------------------------------------------------------------------------------ sorting

export const SORT_KEYS = ['title', 'median', 'employment', 'growth', 'openings', 'education', 'job-zone'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface CareerSort {
  key: SortKey;
  direction: SortDirection;
}

/** Titles A to Z; every figure highest first: the order a visitor expects on first click of a column. */
export const defaultDirection = (key: SortKey): SortDirection => (key === 'title' ? 'ascending' : 'descending');

/** `sort` and `sort-direction` strings -> an order (title A to Z when unreadable). */
export function parseSort(key: string | null | undefined, direction?: string | null): CareerSort {
  const k = (key ?? '').trim().toLowerCase() as SortKey;
  const sortKey: SortKey = SORT_KEYS.includes(k) ? k : 'title';
  const d = (direction ?? '').trim().toLowerCase();
  return {key: sortKey, direction: d === 'ascending' || d === 'descending' ? d : defaultDirection(sortKey)};
}

function sortValue(row: CareerRow, key: SortKey, pay: PayBasis, topCode?: {annual: number; hourly: number}): number | null {
  switch (key) {
    case 'median':
      return medianOn(row, pay, topCode);
    case 'employment':
      return row.employment;
    case 'growth':
      return row.percentChange;
    case 'openings':
      return row.annualOpenings;
    case 'education':
      return row.educationRank < 0 ? null : row.educationRank;
    case 'job-zone':
      return row.jobZone;
    default:
      return null;
  }
}

const byTitle = (a: CareerRow, b: CareerRow) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** A sorted copy. Careers without the figure go last in either direction; ties go by title, then code. */
export function sortRows(rows: readonly CareerRow[], sort: CareerSort, pay: PayBasis = 'annual', topCode?: {annual: number; hourly: number}): CareerRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'title') return [...rows].sort((a, b) => sign * byTitle(a, b));
  const keyed = rows.map((row) => ({row, value: sortValue(row, sort.key, pay, topCode)}));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? byTitle(a.row, b.row) : a.value === null ? 1 : -1;
    return a.value === b.value ? byTitle(a.row, b.row) : sign * (a.value - b.value);
  });
  return keyed.map((k) => k.row);
}

/** What a list shows after a change: the matching careers in order, cut to `limit`, and how many match in all. */
export interface ListResult {
  rows: CareerRow[];
  total: number;
}

/** Filters, sorts and cuts (`limit` 0 or less: no cut). `rows` must not change afterwards: its orders are kept. */
export function listCareers(
  rows: readonly CareerRow[],
  filters: CareerFilters,
  sort: CareerSort,
  limit = 0,
  topCode?: {annual: number; hourly: number},
): ListResult {
  const sorted = sortedOnce(rows, sort, filters.pay, topCode).filter(matcher(filters, topCode));
  return {rows: limit > 0 ? sorted.slice(0, limit) : sorted, total: sorted.length};
}

/**
 * Each order of a list, sorted once: a visitor's changes come back to the same few orders (every key typed in the
 * title box, every field ticked keeps the order), and filtering a sorted list keeps it sorted (the order is total:
 * ties go by title, then code), so after the first time a change costs one pass over the rows, not a sort.
 */
const orders = new WeakMap<readonly CareerRow[], Map<string, CareerRow[]>>();

function sortedOnce(rows: readonly CareerRow[], sort: CareerSort, pay: PayBasis, topCode?: {annual: number; hourly: number}): CareerRow[] {
  let byOrder = orders.get(rows);
  if (!byOrder) orders.set(rows, (byOrder = new Map()));
  // The pay basis and its top codes matter only to the median's order (a top-coded median counts as the top code).
  const id = sort.key === 'median' ? `${sort.key} ${sort.direction} ${pay} ${topCode?.[pay] ?? ''}` : `${sort.key} ${sort.direction}`;
  let sorted = byOrder.get(id);
  if (!sorted) byOrder.set(id, (sorted = sortRows(rows, sort, pay, topCode)));
  return sorted;
}

export type {EducationKey};
