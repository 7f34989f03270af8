/** The data layer's public surface: no DOM, no elements. */
export * from './dataset-types.js';
export {
  Dataset,
  getDataset,
  type Alternative,
  type CareerListData,
  type OccupationData,
  type ProgramCareerSort,
  type ProgramCareersData,
  type Resolution,
} from './dataset.js';
export type {TitleMatcher} from './search.js';
export {MIN_QUERY_LENGTH, type SearchField, type SearchHit, type SearchOptions, type SearchResult} from './search-types.js';
export {DatasetError, isDatasetError, type DatasetErrorKind} from './errors.js';
export {bundledDatasetUrl, normaliseDatasetUrl} from './dataset-url.js';
export {FIGURE_SECTIONS, figuresSubject, hasFigures, type FigureSection, type FiguresReason, type FiguresSubject} from './figures-subject.js';
export * from './overlay-types.js';
// The overlay functions load lazily (only pages with host content pay for them): import them from `data/overlay.js`.
export type {HostContent} from './overlay.js';
export {EDUCATION_LEVELS, type EducationKey} from './education-levels.js';
export type {CareerFilters, CareerRow, CareerSort, SortKey} from './career-list.js';
