import {expect} from '@open-wc/testing';
import {DatasetError} from '../../src/data/errors.js';
import {validateIndex, validateMeta, validateOccupation} from '../../src/data/validate.js';

const load = async (path: string) => (await fetch(`/data/v1/${path}`)).json();
const clone = <T>(value: T): T => structuredClone(value);

function rejects(validate: (value: unknown, url: string) => unknown, value: unknown): DatasetError {
  try {
    validate(value, 'test.json');
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected validation to fail');
}

describe('validation where data enters', () => {
  let occupation: Record<string, any>;
  before(async () => {
    occupation = await load('occupations/29-2072.00.json');
  });

  it('accepts the real meta, index and occupation files', async () => {
    expect(validateMeta(await load('meta.json'), 'meta.json').schemaVersion).to.equal(1);
    expect(validateIndex(await load('index.json'), 'index.json').occupations.length).to.be.greaterThan(1000);
    expect(validateOccupation(occupation, 'o.json').code).to.equal('29-2072.00');
  });

  it('reads the flags that say why a figure is missing or imprecise, and refuses a wrong one', async () => {
    const flagged = await load('occupations/11-2033.00.json');
    expect(validateOccupation(flagged, 'o.json').education.distribution!.some((share) => share.lowPrecision)).to.be.true;
    const wrongFlag = await load('occupations/27-3043.00.json');
    expect(validateOccupation(wrongFlag, 'o.json').knowledge![0]!.lowPrecision).to.deep.equal(['importance']);
    wrongFlag.knowledge[0].lowPrecision = ['precision'];
    expect(rejects(validateOccupation, wrongFlag).message).to.contain('knowledge[0].lowPrecision[0]');
    const wrongReason = clone(occupation);
    wrongReason.wages.states.MN.previousMedian = {annual: null, hourly: null, status: {annual: 'unknown'}};
    expect(rejects(validateOccupation, wrongReason).message).to.contain('wages.states.MN.previousMedian.status.annual');
    // A dataset built before these flags still loads.
    const older = clone(occupation);
    older.wages.states.MN.previousMedian = {annual: null, hourly: null};
    expect(validateOccupation(older, 'o.json').code).to.equal('29-2072.00');
  });

  const shapes: [string, unknown][] = [
    ['null', null],
    ['an empty object', {}],
    ['an array', []],
    ['[null]', [null]],
    ['a string', 'abc'],
  ];
  for (const [what, value] of shapes) {
    it(`refuses ${what} as an occupation`, () => {
      expect(rejects(validateOccupation, value).kind).to.equal('invalid');
    });
  }

  const edits: [string, (o: any) => void, string][] = [
    ['a wage given as text', (o) => (o.wages.states.MN.annual.median = 'abc'), 'wages.states.MN.annual.median'],
    ['a negative wage', (o) => (o.wages.national.annual.p25 = -1), 'wages.national.annual.p25'],
    ['percentiles out of order', (o) => (o.wages.states.MN.annual.p75 = 1), 'wages.states.MN.annual'],
    ['a title that is not text', (o) => (o.title = {toString: 1}), 'title'],
    ['an unknown status', (o) => (o.wages.states.MN.status['annual.median'] = 'guessed'), 'status'],
    ['a state key that is not a state code', (o) => (o.wages.states['<script>'] = o.wages.states.MN), 'unexpected key'],
    ['a missing required list', (o) => delete o.tasks, 'tasks: missing'],
    ['a 10,000-item list of junk', (o) => (o.activities = Array.from({length: 10_000}, () => 5)), 'activities: list longer'],
    ['a list of numbers where text belongs', (o) => (o.activities = [5, 6]), 'activities[0]'],
    ['a task type outside the set', (o) => (o.tasks[0].type = 'urgent'), 'tasks[0].type'],
  ];
  for (const [what, edit, where] of edits) {
    it(`refuses ${what} and names the field`, () => {
      const bad = clone(occupation);
      edit(bad);
      const error = rejects(validateOccupation, bad);
      expect(error.message).to.contain('test.json');
      expect(error.message).to.contain(where);
    });
  }

  it('refuses an index that lists an occupation twice', async () => {
    const index = await load('index.json');
    index.occupations.push({...index.occupations[0]});
    expect(rejects(validateIndex, index).message).to.contain(`${index.occupations[0].code} is listed twice`);
  });

  it('refuses Infinity (JSON 1e309)', () => {
    const bad = JSON.parse(JSON.stringify(occupation).replace('"median":61530', '"median":1e309'));
    expect(rejects(validateOccupation, bad).message).to.contain('expected a number');
  });

  it('refuses a dataset of another schema version with a version error', () => {
    const bad = clone(occupation);
    bad.schemaVersion = 2;
    expect(rejects(validateOccupation, bad).kind).to.equal('version');
  });

  it('is not fooled by a __proto__ key', () => {
    const bad = JSON.parse(JSON.stringify(occupation).replace('{"schemaVersion"', '{"__proto__":{"polluted":true},"schemaVersion"'));
    validateOccupation(bad, 'o.json');
    expect(({} as any).polluted).to.equal(undefined);
  });

  it('keeps hostile strings as plain strings (rendering escapes them)', () => {
    const bad = clone(occupation);
    bad.title = '<img src=x onerror=alert(1)>';
    expect(validateOccupation(bad, 'o.json').title).to.equal('<img src=x onerror=alert(1)>');
  });
});
