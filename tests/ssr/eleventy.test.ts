/// <reference types="node" />
// The README's Eleventy recipe, as written there, in a real Eleventy build: a small site under .tmp/ (inside the
// repository, so `career-widgets/ssr` resolves to this package's dist/), built with the Eleventy command.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const built = existsSync(join(ROOT, 'dist/esm/ssr/index.js'));

/** The code block of the README that starts with `// eleventy.config.js`. */
function recipe(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```js\n(\/\/ eleventy\.config\.js\n[\s\S]*?)```/.exec(readme);
  assert.ok(block, 'README.md has the Eleventy recipe');
  return block[1]!;
}

describe("the README's Eleventy recipe", {skip: built ? false : 'dist/ is not built: run npm run build'}, () => {
  it('pre-renders the widgets of every page Eleventy writes, and nothing else changes', () => {
    const site = join(ROOT, '.tmp', 'eleventy-site');
    rmSync(site, {recursive: true, force: true});
    mkdirSync(join(site, 'programs'), {recursive: true});
    writeFileSync(join(site, 'eleventy.config.js'), recipe());
    writeFileSync(
      join(site, 'programs', 'hit.md'),
      `---
title: Health Information Technology
---
# {{ title }}

Graduates work as medical records specialists.

<career-profile occupation="29-2072" region="MN" sections="overview wages"></career-profile>
`,
    );
    writeFileSync(join(site, 'about.html'), '<!doctype html><html lang="en"><body><p>No widgets here.</p></body></html>\n');
    writeFileSync(join(site, 'broken.html'), '<!doctype html><html><body><wage-range occupation="99-9999"></wage-range></body></html>\n');
    const {status, stderr} = spawnSync(process.execPath, [join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--input=.', '--output=_site'], {
      cwd: site,
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(status, 0, stderr);
    const page = readFileSync(join(site, '_site/programs/hit/index.html'), 'utf8');
    assert.match(page, /<h1>Health Information Technology<\/h1>/);
    assert.match(
      page,
      /<career-profile data-prerendered occupation="29-2072" region="MN" sections="overview wages"><template shadowroot="open" shadowrootmode="open"><!--career-widgets/,
    );
    assert.match(page, /\$61,530/);
    assert.match(page, /<script type="application\/json" data-career-widgets-seed>/);
    assert.equal(readFileSync(join(site, '_site/about/index.html'), 'utf8'), readFileSync(join(site, 'about.html'), 'utf8'));
    assert.equal(readFileSync(join(site, '_site/broken/index.html'), 'utf8'), readFileSync(join(site, 'broken.html'), 'utf8'));
    assert.match(stderr, /broken\.html: <wage-range> \(line 1\) left for the browser: its data could not be loaded/);
    rmSync(site, {recursive: true, force: true});
  });
});
