// One description per fact about the dataset's shape. The TypeScript types (src/data/dataset-types.ts) are the
// source: the JSON Schemas are generated from them (checked here against the committed ones, without the raw
// sources), and the browser's checks (src/data/validate.ts) are proven against them by `tsc` (`ProvenTypes`: same
// values accepted, same keys at every level). An index line is built by one function for the pipeline and the
// data layer (checked here over the whole committed dataset).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {schemaFiles} from '../../data/pipeline/generate-schema.js';
import type {DatasetIndex, Occupation} from '../../src/data/dataset-types.js';
import {indexEntryOf} from '../../src/data/index-entry.js';

const DATASET = fileURLToPath(new URL('../../data/v1/', import.meta.url));
const read = <T>(path: string): T => JSON.parse(readFileSync(join(DATASET, path), 'utf8')) as T;

test('the committed JSON Schemas are the ones the types generate (npm run data, or npm run schema, writes them)', () => {
  for (const [path, content] of schemaFiles()) assert.equal(readFileSync(join(DATASET, path), 'utf8'), content, `data/v1/${path} is stale`);
});

test('every occupation file gives, through indexEntryOf, exactly its line of index.json (what the data layer resolves without the index)', () => {
  const index = read<DatasetIndex>('index.json');
  const files = readdirSync(join(DATASET, 'occupations')).filter((name) => name.endsWith('.json'));
  assert.equal(files.length, index.occupations.length);
  const lines = new Map(index.occupations.map((entry) => [entry.code, entry]));
  for (const name of files) {
    const occupation = read<Occupation>(`occupations/${name}`);
    assert.deepEqual(indexEntryOf(occupation), lines.get(occupation.code), occupation.code);
  }
});
