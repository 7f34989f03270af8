import {Ajv, type ValidateFunction} from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under tsx/ESM its callable export may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as {default?: unknown}).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** Which schema each dataset file must satisfy. */
export function schemaFor(path: string): string {
  if (path === 'meta.json') return 'meta.schema.json';
  if (path === 'index.json') return 'index.schema.json';
  if (path === 'search.json' || path === 'search-first.json') return 'search.schema.json';
  if (/^search-[a-z]{2,3}(-[a-z0-9]+)*\.json$/.test(path)) return 'search-vocabulary.schema.json';
  if (path === 'programs.json') return 'programs.schema.json';
  if (path.startsWith('occupations/')) return 'occupation.schema.json';
  if (path.startsWith('regions/')) return 'region.schema.json';
  throw new Error(`${path}: no schema for this file`);
}

/**
 * Validates every dataset file against the generated schemas. Throws on the first file that fails,
 * naming the file, the occupation code and the failing field (JSON pointer).
 */
export function validateFiles(files: Map<string, string>, schemas: Map<string, Record<string, unknown>>): void {
  const ajv = new Ajv({allErrors: false, strict: false});
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  for (const [name, schema] of schemas) validators.set(name, ajv.compile(schema));
  for (const [path, content] of files) {
    if (path.startsWith('schema/')) continue;
    const validate = validators.get(schemaFor(path));
    if (!validate) throw new Error(`${path}: schema ${schemaFor(path)} was not generated`);
    const data: unknown = JSON.parse(content);
    const codeValue = (data as {code?: unknown} | null)?.code;
    if (!validate(data)) {
      const err = validate.errors?.[0];
      const code = typeof codeValue === 'string' ? ` (code ${codeValue})` : '';
      throw new Error(
        `schema validation failed: ${path}${code}: field ${err?.instancePath || '/'} ${err?.message ?? ''} ${err?.params ? JSON.stringify(err.params) : ''}`,
      );
    }
  }
}
