// Browser tests: tests/**/*.test.ts (not tests/pipeline/, which run in Node) in Debian Chromium.
// Serves the repo root, so /data/v1/ and /dist/ are reachable, plus the fault routes under /__fault/.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faultServer } from './tests/support/fault-server.mjs';
import { resultsReporter } from './scripts/wtr-results-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const fault = faultServer();


/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts', '!tests/pipeline/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  plugins: [
    // Legacy decorators: the plugin does not read tsconfig.json unless told where it is.
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    fault.plugin,
  ],
  middleware: [fault.middleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
      // A hidden tab never gets requestAnimationFrame, so fixture() can hang: open a window.
      createPage: async ({ context }) => {
        try {
          return await context.newPage({ type: 'window' });
        } catch {
          return context.newPage();
        }
      },
    }),
  ],
  testFramework: {
    config: { timeout: 10_000, ui: 'bdd' },
  },
  reporters: [defaultReporter(), resultsReporter({ file: '.wtr-results.json' })],
};
