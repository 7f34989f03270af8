// The three browser engines the browser tests run in, and how to start each one (web-test-runner.config.mjs)
// or tell that it is missing (scripts/test.mjs, which reports a missing engine as SKIPPED with its install line).
//
//   chromium  Debian chromium (CHROME_PATH overrides), @web/test-runner-chrome over the DevTools protocol
//   firefox   Debian firefox-esr (FIREFOX_PATH overrides), the same launcher with puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver under xvfb-run (scripts/webkit-launcher.mjs)
//
// Choose engines with the ENGINE environment variable: a comma-separated list of names, or `all`.
// `npx wtr` alone runs Chromium (the quick loop while working); `npm test` runs all three.
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';
import {WEBKIT_DRIVER, XVFB_RUN, webkitLauncher} from './webkit-launcher.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// A hidden tab never gets requestAnimationFrame, so fixture() can hang: open a window where the engine can.
const windowPage = async ({context}) => {
  try {
    return await context.newPage({type: 'window'});
  } catch {
    return context.newPage();
  }
};

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    needs: () => [CHROMIUM_PATH],
    install: 'apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)',
    launcher: () =>
      chromeLauncher({
        launchOptions: {executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS},
        createPage: windowPage,
      }),
  },
  firefox: {
    label: 'Firefox',
    needs: () => [FIREFOX_PATH],
    install: 'apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary)',
    launcher: () =>
      chromeLauncher({
        // Given a puppeteer and a `browser`, the Chrome launcher speaks WebDriver BiDi to Firefox.
        puppeteer,
        launchOptions: {browser: 'firefox', executablePath: FIREFOX_PATH, headless: true},
        createPage: windowPage,
      }),
  },
  webkit: {
    label: 'WebKit',
    needs: () => [WEBKIT_DRIVER, XVFB_RUN],
    install: 'apt-get install -y webkit2gtk-driver xvfb   (or set WEBKIT_DRIVER_PATH)',
    launcher: () => webkitLauncher(),
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** Binaries the engine needs that are not on this machine (empty when it can run). */
export const missing = (name) => ENGINES[name].needs().filter((path) => !existsSync(path));

/** The engines named by `value` (ENGINE): `all`, or a comma-separated list; throws on an unknown name. */
export function selectedEngines(value, fallback = ['chromium']) {
  if (!value) return fallback;
  const names =
    value === 'all'
      ? ENGINE_NAMES
      : value
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES[name]);
  if (unknown.length > 0) throw new Error(`ENGINE: unknown engine(s) ${unknown.join(', ')}; use ${ENGINE_NAMES.join(', ')} or all`);
  return names;
}
