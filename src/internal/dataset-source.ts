import {getDataset, type OccupationData} from '../data/dataset.js';
import {bundledDatasetUrl, normaliseDatasetUrl} from '../data/dataset-url.js';
import {isDatasetError, type DatasetErrorKind} from '../data/errors.js';
import {DEFAULT_FETCH_OPTIONS, DEFAULT_TIMEOUT_MS, type FetchOptions, TIMEOUT_RANGE_MS} from '../data/fetch-json.js';

/** Name of the `<meta>` tag through which a host points every widget on the page at its own dataset. */
export const SOURCE_META_NAME = 'career-widgets-source';

/** Name of the `<meta>` tag that sets, for the whole page, how many seconds a widget waits for its data. */
export const TIMEOUT_META_NAME = 'career-widgets-timeout';

const pageMeta = (name: string): string | undefined =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;

/**
 * The dataset folder an element reads: its own `source` attribute, else the page-wide
 * `<meta name="career-widgets-source" content="https://…/">`, else the dataset bundled beside the script.
 * Throws a `DatasetError` of kind `config` for a URL that is not http(s).
 */
export function datasetUrlFor(source: string | undefined): string {
  const own = source?.trim();
  if (own) return normaliseDatasetUrl(own, document.baseURI);
  const pageWide = pageMeta(SOURCE_META_NAME);
  if (pageWide) return normaliseDatasetUrl(pageWide, document.baseURI);
  return bundledDatasetUrl();
}

/**
 * Fetch options for an element: its `timeout` attribute (seconds), else `<meta name="career-widgets-timeout">`,
 * else 10 s; kept within 1–60 s. Something that is not a positive number means the default.
 */
export function fetchOptionsFor(timeout: string | undefined): FetchOptions {
  const raw = timeout?.trim() || pageMeta(TIMEOUT_META_NAME);
  const seconds = raw ? Number(raw) : Number.NaN;
  if (!(seconds > 0) || !Number.isFinite(seconds)) return DEFAULT_FETCH_OPTIONS;
  const timeoutMs = Math.min(TIMEOUT_RANGE_MS.max, Math.max(TIMEOUT_RANGE_MS.min, Math.round(seconds * 1000)));
  return timeoutMs === DEFAULT_TIMEOUT_MS ? DEFAULT_FETCH_OPTIONS : {...DEFAULT_FETCH_OPTIONS, timeoutMs};
}

/** What a widget renders from; `fallbackFrom` is set when the bundled dataset stands in for the host's. */
export interface WidgetData extends OccupationData {
  fallbackFrom?: {url: string; kind: DatasetErrorKind; message: string};
}

/** Failures of a host's dataset that the bundled one can stand in for: it could not be had, or not read. */
const FALLS_BACK: ReadonlySet<DatasetErrorKind> = new Set(['network', 'timeout', 'http', 'parse', 'invalid', 'version']);

export interface LoadRequest {
  occupation: string;
  source: string;
  timeout: string;
  /** `bundled`: if the host's dataset fails to load, show the bundled one and say so. */
  fallback: string;
}

/**
 * Loads what a widget shows, through the page-wide dataset instances. With `fallback="bundled"`, a remote dataset
 * that cannot be loaded (unreachable, hung, broken, wrong version) is replaced by the bundled one; a code the
 * host's dataset does not have, or a bad `source`, is still an error (the host chose that dataset).
 */
export async function loadWidgetData(request: LoadRequest, signal?: AbortSignal): Promise<WidgetData | null> {
  if (!request.occupation) return null;
  const options = fetchOptionsFor(request.timeout);
  const url = datasetUrlFor(request.source);
  try {
    return await getDataset(url, options).load(request.occupation, signal);
  } catch (error) {
    const bundled = bundledDatasetUrl();
    if (request.fallback.trim() !== 'bundled' || url === bundled || signal?.aborted || !isDatasetError(error) || !FALLS_BACK.has(error.kind)) {
      throw error;
    }
    const data = await getDataset(bundled, options).load(request.occupation, signal);
    return {...data, fallbackFrom: {url, kind: error.kind, message: error.message}};
  }
}
