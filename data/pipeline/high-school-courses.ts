/**
 * Helpful high-school courses, suggested from an occupation's data: THE one reviewed mapping table. Run by the
 * pipeline (`Occupation.courses`), so the mapping ships as data and every suggestion can be traced here.
 *
 * No public source lists high-school courses per occupation (the seed page's list is Minnesota CAREERwise's own
 * editorial work), so this is a suggestion derived from O*NET and BLS data, and widgets must label it so.
 *
 * Rules (the reasoning is beside each row):
 * 1. O*NET-rated occupations: knowledge areas with importance >= 3 ("important" on O*NET's 1-5 scale), most
 *    important first, each mapped to the school subjects that teach that knowledge.
 * 2. Occupations without O*NET ratings (137, e.g. 29-2072.00): BLS skill ranks in the top half of all occupations
 *    (percentile >= 50, highest first), plus the subjects of the occupation's field (its SOC major group), since a
 *    skill rank says nothing about the field itself.
 * Courses are de-duplicated in order and capped at {@link MAX_COURSES}. Subject names follow common U.S.
 * high-school catalogue names (NCES School Courses for the Exchange of Data, SCED, subject areas).
 */
import type {CourseSuggestion, Occupation} from '../../src/data/dataset-types.js';

export const MAX_COURSES = 10;
const KNOWLEDGE_THRESHOLD = 3;
const BLS_PERCENTILE_THRESHOLD = 50;

/** O*NET knowledge element id -> courses. */
export const KNOWLEDGE_COURSES: Readonly<Record<string, readonly string[]>> = {
  '2.C.1.a': ['Business Management'], // Administration and Management: planning, leading people and resources
  '2.C.1.b': ['Business Applications', 'Keyboarding'], // Administrative (clerical): records, word processing, forms
  '2.C.1.c': ['Accounting', 'Economics'], // Economics and Accounting
  '2.C.1.d': ['Marketing'], // Sales and Marketing
  '2.C.1.e': ['Customer Service', 'Communication'], // Customer and Personal Service
  '2.C.1.f': ['Business Management', 'Psychology'], // Personnel and Human Resources: hiring, staff relations
  '2.C.10': ['Transportation Technology', 'Geography'], // Transportation: moving people and goods
  '2.C.2.a': ['Manufacturing Technology'], // Production and Processing
  '2.C.2.b': ['Agriculture', 'Food Science'], // Food Production: growing and harvesting food
  '2.C.3.a': ['Computer Applications', 'Computer Science'], // Computers and Electronics: hardware, software, programming
  '2.C.3.b': ['Engineering Design', 'Physics'], // Engineering and Technology
  '2.C.3.c': ['Drafting', 'Art and Design'], // Design: technical plans, blueprints, drawings
  '2.C.3.d': ['Construction Technology', 'Geometry'], // Building and Construction
  '2.C.3.e': ['Automotive or Small Engine Technology', 'Physics'], // Mechanical: machines and tools, their repair
  '2.C.4.a': ['Algebra', 'Statistics'], // Mathematics (the issue's own example)
  '2.C.4.b': ['Physics'], // Physics
  '2.C.4.c': ['Chemistry'], // Chemistry
  '2.C.4.d': ['Biology', 'Anatomy and Physiology'], // Biology: organisms, tissues, cells
  '2.C.4.e': ['Psychology'], // Psychology
  '2.C.4.f': ['Sociology'], // Sociology and Anthropology
  '2.C.4.g': ['Geography'], // Geography
  '2.C.5.a': ['Anatomy and Physiology', 'Health Science'], // Medicine and Dentistry (the issue's own example)
  '2.C.5.b': ['Psychology', 'Health Science'], // Therapy and Counseling
  '2.C.6': ['Child Development', 'Public Speaking'], // Education and Training: teaching, curriculum
  '2.C.7.a': ['English'], // English Language (the issue's own example)
  '2.C.7.b': ['World Languages'], // Foreign Language
  '2.C.7.c': ['Art', 'Music'], // Fine Arts
  '2.C.7.d': ['History'], // History and Archeology
  '2.C.7.e': ['World Religions and Philosophy'], // Philosophy and Theology
  '2.C.8.a': ['Safety and First Aid/CPR'], // Public Safety and Security
  '2.C.8.b': ['Government', 'Law'], // Law and Government
  '2.C.9.a': ['Computer Networking'], // Telecommunications
  '2.C.9.b': ['Journalism', 'Media Production'], // Communications and Media
};

/** BLS Employment Projections table 6.5 skill name -> courses. */
export const BLS_SKILL_COURSES: Readonly<Record<string, readonly string[]>> = {
  Adaptability: [], // a disposition, not a subject
  'Computers and information technology': ['Computer Applications'],
  'Creativity and innovation': ['Art and Design'],
  'Critical and analytical thinking': ['Research Methods'],
  'Customer service': ['Customer Service'],
  'Detail oriented': ['Keyboarding'], // accuracy in records and data entry
  'Fine motor': [], // a physical ability, not a subject
  Interpersonal: ['Communication'],
  Leadership: ['Business Management'],
  Mathematics: ['Algebra', 'Statistics'],
  Mechanical: ['Automotive or Small Engine Technology'],
  'Physical strength and stamina': ['Physical Education'],
  'Problem solving and decision making': ['Research Methods'],
  'Project management': ['Business Management'],
  Science: ['Biology', 'Chemistry'],
  'Speaking and listening': ['Public Speaking'],
  'Writing and reading': ['English'],
};

/** SOC major group -> the subjects of the field (used with BLS skill ranks only). */
export const FIELD_COURSES: Readonly<Record<string, readonly string[]>> = {
  '11': ['Business Management'], '13': ['Accounting', 'Business Applications'], '15': ['Computer Science', 'Algebra'],
  '17': ['Physics', 'Engineering Design'], '19': ['Biology', 'Chemistry'], '21': ['Psychology', 'Sociology'],
  '23': ['Government', 'Law'], '25': ['Child Development', 'English'], '27': ['Art', 'Media Production'],
  '29': ['Health Science', 'Anatomy and Physiology'], '31': ['Health Science', 'Safety and First Aid/CPR'],
  '33': ['Government', 'Safety and First Aid/CPR'], '35': ['Culinary Arts', 'Food Science'], '37': ['Agriculture'],
  '39': ['Child Development', 'Customer Service'], '41': ['Marketing', 'Customer Service'], '43': ['Business Applications', 'Keyboarding'],
  '45': ['Agriculture', 'Biology'], '47': ['Construction Technology', 'Geometry'], '49': ['Automotive or Small Engine Technology', 'Physics'],
  '51': ['Manufacturing Technology', 'Geometry'], '53': ['Transportation Technology', 'Geography'], '55': ['Physical Education'],
};

function unique(lists: readonly (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].slice(0, MAX_COURSES);
}

/** Suggested courses for an occupation, or null when its data supports no suggestion. */
export function suggestCourses(occupation: Occupation): CourseSuggestion | null {
  const knowledge = (occupation.knowledge ?? []).filter((k) => k.importance >= KNOWLEDGE_THRESHOLD);
  if (knowledge.length) {
    const ranked = [...knowledge].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
    const courses = unique(ranked.map((k) => KNOWLEDGE_COURSES[k.id]));
    return courses.length ? {courses, basis: 'onet-knowledge'} : null;
  }
  if (occupation.knowledge === null && occupation.blsSkills?.length) {
    const ranked = occupation.blsSkills.filter((s) => s.percentile >= BLS_PERCENTILE_THRESHOLD).sort((a, b) => b.percentile - a.percentile || (a.name < b.name ? -1 : 1));
    const courses = unique([...ranked.map((s) => BLS_SKILL_COURSES[s.name]), FIELD_COURSES[occupation.soc.slice(0, 2)]]);
    return courses.length ? {courses, basis: 'bls-skills'} : null;
  }
  return null;
}
