/**
 * schema.org `ItemList` of `Occupation`s for a `<career-explorer>` with `structured-data`: the careers the list
 * shows, in its order, each with its code, the region and its median pay on the basis shown (what the visitor sees,
 * no more), and the sources and date. A lazy chunk: loaded only when a list asks for structured data.
 */
import type {CareerRow, CareerSort, PayBasis} from '../data/career-list.js';
import type {DatasetMeta} from '../data/dataset-types.js';
import {jsonLdText} from './occupation-schema.js';
import {policy} from './write.js';

const MARK = 'data-career-widgets';
const DURATION: Record<PayBasis, string> = {annual: 'P1Y', hourly: 'PT1H'};

export interface ListSchemaOptions {
  region: string;
  /** The region's name, e.g. "Minnesota". */
  regionName: string;
  pay: PayBasis;
  sort: CareerSort;
  /** The list's heading. */
  name: string;
}

type Json = Record<string, unknown>;

export function itemListSchema(rows: readonly CareerRow[], meta: DatasetMeta, options: ListSchemaOptions): Json {
  const location = options.region === 'US' ? {'@type': 'Country', name: 'United States'} : {'@type': 'State', name: options.regionName};
  const dates = meta.sources
    .filter((s) => ['onet', 'oews', 'projections'].includes(s.id))
    .map((s) => s.date)
    .sort();
  return {
    '@context': 'https://schema.org/',
    '@type': 'ItemList',
    name: options.name,
    numberOfItems: rows.length,
    itemListOrder: options.sort.direction === 'ascending' ? 'https://schema.org/ItemListOrderAscending' : 'https://schema.org/ItemListOrderDescending',
    ...(dates.length ? {mainEntityOfPage: {'@type': 'WebPage', lastReviewed: dates[dates.length - 1]}} : {}),
    itemListElement: rows.map((row, i) => {
      const occupation: Json = {'@type': 'Occupation', name: row.title, occupationalCategory: row.code, occupationLocation: [location]};
      const median = options.pay === 'annual' ? row.annualMedian : row.hourlyMedian;
      if (median !== null) {
        occupation.estimatedSalary = [
          {
            '@type': 'MonetaryAmountDistribution',
            name: 'base',
            currency: 'USD',
            duration: DURATION[options.pay],
            median,
            description: [meta.attribution.wages, row.subject ? `Figures for SOC ${row.subject.code} ${row.subject.title}.` : ''].filter(Boolean).join(' '),
          },
        ];
      }
      if (row.education) occupation.educationRequirements = row.education;
      return {'@type': 'ListItem', position: i + 1, item: occupation};
    }),
  };
}

/**
 * Writes (or replaces) the list's `<script type="application/ld+json">` as the element's own light-DOM child. Skips
 * with a console note where a Trusted Types CSP does not allow the library's JSON-LD policy.
 */
export function writeItemList(host: Element, schema: Json): void {
  const trusted = policy();
  if (trusted === null) {
    console.info('[career-widgets] structured-data skipped: this page enforces Trusted Types and does not allow the career-widgets-jsonld policy.');
    return;
  }
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}="structured-data"]`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, 'structured-data');
    host.append(script);
  }
  const text = jsonLdText(schema);
  (script as {text: unknown}).text = trusted ? trusted.createScript(text) : text;
}

/** Removes the list's block (structured data switched off). */
export function removeItemList(host: Element): void {
  host.querySelector(`:scope > script[${MARK}="structured-data"]`)?.remove();
}
