import {addEnglish} from '../english.js';
import {plural} from '../plural.js';

/**
 * English strings of `<career-profile>`'s own sections. They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const careerProfile = {
  /** A profile that follows a search (`for`), before the visitor has chosen anything. */
  chooseInSearch: 'Type a job title in the search box, then choose a career to see it here.',
  /** A profile that follows a list (a program's careers, a comparison), before the visitor has chosen anything. */
  chooseInList: 'Choose a career’s name in the list to see it here.',
  lowPrecisionNote: 'O*NET marks this estimate as low precision (few survey responses or a wide margin of error) and advises caution.',
  alsoCalled: 'Also called',
  alternatives: (soc: string) => `SOC ${soc} also covers:`,
  fallbackCode: (requested: string, shown: string) => `${requested} is not in this dataset; showing ${shown}.`,
  sections: {
    overview: 'What they do',
    tasks: 'Typical work tasks',
    conditions: 'Typical working conditions',
    technology: 'Tools & technology',
    skills: 'Most important skills',
    knowledge: 'Most important knowledge',
    interests: 'Interests',
    styles: 'Work styles',
    wages: 'Wages',
    outlook: 'Outlook',
    education: 'Education & training',
    related: 'Related occupations',
    local: 'Local information',
    certifications: 'Certifications',
    programs: 'Programs that prepare for this career',
    courses: 'Helpful high-school courses',
    video: 'Video',
  },
  tasksIntro: 'People who work in this career often:',
  technologyHeading: 'Technology',
  toolsHeading: 'Tools',
  interestsIntro: 'Different careers suit different interests. This career is:',
  /** An O*NET interest score (one decimal) and what it means; `fit` is one of `interestFit` (our bands, interests.ts). */
  interestScore: (value: string, fit: string) => `${value} of 7 (${fit})`,
  interestFit: {strong: 'strong match', some: 'some match', weak: 'weak match'},
  interestTable: 'How well this career matches each interest (O*NET scores from 1, not at all, to 7, very well)',
  /** The projected change in words (signed figures read badly in a sentence): which one follows the sign. */
  outlookChange: {
    grow: (change: string, from: string, to: string) => `BLS expects the number of these jobs to grow by ${change} from ${from} to ${to}.`,
    shrink: (change: string, from: string, to: string) => `BLS expects the number of these jobs to shrink by ${change} from ${from} to ${to}.`,
    same: (from: string, to: string) => `BLS expects the number of these jobs to stay the same from ${from} to ${to}.`,
  },
  outlookAll: {
    grow: (average: string) => `Jobs overall are expected to grow by ${average}.`,
    shrink: (average: string) => `Jobs overall are expected to shrink by ${average}.`,
    same: 'Jobs overall are expected to stay about the same.',
  },
  /** What the comparison word shown means: the band is ours (data/pipeline/outlook.ts), not BLS's wording. */
  comparisonOurs: {
    'much-faster': (average: string) => `“Much faster than average” is our label: at least twice the growth of all jobs (${average}).`,
    faster: (average: string) =>
      `“Faster than average” is our label: more than 1 percentage point above the growth of all jobs (${average}), but less than twice it.`,
    average: (average: string) => `“About average” is our label: within 1 percentage point of the growth of all jobs (${average}).`,
    slower: (average: string) =>
      `“Slower than average” is our label: growth of at least 1%, but more than 1 percentage point below that of all jobs (${average}).`,
    'little-or-no-change': (average: string) => `“Little or no change” is our label: less than 1% either way (all jobs: ${average}).`,
    decline: (average: string) => `“Decline” is our label: a drop of 1% or more (all jobs: ${average}).`,
  },
  socPartsIntro: 'BLS publishes this as one occupation. It combines these occupations of the 2018 Standard Occupational Classification (SOC definitions):',
  employmentIn: (year: number) => `Jobs in ${year}`,
  employmentProjected: (year: number) => `Jobs in ${year} (projected)`,
  openings: (period: string) => `Job openings per year (${period} average)`,
  openingsMeaning: 'new jobs plus jobs people leave',
  employmentChange: 'Change',
  workExperience: 'Work experience in a related occupation',
  training: 'On-the-job training',
  /** BLS's "None" as on-the-job training reads as "no training at all" without this. */
  noTrainingMeaning: 'no long training once hired',
  educationDistribution: 'Education of workers in this occupation (O*NET survey, percent of respondents)',
  educationLevel: 'Level of education',
  percentRespondents: 'Percent',
  stylesIntro: 'Personal characteristics that matter most for doing this work well:',
  relatedIntro: 'Occupations with similar work:',
  programLength: 'Length',
  programCost: 'Cost',
  programPage: (name: string) => `${name}: program page`,
  issuedBy: (issuer: string) => `issued by ${issuer}`,
  localWagesCaption: (name: string) => `Local wages from ${name}`,
  wageBasis: {annual: 'per year', hourly: 'per hour'},
  wageSource: (source: string, date: string) => `${source}, ${date}`,
  // profile sections: programs, courses, video
  publicPrograms: 'College programs that prepare for this career (by CIP code):',
  morePrograms: (count: number) => plural('en', count, {one: '1 more program', other: '{count} more programs'}),
  /** An O*NET specialty's programs are its wider SOC occupation's (`programsFrom`): `title` is that occupation's. */
  programsFrom: (title: string, occupation: string) =>
    `The crosswalk lists these programs for ${title}, the wider occupation that includes ${occupation}; it has no list of its own for ${occupation}.`,
  programsClosest: (count: number) =>
    count
      ? plural('en', count, {one: 'The one closest to this job’s own work comes first.', other: 'The {count} closest to this job’s own work come first.'})
      : 'None of their titles is close to this job’s own work.',
  moreProgramsFrom: (count: number, title: string) =>
    plural('en', count, {one: `1 more program listed for ${title}`, other: `{count} more programs listed for ${title}`}),
  allProgramsFrom: (count: number, title: string) =>
    plural('en', count, {one: `The program listed for ${title}`, other: `The {count} programs listed for ${title}`}),
  coursesIntro: 'Examples of high-school classes that help you prepare for this career:',
  coursesBasis: {
    'onet-knowledge': 'Our suggestions, based on this job’s field and the knowledge it uses most (O*NET ratings), not a school’s required list.',
    'bls-skills':
      'Our suggestions, based on this job’s field and the skills it uses most (BLS skill ranks; O*NET has not rated this job’s knowledge), not a school’s required list.',
  },
  videoTitle: (title: string) => `Career video: ${title}`,
  otherVideo: (title: string) => `CareerOneStop has no video for this exact occupation; this is the video for ${title}, a closely related one.`,
  playVideo: 'Play video',
  videoLoadsFrom: (host: string) => `Loads from ${host} when you press play.`,
  videoFailed: 'The video could not be played here.',
  openVideo: (host: string) => `Open the video on ${host}`,
  captionsLabel: 'Captions',
  // readable profile: compact default, plain-language help, whose figures
  showMore: 'Show more about this career',
  moreTitles: (count: number) => plural('en', count, {one: '1 more title', other: '{count} more titles'}),
  moreTasks: (count: number) => plural('en', count, {one: '1 more task', other: '{count} more tasks'}),
  allTechnology: (count: number) => plural('en', count, {one: 'All tools and technology (1 category)', other: 'All tools and technology ({count} categories)'}),
  moreExamples: (count: number) => `and ${count} more`,
  inDemand: 'In demand',
  hotShort: 'Hot',
  inDemandNote: '“In demand”: often named in job postings for this career. “Hot”: often named in job postings across many careers.',
  learnMore: (title: string) => `More about ${title} on O*NET OnLine`,
  /** The outlook's area and period, and whose projections they are (the first place a profile names BLS). */
  outlookScope: (period: string) => `United States, ${period}: projections by the U.S. Bureau of Labor Statistics (BLS).`,
  outlookNational: (region: string, period: string) =>
    `National figures, ${period}: the U.S. Bureau of Labor Statistics (BLS) does not project jobs for ${region}.`,
  twoEmploymentFigures: (wagePeriod: string, baseYear: number) =>
    `The wage table counts the jobs employers reported in ${wagePeriod}; the outlook counts all jobs in ${baseYear}, including people who work for themselves.`,
  /**
   * One note under the education figures: whose each figure is, and what BLS's means for a reader who plans
   * another way in (a degree program's page showing a certificate-level career).
   */
  educationSources: '“Typical education to start” comes from BLS: what most new workers across the U.S. have, the most common way in but not the only one.',
  /**
   * What each level asks for: O*NET's Job Zone Reference (its education column) in plain words, the degrees
   * explained, "at this level" for its "in this zone". Keyed like `preparationWords`.
   */
  preparationMeaning: {
    '1': 'These jobs need little or no preparation; some need a high school diploma or a GED (a high school equivalency certificate).',
    '1-2': 'Most of these jobs need a high school diploma or a GED (a high school equivalency certificate), though some do not.',
    '2': 'Most of these jobs need a high school diploma.',
    '3': 'Most jobs at this level need training at a vocational school, related experience on the job, or an associate’s degree (a 2-year college degree).',
    '4': 'Most jobs at this level need a bachelor’s degree (a 4-year college degree), but some do not.',
    '5': 'Most jobs at this level need graduate school: a master’s degree, and for some a Ph.D., a medical degree (M.D.) or a law degree (J.D.).',
  } as Record<string, string>,
  preparationSource:
    'Preparation levels come from O*NET, the U.S. Department of Labor’s database of jobs, which sorts jobs into 5 “job zones” by what people in the job have.',
  preparationCombined: 'Levels 1 and 2 are combined.',
};

addEnglish(careerProfile);
