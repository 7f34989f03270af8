import {type Check, object, oneOf, optional, record, refine, string} from './checks.js';
import {DatasetError} from './errors.js';
import {fetchJson} from './fetch-json.js';
import type {SearchVocabulary} from './search-types.js';
import {catalogVocabularyCheck} from './vocabulary-check.js';

/**
 * A host's catalog of messages for one language (docs/i18n/README.md): data, so it is fetched and validated
 * like the dataset (same request cache, limits and errors), and knows nothing of elements.
 *
 * ```json
 * {"format": "career-widgets-messages/1", "lang": "so",
 *  "messages": {"retry": "Isku day mar kale", "wagesHeading": "Mushahar: {title}",
 *               "moreTitles": {"one": "{count} magac oo kale", "other": "{count} magacyo oo kale"}},
 *  "terms": {"Bachelor's degree": "…"}, "regions": {"NY": "…"},
 *  "search": {"stopwords": ["ee"], "entries": [{"forms": ["kalkaaliye"], "targets": ["29-1141.00"]}]}}
 * ```
 * `messages` keys are the English catalog's, nested ones joined with dots (`errorHint.network`, `sections.wages`).
 */
export const CATALOG_FORMAT = 'career-widgets-messages/1';

/** One message: text with `{placeholders}`, or plural forms as `Intl.PluralRules` names them. */
export type CatalogMessage = string | ({other: string} & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>);

/** A host catalog as a page gives it: the URL of its JSON file, or the parsed object itself. */
export type CatalogSource = string | Record<string, unknown>;

export interface HostCatalog {
  format: typeof CATALOG_FORMAT;
  /** BCP 47 tag of the catalog's language. */
  lang: string;
  messages: Record<string, CatalogMessage>;
  terms?: Record<string, string>;
  regions?: Record<string, string>;
  /** Words of the language for jobs, so `<career-search>` in it finds careers by them (docs/i18n). */
  search?: Omit<SearchVocabulary, 'lang'>;
}

const text = string(2_000);
const pluralForms = object({
  other: text,
  zero: optional(text),
  one: optional(text),
  two: optional(text),
  few: optional(text),
  many: optional(text),
});
const message: Check<CatalogMessage> = (value, path, issues) =>
  typeof value === 'object' && value !== null ? pluralForms(value, path, issues) : text(value, path, issues);

const catalogCheck = object({
  format: oneOf(CATALOG_FORMAT),
  lang: refine(string(35), (lang) => (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? null : `"${lang}" is not a language tag`)),
  // A group, then names; a vocabulary's names are the data's English text (`blsTerms.Some college, no degree`).
  messages: record(/^[A-Za-z][\w-]*(\.[^.\p{Cc}]{1,200})*$/u, message),
  terms: optional(record(/^.{1,2000}$/s, text)),
  regions: optional(record(/^[A-Z]{2}$/, string(200))),
  search: optional(catalogVocabularyCheck),
});

/** Checks a parsed catalog; throws a `DatasetError` of kind `invalid` naming the fields that are wrong. */
export function validateCatalog(value: unknown, url: string): HostCatalog {
  const issues: string[] = [];
  if (catalogCheck(value, '', issues)) return value as HostCatalog;
  throw new DatasetError('invalid', `${url} is not a valid messages catalog: ${issues.join('; ')}`, url);
}

/** Fetches (once per URL per page) and validates a host catalog. */
export async function loadCatalog(url: string, signal?: AbortSignal): Promise<HostCatalog> {
  return validateCatalog(await fetchJson(url, signal), url);
}
