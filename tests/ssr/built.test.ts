/// <reference types="node" />
// The built package (npm run build): the `career-widgets` command and the `career-widgets/ssr` entry work from
// dist/, and no pre-rendering code reaches a browser page (the script-tag bundle and its chunks, from their source
// maps), whose entry stays within its budget (rollup.config.mjs's ENTRY_GZIP_LIMIT).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {gzipSync} from 'node:zlib';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const CLI = join(DIST, 'esm/ssr/cli.js');
const built = existsSync(CLI) && existsSync(join(DIST, 'career-widgets.js'));
const PAGE = '<h1>Careers</h1>\n<wage-range occupation="29-2072" region="MN"></wage-range>\n';

/** Runs `npx career-widgets …` in the repository (the package's own bin), with `input` on standard input. */
const npx = (args: string[], input = '') => spawnSync('npx', ['--offline', 'career-widgets', ...args], {cwd: ROOT, input, encoding: 'utf8', timeout: 120_000});

describe('the built package', {skip: built ? false : 'dist/ is not built: run npm run build'}, () => {
  it('npx career-widgets prerender FILE writes the page pre-rendered to standard output', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'career-widgets-cli-')), 'page.html');
    writeFileSync(file, PAGE);
    const {status, stdout, stderr} = npx(['prerender', file]);
    assert.equal(status, 0, stderr);
    assert.match(
      stdout,
      /^<h1>Careers<\/h1>\n<wage-range data-prerendered occupation="29-2072" region="MN"><template shadowroot="open" shadowrootmode="open"><!--career-widgets/,
    );
    assert.match(stdout, /\$61,530/);
    assert.match(stdout, /<script type="application\/json" data-career-widgets-seed>/);
    assert.match(stderr, /1 pre-rendered, 0 left for the browser/);
  });

  it('reads standard input for "-", and with --strict fails when a widget is left for the browser', () => {
    const ok = npx(['prerender', '-'], PAGE);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /shadowrootmode/);
    const strict = npx(['prerender', '--strict', '-'], '<wage-range occupation="99-9999"></wage-range>');
    assert.equal(strict.status, 2);
    assert.equal(strict.stdout, '<wage-range occupation="99-9999"></wage-range>');
    assert.match(strict.stderr, /<wage-range> on line 1 left for the browser: its data could not be loaded: Occupation 99-9999 is not in this dataset/);
  });

  it('explains its use, and refuses what it does not know', () => {
    assert.match(npx(['--help']).stdout, /Usage: career-widgets prerender/);
    const wrong = npx(['render', 'x.html']);
    assert.equal(wrong.status, 64);
    assert.match(wrong.stderr, /Usage:/);
  });

  it('exports the Node API as career-widgets/ssr', async () => {
    const script =
      "import('career-widgets/ssr').then(async ({prerender}) => process.stdout.write(await prerender('<skill-list occupation=\"29-2072\"></skill-list>')))";
    const {status, stdout, stderr} = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: ROOT, encoding: 'utf8', timeout: 120_000});
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<skill-list data-prerendered occupation="29-2072"><template shadowroot="open" shadowrootmode="open">/);
  });

  it('keeps pre-rendering code out of every file a browser page loads', () => {
    const files = [
      join(DIST, 'career-widgets.js'),
      ...['elements', 'chunks'].flatMap((dir) =>
        readdirSync(join(DIST, dir))
          .filter((f) => f.endsWith('.js'))
          .map((f) => join(DIST, dir, f)),
      ),
    ];
    for (const file of files) {
      const {sources} = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {sources: string[]};
      const server = sources.filter((s) => /@lit-labs\/ssr\/|@lit-labs\/ssr-dom-shim|\/parse5\/|@parse5|\/src\/ssr\/|\/node\/[^/]*\.js$/.test(s));
      assert.deepEqual(server, [], `${file} holds server code`);
      const hydration = sources.some((s) => s.includes('@lit-labs/ssr-client'));
      assert.equal(hydration, /\/chunks\/take-over-[^/]+\.js$/.test(file), `${file}: Lit's hydration support belongs to the take-over chunk alone`);
    }
  });

  it('keeps the entry within its gzip budget', () => {
    const gzip = gzipSync(readFileSync(join(DIST, 'career-widgets.js')), {level: 9}).length;
    const budget = Number(/ENTRY_GZIP_LIMIT = ([\d_]+)/.exec(readFileSync(join(ROOT, 'rollup.config.mjs'), 'utf8'))![1]!.replaceAll('_', ''));
    assert.ok(budget > 0 && gzip <= budget, `the entry is ${gzip} bytes gzip, over ${budget}`);
  });
});
