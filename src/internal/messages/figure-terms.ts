import {addEnglish} from '../english.js';

/**
 * The words of the figures several elements show, which the entry's own code never reads: wage levels and their
 * help, unpublished and unknown-region notes, codes, interests, outlook comparisons, preparation levels and
 * projection periods. They travel with the helpers and elements that read them (wage-cell.ts, preparation.ts,
 * periods.ts and the elements' modules), not in the entry, and join the English catalog when loaded.
 */
export const figureTerms = {
  /** The percentiles' technical names, shown in brackets after their plain names (`wageLevel`) for professionals. */
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
  /** What a student reads first: the seed profile's "Low / Median / High", with "middle" for the median. */
  wageLevel: {p10: 'Very low', p25: 'Low', median: 'Middle', p75: 'High', p90: 'Very high'},
  wagePercentileHelp: 'Low: 1 in 4 workers earn less than this. Middle: half earn less and half earn more. High: 1 in 4 earn more than this.',
  wageFullRangeHelp: 'Very low: 1 in 10 workers earn less than this. Very high: 1 in 10 earn more.',
  notPublished: 'Not published by BLS for this area (too few survey responses, or withheld for confidentiality).',
  unknownRegion: (region: string) => `“${region}” is not a state with wage data; national figures are shown.`,
  // codes: the profile and compare
  socCode: (code: string) => `SOC ${code}`,
  onetCode: (code: string) => `O*NET-SOC ${code}`,
  /** Codes are for professionals: one line near the sources, not under the title. */
  occupationCodes: (codes: string) => `Government job codes: ${codes}`,
  occupationCode: 'Occupation code',
  riasec: {R: 'Realistic', I: 'Investigative', A: 'Artistic', S: 'Social', E: 'Enterprising', C: 'Conventional'},
  comparison: {
    'much-faster': 'That is much faster than average.',
    faster: 'That is faster than average.',
    average: 'That is about average.',
    slower: 'That is slower than average.',
    'little-or-no-change': 'That is little or no change.',
    decline: 'That is a decline.',
  },
  /** BLS's "typical education needed for entry": whose figure it is, and for where, in the label itself. */
  typicalEntry: 'Typical education to start (BLS, U.S.)',
  // O*NET job zones, as levels of preparation (profile, compare, search filters): internal/preparation.ts
  preparationNeeded: 'Preparation needed',
  preparationLevel: (level: string, word: string) => `level ${level} of 5 (${word})`,
  preparationWords: {'1': 'little or none', '1-2': 'little to some', '2': 'some', '3': 'medium', '4': 'high', '5': 'very high'} as Record<string, string>,
  /** Projection periods: BLS writes `2024-34`; shown with an en dash, as in print (`toShort`: `34` of `2034`). */
  projectionPeriod: (from: string, _to: string, toShort: string) => `${from}–${toShort}`,
};

addEnglish(figureTerms);
