import {addEnglish} from '../english.js';

/**
 * English strings of `<career-search>`. They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const careerSearch = {
  // career-search
  searchLabel: 'Find a career',
  searchPlaceholder: 'Job title, e.g. medical coder',
  searchHint: 'Type a job title or an occupation code, then use the arrow keys to choose.',
  searchResults: 'Careers',
  searchLoading: 'Loading job titles…',
  searchTooShort: (count: number) => `Type at least ${count} characters.`,
  searchCount: (shown: number, total: number) =>
    total === 1 ? '1 career found.' : shown < total ? `${total} careers found; showing the first ${shown}.` : `${total} careers found.`,
  searchNone: (query: string) => `No careers match “${query}”.`,
  searchTry: 'Try a shorter or more general job title, such as “nurse” or “mechanic”, or check the spelling.',
  searchDidYouMean: 'Did you mean',
  searchLeadsTo: 'leads to',
  searchChosen: (title: string) => `${title} chosen.`,
  searchError: 'Job titles could not be loaded.',
  searchClear: 'Clear',
  searchJobZone: 'Preparation needed',
  searchMajor: 'Field of work',
  searchAny: 'Any',
  /** The one-line O*NET credit after the results (the licence's link follows it: "CC BY 4.0"). */
  searchCredit: (version: string) => `Job titles: O*NET® ${version} Database by USDOL/ETA, used under`,
};

addEnglish(careerSearch);
