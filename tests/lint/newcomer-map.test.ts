// Lint (runs in Node): README's "Where to change what" names files and folders that exist. Every backquoted path
// between <!-- map:start --> and <!-- map:end --> is checked, `<tag>` read as each element of the registry and
// `<lang>` as each built-in catalog, so a moved or renamed file fails here instead of misleading a newcomer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ELEMENTS} from '../../src/elements/registry.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The backquoted repository paths of a text (`src/…`, `tests/…`, `data/…`, `docs/…`). */
export function pathsIn(text: string): string[] {
  return [...text.matchAll(/`((?:src|tests|data|docs|scripts|demo)\/[^`\s]*)`/g)].map((match) => match[1]!);
}

test('the path reader takes backquoted repository paths only', () => {
  assert.deepEqual(pathsIn('see `src/a.ts` and `tests/b/`, not `npm run build` or src/plain.ts'), ['src/a.ts', 'tests/b/']);
});

test("every path README's map for newcomers names exists", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- map:start');
  const end = readme.indexOf('<!-- map:end -->');
  assert.ok(start >= 0 && end > start, 'README.md has its map between <!-- map:start --> and <!-- map:end -->');
  const paths = pathsIn(readme.slice(start, end));
  assert.ok(paths.length >= 10, `the map names ${paths.length} paths`);
  const catalogs = readdirSync(join(ROOT, 'src/internal/catalogs'))
    .filter((name) => name !== 'params.ts')
    .map((name) => name.replace(/\.ts$/, ''));
  const missing = paths.flatMap((path) =>
    Object.keys(ELEMENTS)
      .flatMap((tag) => catalogs.map((lang) => path.replaceAll('<tag>', tag).replaceAll('<lang>', lang)))
      .filter((concrete, i, all) => all.indexOf(concrete) === i && !existsSync(join(ROOT, concrete))),
  );
  assert.deepEqual(missing, []);
});
