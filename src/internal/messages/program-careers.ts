import {addEnglish} from '../english.js';

/**
 * English strings of `<program-careers>`. They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const programCareers = {
  // program-careers (and the profile's programs section)
  programHeading: (title: string) => `Careers this program prepares for: ${title}`,
  /** The program's code is for professionals: one line near the sources, not under the heading. */
  programCode: (cip: string) => `Government program code: CIP ${cip}`,
  noProgram: 'No program chosen.',
  careersShown: (shown: number, total: number) => (shown < total ? `Showing ${shown} of ${total} careers.` : total === 1 ? 'One career.' : `${total} careers.`),
  careersOrder: {employment: 'Listed by number of jobs nationally, most first.', wage: 'Listed by national median pay, highest first.'},
  showAllCareers: (count: number) => `Show all ${count} careers`,
  /** Every figure with its pay basis, area and survey month; hourly where BLS publishes an occupation's pay per hour only. */
  medianPayIn: {
    annual: (area: string, period: string) => `Median yearly pay, ${area} (${period})`,
    hourly: (area: string, period: string) => `Median hourly pay, ${area} (${period})`,
  },
  /** A median BLS publishes per hour only, where yearly pay is shown (career-explorer). */
  perHour: (value: string) => `${value} an hour`,
  atLeast: (value: string) => `${value} or more`,
  jobOutlook: (period: string) => `Job outlook, United States (${period})`,
  outlookWords: {
    'much-faster': 'Growing much faster than average',
    faster: 'Growing faster than average',
    average: 'Growing about as fast as average',
    slower: 'Growing slower than average',
    'little-or-no-change': 'Little or no change',
    decline: 'Declining',
  },
  noProjection: 'Not projected by BLS',
  /**
   * Under a program's careers: BLS's typical entry education is a national "most new workers", which can read as
   * contradicting the program page it is on (a certificate-level career on an associate-degree program's page).
   */
  entryEducationNote:
    '“Typical education to start” is BLS’s figure for the whole country: the education most new workers have. It is the most common way in, not the only one; programs like this one also prepare people for these careers.',
  figuresFor: (code: string, title: string) => `Pay, outlook and education are BLS figures for ${code} ${title}.`,
  careerListLabel: (title: string) => `Careers for ${title}`,
  careerLinksOnet: 'Each career’s name opens its page on O*NET OnLine.',
};

addEnglish(programCareers);
