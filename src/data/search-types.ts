/**
 * The title search's public shapes, apart from the matcher itself so that importing them does not pull the
 * matcher into a page's entry script: `Dataset.searcher()` loads it on first use.
 */
import type {IndexEntry} from './dataset-types.js';

/** Which text of an occupation matched. */
export type SearchField = 'title' | 'alternate' | 'code';

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
