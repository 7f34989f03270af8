/**
 * Region summaries (`regions/<code>.json`): every figure equals the occupation file's, on the committed dataset
 * (which `npm run data:check` keeps equal to a fresh build), and the join on the hand-made fixture sources.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {runPipeline} from '../../data/pipeline/pipeline.js';
import type {DatasetIndex, DatasetMeta, Occupation, RegionSummary} from '../../src/data/dataset-types.js';
import {figuresSubject} from '../../src/data/figures-subject.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../data/v1');
const read = <T>(path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
const index = read<DatasetIndex>('index.json');
const meta = read<DatasetMeta>('meta.json');
const occupations = new Map<string, Occupation>();
const occupation = (code: string) => {
  let o = occupations.get(code);
  if (!o) occupations.set(code, (o = read<Occupation>(`occupations/${code}.json`)));
  return o;
};

/** The rows a summary lists, each compared field by field with its occupation file. */
function assertMatchesOccupationFiles(summary: RegionSummary) {
  assert.equal(summary.datasetVersion, index.datasetVersion);
  summary.rows.forEach((position, i) => {
    const o = occupation(index.occupations[position]!.code);
    const row = summary.region === 'US' ? o.wages.national : o.wages.states[summary.region];
    const where = `${summary.region} ${o.code}`;
    if (summary.region !== 'US') assert.ok(row, `${where}: listed without a state wage row`);
    assert.equal(summary.annualMedian[i], row?.annual.median ?? null, `${where} annual median`);
    assert.equal(summary.hourlyMedian[i], row?.hourly.median ?? null, `${where} hourly median`);
    assert.equal(summary.employment[i], row?.employment ?? null, `${where} employment`);
    for (const field of ['employment', 'annual.median', 'hourly.median'] as const) {
      assert.equal(summary.status[String(i)]?.[field], row?.status[field], `${where} status of ${field}`);
    }
    assert.equal(summary.basis[String(i)], row?.basis, `${where} basis`);
    assert.equal(summary.percentChange[i], o.outlook?.percentChange ?? null, `${where} percent change`);
    assert.equal(summary.annualOpenings[i], o.outlook?.annualOpenings ?? null, `${where} openings`);
    assert.equal(summary.comparison[i], o.outlook?.comparison ?? null, `${where} comparison`);
    const education = summary.education[i];
    assert.equal(education === null ? null : summary.educationLevels[education], o.education.bls?.typicalEntry ?? null, `${where} education`);
    assert.equal(summary.interests[i], o.interests?.highPoint ?? '', `${where} interests`);
    const subject = summary.subject[i];
    assert.deepEqual(subject === null ? null : summary.subjects[subject], figuresSubject(o), `${where} whose figures`);
  });
}

test('a sample of states and the nation: every figure of every listed career equals its occupation file', () => {
  for (const region of ['US', 'MN', 'CA', 'TX', 'DC', 'WY', 'AK']) assertMatchesOccupationFiles(read<RegionSummary>(`regions/${region}.json`));
});

test('a state lists exactly the careers with a wage row there; the nation those with national wages or projections', () => {
  for (const region of ['MN', 'NY', 'US']) {
    const summary = read<RegionSummary>(`regions/${region}.json`);
    const expected = index.occupations.flatMap((e, position) => {
      const o = occupation(e.code);
      const listed = region === 'US' ? o.wages.national !== null || o.outlook !== null : region in o.wages.states;
      return listed ? [position] : [];
    });
    assert.deepEqual(summary.rows, expected, region);
  }
});

test('one summary per state with wage data and one for the nation, each within 25 KB gzip', () => {
  for (const region of ['US', ...Object.keys(meta.regions)]) {
    const bytes = gzipSync(readFileSync(join(dataDir, `regions/${region}.json`)), {level: 9}).length;
    assert.ok(bytes <= 25 * 1024, `regions/${region}.json is ${bytes} bytes gzip`);
  }
});

test('the whose-figures labels: aggregates, catch-alls and O*NET specialties keep theirs', () => {
  const mn = read<RegionSummary>('regions/MN.json');
  const subjectOf = (code: string) => {
    const i = mn.rows.indexOf(index.occupations.findIndex((e) => e.code === code));
    assert.ok(i >= 0, `${code} is listed in MN`);
    const s = mn.subject[i];
    return s === null ? null : mn.subjects[s];
  };
  assert.deepEqual(subjectOf('29-2012.00'), {code: '29-2010', title: 'Clinical Laboratory Technologists and Technicians', reason: 'aggregate'});
  assert.equal(subjectOf('11-9199.09')?.reason, 'all-other');
  assert.equal(subjectOf('29-2072.00'), null, 'a .00 occupation shows its own figures');
});

test('fixture sources: summaries are built, schema-valid and agree with the fixture occupations', () => {
  const result = runPipeline(join(here, '../fixtures/pipeline/sources'));
  const us = JSON.parse(result.files.get('regions/US.json')!) as RegionSummary;
  const fixtureIndex = JSON.parse(result.files.get('index.json')!) as DatasetIndex;
  assert.ok(us.rows.length > 0);
  assert.ok(result.files.has('schema/region.schema.json'));
  const o = JSON.parse(result.files.get(`occupations/${fixtureIndex.occupations[us.rows[0]!]!.code}.json`)!) as Occupation;
  assert.equal(us.annualMedian[0], o.wages.national?.annual.median ?? null);
  const states = [...result.files.keys()].filter((f) => f.startsWith('regions/')).map((f) => f.slice(8, 10));
  assert.deepEqual(states, ['US', ...Object.keys(result.dataset.meta.regions).sort()].sort());
});
