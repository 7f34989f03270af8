import {addEnglish} from '../english.js';

/**
 * BLS's education and training categories in plain words, shared by the profile's education section and the
 * career cards of `<program-careers>` (the two places a reader meets them). They travel with those elements'
 * code, not in the entry, and join the English catalog when loaded.
 */
export const educationTerms = {
  /** BLS's education and training categories, as BLS defines them, in plain words (keys are BLS's exact labels). */
  blsTerms: {
    'Doctoral or professional degree': 'such as a Ph.D., or a degree in medicine or law',
    "Master's degree": 'usually 1 to 2 years of study after a bachelor’s degree',
    "Bachelor's degree": 'a 4-year college degree',
    "Associate's degree": 'a 2-year college degree',
    'Postsecondary nondegree award': 'a certificate after high school, shorter than a degree',
    'Some college, no degree': 'college courses, without finishing a degree',
    'No formal educational credential': 'no diploma needed',
    'High school diploma or equivalent': 'or a GED',
    'Short-term on-the-job training': 'a month or less',
    'Moderate-term on-the-job training': '1 to 12 months',
    'Long-term on-the-job training': 'more than a year',
    'Internship/residency': 'supervised training after school, as for doctors and teachers',
    Apprenticeship: 'paid training on the job with classes, often for several years',
  } as Record<string, string>,
};

addEnglish(educationTerms);
