import {bundledDatasetUrl, normaliseDatasetUrl} from '../data/dataset-url.js';

/** Name of the `<meta>` tag through which a host points every widget on the page at its own dataset. */
export const SOURCE_META_NAME = 'career-widgets-source';

/**
 * The dataset folder an element reads: its own `source` attribute, else the page-wide
 * `<meta name="career-widgets-source" content="https://…/">`, else the dataset bundled beside the script.
 * Throws a `DatasetError` of kind `config` for a URL that is not http(s).
 */
export function datasetUrlFor(source: string | undefined): string {
  const own = source?.trim();
  if (own) return normaliseDatasetUrl(own, document.baseURI);
  const pageWide = document.querySelector<HTMLMetaElement>(`meta[name="${SOURCE_META_NAME}"]`)?.content.trim();
  if (pageWide) return normaliseDatasetUrl(pageWide, document.baseURI);
  return bundledDatasetUrl();
}
