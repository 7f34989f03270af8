import {expect} from '@open-wc/testing';
import {Dataset} from '../../src/data/dataset.js';
import {DatasetError} from '../../src/data/errors.js';
import {validateIndex} from '../../src/data/validate.js';
import {real, stubDataset} from '../support/stub-dataset.js';
import {failure} from '../support/helpers.js';

/**
 * docs/SECURITY.md, "Shape and numbers", the cases tests/data/validate.test.ts does not cover on its own: huge
 * record counts and deep nesting, through the whole data layer (fetch, parse, validate), in bounded time.
 */
describe('hostile shapes through the data layer', () => {
  it('refuses an index of 100,000 records, naming the limit', async function () {
    this.timeout(30_000); // building the 10 MB test file is the slow part, on a loaded machine
    const index = await real('index.json');
    const entry = index.occupations[0];
    index.occupations = Array.from({length: 100_000}, (_, i) => ({
      ...entry,
      code: `${String(10 + (i % 89)).padStart(2, '0')}-${String(i % 10_000).padStart(4, '0')}.${String(i % 100).padStart(2, '0')}`,
    }));
    // About 10 MB: the size cap refuses it while reading, before JSON.parse.
    const error = await failure(new Dataset(await stubDataset({'index.json': index})).resolve('29-2072'));
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('larger than 8 MB');
    // Under the cap, the validator's list limit refuses it.
    expect(() => validateIndex(index, 'index.json')).to.throw(DatasetError, 'list longer than 50000 items');
  });

  it('survives 10,000-deep nesting in a file, as an error or an ignored extra key, never a crash', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const meta = JSON.stringify(await real('meta.json')).replace(/^\{/, `{"extra":${deep},`);
    const occupation = `{"schemaVersion":1,"code":${deep}}`;
    const source = await stubDataset({'meta.json': meta, 'occupations/29-2072.00.json': occupation});
    const dataset = new Dataset(source);
    // An unknown key holding the nesting is ignored (a newer minor dataset may add keys).
    expect((await dataset.meta()).schemaVersion).to.equal(1);
    const error = await failure(dataset.occupation('29-2072.00'));
    expect(error.kind).to.be.oneOf(['invalid', 'parse']);
  });

  it('refuses a null, an empty object, a list and [null] as the index', async () => {
    for (const body of [null, {}, [], [null]]) {
      const error = await failure(new Dataset(await stubDataset({'index.json': body})).index());
      expect(error.kind).to.equal('invalid');
    }
  });

  it('refuses an occupation file that holds another occupation (a wrong or duplicated code)', async () => {
    const other = await real('occupations/15-1211.00.json');
    const error = await failure(new Dataset(await stubDataset({'occupations/29-2072.00.json': other})).load('29-2072'));
    expect(error.message).to.contain('holds occupation 15-1211.00');
  });
});
