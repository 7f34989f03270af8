import type {DatasetIndex, SearchIndex, SearchVocabularyIndex} from './dataset-types.js';
import {buildMatcher, type TitleMatcher} from './search.js';
import type {SearcherOptions, SearchVocabulary} from './search-types.js';
import {BUNDLED_VOCABULARIES} from './vocabularies.js';

/**
 * Builds and keeps a dataset's title searches, one per tier, language and host vocabulary. It lives with the
 * matcher in the search's lazy chunk (the entry only asks for it): pages without a search never load it.
 */
/** The files a search is built from: what a `Dataset` offers (named here so the data layer has no import circle). */
export interface TitleFiles {
  readonly url: string;
  index(): Promise<DatasetIndex>;
  searchIndex(): Promise<SearchIndex>;
  searchFirst(): Promise<SearchIndex>;
  vocabulary(lang: string): Promise<SearchVocabularyIndex>;
}

interface Searches {
  readonly searchers: Map<string, Promise<TitleMatcher>>;
  /** Keys of the searches built. */
  readonly built: Set<string>;
}

const searches = new WeakMap<TitleFiles, Searches>();

export function searcherOf(dataset: TitleFiles, {tier = 'full', lang = '', vocabulary}: SearcherOptions = {}): Promise<TitleMatcher> {
  let kept = searches.get(dataset);
  if (!kept) searches.set(dataset, (kept = {searchers: new Map(), built: new Set()}));
  const {searchers, built} = kept;
  const base = lang.toLowerCase().split('-')[0]!;
  const key = `${tier} ${base} ${vocabulary ? hostVocabularyId(vocabulary) : ''}`;
  const full = `full ${base} ${vocabulary ? hostVocabularyId(vocabulary) : ''}`;
  // The full search, once built, answers the first tier's askers too.
  if (tier === 'first' && built.has(full)) return searchers.get(full)!;
  let searcher = searchers.get(key);
  if (!searcher) {
    const url = new URL(tier === 'first' ? 'search-first.json' : 'search.json', dataset.url).href;
    const titles = tier === 'first' ? dataset.searchFirst() : dataset.searchIndex();
    const listed = (search: SearchIndex) => (search.vocabularies?.includes(base) ? dataset.vocabulary(base) : null);
    const words = !base || base === 'en' ? null : BUNDLED_VOCABULARIES.includes(base) ? dataset.vocabulary(base) : titles.then(listed);
    words?.catch(() => undefined); // a missing vocabulary leaves the English titles
    const made = Promise.all([dataset.index(), titles, words?.catch(() => null)]).then(([index, search, own]) =>
      buildMatcher(url, index, search, own ?? null, vocabulary),
    );
    // A dataset without a first tier (built before it existed) answers from the full search.
    searcher = tier === 'first' ? made.catch(() => searcherOf(dataset, {tier: 'full', lang, vocabulary})) : made;
    searchers.set(key, searcher);
    const kept = searcher;
    kept.then(
      () => built.add(key),
      () => {
        if (searchers.get(key) === kept) searchers.delete(key);
      },
    );
  }
  return searcher;
}

/** A host vocabulary object's id in search cache keys: the same object, the same search. */
const hostVocabularies = new WeakMap<SearchVocabulary, number>();
let lastVocabularyId = 0;
const hostVocabularyId = (vocabulary: SearchVocabulary) => {
  let id = hostVocabularies.get(vocabulary);
  if (id === undefined) hostVocabularies.set(vocabulary, (id = ++lastVocabularyId));
  return id;
};
