/** The career list's rows, filters and orders (src/data/career-list.ts), in Node on the committed dataset. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  careerRows,
  type CareerRow,
  formatFilters,
  isBrightOutlook,
  listCareers,
  matcher,
  NO_FILTERS,
  parseFilters,
  parseSort,
  sortRows,
} from '../../../src/data/career-list.js';
import type {DatasetIndex, Occupation, RegionSummary} from '../../../src/data/dataset-types.js';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/v1');
const read = <T>(path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
const index = read<DatasetIndex>('index.json');
const mn = careerRows(index, read<RegionSummary>('regions/MN.json'));
const us = careerRows(index, read<RegionSummary>('regions/US.json'));
const filters = (strings: Parameters<typeof parseFilters>[0]) => parseFilters(strings);
const codes = (rows: CareerRow[]) => rows.map((r) => r.code);

test('the Done-when list: Minnesota, health care, associate degree, highest median pay first, figures from the files', () => {
  const {rows, total} = listCareers(mn, filters({major: '29', education: 'associate'}), parseSort('median'));
  assert.ok(total >= 5, `${total} careers`);
  for (const row of rows) {
    const o = read<Occupation>(`occupations/${row.code}.json`);
    assert.equal(row.major, '29');
    assert.equal(o.education.bls?.typicalEntry, "Associate's degree", row.code);
    assert.equal(row.annualMedian, o.wages.states.MN?.annual.median ?? null, row.code);
    assert.equal(row.employment, o.wages.states.MN?.employment ?? null, row.code);
    assert.equal(row.percentChange, o.outlook?.percentChange ?? null, row.code);
  }
  const medians = rows.map((r) => r.annualMedian).filter((m): m is number => m !== null);
  assert.deepEqual(
    medians,
    [...medians].sort((a, b) => b - a),
    'highest first',
  );
  assert.ok(codes(rows).includes('29-1141.00') === false, "registered nurses need a bachelor's degree");
  assert.ok(codes(rows).includes('29-2034.00'), 'radiologic technologists need an associate degree');
});

test('fields: several major groups, written as 29, 29-0000 or a list', () => {
  const both = listCareers(mn, filters({major: '29-0000, 31'}), parseSort('title')).rows;
  assert.ok(both.length > 0 && both.every((r) => r.major === '29' || r.major === '31'));
  assert.ok(both.some((r) => r.major === '31') && both.some((r) => r.major === '29'));
});

test('education ranges: exactly, at least, at most, between', () => {
  const ranks = (education: string) => new Set(listCareers(us, filters({education}), parseSort('title')).rows.map((r) => r.educationRank));
  assert.deepEqual([...ranks('associate')], [4]);
  assert.deepEqual([...ranks('master..')].sort(), [6, 7]);
  assert.deepEqual([...ranks('..high-school')].sort(), [0, 1]);
  assert.deepEqual([...ranks('high-school..associate')].sort(), [1, 2, 3, 4]);
  assert.equal(parseFilters({education: 'phd'}).education, null, 'an unknown level filters nothing');
});

test('preparation (job zone), minimum pay per year or per hour, outlook at least, interests, bright outlook, text', () => {
  const zone3 = listCareers(us, filters({jobZone: '3'}), parseSort('title')).rows;
  assert.ok(zone3.length > 0 && zone3.every((r) => r.jobZone === 3));
  const paid = listCareers(mn, filters({minPay: '$80,000'}), parseSort('title')).rows;
  assert.ok(paid.length > 0 && paid.every((r) => r.annualMedian! >= 80_000));
  const hourly = listCareers(mn, filters({minPay: '40', pay: 'hourly'}), parseSort('title')).rows;
  assert.ok(hourly.length > 0 && hourly.every((r) => r.hourlyMedian! >= 40));
  const faster = listCareers(us, filters({outlook: 'faster'}), parseSort('title')).rows;
  assert.ok(faster.length > 0 && faster.every((r) => r.comparison === 'faster' || r.comparison === 'much-faster'));
  const social = listCareers(us, filters({interests: 'S I'}), parseSort('title')).rows;
  assert.ok(social.length > 0 && social.every((r) => r.interests.includes('S') && r.interests.includes('I')));
  const bright = listCareers(us, filters({bright: true}), parseSort('title')).rows;
  assert.ok(bright.length > 0 && bright.every((r) => r.comparison === 'faster' || r.comparison === 'much-faster' || r.annualOpenings! >= 10));
  assert.deepEqual(codes(listCareers(us, filters({query: 'nurse practitioner'}), parseSort('title')).rows), ['29-1171.00']);
  assert.ok(codes(listCareers(us, filters({query: 'MÉDICAL records'}), parseSort('title')).rows).includes('29-2072.00'), 'case and accents folded');
});

test('bright outlook: faster than average, or 10 thousand openings a year (100,000 over the decade)', () => {
  assert.equal(isBrightOutlook('faster', 0.1), true);
  assert.equal(isBrightOutlook('average', 10), true);
  assert.equal(isBrightOutlook('average', 9.9), false);
  assert.equal(isBrightOutlook(null, null), false);
});

test('sorting by every column; careers without the figure last in both directions; ties by title', () => {
  for (const key of ['title', 'median', 'employment', 'growth', 'openings', 'education', 'job-zone'] as const) {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(mn, {key, direction});
      assert.equal(sorted.length, mn.length);
      const values = sorted.map(
        (r) =>
          ({
            title: r.folded,
            median: r.annualMedian,
            employment: r.employment,
            growth: r.percentChange,
            openings: r.annualOpenings,
            education: r.educationRank < 0 ? null : r.educationRank,
            'job-zone': r.jobZone,
          })[key],
      );
      const present = values.filter((v) => v !== null);
      const firstNull = values.indexOf(null);
      if (firstNull >= 0)
        assert.ok(
          values.slice(firstNull).every((v) => v === null),
          `${key} ${direction}: missing figures last`,
        );
      const expected = [...present].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
      if (direction === 'descending') expected.reverse();
      assert.deepEqual(present, expected, `${key} ${direction}`);
    }
  }
  assert.deepEqual(parseSort('median'), {key: 'median', direction: 'descending'});
  assert.deepEqual(parseSort('title'), {key: 'title', direction: 'ascending'});
  assert.deepEqual(parseSort('<script>', 'sideways'), {key: 'title', direction: 'ascending'});
});

test('a list asked for again, in any order and with any filters, is the list sorted afresh (each order is kept once sorted)', () => {
  const topCode = read<{wages: {topCode: {annual: number; hourly: number}}}>('meta.json').wages.topCode;
  const changes: [Parameters<typeof parseFilters>[0], string, string?][] = [
    [{}, 'median'],
    [{query: 'tech'}, 'median'],
    [{major: '29', education: 'associate'}, 'median', 'ascending'],
    [{pay: 'hourly', minPay: '25'}, 'median'],
    [{pay: 'hourly'}, 'median', 'ascending'],
    [{}, 'employment'],
    [{outlook: 'faster'}, 'growth', 'ascending'],
    [{bright: true}, 'title', 'descending'],
    [{query: 'te'}, 'openings'],
    [{interests: 'SI'}, 'education'],
    [{jobZone: '2..3'}, 'job-zone', 'ascending'],
    [{}, 'title'],
  ];
  // Twice over: the second time every order comes from what the first time sorted.
  for (const pass of [1, 2]) {
    for (const [strings, key, direction] of changes) {
      const f = filters(strings);
      const sort = parseSort(key, direction);
      const expected = sortRows(us.filter(matcher(f, topCode)), sort, f.pay, topCode);
      const {rows, total} = listCareers(us, f, sort, 20, topCode);
      assert.deepEqual(codes(rows), codes(expected.slice(0, 20)), `pass ${pass}: ${JSON.stringify(strings)} by ${key} ${direction ?? ''}`);
      assert.equal(total, expected.length);
    }
  }
  // The median's order on each basis is its own (careers BLS publishes on one basis only move).
  const annual = codes(listCareers(us, filters({}), parseSort('median'), 0, topCode).rows);
  const hourly = codes(listCareers(us, filters({pay: 'hourly'}), parseSort('median'), 0, topCode).rows);
  assert.notDeepEqual(annual, hourly);
});

test('limit cuts the list and total counts every match', () => {
  const all = listCareers(mn, NO_FILTERS, parseSort('employment'));
  const ten = listCareers(mn, NO_FILTERS, parseSort('employment'), 10);
  assert.equal(ten.rows.length, 10);
  assert.equal(ten.total, all.total);
  assert.deepEqual(ten.rows, all.rows.slice(0, 10));
});

test('filters round-trip through their strings (attributes and URLs say the same)', () => {
  const strings = {
    major: '31 29',
    education: 'high-school..associate',
    jobZone: '2..3',
    minPay: '50000',
    pay: 'hourly',
    outlook: 'average',
    interests: 'SI',
    bright: true,
    query: 'nurse',
  };
  const parsed = parseFilters(strings);
  assert.deepEqual(parseFilters(formatFilters(parsed)), parsed);
  assert.deepEqual(formatFilters(parsed).major, '29 31');
  assert.deepEqual(formatFilters(parseFilters({education: 'master..'})).education, 'master..');
  assert.deepEqual(formatFilters(NO_FILTERS), {major: '', education: '', jobZone: '', minPay: '', pay: '', outlook: '', interests: '', bright: '', query: ''});
});

test('hostile strings filter nothing and throw nothing', () => {
  for (const value of ['<img src=x onerror=alert(1)>', '__proto__', '${7*7}', '\u202e', '-1', '1e309', 'x'.repeat(10_000)]) {
    const f = parseFilters({major: value, education: value, jobZone: value, minPay: value, pay: value, outlook: value, interests: value, query: value});
    assert.doesNotThrow(() => listCareers(us, f, parseSort(value, value), 5));
    assert.equal(f.query.length <= 200, true);
  }
  assert.equal(matcher(parseFilters({minPay: '1e309'}))(us[0]!), true, 'an infinite minimum is ignored');
});

test('a summary for another index is refused', () => {
  const summary = read<RegionSummary>('regions/MN.json');
  assert.throws(() => careerRows(index, {...summary, datasetVersion: 'other'}), /dataset other/);
  assert.throws(() => careerRows(index, {...summary, rows: [99_999]}), /past the index/);
});
