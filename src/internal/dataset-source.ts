import {type Dataset, getDataset, type OccupationData} from '../data/dataset.js';
import {bundledDatasetUrl, normaliseDatasetUrl} from '../data/dataset-url.js';
import {isDatasetError, type DatasetErrorKind} from '../data/errors.js';
import {DEFAULT_FETCH_OPTIONS, DEFAULT_TIMEOUT_MS, type FetchOptions, TIMEOUT_RANGE_MS} from '../data/fetch-json.js';

/** Name of the `<meta>` tag through which a host points every widget on the page at its own dataset. */
export const SOURCE_META_NAME = 'career-widgets-source';

/** Name of the `<meta>` tag that sets, for the whole page, how many seconds a widget waits for its data. */
export const TIMEOUT_META_NAME = 'career-widgets-timeout';

const pageMeta = (name: string): string | undefined => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;

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

/** Set on what a widget renders when the bundled dataset stands in for the host's (`fallback="bundled"`). */
export interface FallbackFrom {
  fallbackFrom?: {url: string; kind: DatasetErrorKind; message: string};
}

/** What a widget showing one occupation renders from. */
export interface WidgetData extends OccupationData, FallbackFrom {}

/** Failures of a host's dataset that the bundled one can stand in for: it could not be had, or not read. */
const FALLS_BACK: ReadonlySet<DatasetErrorKind> = new Set(['network', 'timeout', 'http', 'parse', 'invalid', 'version']);

/** Where a widget's data comes from: its `source`, `timeout` and `fallback` attributes. */
export interface SourceRequest {
  source: string;
  timeout: string;
  /** `bundled`: if the host's dataset fails to load, show the bundled one and say so. */
  fallback: string;
}

/**
 * Reads what a widget shows from the dataset its attributes name, through the page-wide dataset instances, with
 * their `timeout`. With `fallback="bundled"`, a remote dataset that cannot be loaded (unreachable, hung, broken,
 * wrong version) is replaced by the bundled one and the result says so (`fallbackFrom`); anything else (a code the
 * host's dataset does not have, a bad `source`) is still an error, since the host chose that dataset.
 */
export async function loadFromSource<T extends object>(
  request: SourceRequest,
  signal: AbortSignal | undefined,
  read: (dataset: Dataset) => Promise<T>,
): Promise<T & FallbackFrom> {
  const options = fetchOptionsFor(request.timeout);
  const url = datasetUrlFor(request.source);
  try {
    return await read(getDataset(url, options));
  } catch (error) {
    const bundled = bundledDatasetUrl();
    if (request.fallback.trim() !== 'bundled' || url === bundled || signal?.aborted || !isDatasetError(error) || !FALLS_BACK.has(error.kind)) {
      throw error;
    }
    const data = await read(getDataset(bundled, options));
    return {...data, fallbackFrom: {url, kind: error.kind, message: error.message}};
  }
}

export interface LoadRequest extends SourceRequest {
  occupation: string;
}

/** Loads the occupation a widget shows ({@link loadFromSource}); null when no occupation is asked for. */
export async function loadWidgetData(request: LoadRequest, signal?: AbortSignal): Promise<WidgetData | null> {
  if (!request.occupation) return null;
  return loadFromSource(request, signal, (dataset) => dataset.load(request.occupation, signal));
}
