/** Programs (CIP-SOC crosswalk) and career videos: parsers on strings, the join on the hand-made fixtures. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseCipSoc} from '../../data/pipeline/sources/cip-soc.js';
import {parseCareerVideos} from '../../data/pipeline/sources/career-videos.js';
import {buildOutputs, runPipeline} from '../../data/pipeline/pipeline.js';
import {loadSources} from '../../data/pipeline/load-sources.js';
import {checkDataset} from '../../data/pipeline/checks.js';
import {MOST_RELEVANT, programWordWeights, rankPrograms, stem} from '../../data/pipeline/program-relevance.js';
import type {Occupation, ProgramIndex} from '../../src/data/dataset-types.js';

const sources = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pipeline/sources');
const result = runPipeline(sources);
const occ = (code: string, files = result.files) => JSON.parse(files.get(`occupations/${code}.json`)!) as Occupation;
const HEADER = 'CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title';

test('crosswalk: titles lose their final period, NO MATCH rows of both kinds are skipped and counted, repeats dropped, spaces collapsed', () => {
  const x = parseCipSoc(
    `\uFEFF${HEADER}\r\n01.0508,Taxidermy/Taxidermist.,99-9999,NO MATCH\r\n99.9999,NO MATCH,13-1074,Farm Labor Contractors\r\n52.0201,"Business Administration and Management, General.",11-1011,Chief Executives\r\n52.0201,"Business Administration and Management, General.",11-1011,Chief Executives\r\n`,
  );
  assert.deepEqual(x.pairs, [{cip: '52.0201', title: 'Business Administration and Management, General', soc: '11-1011'}]);
  assert.deepEqual(x.noMatch, ['01.0508']);
  const spaced = parseCipSoc(
    `${HEADER}\n54.0102,American  History (United States).,25-1125,"History Teachers, Postsecondary"\n13.1310,Marketing and Distribution   Teacher Education.,25-1194,Y`,
  );
  assert.deepEqual(
    spaced.pairs.map((p) => p.title),
    ['American History (United States)', 'Marketing and Distribution Teacher Education'],
    'runs of spaces collapsed',
  );
  assert.deepEqual(x.noProgram, ['13-1074']);
});

test('crosswalk: malformed codes, a CIP with two titles, missing columns fail loudly with the row', () => {
  assert.throws(() => parseCipSoc(`${HEADER}\n1.0508,X.,11-1011,Y`), /row 2: CIP code "1\.0508"/);
  assert.throws(() => parseCipSoc(`${HEADER}\n01.0508,X.,111011,Y`), /row 2: SOC code "111011"/);
  assert.throws(() => parseCipSoc(`${HEADER}\n01.0508,X.,11-1011,Y\n01.0508,Z.,11-1021,Y`), /row 3: CIP 01\.0508 is titled both "X" and "Z"/);
  assert.throws(() => parseCipSoc('CIP2020Code,SOC2018Code\n01.0508,11-1011'), /missing column\(s\) "CIP2020Title"/);
});

test('videos: keys become O*NET-SOC codes; whose video it is comes from the file name, not the list title', () => {
  const v = (key: string, url: string, poster?: string) =>
    JSON.stringify({metadata: {generated_at: '2026-01-07T00:00:00Z'}, videos: {[key]: {videoUrl: url, posterUrl: poster, title: 'ignored'}}});
  const cdn = 'https://cdn.careeronestop.org/OccVids/OccupationVideos/';
  const {generated, links} = parseCareerVideos(v('11-1021', `${cdn}11-1011.00.mp4`, `${cdn}11-1011.00.jpg`));
  assert.equal(generated, '2026-01-07');
  assert.deepEqual(links, [{listedFor: '11-1021.00', url: `${cdn}11-1011.00.mp4`, poster: `${cdn}11-1011.00.jpg`, videoCode: '11-1011.00'}]);
  assert.equal(parseCareerVideos(v('11-1011-03', `${cdn}11-1011.03.mp4`, 'javascript:alert(1)')).links[0].poster, null, 'a poster off the CDN is dropped');
  assert.throws(() => parseCareerVideos(v('11-1011', 'https://evil.example/11-1011.00.mp4')), /not on https:\/\/cdn\.careeronestop\.org/);
  assert.throws(() => parseCareerVideos(v('11-1011', `${cdn}chief.mp4`)), /does not name an O\*NET-SOC code/);
  assert.throws(() => parseCareerVideos(v('chief', `${cdn}11-1011.00.mp4`)), /key "chief"/);
  assert.throws(() => parseCareerVideos('{"videos": {}}'), /generated_at/);
  assert.throws(() => parseCareerVideos('<html>'), /not valid JSON/);
});

test('fixture build: every occupation lists the programs of its SOC code, in CIP order; aggregates combine theirs', () => {
  assert.deepEqual(occ('29-2072.00').programs, [
    {cip: '51.0707', title: 'Health Information/Medical Records Technology/Technician'},
    {cip: '51.0713', title: 'Medical Insurance Coding Specialist/Coder'},
  ]);
  assert.deepEqual(
    occ('29-2011.00').programs?.map((p) => p.cip),
    ['51.1005'],
  );
  assert.deepEqual(
    occ('29-2010').programs?.map((p) => p.cip),
    ['51.1004', '51.1005'],
    'the aggregate combines 29-2011 and 29-2012',
  );
  assert.deepEqual(occ('11-1031').programs, [], 'listed under 99.9999 NO MATCH: no program');
  assert.deepEqual(
    occ('11-1011.03').programs?.map((p) => p.cip),
    ['52.0201'],
    "O*NET siblings share their SOC code's programs",
  );
  assert.equal(occ('11-1011.00').programsFrom, undefined, "the SOC occupation itself: the crosswalk's own list");
  assert.deepEqual(occ('11-1011.03').programsFrom, {code: '11-1011', title: 'Chief Executives', relevant: 0});
});

test("fixture build: a specialty's inherited list is ordered by relevance to it, and says whose list it is", () => {
  // 11-9199.09 Wind Energy Operations Managers ("Manage wind field operations.") has the list of 11-9199 Managers, All Other.
  assert.deepEqual(
    occ('11-9199.09').programs?.map((p) => p.title),
    ['Project Management', 'Library and Information Science'],
  );
  assert.deepEqual(occ('11-9199.09').programsFrom, {code: '11-9199', title: 'Managers, All Other', relevant: 1});
  assert.match(result.report, /O\*NET specialties listing their SOC code's programs \(`programsFrom`\).*: 2\. .*by how many: 0: 1, 1: 1\./);
});

test('relevance: stems, rare words counting more, and where the occupation uses the word', () => {
  assert.deepEqual(['managers', 'management', 'managing'].map(stem), ['manag', 'manag', 'manag']);
  assert.deepEqual(['economist', 'economics', 'engineering', 'engineer', 'nursing', 'nurse'].map(stem), ['econom', 'econom', 'engin', 'engin', 'nurs', 'nurs']);
  const titles = [
    'Library and Information Science',
    'Archives/Archival Administration',
    'Project Management',
    'Business Administration and Management, General',
    'Hotel/Motel Administration/Management',
    'Wind Energy Technology',
  ];
  const idf = programWordWeights(titles);
  assert.ok(idf.get('librar')! > idf.get('manag')!, 'a word of one title counts more than one of three');
  const programs = titles.map((title, i) => ({cip: `52.02${i}0`, title}));
  const wind = {
    title: 'Wind Energy Operations Managers',
    description: 'Manage wind field operations, including personnel.',
    alternateTitles: ['Wind Farm Operations Manager'],
    tasks: [{text: 'Supervise employees.', type: 'core' as const}],
  };
  const ranked = rankPrograms(programs, wind, idf);
  assert.deepEqual(ranked.programs.map((p) => p.title).slice(0, 2), ['Wind Energy Technology', 'Project Management']);
  assert.deepEqual(
    ranked.programs.slice(-2).map((p) => p.title),
    ['Library and Information Science', 'Archives/Archival Administration'],
    'no shared word: last, in the given order',
  );
  assert.equal(
    ranked.relevant,
    1,
    'Wind Energy Technology only: "Management", in three of these six titles, weighs little, and "Project" is not the occupation\'s word',
  );
  const none = rankPrograms(programs.slice(0, 2), wind, idf);
  assert.equal(none.relevant, 0);
  const many = rankPrograms(
    Array.from({length: 8}, (_, i) => ({cip: `15.00${i}0`, title: `Wind Energy ${i}`})),
    wind,
    idf,
  );
  assert.equal(many.relevant, MOST_RELEVANT, 'a few first, the rest one click away');
});

test('fixture build: programs.json maps each program to its occupations; programs without one are left out', () => {
  const index = JSON.parse(result.files.get('programs.json')!) as ProgramIndex;
  assert.deepEqual(
    index.programs.map((p) => [p.cip, p.occupations]),
    [
      ['13.1202', ['25-2021.00']],
      ['25.0101', ['11-9199.09']],
      ['51.0707', ['29-2072.00']],
      ['51.0713', ['29-2072.00']],
      ['51.1005', ['29-2011.00']],
      ['52.0201', ['11-1011.00', '11-1011.03']],
      ['52.0211', ['11-9199.09']],
    ],
  );
  assert.ok(result.files.has('schema/programs.schema.json'));
  assert.match(result.report, /\| programs in `programs.json` \(CIP codes with at least one occupation\) \| 7 \|/);
  assert.match(result.report, /1 programs paired with `99-9999 NO MATCH` \(no occupation\), 1 occupations paired with `99\.9999 NO MATCH`/);
});

test("fixture build: own videos, another occupation's video with whose it is, none, and dropped entries", () => {
  const cdn = 'https://cdn.careeronestop.org/OccVids/OccupationVideos/';
  assert.deepEqual(occ('29-2072.00').video, {
    url: `${cdn}29-2072.00.mp4`,
    poster: `${cdn}29-2072.00.jpg`,
    about: {code: '29-2072.00', title: 'Medical Records Specialists'},
    own: true,
  });
  assert.deepEqual(occ('29-2011.00').video?.about, {code: '29-2072.00', title: 'Medical Records Specialists'});
  assert.equal(occ('29-2011.00').video?.own, false);
  assert.equal(occ('11-1011.03').video?.own, true);
  assert.equal(occ('25-2021.00').video?.poster, null);
  assert.equal(occ('29-2099').video, null);
  assert.equal(occ('11-9199.09').video, null, 'its video file names a code the dataset lacks');
  assert.ok(
    result.report.includes(
      '| entries dropped (a code not in the dataset) | 2: 11-9199.09, whose video file is 11-9199.04.mp4 (11-9199.04 is not in the dataset); 51-9151.00 (listed under a code not in the dataset) |',
    ),
  );
  const meta = result.dataset.meta;
  assert.equal(meta.attribution.videos, 'Video: CareerOneStop, U.S. Department of Labor');
  assert.equal(meta.attribution.programs, 'Source: National Center for Education Statistics, CIP 2020 to SOC 2018 Crosswalk');
  assert.deepEqual(
    meta.sources.filter((s) => s.id === 'career-videos' || s.id === 'cip-soc').map((s) => [s.id, s.date]),
    [
      ['cip-soc', '2020-04'],
      ['career-videos', '2026-01-07'],
    ],
  );
});

test('without the crosswalk and video list the dataset builds as before: no programs.json, no programs or video keys', () => {
  const r = buildOutputs({...loadSources(sources), cipSoc: null, careerVideos: null});
  assert.equal(r.files.has('programs.json'), false);
  const o = occ('29-2072.00', r.files);
  assert.equal('programs' in o, false);
  assert.equal('video' in o, false);
  assert.equal(r.dataset.meta.attribution.programs, undefined);
  assert.doesNotMatch(r.report, /## Programs/);
});

test('consistency check: programs.json and occupation files must agree; a video must say whose it is', () => {
  const broken = buildOutputs(loadSources(sources)).dataset;
  broken.occupations.find((o) => o.code === '29-2072.00')!.programs = [];
  assert.throws(
    () => checkDataset(broken),
    /occupations\/29-2072\.00\.json \(code 29-2072\.00\) field programs: 51\.0707 lists this occupation in programs\.json but not here/,
  );
  const lying = buildOutputs(loadSources(sources)).dataset;
  lying.occupations.find((o) => o.code === '29-2011.00')!.video!.own = true;
  assert.throws(() => checkDataset(lying), /field video\.own: says true for a video about 29-2072\.00/);
});

test('the published overlay schema accepts the demo overlay and refuses an unknown field', async () => {
  const {Ajv} = await import('ajv');
  const {generateSchemas} = await import('../../data/pipeline/generate-schema.js');
  const {readFileSync} = await import('node:fs');
  const validate = new Ajv({strict: false}).compile(generateSchemas().get('overlay.schema.json')!);
  const demo = JSON.parse(readFileSync(join(sources, '../../../../demo/hosts/north-shore-overlay.json'), 'utf8')) as Record<string, unknown>;
  assert.ok(validate(demo), JSON.stringify(validate.errors?.[0]));
  assert.equal(validate({...demo, hots: {}}), false);
});

test("real data: the review's inherited lists lead with programs of the specialty's own work", () => {
  const v1 = join(dirname(fileURLToPath(import.meta.url)), '../../data/v1/occupations');
  const real = (code: string) => JSON.parse(readFileSync(join(v1, `${code}.json`), 'utf8')) as Occupation;
  const cases: [code: string, from: string, first: string[], notFirst: string][] = [
    ['11-9199.09', '11-9199', ['Research and Development Management', 'Science/Technology Management'], 'Library and Information Science'],
    ['15-1299.03', '15-1299', ['Data Processing and Data Processing Technology/Technician', 'Information Technology Project Management'], 'Bioinformatics'],
    ['13-1199.07', '13-1199', ['Business Administration and Management, General'], 'Hotel/Motel Administration/Management'],
  ];
  for (const [code, from, first, notFirst] of cases) {
    const o = real(code);
    const shown = o.programs!.slice(0, o.programsFrom!.relevant).map((p) => p.title);
    assert.equal(o.programsFrom!.code, from);
    assert.deepEqual(shown, first, code);
    assert.ok(!shown.includes(notFirst) && o.programs![0].title !== notFirst, `${code} leads with ${notFirst}`);
    assert.ok(
      o.programs!.some((p) => p.title === notFirst),
      `${code}: ${notFirst} is still listed, after the relevant ones`,
    );
  }
  assert.equal(real('11-9199.00').programsFrom, undefined, 'the catch-all SOC occupation itself keeps its own list in CIP order');
});
