/** JSON Schemas of the dataset files, generated from the TypeScript contract (`src/data/dataset-types.ts`). */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createGenerator} from 'ts-json-schema-generator';
import {stableStringify} from './write.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_BASE = 'https://career-widgets.dev/schema/v1/';

/** Schema file -> root type of the contract. */
export const SCHEMA_TYPES: Record<string, string> = {
  'meta.schema.json': 'DatasetMeta',
  'index.schema.json': 'DatasetIndex',
  'search.schema.json': 'SearchIndex',
  'search-vocabulary.schema.json': 'SearchVocabularyIndex',
  'occupation.schema.json': 'Occupation',
  'programs.schema.json': 'ProgramIndex',
  'region.schema.json': 'RegionSummary',
};

/** Published beside the dataset's schemas: the host's own content (`src/data/overlay-types.ts`), not a dataset file. */
export const OVERLAY_SCHEMA = {file: 'overlay.schema.json', type: 'HostOverlay', path: 'src/data/overlay-types.ts'};

const generatorFor = (path: string) =>
  createGenerator({
    path: join(repoRoot, path),
    tsconfig: join(repoRoot, 'tsconfig.json'),
    skipTypeCheck: true,
    additionalProperties: false,
    jsDoc: 'extended',
  });

/** Schema file name -> schema object. Deterministic: same types, same output. */
export function generateSchemas(): Map<string, Record<string, unknown>> {
  const generator = createGenerator({
    path: join(repoRoot, 'src/data/dataset-types.ts'),
    tsconfig: join(repoRoot, 'tsconfig.json'),
    skipTypeCheck: true,
    additionalProperties: false,
    jsDoc: 'extended',
  });
  const out = new Map<string, Record<string, unknown>>();
  for (const [file, type] of Object.entries(SCHEMA_TYPES)) {
    const schema = generator.createSchema(type) as Record<string, unknown>;
    out.set(file, {$id: `${SCHEMA_BASE}${file}`, ...schema});
  }
  const overlay = generatorFor(OVERLAY_SCHEMA.path).createSchema(OVERLAY_SCHEMA.type) as Record<string, unknown>;
  out.set(OVERLAY_SCHEMA.file, {$id: `${SCHEMA_BASE}${OVERLAY_SCHEMA.file}`, ...overlay});
  return out;
}

/** Schema files as the dataset carries them (`schema/<name>`), serialised like every other file. */
export function schemaFiles(): Map<string, string> {
  return new Map([...generateSchemas()].map(([file, schema]) => [`schema/${file}`, stableStringify(schema)]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(repoRoot, process.argv[2] ?? 'data/v1');
  for (const [rel, content] of schemaFiles()) {
    mkdirSync(dirname(join(outDir, rel)), {recursive: true});
    writeFileSync(join(outDir, rel), content);
    console.log(`wrote ${join(outDir, rel)}`);
  }
}
