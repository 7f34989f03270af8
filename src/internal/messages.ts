import type {DatasetErrorKind} from '../data/errors.js';

/**
 * Every visible string of the library, in one place, so a translation is a new table and not a rewrite.
 * Only English ships today; `messagesFor` picks by the resolved locale.
 */
const en = {
  loading: 'Loading career information…',
  errorTitle: 'Career information is not available right now.',
  errorHint: {
    network: 'The data could not be reached. Check your connection and try again.',
    timeout: 'The data took too long to arrive. Try again later.',
    http: 'The data server returned an error.',
    parse: 'The data file could not be read.',
    invalid: 'The data file is damaged or in the wrong format.',
    'not-found': 'This occupation could not be found.',
    version: 'The data file is for a different version of this widget.',
    config: 'The widget is not set up correctly.',
  } satisfies Record<DatasetErrorKind, string>,
  retry: 'Try again',
  details: 'Details for the site owner',
  noOccupation: 'No occupation chosen.',
  notAvailable: 'Not available',
  sourceLabel: 'Source',
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
  derived: 'Hourly figure calculated from the annual one (annual ÷ 2,080 hours); BLS publishes no hourly percentiles for states.',
  topCoded: (value: string) => `${value} or more: BLS does not publish exact wages at or above this amount.`,
  notPublished: 'Not published by BLS for this area (too few survey responses, or withheld for confidentiality).',
  annualOnly: 'BLS publishes this occupation’s wages as annual figures only.',
  hourlyOnly: 'BLS publishes this occupation’s wages as hourly figures only.',
  noStateData: (region: string) => `BLS publishes no wage figures for this occupation in ${region}; national figures are shown.`,
  unknownRegion: (region: string) => `“${region}” is not a state with wage data; national figures are shown.`,
  noWages: 'BLS publishes no wage figures for this occupation.',
  wageChart: (title: string, region: string) => `Chart of wage percentiles for ${title}, ${region}. The same figures are in the table.`,
  previousMedian: (value: string, period: string) => `Median in ${period}: ${value}.`,
  socNote: (soc: string) => `Wages and outlook are published for SOC ${soc}, which covers all of these occupations.`,
  // skills
  skillsHeading: (title: string) => `Skills: ${title}`,
  knowledgeHeading: (title: string) => `Knowledge: ${title}`,
  importance: 'Importance',
  level: 'Level',
  importanceValue: (value: string) => `Importance ${value} of 5`,
  levelValue: (value: string) => `level ${value} of 7`,
  blsStandIn:
    'O*NET has not rated this occupation’s skills. Shown instead: BLS skill ranks (Employment Projections), imputed by BLS from similar occupations.',
  blsPercentile: (value: string) => `Ranks above ${value} of occupations`,
  noSkills: 'No skill ratings are available for this occupation.',
  noKnowledge: 'O*NET has not rated the knowledge areas of this occupation.',
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show fewer',
};

export type Messages = typeof en;

export function messagesFor(_locale: string): Messages {
  return en;
}
