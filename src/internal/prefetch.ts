import {getDataset} from '../data/dataset.js';
import {datasetUrlFor, fetchOptionsFor, loadWidgetData} from './dataset-source.js';
import {resolveLang, warmFormatters} from './locale.js';

/**
 * Starts loading the data of an element whose code has not arrived yet, from the attributes it will read, so the
 * data and the element's code travel in parallel instead of one after the other (on a slow phone network that is
 * most of the wait), and prepares its language's number formatters meanwhile. The element's own request later
 * joins the one in flight (the data layer fetches each file once per page); nothing here renders, and a failure
 * is left for the element to meet and report. A pre-rendered element carries its data in the page.
 */
export function prefetchData(element: Element): void {
  const attribute = (name: string) => element.getAttribute(name) ?? '';
  const lang = resolveLang(element);
  if (!warmed.has(lang)) {
    warmed.add(lang);
    setTimeout(() => warmFormatters(lang)); // after this task: the requests below go out first
  }
  // Pre-rendered (a declarative shadow root before its code): its data is in the page, read at take-over.
  if (element.shadowRoot) return;
  try {
    const occupation = attribute('occupation').trim();
    if (occupation) {
      void loadWidgetData({occupation, source: attribute('source'), timeout: attribute('timeout'), fallback: attribute('fallback')}).catch(ignore);
      return;
    }
    if (element.localName === 'career-explorer') {
      // The list's files: meta and index (shared with every widget) and the region's summary.
      const dataset = getDataset(datasetUrlFor(attribute('source')), fetchOptionsFor(attribute('timeout')));
      const region = attribute('region').trim().toUpperCase() || 'US';
      const files: Promise<unknown>[] = [dataset.meta(), dataset.index()];
      if (/^[A-Z]{2}$/.test(region)) files.push(dataset.regionSummary(region));
      for (const file of files) void file.catch(ignore);
      return;
    }
    if (attribute('cip').trim()) {
      const dataset = getDataset(datasetUrlFor(attribute('source')), fetchOptionsFor(attribute('timeout')));
      const files = [dataset.meta(), dataset.programs(), ...(attribute('sort').trim() === 'wage' ? [dataset.index()] : [])];
      for (const file of files) void file.catch(ignore);
    }
  } catch {
    // A bad `source` throws a configuration error: the element reports it when it loads.
  }
}

const ignore = () => undefined;
const warmed = new Set<string>();
