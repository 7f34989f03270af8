import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildOutputs, runPipeline} from '../../data/pipeline/pipeline.js';
import {loadSources} from '../../data/pipeline/load-sources.js';
import {checkDataset} from '../../data/pipeline/checks.js';
import {validateFiles} from '../../data/pipeline/schema-validate.js';
import {generateSchemas} from '../../data/pipeline/generate-schema.js';
import type {Occupation, SearchIndex} from '../../src/data/dataset-types.js';
import {unpackTitleLists} from '../../src/data/title-pack.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pipeline');
const sources = join(fixtures, 'sources');
const result = runPipeline(sources);
const occ = (code: string, files = result.files) => JSON.parse(files.get(`occupations/${code}.json`)!) as Occupation;

test('fixture build: one file per O*NET occupation plus BLS-only codes, index in code order', () => {
  const index = JSON.parse(result.files.get('index.json')!);
  const codes = index.occupations.map((e: {code: string}) => e.code);
  assert.deepEqual(codes, ['11-1011.00', '11-1011.03', '11-1031', '11-9199.09', '25-2021.00', '27-2011', '29-2010', '29-2011.00', '29-2072.00', '29-2099']);
  assert.equal(index.occupations.find((e: {code: string}) => e.code === '29-2099').kind, 'bls');
  for (const c of codes) assert.ok(result.files.has(`occupations/${c}.json`), c);
  for (const s of ['meta', 'index', 'search', 'occupation']) assert.ok(result.files.has(`schema/${s}.schema.json`));
});

test('fixture build: O*NET sections are joined and ordered', () => {
  const o = occ('29-2072.00');
  assert.deepEqual(
    o.tasks.map((t) => t.type),
    ['core', 'core', 'supplemental'],
  );
  assert.deepEqual(o.activities, ['Maintain medical facility records.', 'Attend meetings.', 'Code data or other information.']);
  assert.deepEqual(
    o.technology.map((g) => g.category),
    ['Medical software', 'Spreadsheet software'],
  );
  assert.deepEqual(
    o.technology[0].examples.map((e) => e.name),
    ['Epic Systems', 'Zeta EHR'],
  );
  assert.deepEqual(o.tools, [
    {category: 'Notebook computers', examples: ['Desktop computers', 'Laptops']},
    {category: 'Scanners', examples: ['Scanners']},
  ]);
  assert.deepEqual(o.alternateTitles, ['Coder', 'Health Information Clerk', 'Abstractor']);
  assert.deepEqual(o.interests, {scores: {R: 2.86, I: 4.33, A: 1, S: 3.41, E: 1.88, C: 6.95}, highPoint: 'CI'});
  assert.deepEqual(
    o.related.map((r) => [r.code, r.tier]),
    [
      ['11-1011.00', 'primary-short'],
      ['29-2011.00', 'supplemental'],
    ],
  );
  assert.equal(o.skills, null);
  assert.deepEqual(
    o.blsSkills?.map((s) => s.name),
    ['Adaptability', 'Computers and information technology', 'Writing and reading'],
  );
  assert.deepEqual(
    o.socHierarchy.map((g) => g.code),
    ['29-0000', '29-2000', '29-2070', '29-2072'],
  );
  assert.equal(o.jobZone, 3);
  assert.equal(o.workContext, undefined, 'no Work Context section when the file was not supplied');
});

test('fixture build: ratings with suppressed / not-relevant levels, styles, values, education', () => {
  const o = occ('11-1011.00');
  assert.deepEqual(
    o.skills?.map((s) => [s.name, s.level]),
    [
      ['Reading Comprehension', 4.75],
      ['Active Listening', null],
    ],
  );
  assert.equal(o.knowledge?.[0].level, null);
  assert.ok(
    o.skills?.every((e) => !('description' in e)),
    'descriptions live in meta.elements, not in occupation files',
  );
  assert.deepEqual(
    o.workStyles?.map((w) => [w.name, w.distinctiveness]),
    [
      ['Achievement Orientation', null],
      ['Innovation', 7],
    ],
  );
  assert.deepEqual(
    o.workValues?.map((w) => w.name),
    ['Working Conditions', 'Achievement'],
  );
  assert.deepEqual(
    o.education.distribution?.map((e) => e.category),
    [1, 2],
  );
  assert.deepEqual(o.siblings, [{code: '11-1011.03', title: 'Chief Sustainability Officers'}]);
});

test('fixture build: wages from state JSON, national flags, previous medians', () => {
  const o = occ('29-2072.00');
  const mn = o.wages.states.MN;
  assert.equal(mn.employment, 3150);
  assert.deepEqual([mn.annual.p25, mn.annual.median, mn.annual.p75], [49690, 61530, 70070]);
  assert.equal(mn.hourly.median, 29.58);
  assert.equal(mn.status['hourly.p25'], 'derived');
  assert.deepEqual(mn.previousMedian, {annual: 59310, hourly: 28.52});
  assert.equal(o.wages.states.CA.hourly.p25, 33.21, 'equal to the annual median: the published hourly median');
  assert.deepEqual(o.wages.national?.previousMedian, {annual: 50250, hourly: 24.16});
  const ceo = occ('11-1011.00');
  assert.equal(ceo.wages.national?.status['annual.p90'], 'top-coded');
  assert.equal(ceo.wages.states.MN.status['annual.p75'], 'top-coded');
  assert.equal(ceo.wages.states.MN.status['hourly.p75'], 'top-coded');
  assert.deepEqual(ceo.wages.national?.previousMedian, {annual: null, hourly: null, status: {annual: 'top-coded', hourly: 'top-coded'}});
  const teachers = occ('25-2021.00');
  assert.equal(teachers.wages.national?.basis, 'annual-only');
  assert.equal(teachers.wages.states.MN.hourly.p25, null);
  assert.equal(teachers.outlook, null, 'no projections row for this code');
  const allOther = occ('29-2099');
  assert.equal(allOther.wages.national?.employment, null);
  assert.equal(allOther.wages.national?.status.employment, 'not-available');
  assert.equal(allOther.wages.states.MN.status.employment, 'not-available');
  assert.equal(allOther.description, 'All health technologists and technicians not listed separately, including "other" ones.');
  assert.equal(allOther.outlook?.comparison, 'decline');
  const actors = occ('27-2011');
  assert.equal(actors.wages.national?.basis, 'hourly-only');
  assert.equal(actors.wages.national?.annual.median, null);
});

test('fixture build: an O*NET occupation BLS publishes only in an aggregate shows the aggregate, labelled', () => {
  const o = occ('29-2011.00');
  assert.deepEqual(o.blsAggregate, {code: '29-2010', title: 'Clinical Laboratory Technologists and Technicians'});
  assert.equal(o.wages.national?.annual.median, 60000);
  assert.equal(o.outlook?.employmentBase, 340);
  const agg = occ('29-2010');
  assert.match(agg.description, /Medical and Clinical Laboratory Technologists \(29-2011\); Medical and Clinical Laboratory Technicians \(29-2012\)/);
});

test('fixture build: projections in thousands, meta from the sources', () => {
  const o = occ('29-2072.00');
  assert.deepEqual(o.outlook, {
    employmentBase: 194.8,
    employmentProjected: 208.6,
    change: 13.8,
    percentChange: 7.1,
    annualOpenings: 14.2,
    comparison: 'much-faster',
  });
  assert.deepEqual(o.education.bls, {typicalEntry: 'Postsecondary nondegree award', workExperience: 'None', onTheJobTraining: 'None'});
  const meta = JSON.parse(result.files.get('meta.json')!);
  assert.equal(meta.projections.allOccupationsPercentChange, 3.1);
  assert.deepEqual(meta.wages.allOccupations, {annualMedian: 50980, hourlyMedian: 24.51});
  assert.match(meta.attribution.onet, /O\*NET 30\.2 Database \(skills and knowledge: O\*NET 29\.0\)/);
  assert.equal(meta.attribution.wages, 'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025');
  assert.equal(meta.attribution.projections, 'Source: U.S. Bureau of Labor Statistics, Employment Projections 2024-34');
  assert.deepEqual(meta.regions, {CA: 'California', MN: 'Minnesota'});
  assert.deepEqual(
    meta.jobZones.map((z: {zone: number}) => z.zone),
    [2, 3, 4, 5],
  );
  assert.equal(meta.sources.find((s: {id: string}) => s.id === 'onet').date, '2026-02');
});

test('fixture build: meta.elements describes every rated element once, plus the six RIASEC areas, sorted by id', () => {
  const meta = JSON.parse(result.files.get('meta.json')!);
  assert.deepEqual(Object.keys(meta.elements), [
    '1.B.1.a',
    '1.B.1.b',
    '1.B.1.c',
    '1.B.1.d',
    '1.B.1.e',
    '1.B.1.f',
    '1.B.2.a',
    '1.B.2.b',
    '1.D.1.a',
    '1.D.1.b',
    '2.A.1.a',
    '2.A.1.b',
    '2.C.1.a',
  ]);
  assert.deepEqual(meta.elements['2.A.1.a'], {name: 'Reading Comprehension', description: 'Understanding written sentences.'});
  assert.deepEqual(meta.elements['1.B.1.f'], {name: 'Conventional', description: 'Work involves following procedures.'});
  assert.equal(meta.elements['4.C.1.a.2.c'], undefined, 'optional-file elements only when the file is supplied');
  for (const o of result.dataset.occupations) {
    for (const e of [...(o.skills ?? []), ...(o.knowledge ?? []), ...(o.workStyles ?? []), ...(o.workValues ?? [])]) {
      assert.ok(meta.elements[e.id], `${o.code}: ${e.id}`);
    }
  }
});

const withoutElement = (id: string) => {
  const texts = loadSources(sources);
  const cm = texts.onet['Content Model Reference.txt'];
  const kept = cm.split('\r\n').filter((line) => !line.startsWith(`${id}\t`));
  assert.notEqual(kept.length, cm.split('\r\n').length, `fixture has ${id}`);
  texts.onet['Content Model Reference.txt'] = kept.join('\r\n');
  return texts;
};

test('an element an occupation rates but Content Model Reference lacks fails the build, naming the id', () => {
  assert.throws(
    () => buildOutputs(withoutElement('2.C.1.a')),
    /Knowledge\.tsv: 11-1011\.00: element 2\.C\.1\.a \(Administration and Management\) is not in Content Model Reference\.txt/,
  );
  assert.throws(() => buildOutputs(withoutElement('1.B.2.b')), /element 1\.B\.2\.b \(Working Conditions\)/);
});

test('a RIASEC interest element missing from Content Model Reference fails the build, naming the id', () => {
  assert.throws(() => buildOutputs(withoutElement('1.B.1.c')), /element 1\.B\.1\.c .*is not defined/);
});

test('fixture build: the search index has one packed entry per index position and unpacks to the alternate titles', () => {
  const index = JSON.parse(result.files.get('index.json')!);
  const search: SearchIndex = JSON.parse(result.files.get('search.json')!);
  assert.equal(search.datasetVersion, index.datasetVersion);
  assert.equal(search.titles.length, index.occupations.length);
  const at = index.occupations.findIndex((e: {code: string}) => e.code === '29-2072.00');
  const titles = unpackTitleLists(search.titles, search.tokens.split('\n'))[at];
  assert.deepEqual(titles, ['Abstractor', 'Coder', 'Health Information Clerk']);
  // Strength: a reported title (2), one that My Next Move shows too (3), one source's alternate title (1).
  assert.equal(search.strength?.[at], '231');
  // Employment for ranking: all jobs (projections), shared among the O*NET occupations of one SOC code.
  const o = occ('29-2072.00');
  assert.equal(search.employment[at], Math.round((o.outlook!.employmentBase * 1000) / (1 + o.siblings.length)));
});

test('determinism: building twice gives byte-identical files and report; JSON is compact without trailing whitespace', () => {
  const again = runPipeline(sources);
  assert.deepEqual([...again.files.keys()], [...result.files.keys()]);
  for (const [path, content] of result.files) assert.equal(again.files.get(path), content, path);
  assert.equal(again.report, result.report);
  assert.doesNotMatch(result.report, /\d{4}-\d{2}-\d{2}T/);
  for (const [path, content] of result.files) {
    assert.ok(!/\s$/.test(content), `${path} ends with whitespace`);
    assert.ok(!content.includes('\n'), `${path} is not compact`);
  }
});

test('user-supplied Work Context / Work Activities / Abilities files become sections', () => {
  const texts = loadSources(sources);
  for (const f of ['Work Context.txt', 'Work Activities.txt', 'Abilities.txt']) texts.onetOptional[f] = readFileSync(join(fixtures, 'optional', f), 'utf8');
  const r = buildOutputs(texts);
  const o = occ('29-2072.00', r.files);
  assert.deepEqual(o.workContext, [
    {id: '4.C.1.a.2.c', name: 'Public Speaking', value: 1.85, scale: 'CX'},
    {id: '4.C.3.d.3', name: 'Pace Determined by Speed of Equipment', value: 2.1, scale: 'CT'},
  ]);
  assert.deepEqual(
    o.workActivities?.map((a) => [a.name, a.importance, a.level]),
    [['Getting Information', 4.5, 4]],
  );
  assert.deepEqual(
    o.abilities?.map((a) => [a.name, a.level]),
    [['Oral Comprehension', null]],
  );
  assert.deepEqual(occ('11-1011.00', r.files).workContext, [], 'present but empty for occupations without rows');
  const elements = JSON.parse(r.files.get('meta.json')!).elements;
  assert.deepEqual(elements['4.C.1.a.2.c'], {name: 'Public Speaking', description: 'How often do you speak in public?'});
  for (const id of ['4.C.3.d.3', '4.A.1.a.1', '1.A.1.a.1']) assert.ok(elements[id]?.description, id);
});

test('consistency check: an occupation element without a meta.elements entry fails with file, code and field', () => {
  const broken = buildOutputs(loadSources(sources)).dataset;
  delete broken.meta.elements['2.C.1.a'];
  assert.throws(
    () => checkDataset(broken),
    /occupations\/11-1011\.00\.json \(code 11-1011\.00\) field knowledge: element 2\.C\.1\.a has no entry in meta\.json elements/,
  );
});

test('--oews-state: the official state file replaces the JSON files, hourly percentiles published', () => {
  const r = runPipeline(sources, join(fixtures, 'state_M2025_dl.csv'));
  const o = occ('29-2072.00', r.files);
  const mn = o.wages.states.MN;
  assert.equal(mn.employment, 3150);
  assert.equal(mn.hourly.p10, 23.14, 'published, not derived (derived would be 23.13)');
  assert.deepEqual(mn.status, {});
  assert.deepEqual(mn.previousMedian, {annual: 59310, hourly: 28.52});
  assert.equal(o.wages.states.CA.employment, null);
  assert.equal(o.wages.states.CA.status['annual.median'], 'not-available');
  assert.equal(o.wages.states.PR, undefined, 'territories are outside the 50 states + DC');
  const ceo = occ('11-1011.00', r.files).wages.states.MN;
  assert.equal(ceo.status['annual.p90'], 'top-coded');
  assert.equal(occ('25-2021.00', r.files).wages.states.MN.basis, 'annual-only');
  assert.deepEqual(JSON.parse(r.files.get('meta.json')!).regions, {CA: 'California', MN: 'Minnesota'});
});

test('consistency checks fail with file, code and field', () => {
  const texts = loadSources(sources);
  const broken = buildOutputs(texts).dataset;
  const o = broken.occupations.find((x) => x.code === '29-2072.00')!;
  o.wages.states.MN.annual.p25 = 99999;
  assert.throws(() => checkDataset(broken), /occupations\/29-2072\.00\.json \(code 29-2072\.00\) field wages\.states\.MN\.annual\.median/);
  o.wages.states.MN.annual.p25 = 49690;
  o.related.push({code: '99-9999.00', title: 'Nowhere', tier: 'supplemental'});
  assert.throws(() => checkDataset(broken), /related\[2\]\.code: 99-9999\.00 has no file/);
});

test('schema validation fails with file, code and field', () => {
  const files = new Map(result.files);
  const o = occ('29-2072.00') as unknown as Record<string, unknown>;
  o.jobZone = 'three';
  files.set('occupations/29-2072.00.json', JSON.stringify(o));
  assert.throws(() => validateFiles(files, generateSchemas()), /occupations\/29-2072\.00\.json \(code 29-2072\.00\): field \/jobZone/);
});

test('fixture build: whose figures: aggregate, catch-all "All Other" code, O*NET specialty, own', async () => {
  const {figuresSubject} = await import('../../src/data/figures-subject.js');
  const wind = occ('11-9199.09');
  assert.equal(wind.wages.national?.annual.median, 141900, "the catch-all code's wages");
  assert.equal(wind.education.bls?.typicalEntry, "Bachelor's degree");
  for (const section of ['wages', 'outlook', 'education'] as const) {
    assert.deepEqual(figuresSubject(wind, section), {code: '11-9199', title: 'Managers, All Other', reason: 'all-other'}, section);
  }
  assert.equal(figuresSubject(wind, 'blsSkills'), null, 'no BLS skill ranks for 11-9199 in the fixture: nothing to label');
  const lab = occ('29-2011.00');
  const aggregate = {code: '29-2010', title: 'Clinical Laboratory Technologists and Technicians', reason: 'aggregate'};
  assert.deepEqual(figuresSubject(lab, 'education'), aggregate, "education.bls is the aggregate's too");
  assert.deepEqual(figuresSubject(lab, 'wages'), aggregate);
  assert.deepEqual(figuresSubject(occ('11-1011.03'), 'wages'), {code: '11-1011', title: 'Chief Executives', reason: 'broader'});
  for (const own of ['11-1011.00', '29-2072.00', '29-2010']) assert.equal(figuresSubject(occ(own), 'wages'), null, own);
  // The index's median says whose it is too, for lists that show it without loading the occupation file.
  const index = JSON.parse(result.files.get('index.json')!).occupations as {code: string; median: number | null; medianOf?: unknown}[];
  const entry = (code: string) => index.find((e) => e.code === code)!;
  assert.deepEqual(entry('11-9199.09').medianOf, {code: '11-9199', title: 'Managers, All Other'});
  assert.deepEqual(entry('29-2011.00').medianOf, {code: '29-2010', title: 'Clinical Laboratory Technologists and Technicians'});
  for (const own of ['11-1011.00', '29-2072.00', '29-2010']) assert.equal(entry(own).medianOf, undefined, own);
});

test('fixture build: O*NET "Recommend Suppress" is kept as lowPrecision, on importance, level and education shares', () => {
  const o = occ('11-1011.00');
  assert.deepEqual(
    o.skills?.map((s) => [s.name, s.level, s.lowPrecision]),
    [
      ['Reading Comprehension', 4.75, undefined],
      ['Active Listening', null, ['level']],
    ],
  );
  assert.deepEqual(o.knowledge?.[0].lowPrecision, ['importance'], 'a not-relevant level is not counted as low precision');
  assert.equal(o.knowledge?.[0].importance, 4.5, 'the flagged importance is kept');
  assert.deepEqual(
    o.education.distribution?.map((e) => [e.category, e.lowPrecision]),
    [
      [1, undefined],
      [2, true],
    ],
  );
  assert.match(result.report, /\| education percentages flagged \| 1 \| 1 \|/);
  assert.match(result.report, /\| knowledge importance flagged \| 1 \| 1 \|/);
  assert.match(result.report, /\| skill levels flagged \| 1 \| 1 \|/);
});

test('fixture build: a missing previous median says why; top code periods are measured', () => {
  const ceo = occ('11-1011.00');
  assert.deepEqual(
    ceo.wages.states.MN.previousMedian,
    {annual: null, hourly: null, status: {annual: 'not-available', hourly: 'not-available'}},
    'no May 2024 row for MN',
  );
  assert.deepEqual(occ('29-2072.00').wages.states.CA.previousMedian?.status, {annual: 'not-available', hourly: 'not-available'});
  const meta = JSON.parse(result.files.get('meta.json')!);
  assert.deepEqual(meta.wages.topCode, {annual: 239200, hourly: 115, periods: ['May 2024', 'May 2025']}, 'both fixture files hold # cells');
  // 11-1011: national annual and hourly medians top-coded in May 2024; MN has no May 2024 row; CA none at all.
  assert.match(result.report, /\| top-coded \| 1 \| 1 \| 0 \| 0 \|/);
  assert.match(
    result.report,
    /\| not published \(the cell, or the whole row\) \| 4 \| 4 \| 4 \| 3 \|/,
    'codes absent from the May 2024 fixture file, and state rows',
  );
  assert.match(result.report, /\| a catch-all "All Other" SOC code \| 1 \| 1 \| 1 \| 1 \| 0 \|/);
});

test("fixture build: a BLS aggregate the SOC does not define carries its parts' SOC definitions", () => {
  const agg = occ('29-2010');
  assert.deepEqual(agg.socParts, [
    {code: '29-2011', title: 'Medical and Clinical Laboratory Technologists', definition: 'Perform complex medical laboratory tests.'},
    {code: '29-2012', title: 'Medical and Clinical Laboratory Technicians', definition: 'Perform routine medical laboratory tests.'},
  ]);
  assert.equal(occ('29-2099').socParts, undefined, 'a SOC-defined code uses its own definition');
});
