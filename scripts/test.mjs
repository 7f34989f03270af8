// `npm test`: every check, in order, with each step's output streamed as it runs.
//   1. type-check       tsc -p tsconfig.json
//   2. format           prettier --check . (settings: prettier.config.mjs, .prettierignore); `npm run format` fixes
//   3. generated files  scripts/check-generated.mjs: README's element reference, custom-elements.json,
//                       src/index.ts, demo/index.html, docs/i18n/template.json and catalogs/params.ts match what
//                       their generators write now (before the build, which rewrites most of them)
//   4. build            npm run build (the browser tests load the built bundle)
//   5. data check       npm run data:check, when the raw sources ../shared/data exist
//                       (skipped otherwise; with CI=true a missing folder is a failure)
//   6. node tests       tests/pipeline/, tests/lint/, tests/data/node/ (the DOM-free data modules) and tests/ssr/ (the pre-renderer), **/*.test.ts, with node --test (spec on screen, TAP to a file for counts)
//   7. browser tests    wtr once per engine: Chromium, Firefox, WebKit (scripts/engines.mjs; counts come from
//                       .wtr-results-<engine>.json). An engine not installed here is SKIPPED with its install
//                       line (with CI=true it is a failure). `ENGINE=firefox npm test` (or `npm test -- --engine
//                       firefox`, or a comma list) runs only the named engines; the others are reported as skipped.
// A failing step 1–5 counts as one failure. Tests are summed over node + browser (each engine counts its own).
// The last line printed is always `N passed, N failed` (followed by `, N skipped` when tests were skipped, and by
// what was not run at all); the exit code is non-zero if anything failed.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ENGINES, ENGINE_NAMES, missing, selectedEngines} from './engines.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, '..', 'shared', 'data');
const wtrResults = (engine) => join(ROOT, `.wtr-results-${engine}.json`);
const NODE_TAP = join(ROOT, '.node-test-results.tap');
const STEP_TIMEOUT_MS = 20 * 60_000;
const CI = process.env.CI === 'true' || process.env.CI === '1';

/** A package's CLI script (read from its package.json `bin`; some packages do not export package.json). */
const bin = (pkg, name) => {
  const dir = join(ROOT, 'node_modules', pkg);
  const field = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).bin;
  return join(dir, typeof field === 'string' ? field : field[name]);
};
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

const summary = []; // { step, result }
const notRun = []; // short names of whole steps or engines that did not run, for the closing line
let passed = 0;
let failed = 0;
let skipped = 0;
const closingLine = () =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${notRun.length ? ` (not run: ${notRun.join(', ')})` : ''}`;

// Whatever happens, the closing line is printed.
process.on('uncaughtException', (error) => {
  console.error(`\nscripts/test.mjs crashed: ${error.stack ?? error}`);
  failed += 1;
  console.log(closingLine());
  process.exit(1);
});

function run(title, command, args) {
  const shown = [command, ...args].map((a) =>
    a === process.execPath ? 'node' : a === process.env.npm_execpath ? 'npm' : a.startsWith(ROOT) ? relative(ROOT, a) : a,
  );
  if (shown[0] === 'node' && shown[1] === 'npm') shown.shift();
  console.log(`\n=== ${title}: ${shown.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: STEP_TIMEOUT_MS,
    shell: process.platform === 'win32' && command === 'npm',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error) console.error(`${title}: ${result.error.message}`);
  const ok = result.status === 0;
  console.log(`=== ${title}: ${ok ? 'ok' : `FAILED (${result.status ?? result.signal ?? result.error?.code})`} in ${seconds}s`);
  return ok;
}

function step(title, command, args) {
  const ok = run(title, command, args);
  if (!ok) failed += 1;
  summary.push({step: title, result: ok ? 'ok' : 'FAILED (1 failure)'});
  return ok;
}

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findTests(path);
      return name.endsWith('.test.ts') ? [path] : [];
    })
    .sort();
}

/** Reads `# pass N`-style totals from node's TAP reporter output. */
function tapTotals(file) {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const get = (key) => {
    const match = text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'));
    return match ? Number(match[1]) : null;
  };
  const pass = get('pass');
  if (pass === null) return null;
  return {pass, fail: get('fail') ?? 0, cancelled: get('cancelled') ?? 0, skipped: (get('skipped') ?? 0) + (get('todo') ?? 0)};
}

// Which engines the browser tests run in (checked before any step: an unknown name stops here).
const argEngine = process.argv.includes('--engine') ? process.argv[process.argv.indexOf('--engine') + 1] : undefined;
const chosen = selectedEngines(argEngine ?? process.env.ENGINE, ENGINE_NAMES);

// 1. Type-check
step('type-check', process.execPath, [bin('typescript', 'tsc'), '-p', 'tsconfig.json']);

// 2. Format (every file Prettier would change is listed; `npm run format` rewrites them)
step('format', process.execPath, [bin('prettier', 'prettier'), '--check', '.']);

// 3. Generated files (a stale one names itself and the command that rewrites it)
step('generated files', process.execPath, [join(ROOT, 'scripts', 'check-generated.mjs')]);

// 4. Build
step('build', npm[0], [...npm.slice(1), 'run', 'build']);

// 5. Data check
if (existsSync(SOURCES)) {
  step('data check', npm[0], [...npm.slice(1), 'run', 'data:check']);
} else if (CI) {
  console.error(`\n=== data check: FAILED: raw sources ${SOURCES} are missing, and CI=true requires them`);
  failed += 1;
  summary.push({step: 'data check', result: 'FAILED (sources missing, CI=true)'});
} else {
  console.log(`\n=== data check: SKIPPED: raw sources ${SOURCES} not found (required when CI=true)`);
  summary.push({step: 'data check', result: `SKIPPED: raw sources ${relative(ROOT, SOURCES)} not found, so data/v1 was not compared with a rebuild`});
  notRun.push('data check');
}

// 6. Node tests
const nodeTests = [['pipeline'], ['lint'], ['data', 'node'], ['ssr']].flatMap((dir) => findTests(join(ROOT, 'tests', ...dir)));
if (nodeTests.length === 0) {
  console.log('\n=== node tests: none found in tests/pipeline/, tests/lint/, tests/data/node/ or tests/ssr/ (nothing to run)');
  summary.push({step: 'node tests', result: 'none found'});
} else {
  rmSync(NODE_TAP, {force: true});
  const ok = run('node tests', process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${NODE_TAP}`,
    ...nodeTests,
  ]);
  const totals = tapTotals(NODE_TAP);
  if (!totals) {
    failed += 1;
    summary.push({step: 'node tests', result: 'FAILED (no results; counted as 1 failure)'});
  } else {
    const nodeFailed = totals.fail + totals.cancelled + (ok || totals.fail + totals.cancelled > 0 ? 0 : 1);
    passed += totals.pass;
    failed += nodeFailed;
    skipped += totals.skipped;
    summary.push({step: 'node tests', result: `${totals.pass} passed, ${nodeFailed} failed, ${totals.skipped} skipped`});
  }
}

// 7. Browser tests, one wtr process per engine (a browser that cannot start fails its own engine only)
for (const engine of ENGINE_NAMES) {
  const {label, install} = ENGINES[engine];
  const step = `browser: ${engine}`;
  if (!chosen.includes(engine)) {
    console.log(`\n=== ${step}: SKIPPED: not selected (ENGINE=${argEngine ?? process.env.ENGINE})`);
    summary.push({step, result: `SKIPPED: not selected (ENGINE=${argEngine ?? process.env.ENGINE})`});
    notRun.push(label);
    continue;
  }
  const absent = missing(engine);
  if (absent.length > 0) {
    const why = `${label} is not installed (${absent.join(', ')}); install: ${install}`;
    if (CI) {
      console.error(`\n=== ${step}: FAILED: ${why}; CI=true requires every engine`);
      failed += 1;
      summary.push({step, result: `FAILED: ${why}`});
    } else {
      console.log(`\n=== ${step}: SKIPPED: ${why}`);
      summary.push({step, result: `SKIPPED: ${why}`});
      notRun.push(label);
    }
    continue;
  }
  const file = wtrResults(engine);
  rmSync(file, {force: true});
  process.env.ENGINE = engine;
  process.env.WTR_RESULTS = file;
  const ok = run(step, process.execPath, [bin('@web/test-runner', 'wtr')]);
  if (!existsSync(file)) {
    failed += 1;
    summary.push({step, result: 'FAILED (wtr wrote no results; counted as 1 failure)'});
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const engineFailed = results.failed + (ok || results.failed > 0 ? 0 : 1);
  passed += results.passed;
  failed += engineFailed;
  skipped += results.skipped;
  const loadErrors = results.fileErrors.length ? ` (${results.fileErrors.length} file(s) failed to load or run)` : '';
  summary.push({
    step,
    result: `${results.passed} passed, ${engineFailed} failed, ${results.skipped} skipped in ${results.files} file(s)${loadErrors}`,
  });
  // Name what failed first, so the last lines of a CI log say which test to open.
  for (const title of results.failedTitles ?? []) summary.push({step: '', result: `  FAILED: ${title}`});
  for (const {file: failedFile, errors} of results.fileErrors) {
    summary.push({step: '', result: `  FAILED to run: ${failedFile.replace(process.cwd() + '/', '')}: ${errors[0]?.split('\n')[0] ?? ''}`});
  }
  // Say which tests skipped themselves here and why (their titles carry the reason, see tests/support/engine.ts).
  for (const title of results.skippedTitles ?? []) summary.push({step: '', result: `  skipped: ${title}`});
}

console.log('\n=== summary');
for (const {step: name, result} of summary) console.log(`  ${name.padEnd(17)} ${result}`);
console.log(closingLine());
process.exitCode = failed > 0 ? 1 : 0;
