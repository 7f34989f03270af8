/**
 * The title search's public shapes, apart from the matcher itself so that importing them does not pull the
 * matcher into a page's entry script: `Dataset.searcher()` loads it on first use.
 */
import type {IndexEntry} from './dataset-types.js';

/**
 * Which text of an occupation matched: its own title, one of its O*NET alternate (or reported) titles, a word of a
 * language's search vocabulary (`lang` says which), or its code.
 */
export type SearchField = 'title' | 'alternate' | 'vocabulary' | 'code';

export interface SearchHit {
  entry: IndexEntry;
  /** Position of `entry` in `DatasetIndex.occupations`. */
  position: number;
  /** What matched: the occupation's own title, one of its alternate titles, or its code. */
  field: SearchField;
  /** The matched text: the title (own or alternate) or the code. */
  text: string;
  /** `[start, end)` character ranges of `text` that matched the query, for highlighting. */
  marks: [number, number][];
  /** False when the title holds all query words but one (shown after the full matches). */
  complete: boolean;
  /** Language of `text` when it comes from a search vocabulary (`field: 'vocabulary'`); absent for English. */
  lang?: string;
}

export interface SearchResult {
  query: string;
  /** The best matches, best first, at most `limit`. */
  hits: SearchHit[];
  /** How many occupations matched in all (complete and partial). */
  total: number;
}

export interface SearchOptions {
  /** Most hits to return (default 8). */
  limit?: number;
  /** Keep only occupations for which this returns true (job zone, major group...). */
  filter?: (entry: IndexEntry) => boolean;
}

/** Fewest characters a query needs (a code needs two digits). */
export const MIN_QUERY_LENGTH = 2;

/**
 * Words of a language that name occupations, so a search in that language finds careers by them beside the English
 * titles: the built-in Spanish vocabulary (`data/vocabulary/es.json`) and a host catalog's `search` field have this
 * shape (docs/i18n/README.md). Words are compared as the English titles are: case, accents and punctuation aside.
 */
export interface SearchVocabulary {
  /** BCP 47 tag of the words' language. */
  lang: string;
  /** Words that say nothing about the job (`de`, `la`, `el`), left out of queries and titles. */
  stopwords?: string[];
  entries: VocabularyEntry[];
}

export interface VocabularyEntry {
  /** What a visitor may type, every form: `["enfermero", "enfermera"]`. */
  forms: string[];
  /**
   * What the words mean, best first: O*NET-SOC codes (`29-1141.00`), or English job titles as O*NET spells them
   * (`Registered Nurse`), which lead where the English title leads.
   */
  targets: string[];
}

/** Which search `Dataset.searcher()` builds. */
export interface SearcherOptions {
  /**
   * `first`: from the first tier of titles (`search-first.json`, ~40 KB gzip), for answering while the rest
   * arrives; the full search when it is already built, or when the dataset has no first tier. `full` (default):
   * every title (`search.json`).
   */
  tier?: 'first' | 'full';
  /** Language of the visitor's words: its vocabulary in the dataset (`search-es.json`) is searched too. */
  lang?: string;
  /** A host's vocabulary for that language (from its messages catalog), searched too. */
  vocabulary?: SearchVocabulary;
}
