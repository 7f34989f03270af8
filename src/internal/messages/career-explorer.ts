import type {SortDirection, SortKey} from '../../data/career-list.js';
import {addEnglish} from '../english.js';

/**
 * English strings of `<career-explorer>`. They travel in the element's own chunk rather than the entry, and join
 * the English catalog when the element's module loads. The outlook words, "per hour" and "or more" are
 * `<program-careers>`'s (messages/program-careers.ts), which the element loads too.
 */
export const careerExplorer = {
  explorerHeading: (area: string) => `Careers in ${area}`,
  /** The table's caption: what is listed, for where and when, and in which order. */
  explorerCaption: (area: string, wagePeriod: string, projectionsPeriod: string, order: string) =>
    `Careers in ${area}: pay and jobs ${wagePeriod}, national outlook ${projectionsPeriod}. ${order}`,
  explorerOrder: (column: string, direction: string) => `Sorted by ${column}, ${direction}.`,
  explorerDirection: {
    title: {ascending: 'A to Z', descending: 'Z to A'},
    figure: {ascending: 'lowest first', descending: 'highest first'},
  } satisfies Record<'title' | 'figure', Record<SortDirection, string>>,
  /** Column headers; `median` depends on the pay basis, `employment` names the region. */
  explorerColumn: {
    title: 'Career',
    median: 'Median pay',
    employment: 'Jobs',
    growth: 'Outlook, U.S.',
    openings: 'Openings a year, U.S.',
    education: 'Typical entry education',
    'job-zone': 'Preparation needed',
  } satisfies Record<SortKey, string>,
  explorerMedianBasis: {annual: 'per year', hourly: 'per hour'},
  explorerJobsIn: (area: string) => `Jobs in ${area}`,
  /** Visible and announced after each change: how many careers match. */
  explorerCount: (shown: number, total: number) =>
    total === 0
      ? 'No careers match these filters.'
      : shown < total
        ? `${total} careers match; the first ${shown} are shown.`
        : total === 1
          ? 'One career matches.'
          : `${total} careers match.`,
  explorerShowMore: (count: number) => (count === 1 ? 'Show 1 more career' : `Show ${count} more careers`),
  explorerNoMatchHint: 'Try fewer filters.',
  explorerFilters: 'Filter careers',
  explorerField: 'Field',
  explorerFieldsChosen: (count: number) => (count === 0 ? 'All fields' : count === 1 ? '1 field chosen' : `${count} fields chosen`),
  explorerEducationFrom: 'Education from',
  explorerEducationTo: 'Education up to',
  explorerJobZone: 'Preparation needed',
  explorerAny: 'Any',
  explorerMinPay: (basis: string) => `Median pay at least (${basis})`,
  explorerOutlookAtLeast: 'Outlook at least',
  explorerInterests: 'Interests (all chosen)',
  explorerBright: 'Bright outlook only',
  explorerBrightMark: 'Bright outlook',
  explorerBrightHelp:
    'Bright outlook: projected to grow faster than average or to have 100,000 or more openings in 10 years (O*NET’s criteria, applied to the BLS projections).',
  explorerQuery: 'Title contains',
  explorerClear: 'Clear filters',
  explorerSortBy: 'Sort by',
  explorerOrderLabel: 'Order',
  explorerView: 'Show as',
  explorerViewTable: 'Table',
  explorerViewChart: 'Chart',
  explorerDownload: 'Download this list (CSV)',
  explorerCsvSources: 'Sources',
  explorerCsvCode: 'Code',
  explorerCsvGrowthPercent: (period: string) => `Projected change ${period}, percent`,
  explorerCsvWhoseFigures: 'Figures for',
  explorerOutlookNational: (area: string, period: string) =>
    `Outlook and openings are national (United States, ${period}): BLS projects jobs for the whole country, not for ${area}.`,
  explorerFiguresWhat: 'The pay, jobs, outlook and education shown',
  explorerGrowth: (words: string, percent: string) => `${words} (${percent})`,
  explorerPerYear: (value: string) => `${value} a year`,
  /** The note on a row whose BLS figures are another code's (src/data/figures-subject.ts says whose and why). */
  explorerFiguresFor: {
    aggregate: (code: string, title: string) => `BLS figures for ${code} ${title}, which BLS publishes as one occupation.`,
    'all-other': (code: string, title: string) => `BLS figures for ${code} ${title}, the catch-all code BLS counts this career in.`,
    broader: (code: string, title: string) => `BLS figures for ${code} ${title}, the occupation BLS counts this specialty in.`,
  },
  explorerChart: (area: string) =>
    `Median pay against projected growth, one point per career, sized by openings a year: ${area}. The table has the same figures.`,
  explorerChartHelp: 'In the chart, the arrow keys move between careers and Enter opens one.',
  explorerChartPoint: (title: string, pay: string, growth: string, openings: string) =>
    `${title}: median pay ${pay}, growth ${growth}, ${openings} openings a year.`,
  explorerChartAxisPay: 'Median pay',
  explorerChartAxisGrowth: (period: string) => `Projected growth, ${period}`,
  explorerChartUnavailable: 'The chart could not be loaded; the table has the same figures.',
  explorerChartLimit: (count: number) => `The chart shows the first ${count} careers of the list.`,
  explorerChosen: (title: string) => `${title} chosen.`,
};

addEnglish(careerExplorer);
