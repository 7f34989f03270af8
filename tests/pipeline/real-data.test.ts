/** Spot checks on the real dataset, built from the raw sources in ../shared/data (skipped when absent). */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv} from 'ajv';
import {runPipeline, type PipelineResult} from '../../data/pipeline/pipeline.js';
import {listFiles} from '../../data/pipeline/write.js';
import {schemaFor} from '../../data/pipeline/schema-validate.js';
import type {Occupation} from '../../src/data/dataset-types.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sources = resolve(repo, '../shared/data');
const skip = existsSync(sources) ? false : `raw sources not found at ${sources}: real-data spot checks skipped`;
let built: PipelineResult | undefined;
const real = () => (built ??= runPipeline(sources, undefined, resolve(repo, 'data/vocabulary')));
const occ = (code: string) => JSON.parse(real().files.get(`occupations/${code}.json`)!) as Occupation;

test('real data: Minnesota, May 2025, 29-2072.00 Medical Records Specialists', {skip}, () => {
  const mn = occ('29-2072.00').wages.states.MN;
  assert.equal(mn.employment, 3150);
  assert.deepEqual([mn.annual.p25, mn.annual.median, mn.annual.p75], [49690, 61530, 70070]);
  assert.equal(mn.hourly.median, 29.58);
});

test('real data: national wages and projections of 29-2072.00', {skip}, () => {
  const o = occ('29-2072.00');
  const n = o.wages.national!;
  assert.deepEqual([n.annual.p25, n.annual.median, n.annual.p75], [43490, 51140, 64820]);
  assert.deepEqual([n.hourly.p25, n.hourly.median, n.hourly.p75], [20.91, 24.59, 31.17]);
  assert.equal(o.outlook?.employmentBase, 194.8);
  assert.equal(o.outlook?.employmentProjected, 208.6);
  assert.equal(o.outlook?.percentChange, 7.1);
  assert.equal(o.outlook?.annualOpenings, 14.2);
  assert.equal(o.skills, null);
  assert.ok(o.blsSkills && o.blsSkills.length === 17, 'BLS skill ranks stand in for the missing O*NET ratings');
});

test('real data: 29-1141.00 Registered Nurses keeps all 35 skills; meta.elements describes every skill and knowledge id', {skip}, () => {
  const o = occ('29-1141.00');
  const elements = real().dataset.meta.elements;
  assert.equal(o.skills?.length, 35);
  assert.ok(o.knowledge && o.knowledge.length >= 33, `${o.knowledge?.length} knowledge areas`);
  const sorted = [...o.skills!].sort((a, b) => b.importance - a.importance || (b.level ?? -1) - (a.level ?? -1) || a.name.localeCompare(b.name));
  assert.deepEqual(
    o.skills!.map((s) => s.id),
    sorted.map((s) => s.id),
    'importance desc, level desc, name',
  );
  for (const e of [...o.skills!, ...o.knowledge!]) {
    assert.ok(elements[e.id]?.description, `${e.id} ${e.name} has a description`);
    assert.ok(!('description' in e), `${e.id}: no description in the occupation file`);
  }
  for (const [id, name] of [
    ['1.B.1.a', 'Realistic'],
    ['1.B.1.b', 'Investigative'],
    ['1.B.1.c', 'Artistic'],
    ['1.B.1.d', 'Social'],
    ['1.B.1.e', 'Enterprising'],
    ['1.B.1.f', 'Conventional'],
  ]) {
    assert.equal(elements[id]?.name, name, id);
    assert.ok(elements[id].description.length > 20, id);
  }
  const ids = Object.keys(elements);
  assert.deepEqual(
    ids,
    [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    'sorted by id',
  );
});

test('real data: 1,016 O*NET occupation files, BLS-only codes, meta from the sources', {skip}, () => {
  const r = real();
  assert.equal(r.dataset.occupations.filter((o) => o.kind === 'onet').length, 1016);
  assert.ok(r.dataset.occupations.some((o) => o.kind === 'bls' && o.code === '29-2010'));
  assert.equal(r.dataset.meta.projections.allOccupationsPercentChange, 3.1);
  assert.equal(r.dataset.meta.wages.period, 'May 2025');
  assert.equal(Object.keys(r.dataset.meta.regions).length, 51);
  assert.deepEqual(
    r.dataset.meta.jobZones.map((z) => z.zone),
    [2, 3, 4, 5],
    'zones as Job Zone Reference.txt (30.2) defines them',
  );
});

test('real data: the build matches the committed data/v1 and REPORT.md', {skip}, () => {
  const r = real();
  const out = join(repo, 'data/v1');
  const committed = listFiles(out);
  assert.deepEqual(committed, [...r.files.keys()].sort());
  const differing = committed.filter((f) => readFileSync(join(out, f), 'utf8') !== r.files.get(f));
  assert.deepEqual(differing, [], 'run `npm run data` and commit');
  assert.equal(readFileSync(join(repo, 'data/REPORT.md'), 'utf8'), r.report);
});

test('committed data/v1: every file validates against the committed schemas (ajv)', () => {
  const out = join(repo, 'data/v1');
  if (!existsSync(join(out, 'schema'))) return;
  const ajv = new Ajv({strict: false});
  const validators = new Map(
    // Every committed schema, so a new dataset file's schema is checked as soon as it exists.
    listFiles(join(out, 'schema')).map((s) => [s, ajv.compile(JSON.parse(readFileSync(join(out, 'schema', s), 'utf8')))]),
  );
  const files = listFiles(out).filter((f) => !f.startsWith('schema/'));
  assert.ok(files.length > 1000);
  for (const f of files) {
    const validate = validators.get(schemaFor(f))!;
    assert.ok(validate(JSON.parse(readFileSync(join(out, f), 'utf8'))), `${f}: ${JSON.stringify(validate.errors?.[0])}`);
  }
});

test('real data: whose figures, low-precision flags, previous medians, top code vintage', {skip}, async () => {
  const {figuresSubject} = await import('../../src/data/figures-subject.js');
  const occupations = real().dataset.occupations;
  const reasons = new Map<string, number>();
  for (const o of occupations) {
    const r = figuresSubject(o)?.reason;
    if (r) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  assert.deepEqual(Object.fromEntries(reasons), {aggregate: 34, 'all-other': 64, broader: 79});
  assert.deepEqual(figuresSubject(occ('11-9199.09'), 'wages'), {code: '11-9199', title: 'Managers, All Other', reason: 'all-other'});
  assert.equal(occ('11-9199.09').wages.national?.annual.median, 141900);
  const shares = occupations.flatMap((o) => o.education.distribution ?? []).filter((s) => s.lowPrecision);
  assert.equal(shares.length, 223);
  assert.deepEqual(
    occ('11-2033.00').education.distribution?.find((s) => s.category === 6),
    {category: 6, label: "Bachelor's Degree", percent: 65.49, lowPrecision: true},
  );
  assert.equal(occupations.flatMap((o) => o.knowledge ?? []).filter((k) => k.lowPrecision?.includes('importance')).length, 19);
  assert.deepEqual(occ('29-1212.00').wages.national?.previousMedian?.status, {annual: 'top-coded', hourly: 'top-coded'});
  assert.deepEqual(real().dataset.meta.wages.topCode.periods, ['May 2024'], 'May 2025 publishes exact wages above the top code');
  assert.equal(occ('29-2010').socParts?.length, 2);
});

test('real data: CIP 51.0707 prepares for 29-2072 and 29-9021; 29-2072 is reached from 51.0706, 51.0707, 51.0713, 51.0721', {skip}, () => {
  const programs = JSON.parse(real().files.get('programs.json')!) as {programs: {cip: string; title: string; occupations: string[]}[]};
  const him = programs.programs.find((p) => p.cip === '51.0707')!;
  assert.equal(him.title, 'Health Information/Medical Records Technology/Technician');
  assert.deepEqual([...him.occupations].sort(), ['29-2072.00', '29-9021.00']);
  assert.deepEqual(
    occ('29-2072.00').programs?.map((p) => p.cip),
    ['51.0706', '51.0707', '51.0713', '51.0721'],
  );
  assert.ok(occ('29-9021.00').programs?.some((p) => p.cip === '51.0707'));
  assert.equal(programs.programs.length, 2143 - 194 - 1, 'every CIP code but the NO MATCH ones (99.9999 is not a program)');
});

test("real data: videos: own where the URL names the code, another occupation's labelled with whose", {skip}, () => {
  const cdn = 'https://cdn.careeronestop.org/OccVids/OccupationVideos/';
  assert.deepEqual(occ('29-2072.00').video, {
    url: `${cdn}29-2072.00.mp4`,
    poster: `${cdn}29-2072.00.jpg`,
    about: {code: '29-2072.00', title: 'Medical Records Specialists'},
    own: true,
  });
  assert.equal(occ('29-9021.00').video?.url, `${cdn}29-9021.00.mp4`);
  const gm = occ('11-1021.00').video!;
  assert.deepEqual([gm.own, gm.about.code, gm.about.title], [false, '11-1011.00', 'Chief Executives']);
  const all = real().dataset.occupations;
  assert.equal(all.filter((o) => o.video?.own).length, 512);
  assert.equal(all.filter((o) => o.video && !o.video.own).length, 364, '365 in the list, one of them (51-9151) names a code O*NET 30.2 lacks');
});
