import {addEnglish} from '../english.js';
import {plural} from '../plural.js';

/**
 * English strings of `<skill-list>` (also the profile's skills and knowledge sections). They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const skillList = {
  // low-precision O*NET estimates ("Recommend Suppress")
  lowPrecision: 'low-precision estimate',
  levelLeftOut: 'level left out: low precision',
  lowPrecisionList:
    'O*NET flags some estimates here as low precision (few survey responses or a wide margin of error): importance so flagged is marked, a level so flagged is left out.',
  // skills
  skillsHeading: (title: string) => `Skills: ${title}`,
  knowledgeHeading: (title: string) => `Knowledge: ${title}`,
  /** O*NET's importance scale (1-5) in its own anchor words; `word` is one of `importanceWords`. */
  importanceValue: (value: string, word: string) => `How important: ${value} of 5 (${word})`,
  importanceWords: {
    not: 'not important',
    somewhat: 'somewhat important',
    important: 'important',
    very: 'very important',
    extremely: 'extremely important',
  },
  /** O*NET's level scale (0-7); `word` is one of `levelWords` (our bands, see skill-words.ts). */
  levelValue: (value: string, word: string) => `level needed: ${value} of 7 (${word})`,
  levelWords: {basic: 'basic', intermediate: 'intermediate', advanced: 'advanced'},
  blsStandIn:
    'How much this job uses each skill, compared with all jobs. O*NET has not rated this job’s skills, so these are estimates by BLS (the U.S. Bureau of Labor Statistics), partly based on similar jobs.',
  /** A BLS skill percentile rank in words: our band (high, average, low: skill-words.ts), then the rank out of 100 jobs. */
  blsRank: {
    high: (value: string) => `High: used more than in ${value} of 100 jobs`,
    average: (value: string) => `Average: used more than in ${value} of 100 jobs`,
    low: (count: number) => plural('en', count, {one: 'Low: only 1 of 100 jobs uses it less', other: 'Low: only {count} of 100 jobs use it less'}),
    lowest: 'Low: almost no job uses it less',
  },
  noSkills: 'No skill ratings are available for this occupation.',
  noKnowledge: 'O*NET has not rated the knowledge areas of this occupation.',
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show fewer',
  ratingHelp:
    'How important: from 1 (not important) to 5 (extremely important). Level needed: how good at it you need to be, from 0 (not at all) to 7 (expert).',
};

addEnglish(skillList);
