/**
 * The career dataset's shape, version 1: the one contract between the pipeline (which writes it), the
 * JSON Schema (generated from these types by `npm run schema`, and checked in CI) and the browser data layer.
 *
 * Files of a dataset folder (`data/v1/` in this package, or any host's folder in the same format):
 * - `meta.json`            {@link DatasetMeta}: sources, versions, dates, licences, attribution text
 * - `index.json`           {@link DatasetIndex}: every occupation, small enough for lists and code lookup
 * - `search.json`          {@link SearchIndex}: alternate and reported job titles, packed, loaded only for search
 * - `search-first.json`    {@link SearchIndex}: the first tier of those titles (the strongest), loaded before the rest
 * - `search-<lang>.json`   {@link SearchVocabularyIndex}: a language's job words (`search-es.json`), only for search in it
 * - `programs.json`        {@link ProgramIndex}: college programs (CIP codes) and the occupations they prepare for
 * - `occupations/<code>.json`  {@link Occupation}: everything one profile shows
 * - `regions/<code>.json`  {@link RegionSummary}: one region's careers with the figures a list of them shows
 *
 * Conventions: codes are strings (`29-2072.00` O*NET-SOC, `29-2072` SOC); a figure that a source did not
 * publish is `null`, never 0, and says why in a `status` map; employment projections stay in thousands, as
 * BLS publishes them, so every number can be found in its source row.
 */

/** Bumped on any breaking change of the files below; the data layer refuses a dataset of another major. */
export const DATASET_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------- meta

/** One public source the dataset was compiled from. */
export interface SourceInfo {
  /**
   * Stable key used by `Occupation` sections to cite it: `onet`, `onet-ratings`, `oews`, `oews-previous`,
   * `projections`, `soc`, and when built with them `cip-soc` (programs) and `career-videos`.
   */
  id: string;
  /** Display name, e.g. "O*NET 30.2 Database". */
  name: string;
  /** Publisher, e.g. "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)". */
  publisher: string;
  /** Release label as the publisher gives it, e.g. "30.2", "May 2025", "2024-34". */
  version: string;
  /** Release date, ISO `YYYY-MM` (or `YYYY-MM-DD`). */
  date: string;
  /** Licence, e.g. "CC BY 4.0" or "Public domain (U.S. federal government work)". */
  license: string;
  /** Licence URL, when there is one. */
  licenseUrl?: string;
  /** Where the publisher offers the data. */
  url: string;
}

/** The attribution lines a widget must show beside the data it comes from. */
export interface Attribution {
  /** O*NET's CC BY 4.0 notice (names both O*NET versions when skills and knowledge come from an older one). */
  onet: string;
  /** "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025". */
  wages: string;
  /** "Source: U.S. Bureau of Labor Statistics, Employment Projections 2024-34". */
  projections: string;
  /** "Source: National Center for Education Statistics, CIP 2020 to SOC 2018 Crosswalk" (absent when built without it). */
  programs?: string;
  /** "Video: CareerOneStop, U.S. Department of Labor" (absent when built without the video list). */
  videos?: string;
}

export interface DatasetMeta {
  schemaVersion: number;
  /** The dataset's own release label (derived from its sources, never a build timestamp, so builds are reproducible). */
  datasetVersion: string;
  sources: SourceInfo[];
  attribution: Attribution;
  wages: WageMeta;
  projections: ProjectionMeta;
  /** Job zones as `Job Zone Reference.txt` defines them (30.2 merged zones 1 and 2 into 2). */
  jobZones: JobZoneInfo[];
  /** Two-letter code -> state name, for every region with wage rows (50 states + DC). */
  regions: Record<string, string>;
  /**
   * O*NET content-model descriptions (`Content Model Reference.txt`) keyed by element id, for every element
   * an occupation file rates (skills, knowledge, work styles, work values, RIASEC interests, and the optional
   * abilities / work activities / work context). Kept here once instead of in 1,016 files.
   */
  elements: Record<string, ElementInfo>;
}

export interface ElementInfo {
  name: string;
  description: string;
}

export interface WageMeta {
  /** Reference period of current wages, e.g. "May 2025". */
  period: string;
  /** Reference period of `previousMedian`, e.g. "May 2024". */
  previousPeriod: string;
  /** BLS's top code: a value at or above it is published as `#` (status `top-coded`). */
  topCode: TopCode;
  /** National all-occupations figures, for comparisons. */
  allOccupations: {annualMedian: number; hourlyMedian: number};
}

export interface TopCode {
  hourly: number;
  annual: number;
  /**
   * The OEWS periods of this dataset whose files use this top code (hold `#` cells), e.g. `["May 2024"]`: the
   * May 2025 files publish exact wages above it. Absent in datasets built before this was recorded.
   */
  periods?: string[];
}

export interface ProjectionMeta {
  /** e.g. "2024-34". */
  period: string;
  baseYear: number;
  projectedYear: number;
  /** Percent change of employment for all occupations (3.1 for 2024-34). */
  allOccupationsPercentChange: number;
}

export interface JobZoneInfo {
  zone: number;
  /** e.g. "Job Zone Three: Medium Preparation Needed". */
  name: string;
  experience: string;
  education: string;
  training: string;
  examples: string;
  svpRange: string;
}

// ---------------------------------------------------------------- index

/** Every occupation of the dataset, one entry each, in code order. Small: loaded by every widget. */
export interface DatasetIndex {
  schemaVersion: number;
  datasetVersion: string;
  occupations: IndexEntry[];
  /** SOC major groups, for grouping and labels. */
  majorGroups: {code: string; title: string}[];
}

export interface IndexEntry {
  /** File key: O*NET-SOC code (`29-2072.00`), or the SOC code for a BLS occupation O*NET does not profile. */
  code: string;
  /** 2018 SOC detailed code (`29-2072`). */
  soc: string;
  title: string;
  /** Major group code (`29-0000`). */
  major: string;
  /** O*NET job zone, or null where O*NET gives none. */
  jobZone: number | null;
  /** National annual median wage (OEWS current period), null when not published or top-coded. */
  median: number | null;
  /**
   * Set when `median` is another BLS code's (an aggregate, an "All Other" code, the SOC occupation of an O*NET
   * specialty: `figuresSubject()` of the occupation's wages), so a list showing it can say whose it is.
   */
  medianOf?: {code: string; title: string};
  /** `onet`: a full O*NET profile; `bls`: a BLS-only occupation (wages, outlook, education). */
  kind: 'onet' | 'bls';
}

/**
 * What search needs beyond the index (`search.json`), loaded when a visitor first focuses or types in a search.
 * Occupation titles, codes, job zones and major groups are not repeated: they are in `index.json`, and every
 * array here is in the index's order (position `i` describes `DatasetIndex.occupations[i]`).
 */
export interface SearchIndex {
  schemaVersion: number;
  /** The `datasetVersion` of the `index.json` whose positions this file uses; the data layer refuses a mismatch. */
  datasetVersion: string;
  /**
   * Every distinct token of the titles, one per line: words and the separators between them (`, `, ` (`, `)`).
   * See `src/data/title-pack.ts` for the packing.
   */
  tokens: string;
  /**
   * Per occupation, its O*NET alternate titles and sample reported titles (`Occupation.alternateTitles`: without
   * repeats or the occupation's own title), packed as token numbers, sorted and front-coded, separated by `|`.
   * In `search-first.json`, only the strongest of them (see `strength`).
   */
  titles: string[];
  /**
   * Per occupation, one digit per title of `titles`, in the same order: how strongly O*NET ties the title to this
   * occupation rather than to others holding the same words (0 weak, 3 firm; `data/pipeline/title-strength.ts`).
   * Absent in datasets built before it was added (every title then counts as of middling strength).
   * @pattern ^[0-3]*$
   */
  strength?: string[];
  /**
   * How many people do the work nationally, to rank equally good matches: the projections' base-year employment
   * (all jobs, self-employed included: `Occupation.outlook.employmentBase` x 1,000) where BLS projects the
   * occupation, else OEWS employment (current period; the BLS aggregate's where the occupation has
   * `blsAggregate`); null where BLS publishes neither.
   */
  employment: (number | null)[];
  /** Languages with a search vocabulary in this dataset (`search-<lang>.json`), e.g. `["es"]`. */
  vocabularies?: string[];
  /**
   * True in `search-first.json`: only some titles of each occupation, so the search does not judge from them how
   * much of a word's titles an occupation holds.
   */
  partial?: boolean;
}

/**
 * A language's words for jobs (`search-<lang>.json`, compiled from `data/vocabulary/<lang>.json`): each word is a
 * title of the occupations it means, packed like `search.json`'s titles and in the index's order, so a search in
 * that language finds them beside the English titles. Loaded only by a search that speaks the language.
 */
export interface SearchVocabularyIndex {
  schemaVersion: number;
  /** The `datasetVersion` of the `index.json` whose positions this file uses. */
  datasetVersion: string;
  /** BCP 47 tag of the words' language. */
  lang: string;
  /** Words of the language that say nothing about the job (`de`, `la`), left out of queries and titles. */
  stopwords: string[];
  /** The words' tokens, one per line, as in `SearchIndex.tokens`. */
  tokens: string;
  /** Per occupation, the words that lead to it, packed as in `SearchIndex.titles`. */
  titles: string[];
  /**
   * Per occupation, one digit per word, as in `SearchIndex.strength`: 3 for what a word means first, less for what
   * it may also mean.
   * @pattern ^[0-3]*$
   */
  strength: string[];
}

// ---------------------------------------------------------------- regions

/**
 * `regions/<code>.json` (`US` and each state with wage rows): the careers of one region with the figures a list of
 * them shows (`<career-explorer>`), loaded only by pages that list careers. Columns rather than objects: every
 * array has one item per listed career, in the order of `rows`. Titles, codes, major groups and job zones are not
 * repeated: they are in `index.json`, and `rows` holds positions in it. Each figure is the one the occupation's
 * own file holds (its `wages.states[region]`, or `wages.national` for `US`; its `outlook`; its `education.bls`).
 */
export interface RegionSummary {
  schemaVersion: number;
  /** The `datasetVersion` of the `index.json` whose positions this file uses; the data layer refuses a mismatch. */
  datasetVersion: string;
  /** `US` for the nation, else the two-letter state code. */
  region: string;
  /**
   * Positions in `DatasetIndex.occupations` of the careers listed, ascending: those with a wage row for the region
   * (for `US`: a national wage row or a projection).
   */
  rows: number[];
  /** The region's annual median wage (OEWS, current period); null when not published. */
  annualMedian: (number | null)[];
  /** The region's hourly median wage; null when not published. */
  hourlyMedian: (number | null)[];
  /** The region's employment (OEWS); null when not published. */
  employment: (number | null)[];
  /**
   * Why a figure is null (or derived), as the occupation file's `WageRow.status` says, for the careers that have
   * any: keyed by the career's position in `rows` (as a string). Only the three figures above appear.
   */
  status: Record<string, Partial<Record<RegionWageField, ValueStatus>>>;
  /** `WageRow.basis` for the careers BLS publishes annual-only or hourly-only, keyed like `status`. */
  basis: Record<string, 'annual-only' | 'hourly-only'>;
  /** National projected percent change of employment (BLS Employment Projections); null when not projected. */
  percentChange: (number | null)[];
  /** National average annual openings, thousands, as published; null when not projected. */
  annualOpenings: (number | null)[];
  /** `Outlook.comparison` (this library's band); null when not projected. */
  comparison: (OutlookComparison | null)[];
  /** Typical education needed for entry (BLS): a position in `educationLevels`; null when BLS assigns none. */
  education: (number | null)[];
  /** BLS typical-entry categories as BLS spells them, from the least education to the most. */
  educationLevels: string[];
  /** O*NET interests high-point code (`Interests.highPoint`, e.g. `SIC`); empty where O*NET has none. */
  interests: string[];
  /**
   * Whose figures the wages, outlook and education are when they are not the career's own (`figuresSubject()`):
   * a position in `subjects`; null when they are its own.
   */
  subject: (number | null)[];
  /** The BLS codes whose figures some careers show, each once. */
  subjects: RegionFiguresSubject[];
}

/** The wage figures a region summary carries. */
export type RegionWageField = 'employment' | 'annual.median' | 'hourly.median';

/** `FiguresSubject` as a region summary stores it. */
export interface RegionFiguresSubject {
  code: string;
  title: string;
  reason: 'aggregate' | 'all-other' | 'broader';
}

// ---------------------------------------------------------------- occupation

export interface Occupation {
  schemaVersion: number;
  code: string;
  soc: string;
  title: string;
  kind: 'onet' | 'bls';
  /**
   * O*NET's description. For a BLS-only occupation: its 2018 SOC definition where the SOC defines the code;
   * for a BLS aggregate the SOC does not define (e.g. 29-2010), a sentence written by this library's pipeline
   * naming the SOC occupations it combines, whose own SOC definitions are in `socParts`.
   */
  description: string;
  /**
   * Only for a BLS aggregate the SOC does not define: the 2018 SOC detailed occupations it combines, with
   * their SOC definitions (`soc-2018/soc_2018_definitions.csv`), verbatim.
   */
  socParts?: SocPart[];
  /** Major, minor, broad and detailed SOC groups this occupation sits in (those the SOC lists). */
  socHierarchy: SocGroup[];
  /** Other O*NET occupations that share this SOC code (wages and outlook are per SOC code). */
  siblings: {code: string; title: string}[];
  /** Alternate titles (O*NET `Alternate Titles`) and sample reported titles, de-duplicated. */
  alternateTitles: string[];
  /**
   * O*NET's Sample of Reported Titles: what workers in the occupation call their job, those O*NET's My Next Move
   * shows first (also in `alternateTitles`, for search). Absent in datasets built before it was added.
   */
  reportedTitles?: string[];
  tasks: Task[];
  /** Short activity phrases (O*NET detailed work activities), most frequent across tasks first. */
  activities: string[];
  technology: TechnologyGroup[];
  tools: ToolGroup[];
  /** O*NET ratings, or null where O*NET has none for this occupation. */
  skills: RatedElement[] | null;
  knowledge: RatedElement[] | null;
  /** BLS skill percentile ranks (Employment Projections table 6.5): the stand-in where `skills` is null. */
  blsSkills: BlsSkill[] | null;
  interests: Interests | null;
  workStyles: WorkStyle[] | null;
  workValues: WorkValue[] | null;
  /** Present only when the user supplied the O*NET file (not in the bundled sources). */
  workContext?: WorkContextItem[];
  workActivities?: RatedElement[];
  abilities?: RatedElement[];
  jobZone: number | null;
  education: Education;
  outlook: Outlook | null;
  wages: Wages;
  related: RelatedOccupation[];
  /**
   * College programs (CIP 2020) that prepare for this occupation, from the NCES CIP 2020 to SOC 2018 crosswalk
   * (by `soc`; for a BLS aggregate, the programs of the SOC codes it combines), in CIP code order; for an O*NET
   * specialty, whose list is its SOC code's (`programsFrom`), by relevance to the specialty. Absent in a dataset
   * built without the crosswalk.
   */
  programs?: ProgramRef[];
  /**
   * Present when `programs` is not the crosswalk's list for this occupation but for the wider SOC code it belongs
   * to (an O*NET specialty `.01` and up: 11-9199.09 Wind Energy Operations Managers has the list of 11-9199
   * Managers, All Other). The list is then ordered by relevance to this occupation (word overlap of program titles
   * with its title, other job titles, description and tasks: `data/pipeline/program-relevance.ts`), and
   * `relevant` says how many of the first programs are close to its own work (0 to 5): a widget shows those first
   * and says whose list it is.
   */
  programsFrom?: ProgramsFrom;
  /**
   * Helpful high-school courses: our suggestions from the occupation's field, then its O*NET knowledge ratings (or BLS
   * skill ranks where O*NET rates no knowledge as important), through the one mapping table in
   * `data/pipeline/high-school-courses.ts`; null when neither O*NET nor BLS rates the occupation. Absent in datasets
   * built before it existed.
   */
  courses?: CourseSuggestion | null;
  /**
   * The CareerOneStop career video listed for this occupation, null when none is listed. It may be another
   * occupation's video (`own: false`): a widget must then say whose it is. Absent when built without the list.
   */
  video?: CareerVideo | null;
  /**
   * Set when BLS publishes this O*NET occupation's SOC code only inside a wider BLS code (e.g. 29-2010 for
   * 29-2011 and 29-2012, or 21-1018 for 21-1011 and 21-1014): `wages`, `outlook`, `education.bls` and
   * `blsSkills` are then that code's figures, and a widget should label them with this title.
   */
  blsAggregate?: {code: string; title: string};
}

export interface SocPart {
  code: string;
  title: string;
  definition: string;
}

export interface SocGroup {
  level: 'major' | 'minor' | 'broad' | 'detailed';
  code: string;
  title: string;
}

export interface Task {
  text: string;
  /** O*NET task type; null where O*NET gives none. Core tasks come first. */
  type: 'core' | 'supplemental' | null;
}

export interface TechnologyGroup {
  /** UNSPSC commodity title, e.g. "Medical software". */
  category: string;
  examples: TechnologyExample[];
}

export interface TechnologyExample {
  name: string;
  /** O*NET "Hot Technology": frequently in employers' job postings. */
  hot: boolean;
  /** O*NET "In Demand": frequently in job postings for this occupation. */
  inDemand: boolean;
}

export interface ToolGroup {
  category: string;
  examples: string[];
}

/** A skill, knowledge area, ability or work activity with O*NET importance (1-5) and level (0-7); its description is `meta.elements[id]`. */
export interface RatedElement {
  id: string;
  name: string;
  importance: number;
  /** null when O*NET marks the element not relevant, recommends suppressing the level estimate, or gives none. */
  level: number | null;
  /**
   * Estimates O*NET flags "Recommend Suppress" (low precision: few responses or a large standard error).
   * A flagged `importance` is kept and shown as a low-precision estimate; a flagged level is left out
   * (`level: null`) unless the element is also not relevant. Absent when nothing is flagged.
   */
  lowPrecision?: ('importance' | 'level')[];
}

export interface BlsSkill {
  name: string;
  /** Percentile rank among all occupations, 0-100. */
  percentile: number;
}

export type RiasecKey = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';

export interface Interests {
  /** Occupational interest scores, 1-7, keyed R I A S E C. */
  scores: Record<RiasecKey, number>;
  /** High-point code, first to third interest, e.g. "CE". */
  highPoint: string;
}

export interface WorkStyle {
  id: string;
  name: string;
  /** Work Styles Impact, -3 to 3. */
  impact: number;
  /** Distinctiveness rank, 0-10 (null when not given). */
  distinctiveness: number | null;
}

export interface WorkValue {
  id: string;
  name: string;
  /** Extent, 1-7. */
  extent: number;
}

export interface WorkContextItem {
  id: string;
  name: string;
  /** Context score on the element's own scale (CX 1-5 or CT 1-3). */
  value: number;
  scale: string;
}

export interface Education {
  /** O*NET "Required Level of Education" distribution (percent of respondents), null where O*NET has none. */
  distribution: EducationShare[] | null;
  /** BLS Employment Projections education and training assignments, null for codes BLS does not project. */
  bls: BlsEducation | null;
}

export interface EducationShare {
  category: number;
  label: string;
  percent: number;
  /** O*NET flags this percentage "Recommend Suppress" (low precision); shown marked as such. Absent when not flagged. */
  lowPrecision?: boolean;
}

export interface BlsEducation {
  typicalEntry: string;
  workExperience: string;
  onTheJobTraining: string;
}

/** BLS Employment Projections, employment in thousands as published. */
export interface Outlook {
  employmentBase: number;
  employmentProjected: number;
  change: number;
  percentChange: number;
  /** Average annual openings over the period, thousands. */
  annualOpenings: number;
  /**
   * How the percent change compares with the all-occupations change: this library's own classification (not
   * BLS's published wording); widgets present it as ours.
   */
  comparison: OutlookComparison;
}

/**
 * Our bands against the all-occupations change `avg` (`data/pipeline/outlook.ts`): decline p <= -1;
 * little-or-no-change -1 < p < 1; slower 1 <= p < avg - 1; average within avg ± 1; faster up to 2 x avg;
 * much-faster p >= 2 x avg.
 */
export type OutlookComparison = 'much-faster' | 'faster' | 'average' | 'slower' | 'little-or-no-change' | 'decline';

export interface Wages {
  national: WageRow | null;
  /** Keyed by two-letter state code (50 states + DC); a state missing here has no published row. */
  states: Record<string, WageRow>;
}

/** Value keys that may carry a status: `annual.p25`, `hourly.median`, `employment`, ... */
export type WageField = 'employment' | `${'annual' | 'hourly'}.${'p10' | 'p25' | 'median' | 'p75' | 'p90' | 'mean'}`;

/**
 * `derived`: a state hourly 10th/25th/75th/90th percentile the re-packaged state files do not carry (BLS's
 * official state file does): annual / 2080 to the cent, or the published hourly median where the annual
 * percentile equals the annual median; `top-coded`: at or above `WageMeta.topCode`; `not-available`: not
 * published (`*`, `**`, or a key missing from the state file).
 */
export type ValueStatus = 'derived' | 'top-coded' | 'not-available';

export interface WageRow {
  employment: number | null;
  annual: Percentiles;
  hourly: Percentiles;
  /** Only fields that are not plainly published appear here. */
  status: Partial<Record<WageField, ValueStatus>>;
  /** BLS publishes this occupation's wages as annual only (e.g. teachers) or hourly only (e.g. actors). */
  basis?: 'annual-only' | 'hourly-only';
  /**
   * Median of the previous period (`WageMeta.previousPeriod`); null when the dataset holds no previous-period
   * figures for this area at all.
   */
  previousMedian: PreviousMedian | null;
}

export interface PreviousMedian {
  annual: number | null;
  hourly: number | null;
  /**
   * Why a previous median is null: `top-coded` (at or above the top code of that period) or `not-available`
   * (not published, or no row for this occupation and area in that period). Absent when both are published.
   */
  status?: Partial<Record<'annual' | 'hourly', 'top-coded' | 'not-available'>>;
}

export interface Percentiles {
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
}

export interface RelatedOccupation {
  code: string;
  title: string;
  /** O*NET relatedness tier. */
  tier: 'primary-short' | 'primary-long' | 'supplemental';
}

// ---------------------------------------------------------------- programs and videos

/** A college program by its CIP 2020 code, e.g. `{cip: '51.0707', title: 'Health Information/Medical Records Technology/Technician'}`. */
export interface ProgramRef {
  /** CIP 2020 code, `NN.NNNN`. */
  cip: string;
  /** The crosswalk's title, without its trailing period. */
  title: string;
}

/** The wider code an occupation's program list belongs to (see `Occupation.programsFrom`). */
export interface ProgramsFrom {
  /** 2018 SOC code, e.g. `11-9199`. */
  code: string;
  /** Its 2018 SOC title, e.g. "Managers, All Other". */
  title: string;
  /** How many of the first programs are close to this occupation's own work (relevance >= 0.35), at most 5. */
  relevant: number;
}

/** `programs.json`: every program of the CIP-SOC crosswalk that prepares for at least one occupation of the dataset. */
export interface ProgramIndex {
  schemaVersion: number;
  /** In CIP code order. */
  programs: ProgramEntry[];
}

export interface ProgramEntry extends ProgramRef {
  /**
   * Occupation file keys (`29-2072.00`) the program prepares for: every occupation whose `soc` the crosswalk
   * pairs with the program, largest national employment (OEWS) first, then code order.
   */
  occupations: string[];
}

/** A career video (MP4 with a poster) on CareerOneStop's servers. */
export interface CareerVideo {
  /** https URL of the MP4. */
  url: string;
  /** https URL of the poster image, when listed. */
  poster: string | null;
  /** The occupation the video is about (the code in its file name), with its O*NET title. */
  about: {code: string; title: string};
  /** True when the video is this occupation's own; false when the list points to another occupation's video. */
  own: boolean;
}

/** Suggested high-school courses, and what they were derived from (a widget must label them a suggestion). */
export interface CourseSuggestion {
  courses: string[];
  basis: 'onet-knowledge' | 'bls-skills';
}
