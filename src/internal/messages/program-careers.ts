import {addEnglish} from '../english.js';

/**
 * English strings of `<program-careers>`. They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const programCareers = {
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
  careerListLabel: (title: string) => `Careers for ${title}`,
};

addEnglish(programCareers);
