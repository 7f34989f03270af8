// `npm test`: every check, in order, with each step's output streamed as it runs.
//   1. type-check       tsc -p tsconfig.json
//   2. build            npm run build (the browser tests load the built bundle)
//   3. data check       npm run data:check, when the raw sources ../shared/data exist
//                       (skipped otherwise; with CI=true a missing folder is a failure)
//   4. node tests       tests/pipeline/**/*.test.ts with node --test (spec on screen, TAP to a file for counts)
//   5. browser tests    wtr (web-test-runner.config.mjs; counts come from .wtr-results.json)
// A failing step 1–3 counts as one failure. Tests are summed over node + browser.
// The last line printed is always `N passed, N failed`; the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, '..', 'shared', 'data');
const WTR_RESULTS = join(ROOT, '.wtr-results.json');
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
let passed = 0;
let failed = 0;

// Whatever happens, the closing line is printed.
process.on('uncaughtException', (error) => {
  console.error(`\nscripts/test.mjs crashed: ${error.stack ?? error}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
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
  summary.push({ step: title, result: ok ? 'ok' : 'FAILED (1 failure)' });
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
  return { pass, fail: get('fail') ?? 0, cancelled: get('cancelled') ?? 0, skipped: (get('skipped') ?? 0) + (get('todo') ?? 0) };
}

// 1. Type-check
step('type-check', process.execPath, [bin('typescript', 'tsc'), '-p', 'tsconfig.json']);

// 2. Build
step('build', npm[0], [...npm.slice(1), 'run', 'build']);

// 3. Data check
if (existsSync(SOURCES)) {
  step('data check', npm[0], [...npm.slice(1), 'run', 'data:check']);
} else if (CI) {
  console.error(`\n=== data check: FAILED: raw sources ${SOURCES} are missing, and CI=true requires them`);
  failed += 1;
  summary.push({ step: 'data check', result: 'FAILED (sources missing, CI=true)' });
} else {
  console.log(`\n=== data check: SKIPPED: raw sources ${SOURCES} not found (required when CI=true)`);
  summary.push({ step: 'data check', result: 'skipped (no ../shared/data)' });
}

// 4. Node tests
const nodeTests = findTests(join(ROOT, 'tests', 'pipeline'));
if (nodeTests.length === 0) {
  console.log('\n=== node tests: none found in tests/pipeline/ (nothing to run)');
  summary.push({ step: 'node tests', result: 'none found' });
} else {
  rmSync(NODE_TAP, { force: true });
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
    summary.push({ step: 'node tests', result: 'FAILED (no results; counted as 1 failure)' });
  } else {
    const nodeFailed = totals.fail + totals.cancelled + (ok || totals.fail + totals.cancelled > 0 ? 0 : 1);
    passed += totals.pass;
    failed += nodeFailed;
    summary.push({ step: 'node tests', result: `${totals.pass} passed, ${nodeFailed} failed, ${totals.skipped} skipped` });
  }
}

// 5. Browser tests
rmSync(WTR_RESULTS, { force: true });
const wtrOk = run('browser tests', process.execPath, [bin('@web/test-runner', 'wtr')]);
if (!existsSync(WTR_RESULTS)) {
  failed += 1;
  summary.push({ step: 'browser tests', result: 'FAILED (wtr wrote no results; counted as 1 failure)' });
} else {
  const results = JSON.parse(readFileSync(WTR_RESULTS, 'utf8'));
  const browserFailed = results.failed + (wtrOk || results.failed > 0 ? 0 : 1);
  passed += results.passed;
  failed += browserFailed;
  const loadErrors = results.fileErrors.length ? ` (${results.fileErrors.length} file(s) failed to load or run)` : '';
  summary.push({
    step: 'browser tests',
    result: `${results.passed} passed, ${browserFailed} failed, ${results.skipped} skipped in ${results.files} file(s)${loadErrors}`,
  });
}

console.log('\n=== summary');
for (const { step: name, result } of summary) console.log(`  ${name.padEnd(14)} ${result}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
