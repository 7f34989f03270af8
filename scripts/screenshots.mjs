// Screenshots of the demo host pages at phone, tablet and desktop widths, light and dark, for review by eye,
// with the layout audit of each (broken words, content sticking out sideways, page wider than the screen) and
// the height of every widget. Run after `npm run build`:
//   node scripts/screenshots.mjs [out-dir]       default out-dir: .screenshots/ (git-ignored)
//   PAGES=demo/hosts/sidebar.html WIDTHS=320,375 SCHEMES=dark node scripts/screenshots.mjs
import {mkdir} from 'node:fs/promises';
import {resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {auditLayout, expandAll} from '../tests/support/layout-audit.js';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';
import {ROOT, startServer} from './serve.mjs';

const list = (value, fallback) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : fallback;
const PAGES = list(process.env.PAGES, ['demo/hosts/college-program.html', 'demo/hosts/workforce-board.html', 'demo/hosts/sidebar.html']);
const WIDTHS = list(process.env.WIDTHS, ['320', '375', '768', '1280']).map(Number);
const SCHEMES = list(process.env.SCHEMES, ['light', 'dark']);
const out = resolve(process.argv[2] ?? `${ROOT}/.screenshots`);

await mkdir(out, {recursive: true});
const {port, close} = await startServer({root: ROOT, port: 0});
const browser = await puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
let problems = 0;
try {
  for (const path of PAGES) {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const page = await browser.newPage();
        await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
        await page.setViewport({width, height: 900});
        await page.goto(`http://localhost:${port}/${path}`, {waitUntil: 'networkidle0'});
        await page.waitForFunction(
          () => {
            const all = [];
            const visit = (root) =>
              root.querySelectorAll('*').forEach((el) => {
                if (el.hasAttribute('data-state')) all.push(el.dataset.state);
                if (el.shadowRoot) visit(el.shadowRoot);
              });
            visit(document);
            return all.length > 0 && !all.includes('loading');
          },
          {timeout: 15_000},
        );
        await new Promise((r) => setTimeout(r, 300)); // charts draw on the next frames
        const heights = await page.evaluate(() =>
          [...document.querySelectorAll('[data-state]')].map((el) => `${el.localName}=${Math.round(el.getBoundingClientRect().height)}px`).join(' '),
        );
        const name = `${path.split('/').pop().replace('.html', '')}-${width}-${scheme}`;
        await page.screenshot({path: `${out}/${name}.png`, fullPage: true});
        await page.evaluate(`(${expandAll.toString()})()`);
        await new Promise((r) => setTimeout(r, 200));
        const audit = await page.evaluate(`(${auditLayout.toString()})()`);
        const bad = audit.brokenWords.length + audit.overflowing.length + (audit.pageOverflow ? 1 : 0);
        problems += bad;
        console.log(
          `${name}: ${heights}; broken words ${audit.brokenWords.length}, sticking out ${audit.overflowing.length}, page overflow ${audit.pageOverflow}px`,
        );
        for (const line of [...audit.brokenWords, ...audit.overflowing].slice(0, 8)) console.log(`  ${line}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await close();
}
console.log(`Screenshots in ${out}; ${problems} layout problem(s).`);
process.exitCode = problems ? 1 : 0;
