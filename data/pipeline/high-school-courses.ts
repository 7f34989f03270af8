/**
 * Helpful high-school courses, suggested from an occupation's data: THE one reviewed mapping table. Run by the
 * pipeline (`Occupation.courses`), so the mapping ships as data and every suggestion can be traced here.
 *
 * No public source lists high-school courses per occupation (the seed page's list is Minnesota CAREERwise's own
 * editorial work), so these are our suggestions, derived from O*NET and BLS data, and widgets must label them so.
 *
 * Rules (the reasoning is beside each row):
 * 1. **The field first.** The courses of the occupation's field ({@link FIELD_COURSES}: the row of its SOC broad
 *    group, else its minor group, else its major group) come first, and the cap never removes them: a software
 *    developer's list starts with Computer Science, a nurse's with the sciences.
 * 2. **Then what the work uses most.** O*NET-rated occupations: knowledge areas with importance >= 3 ("important"
 *    on O*NET's 1-5 scale), most important first ({@link KNOWLEDGE_COURSES}). Occupations that O*NET has not rated,
 *    or rated below 3 in every area (farmworkers, models): BLS skill ranks in the top 30% of all occupations
 *    (percentile >= 70, highest first; {@link BLS_SKILL_COURSES}). A BLS rank says how much of a skill the work
 *    needs among all jobs, not which subject: its courses are general ones (English, algebra), and its "Science"
 *    rank names no science (the field's row does).
 * 3. **Courses about one kind of work only for that work.** A knowledge area or skill suggests a course tied to a
 *    subject of its own (children, engines and vehicles, farming, factories, transport, electricity, computing,
 *    wood, cloth) only when the occupation's title or description names that subject ({@link TOPIC_WORDS}):
 *    "Education and Training" knowledge gives police officers Public Speaking, not Child Development; "Mechanical"
 *    gives electricians Industrial Technology, not Automotive. Field rows need no such check: a row is written for
 *    a group whose work is that subject (a group of mixed work, such as school teachers of every age, leaves the
 *    course to this rule).
 * Courses are de-duplicated in order and capped at {@link MAX_COURSES}. Course names follow common U.S. high-school
 * catalogue names (NCES School Courses for the Exchange of Data, SCED, subject areas), and each has a Spanish name in
 * the Spanish catalog's `terms` (a test checks that every course here has one).
 */
import type {CourseSuggestion, Occupation} from '../../src/data/dataset-types.js';

export const MAX_COURSES = 10;
const KNOWLEDGE_THRESHOLD = 3;
const BLS_PERCENTILE_THRESHOLD = 70;

/**
 * SOC group (major `29-0000`, minor `29-1000`, broad `29-1140`) -> the courses of that field, most basic first.
 * An occupation takes the row of its most specific group that has one.
 */
export const FIELD_COURSES: Readonly<Record<string, readonly string[]>> = {
  '11-0000': ['Business Management', 'Economics'], // Management
  '11-2000': ['Marketing', 'Business Management'], // Advertising, marketing, public relations and sales managers
  '11-3020': ['Computer Science', 'Business Management'], // Computer and information systems managers
  '11-3030': ['Accounting', 'Economics', 'Business Management'], // Financial managers
  '11-3050': ['Manufacturing Technology', 'Business Management'], // Industrial production managers
  '11-9010': ['Agriculture', 'Business Management'], // Farmers, ranchers and other agricultural managers
  '11-9020': ['Construction Technology', 'Business Management'], // Construction managers
  '11-9030': ['Business Management', 'Psychology'], // Education and childcare administrators
  '11-9040': ['Engineering Design', 'Physics', 'Business Management'], // Architectural and engineering managers
  '11-9050': ['Culinary Arts', 'Business Management'], // Food service managers
  '11-9080': ['Hospitality and Tourism', 'Business Management'], // Lodging managers
  '11-9110': ['Health Science', 'Business Management'], // Medical and health services managers
  '11-9120': ['Biology', 'Chemistry', 'Business Management'], // Natural sciences managers
  '13-0000': ['Business Management', 'Business Applications'], // Business and financial operations
  '13-1160': ['Marketing', 'Statistics'], // Market research analysts and marketing specialists
  '13-2000': ['Accounting', 'Economics'], // Financial specialists
  '15-0000': ['Computer Science', 'Algebra'], // Computer and mathematical: programming and the math under it
  '15-2000': ['Statistics', 'Calculus', 'Computer Science'], // Mathematical science (actuaries, statisticians, data scientists)
  '17-0000': ['Physics', 'Calculus', 'Engineering Design'], // Architecture and engineering
  '17-1000': ['Drafting', 'Geometry', 'Physics'], // Architects, surveyors and cartographers
  '17-1010': ['Drafting', 'Art and Design', 'Geometry', 'Physics'], // Architects (buildings, landscapes)
  '17-3000': ['Drafting', 'Engineering Design', 'Geometry'], // Drafters, engineering and mapping technicians
  '19-0000': ['Biology', 'Chemistry'], // Life, physical and social science
  '19-2000': ['Chemistry', 'Physics'], // Physical scientists
  '19-2040': ['Earth Science', 'Chemistry'], // Environmental scientists and geoscientists
  '19-3000': ['Psychology', 'Sociology', 'Statistics'], // Social scientists
  '19-3010': ['Economics', 'Statistics'], // Economists
  '19-3050': ['Geography', 'Government'], // Urban and regional planners
  '19-4030': ['Chemistry', 'Physics'], // Chemical technicians
  '19-4060': ['Sociology', 'Statistics'], // Social science research assistants
  '19-5000': ['Safety and First Aid/CPR', 'Chemistry'], // Occupational health and safety
  '21-0000': ['Psychology', 'Sociology'], // Community and social service
  '21-2000': ['World Religions and Philosophy', 'Psychology'], // Religious workers
  '23-0000': ['Government', 'Law'], // Legal
  '23-2000': ['Law', 'Business Applications'], // Legal support workers
  '25-0000': ['Psychology', 'English', 'Public Speaking'], // Education: how people learn, and explaining
  '25-1000': ['Public Speaking'], // Postsecondary teachers: the subject taught comes from their knowledge ratings (mixed groups: this row)
  '25-1010': ['Business Management', 'Economics', 'Public Speaking'], // Business teachers, postsecondary
  '25-1020': ['Calculus', 'Computer Science', 'Public Speaking'], // Math and computer science teachers, postsecondary
  '25-1030': ['Physics', 'Engineering Design', 'Public Speaking'], // Engineering and architecture teachers, postsecondary
  '25-1040': ['Biology', 'Chemistry', 'Public Speaking'], // Life sciences teachers, postsecondary
  '25-1050': ['Chemistry', 'Physics', 'Public Speaking'], // Physical sciences teachers, postsecondary
  '25-1070': ['Biology', 'Health Science', 'Public Speaking'], // Health teachers, postsecondary
  '25-2000': ['Psychology', 'English', 'Public Speaking'], // School teachers (elementary, special education: Child Development from rule 3)
  '25-2010': ['Child Development', 'Psychology', 'English'], // Preschool and kindergarten teachers
  '25-4000': ['English', 'History', 'Computer Applications'], // Librarians, curators and archivists
  '25-9000': ['Psychology', 'English'], // Teaching assistants (school ones: Child Development from rule 3) and other education workers
  '27-0000': ['Art', 'Media Production'], // Arts, design, entertainment, sports and media
  '27-1020': ['Art and Design', 'Computer Applications'], // Designers
  '27-2010': ['Theater', 'English'], // Actors, producers and directors
  '27-2020': ['Physical Education', 'Health Science'], // Athletes, coaches and umpires
  '27-2030': ['Dance', 'Physical Education'], // Dancers and choreographers
  '27-2040': ['Music'], // Musicians and singers
  '27-2090': ['Theater'], // Other entertainers and performers
  '27-3000': ['English', 'Journalism', 'Media Production'], // Media and communication workers
  '27-4000': ['Media Production', 'Computer Applications'], // Media and communication equipment workers
  '27-4020': ['Photography', 'Art'], // Photographers
  '29-0000': ['Health Science', 'Anatomy and Physiology'], // Healthcare practitioners and technical
  '29-1000': ['Biology', 'Chemistry', 'Anatomy and Physiology'], // Diagnosing or treating practitioners (nurses, doctors, therapists)
  '29-2000': ['Health Science', 'Biology', 'Chemistry'], // Health technologists and technicians (LPNs, lab, imaging)
  '29-2070': ['Health Science', 'Anatomy and Physiology', 'Computer Applications', 'Keyboarding'], // Medical records specialists: terminology, records software
  '29-9020': ['Health Science', 'Anatomy and Physiology', 'Computer Applications'], // Health information technologists and registrars
  '31-0000': ['Health Science', 'Biology', 'Anatomy and Physiology'], // Healthcare support (nursing assistants, aides)
  '33-0000': ['Safety and First Aid/CPR', 'Government'], // Protective service
  '33-2000': ['Safety and First Aid/CPR', 'Chemistry', 'Physical Education'], // Firefighting and prevention
  '33-3000': ['Law', 'Psychology', 'Physical Education'], // Law enforcement
  '33-9000': ['Safety and First Aid/CPR', 'Physical Education'], // Security guards, lifeguards and other protective service
  '35-0000': ['Culinary Arts', 'Food Science'], // Food preparation and serving
  '35-1000': ['Culinary Arts', 'Business Management'], // Supervisors of food preparation and serving
  '35-3000': ['Hospitality and Tourism', 'Customer Service'], // Food and beverage serving
  '35-9000': ['Hospitality and Tourism', 'Customer Service'], // Dining room attendants, dishwashers, hosts
  '37-0000': ['Safety and First Aid/CPR', 'Industrial Technology'], // Building and grounds cleaning and maintenance
  '37-1000': ['Business Management', 'Safety and First Aid/CPR'], // Supervisors of cleaning and grounds workers
  '37-2020': ['Biology', 'Chemistry'], // Pest control workers
  '37-3000': ['Horticulture', 'Biology'], // Grounds maintenance (landscaping, tree trimming)
  '39-0000': ['Customer Service', 'Psychology'], // Personal care and service
  '39-1000': ['Business Management', 'Customer Service'], // Supervisors of personal care and service workers
  '39-2000': ['Biology', 'Agriculture'], // Animal care and service
  '39-3000': ['Customer Service', 'Hospitality and Tourism'], // Entertainment attendants (gambling, ushers, amusement parks)
  '39-4000': ['Biology', 'Chemistry', 'Psychology'], // Funeral service (mortuary science starts from biology and chemistry)
  '39-5000': ['Cosmetology', 'Customer Service'], // Personal appearance
  '39-6000': ['Hospitality and Tourism', 'Customer Service'], // Baggage porters, bellhops and concierges
  '39-7000': ['Hospitality and Tourism', 'History', 'Geography'], // Tour and travel guides
  '39-9000': ['Psychology', 'Customer Service'], // Other personal care and service (residential advisors, personal care aides)
  '39-9010': ['Child Development', 'Psychology', 'Health Science'], // Childcare workers and nannies
  '39-9030': ['Physical Education', 'Health Science'], // Recreation and fitness workers
  '41-0000': ['Marketing', 'Customer Service'], // Sales
  '41-9010': ['Marketing', 'Public Speaking'], // Models, demonstrators and product promoters (models: Fashion and Textiles from rule 3)
  '41-9030': ['Physics', 'Engineering Design', 'Marketing'], // Sales engineers
  '43-0000': ['Business Applications', 'Keyboarding'], // Office and administrative support
  '43-3000': ['Accounting', 'Business Applications'], // Financial clerks
  '43-5000': ['Business Applications', 'Transportation Technology'], // Dispatching, shipping, receiving and mail
  '45-0000': ['Agriculture', 'Biology'], // Farming, fishing and forestry
  '45-4000': ['Environmental Science', 'Agriculture'], // Forest, conservation and logging
  '47-0000': ['Construction Technology', 'Geometry'], // Construction
  '47-2030': ['Construction Technology', 'Woodworking', 'Geometry'], // Carpenters
  '47-2110': ['Electronics', 'Construction Technology', 'Algebra'], // Electricians
  '47-2230': ['Electronics', 'Construction Technology', 'Geometry'], // Solar photovoltaic installers
  '47-5000': ['Earth Science', 'Industrial Technology'], // Extraction (drilling, mining, quarrying)
  '49-0000': ['Industrial Technology', 'Physics'], // Installation, maintenance and repair
  '49-2000': ['Electronics', 'Physics'], // Electrical and electronic equipment repair
  '49-9050': ['Electronics', 'Physics', 'Industrial Technology'], // Electrical power-line and telecommunications line installers
  '49-3000': ['Automotive or Small Engine Technology', 'Industrial Technology'], // Vehicle and mobile equipment mechanics
  '51-0000': ['Manufacturing Technology', 'Industrial Technology', 'Geometry'], // Production
  '51-2000': ['Manufacturing Technology', 'Industrial Technology'], // Assemblers and fabricators
  '51-2020': ['Manufacturing Technology', 'Electronics'], // Electrical, electronics and electromechanical assemblers
  '51-3000': ['Culinary Arts', 'Food Science'], // Food processing (bakers, butchers)
  '51-4120': ['Welding', 'Geometry'], // Welding, soldering and brazing
  '51-5100': ['Art and Design', 'Industrial Technology'], // Printing
  '51-6000': ['Fashion and Textiles', 'Industrial Technology'], // Textile, apparel and furnishings
  '51-7000': ['Woodworking', 'Geometry'], // Woodworkers
  '51-8000': ['Chemistry', 'Physics', 'Industrial Technology'], // Plant and system operators (power, water treatment)
  '53-0000': ['Transportation Technology', 'Geography'], // Transportation and material moving
  '53-2000': ['Physics', 'Geography'], // Air transportation (pilots, air traffic controllers)
  '53-2030': ['Hospitality and Tourism', 'Customer Service'], // Flight attendants
  '53-3000': ['Driver Education', 'Automotive or Small Engine Technology'], // Motor vehicle operators
  '53-7000': ['Industrial Technology', 'Physical Education'], // Material moving
  '55-0000': ['Physical Education'], // Military (no O*NET or BLS ratings: no suggestion is made)
};

/** O*NET knowledge element id -> courses. */
export const KNOWLEDGE_COURSES: Readonly<Record<string, readonly string[]>> = {
  '2.C.1.a': ['Business Management'], // Administration and Management: planning, leading people and resources
  '2.C.1.b': ['Business Applications', 'Keyboarding'], // Administrative (clerical): records, word processing, forms
  '2.C.1.c': ['Accounting', 'Economics'], // Economics and Accounting
  '2.C.1.d': ['Marketing'], // Sales and Marketing
  '2.C.1.e': ['Customer Service', 'Communication'], // Customer and Personal Service
  '2.C.1.f': ['Business Management', 'Psychology'], // Personnel and Human Resources: hiring, staff relations
  '2.C.10': ['Transportation Technology', 'Geography'], // Transportation: moving people and goods
  '2.C.2.a': ['Manufacturing Technology'], // Production and Processing: raw materials, production, quality control
  '2.C.2.b': ['Agriculture', 'Food Science'], // Food Production: growing, harvesting, storing food (cooks: food science, not farming)
  '2.C.3.a': ['Computer Applications', 'Computer Science', 'Electronics'], // Computers and Electronics: hardware, software, programming
  '2.C.3.b': ['Engineering Design', 'Physics'], // Engineering and Technology
  '2.C.3.c': ['Drafting'], // Design: technical plans, blueprints, drawings (drafting, not art)
  '2.C.3.d': ['Construction Technology', 'Geometry'], // Building and Construction
  '2.C.3.e': ['Automotive or Small Engine Technology', 'Industrial Technology'], // Mechanical: machines and tools, their repair
  '2.C.4.a': ['Algebra', 'Statistics'], // Mathematics
  '2.C.4.b': ['Physics'], // Physics
  '2.C.4.c': ['Chemistry'], // Chemistry
  '2.C.4.d': ['Biology'], // Biology: plant and animal organisms, tissues, cells (human anatomy comes with Medicine)
  '2.C.4.e': ['Psychology'], // Psychology
  '2.C.4.f': ['Sociology'], // Sociology and Anthropology
  '2.C.4.g': ['Geography'], // Geography
  '2.C.5.a': ['Anatomy and Physiology', 'Health Science'], // Medicine and Dentistry
  '2.C.5.b': ['Psychology', 'Health Science'], // Therapy and Counseling
  '2.C.6': ['Child Development', 'Public Speaking'], // Education and Training: teaching, curriculum
  '2.C.7.a': ['English'], // English Language
  '2.C.7.b': ['World Languages'], // Foreign Language
  '2.C.7.c': ['Art', 'Music'], // Fine Arts
  '2.C.7.d': ['History'], // History and Archeology
  '2.C.7.e': ['World Religions and Philosophy'], // Philosophy and Theology
  '2.C.8.a': ['Safety and First Aid/CPR'], // Public Safety and Security
  '2.C.8.b': ['Government', 'Law'], // Law and Government
  '2.C.9.a': ['Computer Networking'], // Telecommunications
  '2.C.9.b': ['Journalism', 'Media Production'], // Communications and Media
};

/** BLS Employment Projections table 6.5 skill name -> courses (general subjects: a rank names no field). */
export const BLS_SKILL_COURSES: Readonly<Record<string, readonly string[]>> = {
  Adaptability: [], // a disposition, not a subject
  'Computers and information technology': ['Computer Applications'],
  'Creativity and innovation': [], // new ideas in any work, not art as a subject
  'Critical and analytical thinking': ['Research Methods'],
  'Customer service': ['Customer Service'],
  'Detail oriented': [], // a disposition, not a subject
  'Fine motor': [], // a physical ability, not a subject
  Interpersonal: ['Communication'],
  Leadership: ['Business Management'],
  Mathematics: ['Algebra', 'Statistics'],
  Mechanical: ['Automotive or Small Engine Technology', 'Industrial Technology'],
  'Physical strength and stamina': ['Physical Education'],
  'Problem solving and decision making': ['Research Methods'],
  'Project management': ['Business Management'],
  Science: [], // "using scientific rules and methods": the field's row names the science, if any
  'Speaking and listening': ['Public Speaking'],
  'Writing and reading': ['English'],
};

/**
 * Rule 3: a course about one kind of work -> the words of which the occupation's title or description must hold
 * one for a knowledge area or skill to suggest the course (case ignored). Courses not listed need no such word.
 */
export const TOPIC_WORDS: Readonly<Record<string, RegExp>> = {
  'Child Development':
    /\b(child|children|childhood|childcare|infants?|toddlers?|preschool|pre-kindergarten|kindergarten|elementary|pediatric\w*|nann(y|ies)|babysit\w*)\b/i,
  'Automotive or Small Engine Technology': /\b(vehicles?|automotive|automobiles?|cars?|engines?|motorcycles?|boats?|tires?|locomotives?)\b/i,
  Agriculture:
    /\b(farm\w*|crops?|agricultur\w*|livestock|ranch\w*|harvest\w*|orchards?|greenhouses?|nurser(y|ies)|animals?|forest\w*|trees?|timber|soils?|fisheries|poultry|dairy|cattle|horticultur\w*)\b/i,
  'Manufacturing Technology': /\b(manufactur\w*|factor(y|ies)|assembl\w*|machines?|machinery|fabricat\w*|industrial|plants?|mills?)\b/i,
  'Transportation Technology':
    /\b(transport\w*|vehicles?|trucks?|freight|cargo|shipping|shipments?|logistic\w*|aircraft|airlines?|flights?|ships?|vessels?|rail\w*|trains?|bus|buses|traffic|deliver\w*|dispatch\w*|driv\w*)\b/i,
  Electronics: /\b(electric\w*|electronic\w*|electro\w*|wiring|circuits?|telecommunications?|signals?|photovoltaic)\b/i,
  'Computer Science':
    /\b(comput\w*|software|programm\w*|databases?|data (scien\w*|analy\w*|mining|models?)|networks?|web\w*|cyber\w*|digital|informatics|algorithms?|video games?|information (technology|systems?|security))\b/i,
  Woodworking: /\b(wood\w*|cabinet\w*|furniture|carpent\w*|lumber|timber)\b/i,
  'Fashion and Textiles':
    /\b(garments?|apparel|cloth\w*|fabrics?|textiles?|sew\w*|fashion|tailor\w*|dressmak\w*|upholster\w*|leather|shoes?|laundr\w*|dry-clean\w*)\b/i,
};

/** Rule 3: whether the occupation's own words allow a course suggested by its ratings. */
function fitsTheWork(course: string, occupation: Occupation): boolean {
  const pattern = TOPIC_WORDS[course];
  return !pattern || pattern.test(ownWords(occupation));
}

/** Title and description, without what they exclude ("Ophthalmologists, Except Pediatric"). */
const ownWords = (occupation: Occupation) => `${occupation.title}\n${occupation.description}`.replace(/\bexcept\b[^,;.\n]*/gi, '');

/** Rule 1: the row of the occupation's most specific SOC group that has one. */
export function fieldCourses(occupation: Occupation): readonly string[] {
  const groups = [...occupation.socHierarchy].reverse();
  for (const group of groups) {
    const row = FIELD_COURSES[group.code];
    if (row) return row;
  }
  return FIELD_COURSES[`${occupation.soc.slice(0, 2)}-0000`] ?? [];
}

/** Rule 2: the courses of what the work uses most, and which source they come from; null when neither rates it. */
function ratedCourses(occupation: Occupation): {courses: (readonly string[] | undefined)[]; basis: CourseSuggestion['basis']} | null {
  const knowledge = (occupation.knowledge ?? []).filter((k) => k.importance >= KNOWLEDGE_THRESHOLD);
  if (knowledge.length) {
    const ranked = [...knowledge].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
    return {courses: ranked.map((k) => KNOWLEDGE_COURSES[k.id]), basis: 'onet-knowledge'};
  }
  if (occupation.blsSkills?.length) {
    const ranked = occupation.blsSkills
      .filter((s) => s.percentile >= BLS_PERCENTILE_THRESHOLD)
      .sort((a, b) => b.percentile - a.percentile || (a.name < b.name ? -1 : 1));
    return {courses: ranked.map((s) => BLS_SKILL_COURSES[s.name]), basis: 'bls-skills'};
  }
  return null;
}

/** Suggested courses for an occupation, or null when neither O*NET nor BLS rates it (the military codes). */
export function suggestCourses(occupation: Occupation): CourseSuggestion | null {
  const rated = ratedCourses(occupation);
  if (!rated) return null;
  const fromRatings = rated.courses.flatMap((list) => list ?? []).filter((course) => fitsTheWork(course, occupation));
  const courses = [...new Set([...fieldCourses(occupation), ...fromRatings])].slice(0, MAX_COURSES);
  return courses.length ? {courses, basis: rated.basis} : null;
}
