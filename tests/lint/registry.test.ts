// The element registry (src/elements/registry.ts) is the one list of elements: these checks fail when a part of an
// element is missing or has drifted from its line. (Its test fixtures are keyed by tag in tests/support/elements.ts,
// where a missing one fails the type-check; the package entry's exports are also checked in the browser,
// tests/matrix/registry.test.ts.)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ELEMENTS, type ElementTag} from '../../src/elements/registry.js';
// @ts-expect-error: plain JS build helpers without type declarations
import {registryTags} from '../../scripts/rollup-plugins.mjs';
// @ts-expect-error: plain JS build helpers without type declarations
import {demoIndex, demoPages} from '../../scripts/demo-index.mjs';
// @ts-expect-error: plain JS build helpers without type declarations
import {packageIndex} from '../../scripts/package-index.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ELEMENTS_DIR = join(ROOT, 'src/elements');
const tags = Object.keys(ELEMENTS).sort() as ElementTag[];

test('every element folder has a registry line, and every line its folder and module', () => {
  const folders = readdirSync(ELEMENTS_DIR)
    .filter((name) => statSync(join(ELEMENTS_DIR, name)).isDirectory())
    .sort();
  assert.deepEqual(folders, tags, 'src/elements/<tag>/ folders and the tags of src/elements/registry.ts');
  for (const tag of tags) assert.ok(existsSync(join(ELEMENTS_DIR, tag, `${tag}.ts`)), `src/elements/${tag}/${tag}.ts`);
});

test('the build reads the same list (the script-tag entry loads every element of the registry)', async () => {
  assert.deepEqual(await registryTags(), tags);
});

test('each element module registers its own tag and declares it for TypeScript users', () => {
  for (const tag of tags) {
    const source = readFileSync(join(ELEMENTS_DIR, tag, `${tag}.ts`), 'utf8');
    assert.match(source, new RegExp(`defineElement\\('${tag}', \\w+\\)`), `${tag}.ts calls defineElement('${tag}', …)`);
    assert.match(source, new RegExp(`interface HTMLElementTagNameMap \\{[^}]*'${tag}': \\w+;`), `${tag}.ts adds '${tag}' to HTMLElementTagNameMap`);
  }
});

test('an element that documents --cw-loading-height gives its registry height as the default', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []) as {
    tagName?: string;
    cssProperties?: {name: string; description?: string}[];
  }[];
  for (const tag of tags) {
    const documented = declarations.find((d) => d.tagName === tag)?.cssProperties?.find((p) => p.name === '--cw-loading-height');
    if (documented) assert.match(documented.description ?? '', new RegExp(`\\b${ELEMENTS[tag].height}em\\b`), `<${tag}> --cw-loading-height`);
  }
});

test('the demo index has a card for every element (npm run build writes them)', async () => {
  const current = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  assert.equal(current, await demoIndex(current), 'demo/index.html element cards are stale: run `npm run build`');
  for (const tag of tags) assert.ok(current.includes(`&lt;${tag}&gt;</a></h3>`), `demo/index.html card for <${tag}>`);
});

test('every element has a demo page that the index links, with its attribute table from the manifest (npm run build writes it)', async () => {
  const index = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  for (const tag of tags) {
    const file = join(ROOT, 'demo/elements', `${tag}.html`);
    assert.ok(existsSync(file), `<${tag}> has no demo page: add demo/elements/${tag}.html (copy demo/elements/career-compare.html)`);
    assert.ok(index.includes(`<a href="elements/${tag}.html">&lt;${tag}&gt;</a>`), `demo/index.html links demo/elements/${tag}.html`);
    const page = readFileSync(file, 'utf8');
    assert.match(page, new RegExp(`<${tag}[\\s>]`), `demo/elements/${tag}.html shows a live <${tag}>`);
    assert.ok(page.includes('href="../"'), `demo/elements/${tag}.html links back to the demo index`);
  }
  for (const {file, current, next} of await demoPages()) assert.equal(current, next, `${file}'s attribute table is stale: run \`npm run build\``);
});

test('the package entry exports every element of the registry (npm run build writes src/index.ts’s list)', async () => {
  const current = readFileSync(join(ROOT, 'src/index.ts'), 'utf8');
  assert.equal(current, await packageIndex(current), 'src/index.ts element exports are stale: run `npm run build`');
});
