/**
 * The one course mapping table: complete for every knowledge area, BLS skill and SOC major group; its three rules on
 * hand-made occupations; and what a school counselor would (and would not) sign off on, occupation by occupation.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BLS_SKILL_COURSES, FIELD_COURSES, KNOWLEDGE_COURSES, MAX_COURSES, TOPIC_WORDS, suggestCourses} from '../../data/pipeline/high-school-courses.js';
import {es} from '../../src/internal/catalogs/es.js';
import type {BlsSkill, DatasetMeta, Occupation, RatedElement} from '../../src/data/dataset-types.js';

const v1 = join(dirname(fileURLToPath(import.meta.url)), '../../data/v1');
const load = <T>(path: string) => JSON.parse(readFileSync(join(v1, path), 'utf8')) as T;
const occupation = (code: string) => load<Occupation>(`occupations/${code}.json`);
const everyCourse = () => new Set([...Object.values(FIELD_COURSES), ...Object.values(KNOWLEDGE_COURSES), ...Object.values(BLS_SKILL_COURSES)].flat());

test('maps every O*NET knowledge area, every BLS skill and every SOC major group the dataset holds', () => {
  const meta = load<DatasetMeta>('meta.json');
  const knowledge = Object.keys(meta.elements).filter((id) => id.startsWith('2.C'));
  assert.equal(knowledge.length, 33);
  for (const id of knowledge) assert.ok(KNOWLEDGE_COURSES[id], `${id} ${meta.elements[id].name}`);
  for (const s of occupation('29-2072.00').blsSkills!) assert.ok(BLS_SKILL_COURSES[s.name], s.name);
  for (const g of load<{majorGroups: {code: string}[]}>('index.json').majorGroups) assert.ok(FIELD_COURSES[g.code], g.code);
  for (const course of Object.keys(TOPIC_WORDS)) assert.ok(everyCourse().has(course), `topic rule for a course the table never suggests: ${course}`);
});

test('every course name has a Spanish name in the catalog (course names are shown to students)', () => {
  for (const course of everyCourse()) assert.ok((es.terms as Record<string, string>)[course], `es.terms["${course}"]`);
});

// ------------------------------------------------------------------------------------------- the rules, hand-made

const rated = (id: string, importance: number): RatedElement => ({id, name: id, importance, level: null});
const bls = (name: string, percentile: number): BlsSkill => ({name, percentile}) as BlsSkill;
/** A hand-made occupation: just what the rules read. */
function made(soc: string, fields: Partial<Occupation>): Occupation {
  const [major, minor, broad] = [`${soc.slice(0, 2)}-0000`, `${soc.slice(0, 4)}000`, `${soc.slice(0, 6)}0`];
  return {
    code: `${soc}.00`,
    soc,
    title: 'Widget Workers',
    description: 'Make widgets.',
    knowledge: null,
    blsSkills: null,
    socHierarchy: [
      {code: major, level: 'major', title: ''},
      {code: minor, level: 'minor', title: ''},
      {code: broad, level: 'broad', title: ''},
      {code: soc, level: 'detailed', title: ''},
    ],
    ...fields,
  } as Occupation;
}

test('rule 1: the field comes first and the cap never removes it', () => {
  const everything = Object.keys(KNOWLEDGE_COURSES).map((id) => rated(id, 5));
  const s = suggestCourses(made('15-1252', {knowledge: everything}))!;
  assert.deepEqual(s.courses.slice(0, 2), ['Computer Science', 'Algebra'], 'the field (15-0000) before 33 knowledge areas rated 5');
  assert.equal(s.courses.length, MAX_COURSES);
  assert.equal(s.basis, 'onet-knowledge');
});

test('rule 1: the most specific SOC group with a row wins (broad, then minor, then major)', () => {
  const some = {knowledge: [rated('2.C.7.a', 4)]};
  assert.deepEqual(suggestCourses(made('47-2111', some))!.courses.slice(0, 3), FIELD_COURSES['47-2110'], 'broad group 47-2110 Electricians');
  assert.deepEqual(suggestCourses(made('29-1141', some))!.courses.slice(0, 3), FIELD_COURSES['29-1000'], 'minor group 29-1000');
  assert.deepEqual(suggestCourses(made('47-2061', some))!.courses.slice(0, 2), FIELD_COURSES['47-0000'], 'major group 47-0000');
});

test('rule 2: knowledge of importance >= 3, most important first; below 3 everywhere: BLS ranks >= 70th percentile', () => {
  const s = suggestCourses(made('43-9061', {knowledge: [rated('2.C.4.e', 3.2), rated('2.C.7.a', 4.1), rated('2.C.4.c', 2.9)]}))!;
  assert.deepEqual(s, {courses: ['Business Applications', 'Keyboarding', 'English', 'Psychology'], basis: 'onet-knowledge'});
  const low = suggestCourses(
    made('45-2092', {
      knowledge: [rated('2.C.4.d', 2.8)],
      blsSkills: [bls('Writing and reading', 69), bls('Mathematics', 70), bls('Physical strength and stamina', 99), bls('Science', 90)],
    }),
  )!;
  assert.deepEqual(
    low,
    {courses: ['Agriculture', 'Biology', 'Physical Education', 'Algebra', 'Statistics'], basis: 'bls-skills'},
    'strongest first; 69 is below the threshold; BLS "Science" names no science of its own',
  );
  assert.equal(suggestCourses(made('55-3016', {})), null, 'no ratings and no BLS ranks (the military codes): no suggestion');
});

test("rule 3: a course about one kind of work only when the occupation's own words name that work", () => {
  const mechanical = {knowledge: [rated('2.C.3.e', 4), rated('2.C.6', 3.5)]};
  const widgets = suggestCourses(made('51-9199', mechanical))!.courses;
  assert.ok(!widgets.includes('Automotive or Small Engine Technology') && !widgets.includes('Child Development'), widgets.join());
  assert.ok(widgets.includes('Industrial Technology') && widgets.includes('Public Speaking'), widgets.join());
  const engines = suggestCourses(made('51-9199', {...mechanical, description: 'Repair small engines and teach children to use them.'}))!.courses;
  assert.ok(engines.includes('Automotive or Small Engine Technology') && engines.includes('Child Development'), engines.join());
  const except = suggestCourses(made('29-1241', {...mechanical, title: 'Ophthalmologists, Except Pediatric'}))!.courses;
  assert.ok(!except.includes('Child Development'), 'what a title excludes does not count');
  const field = suggestCourses(made('49-3023', {knowledge: [rated('2.C.7.a', 4)], description: 'Fix things.'}))!.courses;
  assert.equal(field[0], 'Automotive or Small Engine Technology', 'a field row is written for that work and is not checked');
});

// --------------------------------------------------------------------- what a counselor would sign off on (data/v1)

const CD = 'Child Development';
const AUTO = 'Automotive or Small Engine Technology';
/** code, courses that must appear, courses that must not. At least one occupation for every SOC major group. */
const CASES: [code: string, must: string[], mustNot: string[]][] = [
  ['11-1011.00', ['Business Management'], [CD, AUTO]],
  ['11-9111.00', ['Health Science', 'Business Management'], [CD]],
  ['11-9199.00', ['Business Management'], ['Biology', 'Chemistry']],
  ['11-9199.09', ['Business Management', 'Physics'], [CD, AUTO]],
  ['13-2011.00', ['Accounting', 'Economics'], [CD, AUTO]],
  ['13-1199.07', ['Business Management'], ['Biology', AUTO]],
  ['15-1252.00', ['Computer Science', 'Algebra'], [AUTO, 'Biology', 'Chemistry', 'Industrial Technology']],
  ['15-1299.00', ['Computer Science'], [AUTO, 'Biology']],
  ['15-1299.04', ['Computer Science'], [AUTO]],
  ['15-1299.05', ['Computer Science'], [AUTO]],
  ['15-1299.06', ['Computer Science'], [AUTO]],
  ['15-1299.07', ['Computer Science'], [AUTO]],
  ['15-2051.00', ['Statistics', 'Computer Science'], ['Biology', 'Chemistry']],
  ['17-2141.00', ['Physics', 'Calculus', 'Engineering Design'], [CD]],
  ['19-1042.00', ['Biology', 'Chemistry'], [CD, AUTO]],
  ['21-1012.00', ['Psychology'], [AUTO]],
  ['23-1011.00', ['Law', 'Government'], [CD, AUTO]],
  ['25-1071.00', ['Biology', 'Health Science', 'Public Speaking'], [CD]],
  ['25-1022.00', ['Calculus', 'Public Speaking'], [CD]],
  ['25-2011.00', [CD, 'Psychology'], [AUTO]],
  ['25-2021.00', [CD, 'English'], [AUTO]],
  ['25-2031.00', ['Psychology', 'Public Speaking'], [CD]],
  ['27-2042.00', ['Music'], [CD]],
  ['27-1024.00', ['Art and Design'], [CD]],
  ['29-1141.00', ['Biology', 'Chemistry', 'Anatomy and Physiology'], [CD]],
  ['29-1141.01', ['Biology', 'Chemistry', 'Anatomy and Physiology'], [CD]],
  ['29-1151.00', ['Biology', 'Chemistry'], [CD]],
  ['29-1171.00', ['Biology', 'Chemistry'], [CD]],
  ['29-2061.00', ['Biology', 'Chemistry', 'Anatomy and Physiology', 'Health Science'], [CD]],
  ['29-2072.00', ['Health Science', 'Anatomy and Physiology', 'Computer Applications', 'Keyboarding'], [CD, AUTO]],
  ['31-1131.00', ['Biology', 'Health Science', 'Anatomy and Physiology'], [CD]],
  ['33-2011.00', ['Safety and First Aid/CPR'], [CD, AUTO]],
  ['33-3051.00', ['Law'], [CD, AUTO]],
  ['35-2014.00', ['Culinary Arts', 'Food Science'], ['Agriculture', 'Manufacturing Technology']],
  ['35-2011.00', ['Culinary Arts'], ['Agriculture']],
  ['35-2012.00', ['Culinary Arts'], ['Agriculture']],
  ['35-1011.00', ['Culinary Arts'], ['Agriculture']],
  ['37-2011.00', ['Safety and First Aid/CPR'], ['Agriculture']],
  ['37-3011.00', ['Horticulture'], [AUTO]],
  ['39-4012.00', ['Biology', 'Chemistry'], [CD, AUTO]],
  ['39-3019.00', ['Customer Service'], [CD]],
  ['39-7010', ['History', 'Geography', 'Hospitality and Tourism'], [CD]],
  ['39-9011.00', [CD], [AUTO]],
  ['41-2031.00', ['Marketing', 'Customer Service'], [CD]],
  ['41-9012.00', ['Marketing'], [CD]],
  ['43-6014.00', ['Keyboarding', 'Business Applications'], [CD]],
  ['45-2092.00', ['Agriculture', 'Biology'], [CD]],
  ['45-4021.00', ['Environmental Science', 'Agriculture'], [CD]],
  ['47-2111.00', ['Electronics', 'Construction Technology'], [AUTO]],
  ['47-2152.00', ['Construction Technology', 'Industrial Technology'], [AUTO]],
  ['47-2031.00', ['Woodworking', 'Construction Technology'], [AUTO]],
  ['49-3023.00', [AUTO], [CD]],
  ['51-4041.00', ['Manufacturing Technology', 'Geometry'], [AUTO]],
  ['51-6031.00', ['Fashion and Textiles'], [CD]],
  ['51-2022.00', ['Manufacturing Technology', 'Electronics'], [CD]],
  ['51-3011.00', ['Culinary Arts'], ['Agriculture']],
  ['53-3032.00', ['Driver Education'], [CD]],
  ['53-2011.00', ['Physics'], [CD]],
];

test(`${CASES.length} occupations across every SOC major group: the courses a counselor expects, and none they would strike out`, () => {
  assert.ok(CASES.length >= 40);
  const majors = new Set(CASES.map(([code]) => code.slice(0, 2)));
  for (const g of load<{majorGroups: {code: string}[]}>('index.json').majorGroups) {
    if (g.code !== '55-0000') assert.ok(majors.has(g.code.slice(0, 2)), `no case for major group ${g.code}`);
  }
  for (const [code, must, mustNot] of CASES) {
    const courses = suggestCourses(occupation(code))?.courses ?? [];
    for (const c of must) assert.ok(courses.includes(c), `${code} should list ${c}: ${courses.join(', ')}`);
    for (const c of mustNot) assert.ok(!courses.includes(c), `${code} should not list ${c}: ${courses.join(', ')}`);
  }
  assert.equal(suggestCourses(occupation('55-3016.00')), null, 'military codes have no O*NET or BLS data: no suggestion');
});

test('the whole dataset: something for every occupation with data; Child Development and Automotive only where the work is about them', () => {
  const files = readdirSync(join(v1, 'occupations'));
  let without = 0;
  for (const file of files) {
    const o = load<Occupation>(`occupations/${file}`);
    const s = suggestCourses(o);
    assert.deepEqual(o.courses, s, `${o.code}: the dataset carries what the table suggests`);
    const hasData = Boolean(o.knowledge?.length || o.blsSkills?.length);
    assert.equal(Boolean(s), hasData, `${o.code}: a suggestion exactly when O*NET or BLS rates it`);
    if (!s) {
      without++;
      continue;
    }
    const words = `${o.title} ${o.description}`.replace(/\bexcept\b[^,;.]*/gi, '');
    if (s.courses.includes(CD))
      assert.match(
        words,
        /\b(child|children|childhood|childcare|infants?|preschool|kindergarten|elementary|pediatric\w*|nann(y|ies))\b/i,
        `${o.code} ${o.title}`,
      );
    if (s.courses.includes(AUTO) && !/^(49-3|53-3)/.test(o.code)) assert.match(words, TOPIC_WORDS[AUTO], `${o.code} ${o.title}`);
  }
  assert.equal(without, 19, 'the 19 military codes');
});
