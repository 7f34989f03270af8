import {addEnglish} from '../english.js';

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
  importanceValue: (value: string) => `Importance ${value} of 5`,
  levelValue: (value: string) => `level ${value} of 7`,
  blsStandIn:
    'O*NET has not rated this occupation’s skills. Shown instead: BLS skill ranks (Employment Projections), imputed by BLS from similar occupations.',
  blsPercentile: (value: string) => `Higher than in ${value} of occupations`,
  noSkills: 'No skill ratings are available for this occupation.',
  noKnowledge: 'O*NET has not rated the knowledge areas of this occupation.',
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show fewer',
  ratingHelp: 'Importance: how much it matters, 1-5. Level: how much the job needs, 0-7.',
};

addEnglish(skillList);
