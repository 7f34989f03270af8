import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deriveHourly, previousFromOews, previousFromStateJson, wageRowFromOews, wageRowFromStateJson} from '../../data/pipeline/wages.js';
import {compareGrowth, outlookFrom} from '../../data/pipeline/outlook.js';
import type {OewsRecord} from '../../data/pipeline/sources/oews-csv.js';

function record(values: Partial<OewsRecord['values']>, flags: Partial<Pick<OewsRecord, 'annualOnly' | 'hourlyOnly'>> = {}): OewsRecord {
  return {
    area: '99',
    areaTitle: 'U.S.',
    state: 'US',
    code: '11-1011',
    title: 'Chief Executives',
    group: 'detailed',
    values: {
      TOT_EMP: 100,
      H_MEAN: 50,
      A_MEAN: 104000,
      H_PCT10: 20,
      H_PCT25: 30,
      H_MEDIAN: 40,
      H_PCT75: 60,
      H_PCT90: 80,
      A_PCT10: 41600,
      A_PCT25: 62400,
      A_MEDIAN: 83200,
      A_PCT75: 124800,
      A_PCT90: 166400,
      ...values,
    },
    annualOnly: false,
    hourlyOnly: false,
    ...flags,
  };
}

test('national row: # is null + top-coded, * and ** null + not-available, never 0', () => {
  const row = wageRowFromOews(record({A_PCT90: '#', H_PCT90: '#', TOT_EMP: '**', A_MEAN: '*'}), previousFromOews(record({A_MEDIAN: '#', H_MEDIAN: 39.5})));
  assert.equal(row.annual.p90, null);
  assert.equal(row.status['annual.p90'], 'top-coded');
  assert.equal(row.status['hourly.p90'], 'top-coded');
  assert.equal(row.employment, null);
  assert.equal(row.status.employment, 'not-available');
  assert.equal(row.status['annual.mean'], 'not-available');
  assert.equal(row.annual.median, 83200);
  assert.deepEqual(row.previousMedian, {annual: null, hourly: 39.5, status: {annual: 'top-coded'}});
  assert.equal(row.basis, undefined);
});

test('previous medians say why they are missing: top-coded, not published, or no row that period', () => {
  assert.deepEqual(previousFromOews(record({A_MEDIAN: 61530, H_MEDIAN: 29.58})), {annual: 61530, hourly: 29.58});
  assert.deepEqual(previousFromOews(record({A_MEDIAN: '*', H_MEDIAN: '#'})), {
    annual: null,
    hourly: null,
    status: {annual: 'not-available', hourly: 'top-coded'},
  });
  assert.deepEqual(previousFromOews(undefined), {annual: null, hourly: null, status: {annual: 'not-available', hourly: 'not-available'}});
  // A state row's missing key takes the previous national flag of the same column.
  const topCodedNationally = record({A_MEDIAN: '#', H_MEDIAN: '#'});
  assert.deepEqual(previousFromStateJson({emp: 500}, topCodedNationally), {annual: null, hourly: null, status: {annual: 'top-coded', hourly: 'top-coded'}});
  assert.deepEqual(previousFromStateJson({emp: 500}, record({})), {annual: null, hourly: null, status: {annual: 'not-available', hourly: 'not-available'}});
  assert.deepEqual(previousFromStateJson(undefined, topCodedNationally), {
    annual: null,
    hourly: null,
    status: {annual: 'not-available', hourly: 'not-available'},
  });
});

test('previous state medians: the top-coding pattern (lower percentiles kept, median and 75th cut) is top-coded where the national median was published', () => {
  const publishedNationally = record({A_MEDIAN: 206420, H_MEDIAN: 99.24});
  const topCoded = {annual: null, hourly: null, status: {annual: 'top-coded', hourly: 'top-coded'}};
  // Connecticut's chief executives, May 2024: 25th percentile $202,070, no median, no 75th.
  assert.deepEqual(previousFromStateJson({emp: 1430, avg: 393930, havg: 189.39, p10: 127440, p25: 202070}, publishedNationally), topCoded);
  assert.deepEqual(previousFromStateJson({emp: 90, p10: 165420}, publishedNationally), topCoded, 'the 10th percentile alone is enough');
  assert.deepEqual(
    previousFromStateJson({emp: 90, p25: 180000}, record({A_MEDIAN: 150000}, {annualOnly: true})),
    {annual: null, hourly: null, status: {annual: 'top-coded', hourly: 'not-available'}},
    'annual-only: no hourly figure to top-code',
  );
  const notPublished = {annual: null, hourly: null, status: {annual: 'not-available', hourly: 'not-available'}};
  assert.deepEqual(previousFromStateJson({emp: 90}, publishedNationally), notPublished, 'no percentile at all: not published');
  assert.deepEqual(
    previousFromStateJson({emp: 90, p25: 180000, p75: 230000}, publishedNationally),
    notPublished,
    'a 75th percentile below the top code: the median was not cut from the top',
  );
});

test('national row: ANNUAL/HOURLY flags become basis', () => {
  assert.equal(wageRowFromOews(record({}, {annualOnly: true}), null).basis, 'annual-only');
  assert.equal(wageRowFromOews(record({}, {hourlyOnly: true}), null).basis, 'hourly-only');
});

test('hourly from annual: annual / 2080 to the cent', () => {
  assert.equal(deriveHourly(49690), 23.89);
  assert.equal(deriveHourly(70070), 33.69);
  assert.equal(deriveHourly(48120), 23.13);
});

test('state JSON: published values, derived hourly percentiles, missing keys resolved by the national flag', () => {
  const national = record({A_PCT75: '#', A_PCT90: '#', H_PCT75: '#', H_PCT90: '#'});
  const row = wageRowFromStateJson(
    {emp: 6740, med: 195670, avg: 246240, hmed: 94.07, havg: 118.38, p10: 92540, p25: 138060},
    national,
    previousFromStateJson({med: 190000}, record({H_MEDIAN: '*'})),
  );
  assert.equal(row.annual.p75, null);
  assert.equal(row.status['annual.p75'], 'top-coded');
  assert.equal(row.status['hourly.p90'], 'top-coded');
  assert.equal(row.hourly.p10, 44.49);
  assert.equal(row.status['hourly.p10'], 'derived');
  assert.equal(row.hourly.median, 94.07);
  assert.equal(row.status['hourly.median'], undefined);
  assert.deepEqual(row.previousMedian, {annual: 190000, hourly: null, status: {hourly: 'not-available'}});
  // Without a national # the same gap is just not available.
  const plain = wageRowFromStateJson({med: 1000, hmed: 0.48}, record({}), null);
  assert.equal(plain.status['annual.p75'], 'not-available');
  assert.equal(plain.status.employment, 'not-available');
  assert.equal(plain.previousMedian, null);
});

test('state JSON: annual-only occupations keep hourly null and not-available (no derived teacher hourly wages)', () => {
  const national = record({H_MEDIAN: '*', H_PCT10: '*', H_PCT25: '*', H_PCT75: '*', H_PCT90: '*', H_MEAN: '*'}, {annualOnly: true});
  const row = wageRowFromStateJson({emp: 26640, med: 76350, avg: 74790, p10: 48870, p25: 59250, p75: 91290, p90: 100880}, national, null);
  assert.equal(row.basis, 'annual-only');
  for (const k of ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const) {
    assert.equal(row.hourly[k], null);
    assert.equal(row.status[`hourly.${k}`], 'not-available');
  }
  assert.equal(row.annual.p90, 100880);
});

test('state JSON: one hourly rule: the published hourly median where the annual percentile equals the annual median', () => {
  // Wyoming 13-1141 (May 2025): p25 = p75 = p90 = median = 69090, hmed 33.21; 69090 / 2080 rounds to 33.22.
  const row = wageRowFromStateJson({med: 69090, hmed: 33.21, p10: 64330, p25: 69090, p75: 69090, p90: 69090}, record({}), null);
  assert.equal(row.hourly.p10, 30.93, 'annual / 2080 elsewhere');
  assert.deepEqual([row.hourly.p25, row.hourly.p75, row.hourly.p90], [33.21, 33.21, 33.21], 'the same wage as the median, on both sides');
  assert.equal(row.status['hourly.p75'], 'derived');
  // Without a published hourly median there is nothing to reuse: annual / 2080.
  assert.equal(wageRowFromStateJson({med: 69090, p25: 69090}, record({}), null).hourly.p25, 33.22);
});

test('outlook bands against the all-occupations rate', () => {
  const avg = 3.1;
  assert.equal(compareGrowth(-3.5, avg), 'decline');
  assert.equal(compareGrowth(-1, avg), 'decline');
  assert.equal(compareGrowth(0.5, avg), 'little-or-no-change');
  assert.equal(compareGrowth(1.5, avg), 'slower');
  assert.equal(compareGrowth(3.1, avg), 'average');
  assert.equal(compareGrowth(4.1, avg), 'average');
  assert.equal(compareGrowth(5, avg), 'faster');
  assert.equal(compareGrowth(7.1, avg), 'much-faster');
  assert.equal(outlookFrom(undefined, avg), null);
});
