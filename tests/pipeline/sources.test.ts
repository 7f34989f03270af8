import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseOewsCell, parseOewsCsv} from '../../data/pipeline/sources/oews-csv.js';
import {parseStateJson} from '../../data/pipeline/sources/oews-state-json.js';
import {parseEducationTable, parseProjectionsTable, parseSkillsTable, stripFootnotes} from '../../data/pipeline/sources/projections.js';
import {parseSocDefinitions} from '../../data/pipeline/sources/soc.js';
import {parseReadMe} from '../../data/pipeline/sources/onet-occupations.js';
import {parseScaledFile} from '../../data/pipeline/sources/onet-scaled.js';
import {parseJobZoneReference, parseRelatedOccupations, parseTitles} from '../../data/pipeline/sources/onet-small.js';
import {parseTaskStatements} from '../../data/pipeline/sources/onet-tasks.js';

const HEADER =
  'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY';

test('OEWS cells: *, ** and # stay special values, never 0; thousands separators are read', () => {
  assert.equal(parseOewsCell('*', 'x'), '*');
  assert.equal(parseOewsCell('**', 'x'), '**');
  assert.equal(parseOewsCell('#', 'x'), '#');
  assert.equal(parseOewsCell('', 'x'), null);
  assert.equal(parseOewsCell('1,234', 'x'), 1234);
  assert.throws(() => parseOewsCell('n/a', 'ctx'), /ctx/);
});

test('OEWS official layout: flags, special values, quoted titles with commas', () => {
  const text = [
    HEADER,
    '27,Minnesota,2,MN,0,x,x,1235,25-2021,"Elementary School Teachers, Except Special Education",detailed,26640,3,9,1,,,*,74790,1,*,*,*,*,*,48870,59250,76350,91290,100880,TRUE,',
    '27,Minnesota,2,MN,0,x,x,1235,11-1011,Chief Executives,detailed,**,5,2.3,1.7,,,118.38,246240,3,44.49,66.38,94.07,#,#,92540,138060,195670,#,#,,',
  ].join('\r\n');
  const [teachers, ceo] = parseOewsCsv(text, 'state.csv');
  assert.equal(teachers.title, 'Elementary School Teachers, Except Special Education');
  assert.equal(teachers.annualOnly, true);
  assert.equal(teachers.hourlyOnly, false);
  assert.equal(teachers.values.H_MEDIAN, '*');
  assert.equal(teachers.values.A_MEDIAN, 76350);
  assert.equal(ceo.values.TOT_EMP, '**');
  assert.equal(ceo.values.A_PCT90, '#');
  assert.equal(ceo.state, 'MN');
});

test('OEWS: a file without the expected columns fails loudly', () => {
  assert.throws(() => parseOewsCsv('AREA,OCC_CODE\n99,00-0000\n', 'bad.csv'), /bad\.csv: missing column/);
});

test('state JSON: absent keys stay absent, a non-number is an error', () => {
  const f = parseStateJson('{"fips":"27","name":"Minnesota","occupations":{"11-1011":{"title":"CEO","emp":6740,"p10":92540}}}', 'mn.json');
  assert.deepEqual(f.occupations.get('11-1011'), {title: 'CEO', emp: 6740, p10: 92540});
  assert.throws(() => parseStateJson('{"fips":"27","name":"M","occupations":{"1":{"emp":"**"}}}', 'mn.json'), /mn\.json: 1\.emp/);
});

test('projections: en-dash headers, em-dash values, thousands kept as published', () => {
  const text = [
    '2024 National Employment Matrix title,2024 National Employment Matrix code,Occupation type,"Employment, 2024","Employment, 2034","Employment change, numeric, 2024\u201334","Employment change, percent, 2024\u201334","Occupational openings, 2024\u201334 annual average",Typical education needed for entry,Work experience in a related occupation,Typical on-the-job training needed to attain competency in the occupation',
    '"Total, all occupations",00-0000,Summary,169956.1,175167.9,5211.8,3.1,18863.3,\u2014,\u2014,\u2014',
    'Medical records specialists,29-2072,Line item,194.8,208.6,13.8,7.1,14.2,Postsecondary nondegree award,None,None',
  ].join('\n');
  const t = parseProjectionsTable(text, 't1.2');
  assert.equal(t.period, '2024-34');
  assert.equal(t.baseYear, 2024);
  assert.equal(t.projectedYear, 2034);
  assert.equal(t.rows[0].typicalEntry, null);
  assert.deepEqual(
    {...t.rows[1]},
    {
      code: '29-2072',
      title: 'Medical records specialists',
      type: 'Line item',
      employmentBase: 194.8,
      employmentProjected: 208.6,
      change: 13.8,
      percentChange: 7.1,
      annualOpenings: 14.2,
      typicalEntry: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
    },
  );
});

test('projections: BLS skills table strips footnote marks; education table skips dash rows', () => {
  assert.equal(stripFootnotes('Medical records specialists[1]'), 'Medical records specialists');
  const skills = parseSkillsTable(
    '2024 National Employment Matrix title,2024 National Employment Matrix code,Adaptability,Writing and reading[2]\nMedical records specialists[1],29-2072,19,74\n',
    't6.5',
  );
  assert.deepEqual(skills.get('29-2072'), [
    {name: 'Adaptability', percentile: 19},
    {name: 'Writing and reading', percentile: 74},
  ]);
  const edu = parseEducationTable(
    "2024 National Employment Matrix title,2024 National Employment Matrix code,Typical education needed for entry,Work experience in a related occupation,Typical on-the-job training needed to attain competency in the occupation\nA,11-1011,Bachelor's degree,5 years or more,None\nB,99-9999,\u2014,\u2014,\u2014\n",
    't5.4',
  );
  assert.equal(edu.get('11-1011')?.workExperience, '5 years or more');
  assert.equal(edu.has('99-9999'), false);
});

test('SOC definitions: quoted definitions with commas, quotes and newlines', () => {
  const soc = parseSocDefinitions(
    'SOC Group,SOC Code,SOC Title,SOC Definition\r\nMajor,29-0000,Healthcare,\r\nDetailed,29-2072,Medical Records Specialists,"Compile, process.\r\nIncludes ""medical coders""."\r\n',
  );
  assert.equal(soc.length, 2);
  assert.equal(soc[1].level, 'detailed');
  assert.equal(soc[1].definition, 'Compile, process.\nIncludes "medical coders".');
  assert.equal(
    parseSocDefinitions('SOC Group,SOC Code,SOC Title,SOC Definition\nDetailed,29-2072, Medical  Records Specialists ,x\n')[0].title,
    'Medical Records Specialists',
    'titles: spaces collapsed',
  );
  assert.throws(() => parseSocDefinitions('SOC Group,SOC Code,SOC Title,SOC Definition\nGroup,1,x,\n'), /unknown SOC Group/);
});

test('O*NET Read Me: version and release month are read, not assumed', () => {
  assert.deepEqual(parseReadMe('O*NET 30.2 Database\r\nFebruary 2026 Release\r\n'), {version: '30.2', release: 'February 2026', date: '2026-02'});
  assert.throws(() => parseReadMe('nothing here'));
});

test('O*NET scaled files: suppress and not-relevant flags, Category n/a, bad numbers rejected', () => {
  const text =
    'O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tRecommend Suppress\tNot Relevant\r\n' +
    '29-2072.00\t4.C.1\tPublic Speaking\tCX\tn/a\t1.85\tN\tn/a\r\n29-2072.00\t2.A\tX\tLV\tn/a\t2\tY\tY\r\n';
  const rows = parseScaledFile(text, 'Work Context.txt').get('29-2072.00')!;
  assert.equal(rows[0].category, '');
  assert.equal(rows[0].value, 1.85);
  assert.equal(rows[1].suppress, true);
  assert.equal(rows[1].notRelevant, true);
  assert.throws(() => parseScaledFile('O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n1\t2\t3\tIM\tn/a\n', 'Skills'), /Skills row 2/);
});

test('O*NET small files: job zones as the reference defines them, related tiers, titles, tasks', () => {
  const zones = parseJobZoneReference(
    'Job Zone\tName\tExperience\tEducation\tJob Training\tExamples\tSVP Range\r\n2\tJob Zone 1-2: Very Little\te\ted\tt\tx\t<6\r\n',
  );
  assert.deepEqual(
    zones.map((z) => [z.zone, z.name]),
    [[2, 'Job Zone 1-2: Very Little']],
  );
  assert.throws(() => parseRelatedOccupations('O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n1\t2\tClose\t1\n'), /unknown tier/);
  assert.deepEqual(parseTitles('O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n1\tCoder\tY\n1\tMedical  Coder \tN\n', 'r').get('1'), [
    'Coder',
    'Medical Coder',
  ]);
  // Reported titles that My Next Move shows come first, each group in the file's order.
  const reported =
    'O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n1\tArt Teacher\tN\n1\tClassroom Teacher\tY\n1\tMusic Teacher\tN\n1\tTeacher\tY\n';
  assert.deepEqual(parseTitles(reported, 'r').get('1'), ['Classroom Teacher', 'Teacher', 'Art Teacher', 'Music Teacher']);
  const tasks = parseTaskStatements('O*NET-SOC Code\tTask ID\tTask\tTask Type\n1\t5\tDo x.\tCore\n1\t6\tDo y.\t\n').get('1');
  assert.deepEqual(
    tasks?.map((t) => t.type),
    ['core', null],
  );
});
