import {addEnglish} from '../english.js';

/**
 * English strings of `<career-compare>`. They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const careerCompare = {
  // career-compare
  compareHeading: 'Compare careers',
  compareSearchLabel: 'Add a career to compare',
  compareIntro: (count: number, max: number) =>
    count === 0
      ? `Find careers with the search to compare up to ${max} of them side by side.`
      : count === 1
        ? `Add at least one more career to compare (up to ${max}).`
        : `Comparing ${count} careers (up to ${max}).`,
  compareCaption: (region: string, period: string, basis: string) => `Careers compared, ${region}: wages and number of jobs in ${period}, pay ${basis}.`,
  compareChart: (region: string) => `Chart of low, middle and high wages of the careers compared, ${region}. The same figures are in the table.`,
  removeCareer: 'Remove',
  compareAdded: (title: string, count: number) => `Added ${title}. ${count} ${count === 1 ? 'career' : 'careers'} compared.`,
  compareRemoved: (title: string, count: number) => `Removed ${title}. ${count} ${count === 1 ? 'career' : 'careers'} compared.`,
  compareDuplicate: (title: string) => `${title} is already in the comparison.`,
  compareFull: (max: number) => `You can compare up to ${max} careers. Remove one to add another.`,
  compareTooMany: (max: number, dropped: string) => `Only ${max} careers can be compared; not shown: ${dropped}.`,
  compareNotFound: (codes: string) => `Not found in this dataset, so not compared: ${codes}.`,
  employmentRegion: (region: string, period: string) => `Jobs in ${region} (${period})`,
  outlookRow: (period: string) => `Job outlook, United States (${period})`,
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
  compareBlsSkills: (career: string) => `${career}: O*NET has not rated this career’s skills, so the skills BLS ranks highest for it are shown instead.`,
  shortlistSaved: 'Your shortlist is kept in this browser.',
  shortlistClear: 'Clear shortlist',
  shortlistCleared: 'Shortlist cleared.',
  shortlistUnavailable: 'This browser does not allow saving, so your shortlist will not be kept after you leave.',
};

addEnglish(careerCompare);
