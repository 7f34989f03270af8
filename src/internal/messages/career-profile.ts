import {addEnglish} from '../english.js';
import {plural} from '../plural.js';

/**
 * English strings of `<career-profile>`'s own sections. They travel in the element's own chunk rather than the
 * entry, and join the English catalog when the element's module loads, before any such element renders.
 */
export const careerProfile = {
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
  interestScore: (value: string) => `${value} of 7`,
  interestTable: 'Interest scores (1 to 7)',
  outlookSentence: (change: string, from: string, to: string, average: string) =>
    `Employment is projected to change by ${change} from ${from} to ${to}; for all occupations the change is ${average}.`,
  comparisonOurs: (average: string) =>
    `This comparison is ours, not BLS’s wording: “about average” is within 1 point of the ${average} change for all occupations, “much faster” at least twice it.`,
  socPartsIntro: 'BLS publishes this as one occupation. It combines these occupations of the 2018 Standard Occupational Classification (SOC definitions):',
  employmentIn: (year: number) => `Employment, ${year}`,
  openings: 'Openings each year (average)',
  employmentChange: 'Change',
  workExperience: 'Work experience in a related occupation',
  training: 'On-the-job training',
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
  morePrograms: (count: number) => `${count} more programs`,
  /** An O*NET specialty's programs are its wider SOC occupation's (`programsFrom`): `title` is that occupation's. */
  programsFrom: (title: string, occupation: string) =>
    `The crosswalk lists these programs for ${title}, the wider occupation that includes ${occupation}; it has no list of its own for ${occupation}.`,
  programsClosest: (count: number) =>
    count
      ? plural('en', count, {one: 'The one closest to this job’s own work comes first.', other: 'The {count} closest to this job’s own work come first.'})
      : 'None of their titles is close to this job’s own work.',
  moreProgramsFrom: (count: number, title: string) => plural('en', count, {one: `1 more program listed for ${title}`, other: `{count} more programs listed for ${title}`}),
  allProgramsFrom: (count: number, title: string) => plural('en', count, {one: `The program listed for ${title}`, other: `The {count} programs listed for ${title}`}),
  coursesIntro: 'Examples of high-school classes that help you prepare for this career:',
  coursesBasis: {
    'onet-knowledge': 'Our suggestions, based on this job’s field and the knowledge it uses most (O*NET ratings), not a school’s required list.',
    'bls-skills': 'Our suggestions, based on this job’s field and the skills it uses most (BLS skill ranks; O*NET has not rated this job’s knowledge), not a school’s required list.',
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
  moreTitles: (count: number) => `${count} more titles`,
  moreTasks: (count: number) => `${count} more tasks`,
  allTechnology: (count: number) => `All tools and technology (${count} categories)`,
  moreExamples: (count: number) => `and ${count} more`,
  inDemand: 'In demand',
  hotShort: 'Hot',
  inDemandNote: 'In demand: in many job postings for this career. Hot: for many careers.',
  learnMore: (title: string) => `More about ${title} on O*NET OnLine`,
  outlookNational: (region: string, period: string) =>
    `National figures (United States, ${period}): BLS projects jobs for the whole country, not for ${region}.`,
  twoEmploymentFigures: (wagePeriod: string, baseYear: number) =>
    `Two counts: the wage table's is from the employer survey (${wagePeriod}); projections count all ${baseYear} jobs, self-employed too.`,
  jobZoneHelp: 'Job zones (O*NET) rank preparation needed, from 1-2 (little) to 5 (a lot).',
  educationSources: 'Typical education: what BLS says new workers need. Job zone, survey (O*NET): what workers have.',
  /** BLS's education and training categories, as BLS defines them, in plain words (keys are BLS's exact labels). */
  blsTerms: {
    'Postsecondary nondegree award': 'a certificate after high school, not a degree',
    'Some college, no degree': 'some college, no degree',
    'No formal educational credential': 'no diploma needed',
    'High school diploma or equivalent': 'or a GED',
    'Short-term on-the-job training': 'a month or less',
    'Moderate-term on-the-job training': '1 to 12 months',
    'Long-term on-the-job training': 'more than a year',
    'Internship/residency': 'supervised training after school',
    Apprenticeship: 'paid training on the job with classes',
  } as Record<string, string>,
};

addEnglish(careerProfile);
