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
  derived:
    'Derived from the annual figure (÷ 2,080 hours, or the published hourly median where the annual figure is the median): the state files used here have annual percentiles only.',
  topCoded: (value: string) => `${value} or more: BLS does not publish exact wages at or above this amount.`,
  annualOnly: 'BLS publishes this occupation’s wages as annual figures only.',
  hourlyOnly: 'BLS publishes this occupation’s wages as hourly figures only.',
  noStateData: (region: string) => `BLS publishes no wage figures for this occupation in ${region}; national figures are shown.`,
  noWages: 'BLS publishes no wage figures for this occupation.',
  wageChart: (title: string, region: string) => `Chart of wage percentiles for ${title}, ${region}. The same figures are in the table.`,
  previousMedian: (value: string, period: string) => `Median in ${period}: ${value}.`,
  previousTopCoded: (value: string, period: string) => `Median in ${period}: ${value} or more (BLS published no exact figure at or above this amount then), so no exact comparison.`,
  previousNotPublished: (period: string) => `Median in ${period}: not published by BLS for this area, so no comparison.`,
  sharedSoc: (soc: string, others: string) => `BLS publishes these wages for SOC ${soc} as a whole, which also covers ${others}.`,
  // whose figures (src/data/figures-subject.ts): named wherever another BLS code's figures are shown
  figuresOf: (code: string, title: string) => `${title} (${code})`,
};

addEnglish(wageRange);
