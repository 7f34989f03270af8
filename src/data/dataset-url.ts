import {DatasetError} from './errors.js';

/**
 * Where the bundled dataset lives, relative to this module. The build rewrites this token so the script-tag
 * bundle finds its dataset at `./data/` beside itself (works from a CDN or a sub-folder, no configuration).
 */
export const BUNDLED_DATASET_PATH = '../../data/v1/';

/** The bundled dataset's absolute URL, resolved against this module's own URL. */
export const bundledDatasetUrl = (): string => new URL(BUNDLED_DATASET_PATH, import.meta.url).href;

/**
 * Normalises a dataset folder URL given by a host (`source` attribute or page-wide setting): resolved against
 * `base` (the page), always ending in `/`. Only http(s) is accepted, so a hostile attribute can't point the data
 * layer at `javascript:` or `data:` URLs.
 */
export function normaliseDatasetUrl(source: string, base: string): string {
  let url: URL;
  try {
    url = new URL(source.trim(), base);
  } catch {
    throw new DatasetError('config', `"${source.slice(0, 80)}" is not a valid dataset URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DatasetError('config', `A dataset URL must use http or https, not "${url.protocol}".`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.hash = '';
  return url.href;
}
