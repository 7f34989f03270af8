// The title search (src/data/search.ts) and its packing (src/data/title-pack.ts), in Node, on the committed dataset.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DatasetIndex, SearchIndex} from '../../src/data/dataset-types.js';
import {editDistance, normalizeWord, TitleMatcher} from '../../src/data/search.js';
import {packTitles, splitTokens, unpackTitles, unpackTitleLists} from '../../src/data/title-pack.js';

const data = join(dirname(fileURLToPath(import.meta.url)), '../../data/v1');
const index: DatasetIndex = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8'));
const searchIndex: SearchIndex = JSON.parse(readFileSync(join(data, 'search.json'), 'utf8'));
const matcher = new TitleMatcher(index, searchIndex);
const top = (query: string, n = 3) => matcher.search(query, {limit: n}).hits.map((h) => h.entry.code);

test('packing: titles come back exactly, whatever their punctuation, order or length', () => {
  const lists = [
    ['HVAC Tech (Heating, Ventilation, and Air Conditioning Technician)', 'Helpers--Electricians', 'U.S. Senator', 'A/V Tech', 'Café Owner'],
    [],
    ['Nurse', 'Nurse Aide', 'Nurse Aide, Certified', 'Nurse Aide - Night Shift', "Driver's Helper & Mover"],
    ['a b c d e f g h i j k l', 'a b c d e f g h i j k l m', '  leading and trailing  '],
  ];
  const packed = packTitles(lists);
  const back = unpackTitleLists(packed.titles, packed.tokens.split('\n'));
  assert.deepEqual(
    back,
    lists.map((l) => [...l].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))),
  );
  assert.deepEqual(splitTokens('Registered Nurse (RN)'), ['Registered', 'Nurse', ' (', 'RN', ')']);
  assert.ok(!packed.titles.some((t) => /["\\]/.test(t)), 'JSON-safe characters only');
});

test('packing: a damaged entry is refused, not misread', () => {
  assert.throws(() => unpackTitles(['0#'], 0), /out of range/);
  assert.throws(() => unpackTitles(['5#'], 10), /shared-token count/);
  assert.throws(() => unpackTitles(['0~'], 10), /out of range/); // a 3-character number cut short
});

test('the committed search index: ~57,000 titles, one entry per occupation, under the 250 KB gzip budget', async () => {
  const {gzipSync} = await import('node:zlib');
  assert.ok(matcher.size > 55_000, `${matcher.size} titles`);
  assert.equal(searchIndex.titles.length, index.occupations.length);
  assert.ok(gzipSync(readFileSync(join(data, 'search.json')), {level: 9}).length < 250_000);
});

// Expected answers are O*NET's own occupations for these job titles (Alternate Titles.txt, Occupation Data.txt),
// as a career counsellor would point to them; not read off this implementation.
const EXPECTED: [string, string[]][] = [
  ['medical coder', ['29-2072.00']], // Medical Records Specialists
  ['cna', ['31-1131.00']], // Nursing Assistants
  ['registered nurse', ['29-1141.00']], // Registered Nurses
  ['truck driver', ['53-3032.00']], // Heavy and Tractor-Trailer Truck Drivers
  ['software engineer', ['15-1252.00']], // Software Developers
  ['electrician apprentice', ['47-3013.00', '47-2111.00']], // Helpers--Electricians (O*NET's title) and Electricians
  ['teacher', ['25-2021.00']], // Elementary School Teachers, Except Special Education
];

for (const [query, codes] of EXPECTED) {
  test(`ranking: "${query}" leads to ${codes.join(' and ')} within the first three results`, () => {
    const found = top(query);
    for (const code of codes) assert.ok(found.includes(code), `${query}: ${found.join(', ')}`);
  });
}

test('ranking: an exact occupation title comes first', () => {
  assert.equal(top('Registered Nurses')[0], '29-1141.00');
  assert.equal(top('electricians')[0], '47-2111.00');
  assert.equal(top('Medical Records Specialists')[0], '29-2072.00');
});

test('tolerant: typos, word order, plurals, abbreviations and partly typed words', () => {
  assert.ok(top('registred nurse').includes('29-1141.00'));
  assert.ok(top('nurse registered').includes('29-1141.00'));
  assert.ok(top('medical coders').includes('29-2072.00'));
  assert.ok(top('electricain').includes('47-2111.00'));
  assert.ok(top('dental hygenist').includes('29-1292.00'));
  assert.ok(top('rn').includes('29-1141.00'));
  assert.ok(top('hvac').includes('49-9021.00'));
  assert.ok(top('lpn').includes('29-2061.00'));
  assert.ok(top('medical cod').includes('29-2072.00'));
  assert.ok(top('phleb').includes('31-9097.00'));
});

test('codes: an O*NET-SOC or SOC code, with or without the dash, finds its occupations', () => {
  const result = matcher.search('29-2072');
  assert.deepEqual(
    result.hits.map((h) => [h.entry.code, h.field]),
    [['29-2072.00', 'code']],
  );
  assert.deepEqual(result.hits[0]!.marks, [[0, 7]]);
  assert.equal(top('292072')[0], '29-2072.00');
  assert.equal(top('29-1141.03')[0], '29-1141.03');
});

test('alternate titles equal to the occupation title are found through the title', () => {
  assert.equal(top('Neurodiagnostic Technologist')[0], '29-2099.01');
  assert.equal(top('Agricultural Equipment Operators')[0], '45-2091.00');
  assert.equal(top('Reinforcing Iron and Rebar Workers')[0], '47-2171.00');
});

test('hits: the matched title, whether it is an alternate one, and marks on the matched words', () => {
  const [hit] = matcher.search('medical coder').hits;
  assert.equal(hit!.field, 'alternate');
  assert.equal(hit!.text, 'Medical Coder');
  assert.equal(hit!.entry.title, 'Medical Records Specialists');
  assert.deepEqual(hit!.marks, [
    [0, 7],
    [8, 13],
  ]);
  const [typing] = matcher.search('registered nur').hits;
  assert.equal(typing!.field, 'title');
  assert.deepEqual(
    typing!.marks,
    [
      [0, 10],
      [11, 14],
    ],
    'only the typed part of a prefix',
  );
});

test('filters, limits, totals and short queries', () => {
  const nurses = matcher.search('nurse', {limit: 50, filter: (e) => e.jobZone === 3});
  assert.ok(nurses.hits.length > 0);
  assert.ok(nurses.hits.every((h) => h.entry.jobZone === 3));
  const all = matcher.search('nurse', {limit: 5});
  assert.equal(all.hits.length, 5);
  assert.ok(all.total > 5);
  assert.deepEqual(matcher.search('n').hits, []);
  assert.deepEqual(matcher.search('   ').hits, []);
});

test('no match: nothing returned, and a suggestion when a word is misspelt beyond tolerance', () => {
  assert.equal(matcher.search('zzqqxx').total, 0);
  assert.equal(matcher.suggest('zzqqxx'), null);
  assert.equal(matcher.search('plmbr').total, 0);
  assert.equal(matcher.suggest('plmbr'), 'plumber');
});

test('words: singular and plural alike; edit distance counts a swap as one typo', () => {
  assert.equal(normalizeWord('Nurses'), 'nurse');
  assert.equal(normalizeWord('Secretaries'), 'secretary');
  assert.equal(normalizeWord('Coaches'), 'coach');
  assert.equal(normalizeWord('Analysis'), 'analysis');
  assert.equal(normalizeWord('(CNA)'), 'cna');
  assert.equal(editDistance('electricain', 'electrician', 2), 1);
  assert.equal(editDistance('nurse', 'purse', 1), 1);
  assert.equal(editDistance('nurse', 'horse', 1), 2);
});

test('a search index from another dataset version is refused', () => {
  assert.throws(() => new TitleMatcher(index, {...searchIndex, datasetVersion: 'other'}), /does not belong/);
});

test('built in slices (TitleMatcher.build, as a page builds it): the same search, with pauses between slices', async () => {
  let pauses = 0;
  const sliced = await TitleMatcher.build(index, searchIndex, {}, async () => void pauses++);
  assert.ok(pauses > 10, `${pauses} pauses`);
  assert.equal(sliced.size, matcher.size);
  for (const query of ['police', 'medical cod', 'rn', 'electricain', '29-2072']) {
    assert.deepEqual(
      sliced.search(query).hits.map((h) => [h.entry.code, h.text]),
      matcher.search(query).hits.map((h) => [h.entry.code, h.text]),
      query,
    );
  }
});
