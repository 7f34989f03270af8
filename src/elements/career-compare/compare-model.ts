import type {Dataset, OccupationData} from '../../data/dataset.js';
import type {DatasetMeta} from '../../data/dataset-types.js';
import {isDatasetError} from '../../data/errors.js';
import type {FallbackFrom} from '../../internal/dataset-source.js';

/** Most careers side by side: beyond four, columns get too narrow to read on a laptop. */
export const MAX_CAREERS = 4;

/** What `<career-compare>` renders from. */
export interface CompareData extends FallbackFrom {
  meta: DatasetMeta;
  /** The careers compared, in the host's (then the visitor's) order, each once. */
  careers: OccupationData[];
  /** Codes that are not occupations of this dataset (a host's typo): said, not fatal. */
  notFound: string[];
  /** Codes beyond the first {@link MAX_CAREERS}. */
  dropped: string[];
}

/** `29-2072, 29-9021.00` -> `['29-2072', '29-9021.00']`: split on commas or spaces, each code once. */
export function parseCodes(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** Whether two codes name the same occupation: `29-2072` and `29-2072.00` do (a SOC code means its `.00` file). */
export function sameCode(a: string, b: string): boolean {
  const key = (code: string) => (/\.\d\d$/.test(code) ? code : `${code.replace(/^(\d\d)-?(\d{4})$/, '$1-$2')}.00`);
  return a === b || key(a) === key(b);
}

/**
 * Loads each code through the data layer (which fetches each file once per page). A code the dataset does not
 * have is reported, not fatal, so one typo does not blank the comparison; any other failure (network, damaged
 * file) is thrown for the error state, since then no figure can be trusted.
 */
export async function loadCareers(dataset: Dataset, codes: readonly string[], signal?: AbortSignal): Promise<CompareData> {
  const wanted = codes.slice(0, MAX_CAREERS);
  const [meta, results] = await Promise.all([dataset.meta(signal), Promise.allSettled(wanted.map((code) => dataset.load(code, signal)))]);
  const careers: OccupationData[] = [];
  const notFound: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      if (!careers.some((c) => c.occupation.code === result.value.occupation.code)) careers.push(result.value);
    } else if (isDatasetError(result.reason) && (result.reason.kind === 'not-found' || result.reason.kind === 'config')) {
      notFound.push(wanted[i]!);
    } else {
      throw result.reason;
    }
  });
  return {meta, careers, notFound, dropped: codes.slice(MAX_CAREERS)};
}
