/** The one course mapping table: complete for every knowledge area and BLS skill, and its two rules. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BLS_SKILL_COURSES, FIELD_COURSES, KNOWLEDGE_COURSES, MAX_COURSES, suggestCourses} from '../../data/pipeline/high-school-courses.js';
import type {DatasetMeta, Occupation} from '../../src/data/dataset-types.js';

const v1 = join(dirname(fileURLToPath(import.meta.url)), '../../data/v1');
const load = <T>(path: string) => JSON.parse(readFileSync(join(v1, path), 'utf8')) as T;

test('maps every O*NET knowledge area, every BLS skill and every SOC major group the dataset holds', () => {
  const meta = load<DatasetMeta>('meta.json');
  const knowledge = Object.keys(meta.elements).filter((id) => id.startsWith('2.C'));
  assert.equal(knowledge.length, 33);
  for (const id of knowledge) assert.ok(KNOWLEDGE_COURSES[id], `${id} ${meta.elements[id].name}`);
  for (const s of load<Occupation>('occupations/29-2072.00.json').blsSkills!) assert.ok(BLS_SKILL_COURSES[s.name], s.name);
  for (const g of load<{majorGroups: {code: string}[]}>('index.json').majorGroups) assert.ok(FIELD_COURSES[g.code.slice(0, 2)], g.code);
});

test('rated occupations: knowledge areas of importance >= 3, most important first (Registered Nurses)', () => {
  const s = suggestCourses(load<Occupation>('occupations/29-1141.00.json'))!;
  assert.equal(s.basis, 'onet-knowledge');
  assert.deepEqual(s.courses.slice(0, 3), ['Psychology', 'Customer Service', 'Communication']);
  for (const c of ['Anatomy and Physiology', 'Health Science', 'English']) assert.ok(s.courses.includes(c), c);
  assert.ok(s.courses.length <= MAX_COURSES);
});

test('occupations without O*NET ratings: BLS skill ranks >= 50th percentile plus the field (Medical Records Specialists)', () => {
  const s = suggestCourses(load<Occupation>('occupations/29-2072.00.json'))!;
  assert.deepEqual(s, {courses: ['Computer Applications', 'English', 'Keyboarding', 'Health Science', 'Anatomy and Physiology'], basis: 'bls-skills'});
  assert.deepEqual(load<Occupation>('occupations/29-2072.00.json').courses, s, 'the dataset carries the same suggestion');
});

test('no ratings and no BLS ranks: no suggestion', () => {
  assert.equal(suggestCourses({knowledge: null, blsSkills: null, soc: '29-2072'} as Occupation), null);
});
