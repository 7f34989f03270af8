import type {DatasetErrorKind} from '../data/errors.js';
import type {SearchVocabulary} from '../data/search-types.js';
import {addEnglish, english} from './english.js';
import type {careerCompare} from './messages/career-compare.js';
import type {careerExplorer} from './messages/career-explorer.js';
import type {careerProfile} from './messages/career-profile.js';
import type {careerSearch} from './messages/career-search.js';
import type {educationTerms} from './messages/education-terms.js';
import type {figureTerms} from './messages/figure-terms.js';
import type {figureNotes} from './messages/figures-note.js';
import type {hostTerms} from './messages/host-terms.js';
import type {programCareers} from './messages/program-careers.js';
import type {skillList} from './messages/skill-list.js';
import type {wageRange} from './messages/wage-range.js';

/**
 * Every visible string of the library, in English: the reference catalog. Other languages are catalogs of the
 * same shape (`Messages`): Spanish in `catalogs/es.ts` (its own chunk, loaded only when a widget is in Spanish),
 * a host's own languages as JSON files (docs/i18n/README.md). `i18n.ts` picks the catalog for an element's
 * language. A function-valued message takes already formatted values (numbers and dates go through locale.ts).
 *
 * The English catalog comes in parts so that a page pays only for the strings of the elements it shows: the
 * strings every element shares are here, in the entry; each element's own (or a shared helper's) are in
 * `messages/<name>.ts`, which its module imports (so they travel in its chunk) and which add themselves to `en`
 * (`addEnglish`, english.ts) when loaded.
 * `Messages` is the whole catalog's shape, which built-in catalogs must satisfy in full.
 */
const common = {
  loading: 'Loading career information…',
  errorTitle: 'Career information is not available right now.',
  /** A mistake in the page (a wrong code, a wrong dataset): worded as something the site owner fixes, not as an outage. */
  setupErrorTitle: 'This page needs a fix before this career information can show.',
  errorHint: {
    network: 'The data could not be reached. Check your connection and try again.',
    timeout: 'The data took too long to arrive. Try again later.',
    http: 'The data server returned an error.',
    parse: 'Site owner: the data file is not JSON; check the source.',
    invalid: 'Site owner: the data file is damaged or in the wrong format.',
    'not-found': 'Site owner: nothing in the dataset has this code.',
    version: 'Site owner: the data file is for another version.',
    config: 'Site owner: an attribute is wrong (see details).',
  } satisfies Record<DatasetErrorKind, string>,
  retry: 'Try again',
  // fallback="bundled" (internal/dataset-source.ts)
  fallbackNote: (host: string) => `The career data from ${host} could not be loaded, so this shows the data included with the widget. It may be older.`,
  details: 'Details for the site owner',
  noOccupation: 'No occupation chosen.',
  notAvailable: 'Not available',
  // the wage vocabulary (wage-range, compare, program-careers, the profile's host tables read these by key)
  annual: 'Per year',
  hourly: 'Per hour',
  importance: 'Importance',
  level: 'Level',
  // languages: the catalog's own language, and what every language needs beside the labels above
  /** BCP 47 tag of the catalog's language; English-only data is marked `lang="en"` when this is not English. */
  lang: 'en',
  englishOnly: 'Occupation details are available in English only.',
  unitedStates: 'United States',
  /** Read out before a footnote number (“note 1”). */
  note: 'note',
  /** The O*NET licence notice (CC BY 4.0 attribution); `ratings` is `onetRatings(...)` in brackets, or empty. */
  sourceOnet: (version: string, ratings: string) =>
    `This includes information from the O*NET ${version} Database${ratings} by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
  onetRatings: (version: string) => ` (skills and knowledge: O*NET ${version})`,
  sourceWages: (period: string) => `Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${period}`,
  sourceProjections: (period: string) => `Source: U.S. Bureau of Labor Statistics, Employment Projections ${period}`,
  /** Label of the English licence notice kept beside a translated one. */
  originalNotice: 'Licence notice in English',
  /** State names where the language spells them differently (`NY` -> `Nueva York`); others keep the dataset's name. */
  regions: {} as Record<string, string>,
  /**
   * The fixed vocabularies the data spells in English (BLS education and training categories, O*NET education
   * levels, job-zone names, BLS skill names), keyed by their English text. Anything not listed stays in English.
   */
  terms: {} as Record<string, string>,
  sourcePrograms: 'Source: National Center for Education Statistics, CIP 2020 to SOC 2018 Crosswalk',
  sourceVideos: 'Video: CareerOneStop, U.S. Department of Labor',
};

export type Messages = typeof common &
  typeof wageRange &
  typeof skillList &
  typeof careerProfile &
  typeof programCareers &
  typeof careerCompare &
  typeof careerSearch &
  typeof careerExplorer &
  typeof educationTerms &
  typeof figureTerms &
  typeof hostTerms &
  typeof figureNotes & {
    /** A host catalog's words of its language for jobs (`search` in the catalog), which `<career-search>` searches. */
    searchVocabulary?: SearchVocabulary;
  };

/**
 * The English catalog. Typed as whole although it holds only the shared strings until the element modules have
 * added theirs: an element reads only its own part and the shared one, and its part is loaded with its code.
 */
export const en = english as Messages;
addEnglish(common);

/** Whether a catalog is English (a host may register `en-GB`): then English-only data needs no `lang` marking. */
export const isEnglish = (messages: Messages): boolean => /^en(-|$)/i.test(messages.lang);
