import {addEnglish} from '../english.js';

/**
 * English strings of `<wage-range>` (also the profile's wages section and the compare table's wage cells). They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const wageRange = {
  // wages
  wagesHeading: (title: string) => `Wages: ${title}`,
  payBasis: 'Show pay',
  wageTableCaption: (title: string, period: string) => `${title}: wages, ${period}`,
  /** The wage table's count of jobs, with the survey's month (the outlook counts jobs too, for another year). */
  employmentOn: (period: string) => `Number of jobs (${period})`,
  /** The caption inside a profile, under the occupation's own title. */
  wageTableCaptionNested: (period: string) => `Wages, ${period}`,
  /** The disclosure that holds the notes explaining figures, in a phone-width widget (help.ts; the profile's sections use it too). */
  aboutFigures: 'About these figures',
  derived:
    'Estimated: the yearly figure ÷ 2,080 work hours (40 hours × 52 weeks), or BLS’s hourly median where the yearly figure is the median. The state files used here have yearly figures only.',
  topCoded: (value: string) => `${value} or more: BLS does not publish exact wages at or above this amount.`,
  annualOnly: 'BLS publishes this occupation’s wages as yearly figures only.',
  hourlyOnly: 'BLS publishes this occupation’s wages as hourly figures only.',
  noStateData: (region: string) => `BLS publishes no wage figures for this occupation in ${region}; national figures are shown.`,
  noWages: 'BLS publishes no wage figures for this occupation.',
  wageChart: (title: string, region: string) => `Chart of wages from low to high for ${title}, ${region}. The same figures are in the table.`,
  /** The previous survey's medians, for comparison: `values` lists each area and its median ("Minnesota $59,310; …"). */
  previousMedian: (values: string, period: string) => `Median in the previous survey (${period}): ${values}.`,
  previousTopCoded: (value: string) => `${value} or more (BLS published no exact figure at or above this amount then, so there is no exact comparison)`,
  previousNotPublished: 'not published by BLS for this area, so there is no comparison',
  sharedSoc: (soc: string, others: string) => `BLS publishes these wages for SOC ${soc} as a whole, which also covers ${others}.`,
  // whose figures (src/data/figures-subject.ts): named wherever another BLS code's figures are shown
  figuresOf: (code: string, title: string) => `${title} (${code})`,
};

addEnglish(wageRange);
