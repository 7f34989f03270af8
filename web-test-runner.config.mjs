// Browser tests: every tests/**/*.test.ts (not tests/pipeline/, tests/lint/, tests/data/node/ and tests/ssr/, which run in Node), in the engines named by
// ENGINE (scripts/engines.mjs): `npx wtr` runs Chromium, `ENGINE=firefox npx wtr`, `ENGINE=all npx wtr`.
// `npm test` runs each engine as its own wtr process and reports a missing one as skipped.
// Serves the repo root, so /data/v1/ and /dist/ are reachable, plus the fault routes under /__fault/ and pages
// pre-rendered by src/ssr under /__prerender/.
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {faultServer} from './tests/support/fault-server.mjs';
import {cdpPlugin} from './tests/support/cdp-plugin.mjs';
import {prerenderServer} from './tests/support/prerender-server.mjs';
import {cmsFiltersPlugin} from './tests/support/cms-filters.mjs';
import {resultsReporter} from './scripts/wtr-results-reporter.mjs';
import {ENGINES, missing, selectedEngines} from './scripts/engines.mjs';

const fault = faultServer();
const engines = selectedEngines(process.env.ENGINE);
for (const name of engines) {
  const absent = missing(name);
  if (absent.length > 0) throw new Error(`${ENGINES[name].label} is not installed here (${absent.join(', ')}): ${ENGINES[name].install}`);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts', '!tests/pipeline/**', '!tests/lint/**', '!tests/data/node/**', '!tests/ssr/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  plugins: [
    // Legacy decorators: the plugin does not read tsconfig.json unless told where it is.
    esbuildPlugin({ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    fault.plugin,
    cdpPlugin(),
    cmsFiltersPlugin(),
  ],
  middleware: [fault.middleware, prerenderServer()],
  browsers: engines.map((name) => ENGINES[name].launcher()),
  testFramework: {
    config: {timeout: 10_000, ui: 'bdd'},
  },
  reporters: [defaultReporter(), resultsReporter({file: process.env.WTR_RESULTS ?? '.wtr-results.json'})],
};
