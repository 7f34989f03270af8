// `npm run check:generated` (and a step of `npm test`, before the build rewrites them): fails when a tracked file
// that a generator writes is out of date, naming the file and the command that rewrites it. Nothing is written:
// the manifest is analysed into a scratch folder and every other output is computed in memory from it.
//   src/index.ts (element exports)        npm run build   scripts/package-index.mjs
//   custom-elements.json                  npm run build   scripts/manifest.mjs
//   README.md (element reference)         npm run build   scripts/api-docs.mjs
//   demo/index.html (element cards)       npm run build   scripts/demo-index.mjs
//   demo/elements/*.html (attributes)     npm run build   scripts/demo-index.mjs
//   docs/i18n/template.json,
//   src/internal/catalogs/params.ts       npm run i18n    scripts/i18n-template.ts
// (data/v1/** is checked by `npm run data:check`, its JSON Schemas by tests/pipeline.)
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {apiDocs} from './api-docs.mjs';
import {demoIndex, demoPages} from './demo-index.mjs';
import {generateManifest} from './manifest.mjs';
import {packageIndex} from './package-index.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** The generated files that differ from what their generator would write now: [{file, command}]. */
export async function staleFiles() {
  const stale = [];
  const compare = (file, expected, command) => {
    if (read(file) !== expected) stale.push({file, command});
  };
  const manifest = generateManifest();
  compare('src/index.ts', await packageIndex(read('src/index.ts')), 'npm run build');
  compare('custom-elements.json', manifest, 'npm run build');
  compare('README.md', apiDocs(read('README.md'), manifest), 'npm run build');
  compare('demo/index.html', await demoIndex(read('demo/index.html'), manifest), 'npm run build');
  for (const {file, next} of await demoPages(manifest)) compare(file, next, 'npm run build');
  const i18n = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/i18n-template.ts', '--check'], {cwd: ROOT, encoding: 'utf8'});
  for (const match of i18n.stderr.matchAll(/^(\S+) is out of date/gm)) stale.push({file: match[1], command: 'npm run i18n'});
  if (i18n.status !== 0 && !stale.some((s) => s.command === 'npm run i18n')) throw new Error(`scripts/i18n-template.ts --check failed:\n${i18n.stderr}`);
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const stale = await staleFiles();
  for (const {file, command} of stale) console.error(`${file} is out of date: run \`${command}\` and commit it.`);
  if (stale.length) process.exit(1);
  console.log(
    'generated files: src/index.ts, custom-elements.json, README.md, demo/index.html, the demo/elements/ attribute tables, docs/i18n/template.json and src/internal/catalogs/params.ts are up to date',
  );
}
