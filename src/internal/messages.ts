import type {DatasetErrorKind} from '../data/errors.js';
import type {FigureSection, FiguresReason} from '../data/figures-subject.js';

/**
 * Every visible string of the library, in English: the reference catalog. Other languages are catalogs of the
 * same shape (`Messages`): Spanish in `catalogs/es.ts` (its own chunk, loaded only when a widget is in Spanish),
 * a host's own languages as JSON files (docs/i18n/README.md). `i18n.ts` picks the catalog for an element's
 * language. A function-valued message takes already formatted values (numbers and dates go through locale.ts).
 */
export const en = {
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
  fallbackNote: (host: string) =>
    `The career data from ${host} could not be loaded, so this shows the data included with the widget. It may be older.`,
  details: 'Details for the site owner',
  noOccupation: 'No occupation chosen.',
  notAvailable: 'Not available',
  // wages
  wagesHeading: (title: string) => `Wages: ${title}`,
  annual: 'Per year',
  hourly: 'Per hour',
  payBasis: 'Show pay',
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
  employment: 'Employment',
  wageTableCaption: (title: string, period: string) => `${title}: wages, ${period}`,
  wagePercentileHelp:
    'Percentile wages: 25% of workers earn less than the 25th percentile, half earn less than the median, 75% earn less than the 75th percentile.',
  derived:
    'Derived from the annual figure (÷ 2,080 hours, or the published hourly median where the annual figure is the median): the state files used here have annual percentiles only.',
  topCoded: (value: string) => `${value} or more: BLS does not publish exact wages at or above this amount.`,
  notPublished: 'Not published by BLS for this area (too few survey responses, or withheld for confidentiality).',
  annualOnly: 'BLS publishes this occupation’s wages as annual figures only.',
  hourlyOnly: 'BLS publishes this occupation’s wages as hourly figures only.',
  noStateData: (region: string) => `BLS publishes no wage figures for this occupation in ${region}; national figures are shown.`,
  unknownRegion: (region: string) => `“${region}” is not a state with wage data; national figures are shown.`,
  noWages: 'BLS publishes no wage figures for this occupation.',
  wageChart: (title: string, region: string) => `Chart of wage percentiles for ${title}, ${region}. The same figures are in the table.`,
  previousMedian: (value: string, period: string) => `Median in ${period}: ${value}.`,
  previousTopCoded: (value: string, period: string) => `Median in ${period}: ${value} or more (BLS published no exact figure at or above this amount then), so no exact comparison.`,
  previousNotPublished: (period: string) => `Median in ${period}: not published by BLS for this area, so no comparison.`,
  /** @deprecated Unused since the figures notes: use `figuresNoteText()` (src/internal/figures-note.ts). Kept so branches using it still merge. */
  aggregateNote: (code: string, title: string) => `BLS publishes wages and projections for this occupation only as part of ${title} (${code}); those figures are shown.`,
  sharedSoc: (soc: string, others: string) => `BLS publishes these wages for SOC ${soc} as a whole, which also covers ${others}.`,
  // whose figures (src/data/figures-subject.ts): named wherever another BLS code's figures are shown
  figuresOf: (code: string, title: string) => `${title} (${code})`,
  figuresWhat: {
    wages: 'These wages',
    outlook: 'These projections',
    education: 'The typical education, work experience and training shown',
    blsSkills: 'These skill ranks',
  } satisfies Record<FigureSection, string>,
  figuresNote: {
    aggregate: (what: string, code: string, title: string, occupation: string) =>
      `${what} are for ${code} ${title}, which BLS publishes together: it has no separate figures for ${occupation}.`,
    'all-other': (what: string, code: string, title: string, occupation: string) =>
      `${what} are for ${code} ${title}, the catch-all code BLS counts ${occupation} in: it has no separate figures for this occupation.`,
    broader: (what: string, code: string, title: string, occupation: string) =>
      `${what} are for ${code} ${title}, the occupation BLS counts ${occupation} in: it has no separate figures for this specialty.`,
  } satisfies Record<FiguresReason, (what: string, code: string, title: string, occupation: string) => string>,
  // low-precision O*NET estimates ("Recommend Suppress")
  lowPrecision: 'low-precision estimate',
  lowPrecisionNote: 'O*NET marks this estimate as low precision (few survey responses or a wide margin of error) and advises caution.',
  levelLeftOut: 'level left out: low precision',
  lowPrecisionList:
    'O*NET flags some estimates here as low precision (few survey responses or a wide margin of error): importance so flagged is marked, a level so flagged is left out.',
  // skills
  skillsHeading: (title: string) => `Skills: ${title}`,
  knowledgeHeading: (title: string) => `Knowledge: ${title}`,
  importance: 'Importance',
  level: 'Level',
  importanceValue: (value: string) => `Importance ${value} of 5`,
  levelValue: (value: string) => `level ${value} of 7`,
  blsStandIn:
    'O*NET has not rated this occupation’s skills. Shown instead: BLS skill ranks (Employment Projections), imputed by BLS from similar occupations.',
  blsPercentile: (value: string) => `Higher than in ${value} of occupations`,
  noSkills: 'No skill ratings are available for this occupation.',
  noKnowledge: 'O*NET has not rated the knowledge areas of this occupation.',
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show fewer',
  // profile
  socCode: (code: string) => `SOC code ${code}`,
  onetCode: (code: string) => `O*NET-SOC code ${code}`,
  alsoCalled: 'Also called',
  alternatives: (soc: string) => `SOC ${soc} also covers:`,
  fallbackCode: (requested: string, shown: string) => `${requested} is not in this dataset; showing ${shown}.`,
  sections: {
    overview: 'What they do',
    tasks: 'Typical work tasks',
    conditions: 'Typical working conditions',
    technology: 'Tools & technology',
    skills: 'Most important skills',
    knowledge: 'Most important knowledge',
    interests: 'Interests',
    styles: 'Work styles',
    wages: 'Wages',
    outlook: 'Outlook',
    education: 'Education & training',
    related: 'Related occupations',
    local: 'Local information',
    certifications: 'Certifications',
    programs: 'Programs that prepare for this career',
    courses: 'Helpful high-school courses',
    video: 'Video',
  },
  tasksIntro: 'People who work in this career often:',
  technologyHeading: 'Technology',
  /** Unused since the compact profile (issue 12); kept for host catalogs that translate it. */
  moreCategories: (count: number) => `${count} more categories`,
  toolsHeading: 'Tools',
  interestsIntro: 'Different careers suit different interests. This career is:',
  riasec: {R: 'Realistic', I: 'Investigative', A: 'Artistic', S: 'Social', E: 'Enterprising', C: 'Conventional'},
  interestScore: (value: string) => `${value} of 7`,
  interestTable: 'Interest scores (1 to 7)',
  outlookSentence: (change: string, from: string, to: string, average: string) =>
    `Employment is projected to change by ${change} from ${from} to ${to}; for all occupations the change is ${average}.`,
  comparisonOurs: (average: string) =>
    `This comparison is ours, not BLS’s wording: “about average” is within 1 point of the ${average} change for all occupations, “much faster” at least twice it.`,
  socPartsIntro: 'BLS publishes this as one occupation. It combines these occupations of the 2018 Standard Occupational Classification (SOC definitions):',
  comparison: {
    'much-faster': 'That is much faster than average.',
    faster: 'That is faster than average.',
    average: 'That is about average.',
    slower: 'That is slower than average.',
    'little-or-no-change': 'That is little or no change.',
    decline: 'That is a decline.',
  },
  employmentIn: (year: number) => `Employment, ${year}`,
  openings: 'Openings each year (average)',
  employmentChange: 'Change',
  typicalEntry: 'Typical education needed to enter',
  workExperience: 'Work experience in a related occupation',
  training: 'On-the-job training',
  jobZone: 'Job zone',
  educationDistribution: 'Education of workers in this occupation (O*NET survey, percent of respondents)',
  educationLevel: 'Level of education',
  percentRespondents: 'Percent',
  stylesIntro: 'Personal characteristics that matter most for doing this work well:',
  relatedIntro: 'Occupations with similar work:',
  // languages (issue 9): the catalog's own language, and what every language needs beside the labels above
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
  // program-careers (and the profile's programs section)
  programHeading: (title: string) => `Careers this program prepares for: ${title}`,
  cipCode: (cip: string) => `CIP code ${cip}`,
  noProgram: 'No program chosen.',
  careersShown: (shown: number, total: number) => (shown < total ? `Showing ${shown} of ${total} careers.` : total === 1 ? 'One career.' : `${total} careers.`),
  careersOrder: {employment: 'Listed by number of jobs nationally, most first.', wage: 'Listed by national median pay, highest first.'},
  showAllCareers: (count: number) => `Show all ${count} careers`,
  medianPayIn: (area: string) => `Median pay, ${area}`,
  perHour: (value: string) => `${value} an hour`,
  atLeast: (value: string) => `${value} or more`,
  jobOutlook: 'Job outlook',
  outlookWords: {
    'much-faster': 'Growing much faster than average',
    faster: 'Growing faster than average',
    average: 'Growing about as fast as average',
    slower: 'Growing slower than average',
    'little-or-no-change': 'Little or no change',
    decline: 'Declining',
  },
  noProjection: 'Not projected by BLS',
  entryEducation: 'Typical entry education',
  figuresFor: (title: string) => `Pay and outlook are BLS figures for ${title}.`,
  chooseCareer: 'Choose a career to see its details.',
  careerListLabel: (title: string) => `Careers for ${title}`,
  // host content (overlay)
  hostErrorTitle: 'Some of this site’s own information could not be shown.',
  fromHost: (name: string) => `From ${name}`,
  hostUpdated: (when: string) => `updated ${when}`,
  hostPrograms: (name: string) => `Programs at ${name}`,
  credential: 'Credential',
  programLength: 'Length',
  programCost: 'Cost',
  delivery: 'Delivery',
  programPage: (name: string) => `${name}: program page`,
  issuedBy: (issuer: string) => `issued by ${issuer}`,
  localWagesCaption: (name: string) => `Local wages from ${name}`,
  wageBasis: {annual: 'per year', hourly: 'per hour'},
  area: 'Area',
  wageSource: (source: string, date: string) => `${source}, ${date}`,
  // profile sections: programs, courses, video
  publicPrograms: 'College programs that prepare for this career (by CIP code):',
  morePrograms: (count: number) => `${count} more programs`,
  noPublicPrograms: 'The CIP-SOC crosswalk lists no college program for this occupation.',
  coursesIntro: 'Examples of high-school classes that help you prepare for this career:',
  coursesBasis: {
    'onet-knowledge': 'A suggestion derived from the knowledge areas O*NET rates most important for this work (O*NET ratings), not a list from a school.',
    'bls-skills': 'A suggestion derived from BLS skill ranks and the occupation’s field (O*NET has not rated this occupation’s knowledge), not a list from a school.',
  },
  videoTitle: (title: string) => `Career video: ${title}`,
  otherVideo: (title: string) => `CareerOneStop has no video for this exact occupation; this is the video for ${title}, a closely related one.`,
  playVideo: 'Play video',
  videoLoadsFrom: (host: string) => `Loads from ${host} when you press play.`,
  videoFailed: 'The video could not be played here.',
  openVideo: (host: string) => `Open the video on ${host}`,
  captionsLabel: 'Captions',
  sourcePrograms: 'Source: National Center for Education Statistics, CIP 2020 to SOC 2018 Crosswalk',
  sourceVideos: 'Video: CareerOneStop, U.S. Department of Labor',
  // career-compare
  compareHeading: 'Compare careers',
  compareSearchLabel: 'Add a career to compare',
  compareIntro: (count: number, max: number) =>
    count === 0
      ? `Find careers with the search to compare up to ${max} of them side by side.`
      : count === 1
        ? `Add at least one more career to compare (up to ${max}).`
        : `Comparing ${count} careers (up to ${max}).`,
  compareCaption: (region: string, period: string, basis: string) => `Careers compared: ${region}. Wages and employment: ${period}, pay ${basis}.`,
  compareChart: (region: string) => `Chart of wage percentiles of the careers compared, ${region}. The same figures are in the table.`,
  removeCareer: 'Remove',
  compareAdded: (title: string, count: number) => `Added ${title}. ${count} ${count === 1 ? 'career' : 'careers'} compared.`,
  compareRemoved: (title: string, count: number) => `Removed ${title}. ${count} ${count === 1 ? 'career' : 'careers'} compared.`,
  compareDuplicate: (title: string) => `${title} is already in the comparison.`,
  compareFull: (max: number) => `You can compare up to ${max} careers. Remove one to add another.`,
  compareTooMany: (max: number, dropped: string) => `Only ${max} careers can be compared; not shown: ${dropped}.`,
  compareNotFound: (codes: string) => `Not found in this dataset, so not compared: ${codes}.`,
  employmentRegion: (region: string) => `Employment in ${region}`,
  outlookRow: (period: string) => `Outlook, ${period} (nationwide)`,
  outlookShort: {
    'much-faster': 'Much faster than average',
    faster: 'Faster than average',
    average: 'About average',
    slower: 'Slower than average',
    'little-or-no-change': 'Little or no change',
    decline: 'Decline',
  },
  topSkills: 'Top skills',
  topKnowledge: 'Top knowledge',
  compareInterests: 'Interests',
  notRated: 'Not rated by O*NET',
  compareNational: (career: string, region: string) => `${career}: BLS publishes no wage figures for ${region}; national figures are shown.`,
  compareBlsSkills: (career: string) => `${career}: O*NET has not rated this career’s skills; BLS skill ranks (Employment Projections) are shown instead, highest first.`,
  shortlistSaved: 'Your shortlist is kept in this browser.',
  shortlistClear: 'Clear shortlist',
  shortlistCleared: 'Shortlist cleared.',
  shortlistUnavailable: 'This browser does not allow saving, so your shortlist will not be kept after you leave.',
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
  // readable profile (issue 12): compact default, plain-language help, whose figures
  showMore: 'Show more about this career',
  moreTitles: (count: number) => `${count} more titles`,
  moreTasks: (count: number) => `${count} more tasks`,
  allTechnology: (count: number) => `All tools and technology (${count} categories)`,
  moreExamples: (count: number) => `and ${count} more`,
  inDemand: 'In demand',
  hotShort: 'Hot',
  inDemandNote: 'In demand: in many job postings for this career. Hot: for many careers.',
  learnMore: (title: string) => `More about ${title} on O*NET OnLine`,
  outlookNational: (region: string, period: string) =>
    `National figures (United States, ${period}): BLS projects jobs for the whole country, not for ${region}.`,
  twoEmploymentFigures: (wagePeriod: string, baseYear: number) =>
    `Two counts: the wage table's is from the employer survey (${wagePeriod}); projections count all ${baseYear} jobs, self-employed too.`,
  ratingHelp: 'Importance: how much it matters, 1-5. Level: how much the job needs, 0-7.',
  jobZoneHelp: 'Job zones (O*NET) rank preparation needed, from 1-2 (little) to 5 (a lot).',
  educationSources: 'Typical education: what BLS says new workers need. Job zone, survey (O*NET): what workers have.',
  /** BLS's education and training categories, as BLS defines them, in plain words (keys are BLS's exact labels). */
  blsTerms: {
    'Postsecondary nondegree award': 'a certificate after high school, not a degree',
    'Some college, no degree': 'some college, no degree',
    'No formal educational credential': 'no diploma needed',
    'High school diploma or equivalent': 'or a GED',
    'Short-term on-the-job training': 'a month or less',
    'Moderate-term on-the-job training': '1 to 12 months',
    'Long-term on-the-job training': 'more than a year',
    'Internship/residency': 'supervised training after school',
    Apprenticeship: 'paid training on the job with classes',
  } as Record<string, string>,
};

export type Messages = typeof en;

/** Whether a catalog is English (a host may register `en-GB`): then English-only data needs no `lang` marking. */
export const isEnglish = (messages: Messages): boolean => /^en(-|$)/i.test(messages.lang);
