import {getDataset} from '../data/dataset.js';
export {whenNoDataLoading} from '../data/fetch-json.js';
import type {ElementSpec} from '../elements/registry.js';
import {datasetUrlFor, fetchOptionsFor, loadWidgetData, type SourceRequest} from './dataset-source.js';
import {resolveLang, warmFormatters} from './locale.js';
import {whenVisible} from './when-visible.js';

/** Where every widget's data comes from: attributes of the same names as the request's fields. */
const SOURCE_ATTRIBUTES: readonly (keyof SourceRequest)[] = ['source', 'timeout', 'fallback'];

/**
 * Starts loading the data of an element whose code has not arrived yet, from the attributes it will read (`data`:
 * its registry line's, which names the attribute holding its occupation, program or region), so the data and the
 * element's code travel in parallel instead of one after the other (on a slow phone network that is most of the
 * wait), and prepares its language's number formatters meanwhile. The element's own request later joins the one
 * in flight (the data layer fetches each file once per page); nothing here renders, and a failure is left for the
 * element to meet and report. A pre-rendered element carries its data in the page.
 */
export function prefetchData(element: Element, data: ElementSpec['data']): void {
  const attribute = (name: string) => element.getAttribute(name) ?? '';
  const lang = resolveLang(element);
  if (!warmed.has(lang)) {
    warmed.add(lang);
    setTimeout(() => warmFormatters(lang)); // after this task: the requests below go out first
  }
  // Pre-rendered (a declarative shadow root before its code): its data is in the page, read at take-over.
  if (!data || element.shadowRoot) return;
  const [source, timeout, fallback] = SOURCE_ATTRIBUTES.map(attribute) as [string, string, string];
  try {
    if ('occupation' in data) {
      const occupation = attribute(data.occupation).trim();
      if (occupation) void loadWidgetData({occupation, source, timeout, fallback}).catch(ignore);
      return;
    }
    const dataset = getDataset(datasetUrlFor(source), fetchOptionsFor(timeout));
    if ('titles' in data) {
      // Only a search box in view: one far down a page nobody scrolls to fetches nothing.
      whenVisible(element, () => dataset.prefetchFirstTier(lang));
      return;
    }
    const files: Promise<unknown>[] = [];
    if ('program' in data && attribute(data.program).trim()) {
      // The index only to sort by wage (see Dataset.programCareers).
      files.push(dataset.meta(), dataset.programs(), ...(attribute('sort').trim() === 'wage' ? [dataset.index()] : []));
    }
    if ('region' in data) {
      // A region's list: meta and index (shared with every widget) and the region's summary (the nation by default).
      const region = attribute(data.region).trim().toUpperCase() || 'US';
      files.push(dataset.meta(), dataset.index());
      if (/^[A-Z]{2}$/.test(region)) files.push(dataset.regionSummary(region));
    }
    for (const file of files) void file.catch(ignore);
  } catch {
    // A bad `source` throws a configuration error: the element reports it when it loads.
  }
}

const ignore = () => undefined;
const warmed = new Set<string>();
