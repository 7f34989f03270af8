// What the title search puts first, for everyday queries: one table, on the committed dataset.
// Expected answers are the occupations a career counsellor would point to for what people type (O*NET's own
// occupations, `Occupation Data.txt` codes), written from the job titles, not read off the implementation.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DatasetIndex, SearchIndex} from '../../src/data/dataset-types.js';
import {TitleMatcher} from '../../src/data/search.js';

const data = join(dirname(fileURLToPath(import.meta.url)), '../../data/v1');
const index: DatasetIndex = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8'));
const searchIndex: SearchIndex = JSON.parse(readFileSync(join(data, 'search.json'), 'utf8'));
const matcher = new TitleMatcher(index, searchIndex);

/**
 * [query, expected first result (or the equally right ones, where O*NET and common usage agree the words fit
 * several occupations alike), occupations that must not be among the first three]
 */
export const FIRST_RESULTS: [string, string | string[], string[]?][] = [
  // once wrong: "police" led to secretaries, "cna" listed surgical assistants, "rn" two identical rows, weak extras
  ['police', '33-3051.00', ['43-6014.00']], // Police and Sheriff's Patrol Officers, not "Police -> Secretaries"
  ['cna', '31-1131.00', ['29-9093.00']], // Nursing Assistants; Surgical Assistants hold the title from one source
  ['rn', '29-1141.00'], // Registered Nurses (and no second "Registered Nurse (RN)" row: below)
  ['hvac tech', '49-9021.00', ['29-2099.00']], // no "Polysomnograph Tech"
  ['medical coder', '29-2072.00', ['43-4071.00']], // Medical Records Specialists; no "Medical Records Coder -> File Clerks"
  // health care
  ['nurse', '29-1141.00'],
  ['registered nurse', '29-1141.00'],
  ['lpn', '29-2061.00'],
  ['nursing assistant', '31-1131.00'],
  ['medical assistant', '31-9092.00'],
  ['home health aide', '31-1121.00'],
  ['dental assistant', '31-9091.00'],
  ['dental hygienist', '29-1292.00'],
  ['dentist', '29-1021.00'],
  ['pharmacist', '29-1051.00'],
  ['pharmacy tech', '29-2052.00'],
  ['physical therapist', '29-1123.00'],
  ['massage therapist', '31-9011.00'],
  ['emt', '29-2042.00'],
  ['paramedic', '29-2043.00'],
  ['phlebotomist', '31-9097.00'],
  ['veterinarian', '29-1131.00'],
  // education and care
  ['teacher', '25-2021.00'],
  ['preschool teacher', '25-2011.00'],
  ['high school teacher', '25-2031.00'],
  ['teacher aide', '25-9042.00'],
  ['nanny', '39-9011.01'],
  ['daycare worker', '39-9011.00'],
  ['social worker', ['21-1021.00', '21-1022.00', '21-1023.00']], // child and family, healthcare, mental health
  // protective service and law
  ['cop', '33-3051.00'],
  ['police officer', '33-3051.00'],
  ['firefighter', '33-2011.00'],
  ['security guard', '33-9032.00'],
  ['lawyer', '23-1011.00'],
  ['paralegal', '23-2011.00'],
  // business and office
  ['accountant', '13-2011.00'],
  ['bookkeeper', '43-3031.00'],
  ['receptionist', '43-4171.00'],
  ['secretary', '43-6014.00'],
  ['cashier', '41-2011.00'],
  ['real estate agent', '41-9022.00'],
  ['mail carrier', '43-5052.00'],
  // food, cleaning, personal care
  ['waitress', '35-3031.00'],
  ['bartender', '35-3011.00'],
  ['chef', '35-1011.00'],
  ['cook', '35-2014.00'],
  ['dishwasher', '35-9021.00'],
  ['baker', '51-3011.00'],
  ['janitor', '37-2011.00'],
  ['housekeeper', '37-2012.00'],
  ['landscaper', '37-3011.00'],
  ['barber', '39-5011.00'],
  ['hairdresser', '39-5012.00'],
  ['personal trainer', '39-9031.00'],
  // trades, repair, production, transport
  ['electrician', '47-2111.00'],
  ['plumber', '47-2152.00'],
  ['carpenter', '47-2031.00'],
  ['roofer', '47-2181.00'],
  ['construction worker', '47-2061.00'],
  ['welder', '51-4121.00'],
  ['machinist', '51-4041.00'],
  ['hvac', '49-9021.00'],
  ['auto mechanic', '49-3023.00'],
  ['mechanic', '49-3023.00'],
  ['truck driver', '53-3032.00'],
  ['delivery driver', '53-3033.00'],
  ['forklift operator', '53-7051.00'],
  ['farmer', '11-9013.00'],
  // computers, design
  ['software engineer', '15-1252.00'],
  ['programmer', '15-1251.00'],
  ['web developer', '15-1254.00'],
  ['help desk', '15-1232.00'],
  ['data scientist', '15-2051.00'],
  ['graphic designer', '27-1024.00'],
];

for (const [query, first, notInTopThree = []] of FIRST_RESULTS) {
  const firsts = [first].flat();
  test(`ranking: "${query}" leads to ${firsts.join(' or ')}${notInTopThree.length ? `, not ${notInTopThree.join(', ')}` : ''}`, () => {
    const hits = matcher.search(query, {limit: 8}).hits;
    const shown = hits.map((h) => `${h.text} -> ${h.entry.title} ${h.entry.code}`).join('; ');
    assert.ok(firsts.includes(hits[0]?.entry.code ?? ''), `${query}: ${shown}`);
    const three = hits.slice(0, 3).map((h) => h.entry.code);
    for (const code of notInTopThree) assert.ok(!three.includes(code), `${query}: ${code} in the first three: ${shown}`);
  });
}

test('ranking: a result that matches only the common word of a query is left out ("hvac tech" lists no other technicians)', () => {
  const hits = matcher.search('hvac tech', {limit: 8}).hits;
  assert.ok(hits.length > 0);
  for (const hit of hits) assert.match(hit.text, /hvac/i, `${hit.text} -> ${hit.entry.title}`);
});

test('ranking: "rn" lists no title twice (O*NET gives "Registered Nurse (RN)" to Critical Care Nurses too, from fewer sources)', () => {
  for (const query of ['rn', 'cna', 'lpn', 'police', 'cashier', 'paramedic']) {
    const texts = matcher.search(query, {limit: 8}).hits.map((h) => h.text);
    assert.equal(new Set(texts).size, texts.length, `${query}: ${texts.join('; ')}`);
  }
});

test("ranking: an occupation's own title outranks the same words given to another occupation by a single source", () => {
  const first = (query: string) => matcher.search(query, {limit: 3}).hits[0]!;
  assert.equal(first('cashier').entry.code, '41-2011.00'); // not "Cashier -> Tellers"
  assert.equal(first('paramedic').entry.code, '29-2043.00'); // not "Paramedic -> Emergency Medical Technicians"
  assert.equal(first('farmer').field, 'title'); // "Farmers, Ranchers, and Other Agricultural Managers", not "Farmer -> Farmworkers"
  assert.equal(first('maid').entry.code, '37-2012.00'); // not "Janitors and Cleaners, Except Maids ..."
});
