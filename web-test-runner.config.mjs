// Browser tests: tests/**/*.test.ts (not tests/pipeline/, which run in Node) in Debian Chromium.
// Serves the repo root, so /data/v1/ and /dist/ are reachable, plus the fault routes under /__fault/.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faultServer } from './tests/support/fault-server.mjs';
import { resultsReporter } from './scripts/wtr-results-reporter.mjs';

const fault = faultServer();

/** Headless flags that work as root on a closed network (see ../shared/docs/toolchain.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
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
