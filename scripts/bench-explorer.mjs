// <career-explorer>, for `npm run bench` (scripts/bench.mjs calls measureExplorer and renders explorerSection):
//  1. Sizes: every region summary (dist/data/regions/*.json) at gzip level 9 against the 25 KB target, and what a page
//     with only a <career-explorer region="MN"> transfers beyond the entry (its chunks, meta, index, the summary),
//     read from Resource Timing with files served gzip-compressed.
//  2. Per change: filtering and sorting the 1,009 careers of regions/US.json with src/data/career-list.ts (the built
//     dist/esm module) through a fixed sequence of changes, and the same changes made in the element (a column
//     header's sort button, the filter controls) until its update is complete; desktop and 4x CPU slowdown
//     (DevTools protocol). Target: under 16 ms per change on the desktop, under 50 ms at 4x.
//  3. First render of a 20-row list (<career-explorer region="MN" sort="median">) against the same list as static
//     HTML (declarative shadow DOM, same CSS, no script) on the slow-4G phone profile of the render benchmark.
//     Target: within 1.5x. The same page pre-rendered (`career-widgets prerender`) is timed beside them.
//     It also records the request chain of the median element run (each request's start and end), so a change to
//     what loads when shows in the waterfall.
// Run alone: `node scripts/bench-explorer.mjs` measures only this and rewrites its section in benchmarks/results.md
// and its figures in benchmarks/results.json (the other sections stay as they are); `BENCH_ONLY=explorer npm run
// bench` measures it and writes nothing. BENCH_EXPLORER_RUNS changes the run count of part 3.
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';
import {serialiseHosts} from './bench-pages.mjs';
import {ROOT, startServer} from './serve.mjs';

const RUNS = Number(process.env.BENCH_EXPLORER_RUNS ?? 5);
const PASSES = 5;
const SIZE_TARGET = 25_000;
const CHANGE_TARGET_MS = {1: 16, 4: 50};
const RATIO_TARGET = 1.5;
const TIMEOUT_MS = 120_000;
const SLOW_4G = {offline: false, download: 1.6e6 / 8, upload: 750e3 / 8, latency: 150};

/** The visitor's changes, in order, each a whole new state of filters and order (as the element applies them). */
const CHANGES = [
  {sort: ['median', 'descending']},
  {sort: ['employment', 'descending']},
  {sort: ['title', 'ascending']},
  {filters: {major: '29'}, sort: ['title', 'ascending']},
  {filters: {major: '29', education: 'associate'}, sort: ['median', 'descending']},
  {filters: {major: '29 31', education: 'high-school..associate'}, sort: ['median', 'descending']},
  {filters: {query: 'tech'}, sort: ['openings', 'descending']},
  {filters: {query: 'technician'}, sort: ['openings', 'descending']},
  {filters: {outlook: 'faster'}, sort: ['growth', 'descending']},
  {filters: {minPay: '50000'}, sort: ['growth', 'ascending']},
  {filters: {minPay: '25', pay: 'hourly'}, sort: ['median', 'ascending']},
  {filters: {interests: 'SI'}, sort: ['education', 'descending']},
  {filters: {bright: true}, sort: ['job-zone', 'descending']},
  {filters: {jobZone: '2..3', bright: true}, sort: ['employment', 'descending']},
  {filters: {}, sort: ['title', 'descending']},
];

const pct = (values, p) => [...values].sort((a, b) => a - b)[Math.floor(p * (values.length - 1))];
const median = (values) => pct(values, 0.5);

const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:16px;max-width:960px}</style>${head}</head>
<body>
${body}
</body></html>
`;

function regionSizes() {
  const dir = existsSync(join(ROOT, 'dist', 'data', 'regions')) ? join(ROOT, 'dist', 'data', 'regions') : join(ROOT, 'data', 'v1', 'regions');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const sizes = files.map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {region: name.replace('.json', ''), raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
  });
  const gz = sizes.map((s) => s.gzip);
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return {
    count: sizes.length,
    min: Math.min(...gz),
    median: median(gz),
    max: largest.gzip,
    largest: largest.region,
    us: sizes.find((s) => s.region === 'US'),
    mn: sizes.find((s) => s.region === 'MN'),
    all: sizes,
  };
}

async function newTab(browser, {cpu = 1, network = null} = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage({type: 'window'}).catch(() => context.newPage());
  if (network) await tab.emulateNetworkConditions(network);
  if (cpu > 1) await tab.emulateCPUThrottling(cpu);
  return {tab, close: () => context.close()};
}

/** In the page: resolves when the first <career-explorer> has finished (complete, or a problem), after the next frame. */
function explorerDone(timeout) {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const el = document.querySelector('career-explorer');
      const state = el?.getAttribute('data-state');
      if (state === 'complete' || state === 'error' || performance.now() - started > timeout) {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ms: performance.now(), state: state ?? 'undefined'})));
      } else setTimeout(check, 5);
    };
    check();
  });
}

/**
 * In the page, before anything loads (static and pre-rendered pages): the first animation frame in which the list
 * shows its 20 rows, from the HTML, then the next frame, by which that one has been painted; the time to content
 * of a page whose content is in its HTML, not its load event, which waits for the script too.
 */
function recordRowsShown() {
  const tick = () =>
    (document.querySelector('career-explorer')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) >= 20
      ? requestAnimationFrame(() => (window.__rowsShown = performance.now()))
      : requestAnimationFrame(tick);
  requestAnimationFrame(tick);
}

/** In the page: resolves with the time recordRowsShown took. */
function rowsShown(timeout) {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () =>
      window.__rowsShown !== undefined
        ? resolve({ms: window.__rowsShown, state: 'static'})
        : performance.now() - started > timeout
          ? resolve({ms: NaN, state: 'timeout'})
          : setTimeout(check, 10);
    check();
  });
}

/** In the page: the resources loaded besides the document and the entry, with their transferred (gzip) sizes. */
function transferred() {
  return performance
    .getEntriesByType('resource')
    .map((r) => ({name: new URL(r.name).pathname, transfer: r.transferSize, encoded: r.encodedBodySize, decoded: r.decodedBodySize}))
    .filter((r) => !r.name.endsWith('/career-widgets.js') && !r.name.endsWith('.css') && !r.name.endsWith('favicon.ico'));
}

/** In the page: every request since navigation (the document first), in ms from its start, for the request chain. */
function requestChain() {
  const [nav] = performance.getEntriesByType('navigation');
  const entries = [nav, ...performance.getEntriesByType('resource')].filter(Boolean);
  return entries.map((r) => ({
    name: new URL(r.name).pathname,
    start: Math.round(r.startTime),
    end: Math.round(r.responseEnd),
    transfer: r.transferSize,
  }));
}

/** In the page: builds the rows of regions/US.json and times each change of CHANGES through the built module. */
async function timeModule({changes, passes}) {
  const list = await import('/dist/esm/data/career-list.js');
  const [index, summary, meta] = await Promise.all(['index.json', 'regions/US.json', 'meta.json'].map((f) => fetch(`/dist/data/${f}`).then((r) => r.json())));
  const t0 = performance.now();
  const rows = list.careerRows(index, summary);
  const joinMs = performance.now() - t0;
  const times = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const change of changes) {
      const t = performance.now();
      const filters = list.parseFilters(change.filters ?? {});
      const sort = list.parseSort(change.sort[0], change.sort[1]);
      list.listCareers(rows, filters, sort, 20, meta.wages.topCode);
      times.push(performance.now() - t);
    }
  }
  return {careers: rows.length, joinMs, times};
}

/** In the page: makes the same kinds of change in the element, through its controls, timing each until its update is complete. */
async function timeElement(passes) {
  const el = document.querySelector('career-explorer');
  const root = el.shadowRoot;
  const times = [];
  const timed = async (act) => {
    const t = performance.now();
    act();
    await el.updateComplete;
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 0));
  };
  const header = (i) => root.querySelectorAll('thead button.sort')[i];
  const box = () => root.querySelector('input[type="search"]');
  const field = (i) => root.querySelectorAll('.fields input[type="checkbox"]')[i];
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < 7; i++) await timed(() => header(i).click());
    await timed(() => header(1).click());
    for (const i of [15, 16]) await timed(() => field(i).click());
    for (const q of ['t', 'te', 'tec', 'tech', '']) {
      await timed(() => {
        box().value = q;
        box().dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      });
    }
    for (const i of [15, 16]) await timed(() => field(i).click());
  }
  return {careers: Number(/(\d[\d,]*) careers match/.exec(root.querySelector('[part="count"]').textContent)?.[1]?.replace(/,/g, '') ?? 0), times};
}

function summarize(times, target) {
  // Met when 95 changes in 100 take less than the target (the slowest few are garbage collection or the machine's load).
  return {changes: times.length, median: median(times), p95: pct(times, 0.95), max: Math.max(...times), target, met: pct(times, 0.95) < target};
}

export async function measureExplorer(server, tmp = join(ROOT, '.bench-tmp')) {
  const sizes = regionSizes();
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (error) {
    return {sizes, skipped: `puppeteer-core is not installed (${error.message})`};
  }
  if (!existsSync(join(ROOT, 'dist', 'esm', 'data', 'career-list.js'))) return {sizes, skipped: 'dist/esm/data/career-list.js is missing (npm run build)'};
  mkdirSync(tmp, {recursive: true});
  const base = `http://localhost:${server.port}`;
  const script = '<link rel="stylesheet" href="/dist/career-widgets.css"><script type="module" src="/dist/career-widgets.js"></script>';
  writeFileSync(join(tmp, 'explorer-blank.html'), page('career list module', ''));
  writeFileSync(join(tmp, 'explorer-mn.html'), page('explorer MN', `<career-explorer region="MN"></career-explorer>\n${script}`));
  writeFileSync(join(tmp, 'explorer-us.html'), page('explorer US', `<career-explorer region="US" limit="20" filters></career-explorer>\n${script}`));
  writeFileSync(join(tmp, 'explorer-20.html'), page('explorer 20 rows', `<career-explorer region="MN" sort="median" limit="20"></career-explorer>\n${script}`));
  const browser = await puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
  const loadBefore = loadavg()[0];
  try {
    const chromium = await browser.version();
    // 1. What the element transfers beyond the entry.
    let t = await newTab(browser);
    await t.tab.goto(`${base}/.bench-tmp/explorer-mn.html`, {waitUntil: 'load', timeout: TIMEOUT_MS});
    const done = await t.tab.evaluate(explorerDone, TIMEOUT_MS);
    if (done.state !== 'complete') throw new Error(`<career-explorer region="MN"> ended in state ${done.state}`);
    const resources = await t.tab.evaluate(transferred);
    await t.close();
    const beyondEntry = {resources, transfer: resources.reduce((sum, r) => sum + r.transfer, 0)};
    console.log(`  <career-explorer region="MN"> beyond the entry: ${resources.length} files, ${(beyondEntry.transfer / 1000).toFixed(1)} kB transferred`);

    // 2. Per change, module and element, desktop and 4x CPU.
    const perChange = [];
    for (const cpu of [1, 4]) {
      t = await newTab(browser, {cpu});
      await t.tab.goto(`${base}/.bench-tmp/explorer-blank.html`, {waitUntil: 'load'});
      const module = await t.tab.evaluate(timeModule, {changes: CHANGES, passes: PASSES});
      await t.close();
      t = await newTab(browser, {cpu});
      await t.tab.goto(`${base}/.bench-tmp/explorer-us.html`, {waitUntil: 'load', timeout: TIMEOUT_MS});
      const ready = await t.tab.evaluate(explorerDone, TIMEOUT_MS);
      if (ready.state !== 'complete') throw new Error(`<career-explorer region="US"> ended in state ${ready.state}`);
      const element = await t.tab.evaluate(timeElement, 3);
      await t.close();
      const row = {
        cpu,
        careers: module.careers,
        joinMs: module.joinMs,
        module: summarize(module.times, CHANGE_TARGET_MS[cpu]),
        element: summarize(element.times, CHANGE_TARGET_MS[cpu]),
      };
      perChange.push(row);
      console.log(
        `  ${cpu}x CPU: module median ${row.module.median.toFixed(2)} ms, max ${row.module.max.toFixed(2)} ms; ` +
          `element median ${row.element.median.toFixed(1)} ms, p95 ${row.element.p95.toFixed(1)} ms, max ${row.element.max.toFixed(1)} ms (target ${CHANGE_TARGET_MS[cpu]} ms)`,
      );
    }

    // 3. First render of a 20-row list against the same list as static HTML, slow 4G + 4x CPU.
    t = await newTab(browser);
    await t.tab.goto(`${base}/.bench-tmp/explorer-20.html`, {waitUntil: 'load', timeout: TIMEOUT_MS});
    await t.tab.evaluate(explorerDone, TIMEOUT_MS);
    const markup = await t.tab.evaluate(serialiseHosts, 'career-explorer');
    await t.close();
    writeFileSync(join(tmp, 'explorer-20-static.html'), page('explorer 20 rows, static', markup));
    // The same page as the element's, through the built pre-renderer (content and inline data in the HTML, the
    // script takes it over): timed like the static page, the frame in which its rows show from the HTML.
    const {prerender} = await import(pathToFileURL(join(ROOT, 'dist', 'esm', 'ssr', 'index.js')).href);
    writeFileSync(join(tmp, 'explorer-20-prerendered.html'), await prerender(readFileSync(join(tmp, 'explorer-20.html'), 'utf8')));
    const runs = {element: [], prerendered: [], static: []};
    const chains = [];
    const files = {element: 'explorer-20.html', prerendered: 'explorer-20-prerendered.html', static: 'explorer-20-static.html'};
    for (let run = 0; run < RUNS; run++) {
      for (const kind of ['element', 'prerendered', 'static']) {
        t = await newTab(browser, {cpu: 4, network: SLOW_4G});
        try {
          if (kind !== 'element') await t.tab.evaluateOnNewDocument(recordRowsShown);
          await t.tab.goto(`${base}/.bench-tmp/${files[kind]}`, {waitUntil: kind === 'element' ? 'load' : 'domcontentloaded', timeout: TIMEOUT_MS});
          const r = kind === 'element' ? await t.tab.evaluate(explorerDone, TIMEOUT_MS) : await t.tab.evaluate(rowsShown, TIMEOUT_MS);
          if (r.state !== 'complete' && r.state !== 'static') throw new Error(`20-row list ended in state ${r.state}`);
          if (kind === 'prerendered') {
            // Its rows are in the HTML, and the script takes them over without starting again.
            const rows = await t.tab.evaluate(() => document.querySelector('career-explorer')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0);
            if (rows !== 20) throw new Error(`the pre-rendered list shows ${rows} rows, not 20`);
            const taken = await t.tab.evaluate(explorerDone, TIMEOUT_MS);
            if (taken.state !== 'complete') throw new Error(`the pre-rendered list was taken over into state ${taken.state}`);
          }
          runs[kind].push(r.ms);
          if (kind === 'element') chains.push({ms: r.ms, requests: await t.tab.evaluate(requestChain)});
        } finally {
          await t.close();
        }
      }
    }
    const firstRender = {runs, elementMs: median(runs.element), prerenderedMs: median(runs.prerendered), staticMs: median(runs.static)};
    firstRender.prerenderedRatio = firstRender.prerenderedMs / firstRender.staticMs;
    firstRender.prerenderedMet = firstRender.prerenderedRatio <= RATIO_TARGET;
    // The requests of the median element run: what waits for what on the way to the first render.
    firstRender.chain = chains.find((c) => c.ms === firstRender.elementMs)?.requests ?? [];
    firstRender.ratio = firstRender.elementMs / firstRender.staticMs;
    firstRender.met = firstRender.ratio <= RATIO_TARGET;
    console.log(
      `  20 rows, slow 4G + 4x CPU: element ${firstRender.elementMs.toFixed(0)} ms (x${firstRender.ratio.toFixed(2)}), ` +
        `pre-rendered ${firstRender.prerenderedMs.toFixed(0)} ms (x${firstRender.prerenderedRatio.toFixed(2)}), static ${firstRender.staticMs.toFixed(0)} ms`,
    );
    for (const r of firstRender.chain)
      console.log(`    ${String(r.start).padStart(6)} -> ${String(r.end).padStart(6)} ms  ${kB(r.transfer).padStart(5)} kB  ${r.name}`);
    return {
      chromium,
      runs: RUNS,
      sizes,
      beyondEntry,
      perChange,
      firstRender,
      loadAverage1m: {before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2))},
    };
  } finally {
    await browser.close();
  }
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
const met = (ok) => (ok ? '**met**' : '**NOT met**');

/** The "Career explorer" section of benchmarks/results.md. */
export function explorerSection(explorer) {
  const lines = ['', '## Career explorer', ''];
  if (!explorer?.sizes) return [...lines, `Not run: ${explorer?.skipped ?? 'no figures (run npm run bench)'}.`];
  const {sizes} = explorer;
  lines.push(
    `**Region summaries** (\`regions/<code>.json\`, gzip level 9), ${sizes.count} files: smallest ${kB(sizes.min)} kB, median ${kB(sizes.median)} kB, largest ${kB(sizes.max)} kB (${sizes.largest}); Minnesota ${kB(sizes.mn.gzip)} kB (${kB(sizes.mn.raw)} kB raw). Target at most ${kB(SIZE_TARGET)} kB per region: ${met(sizes.max <= SIZE_TARGET)}.`,
  );
  if (explorer.skipped) return [...lines, '', `Not (fully) run: ${explorer.skipped}.`];
  const {beyondEntry, perChange, firstRender} = explorer;
  lines.push(
    '',
    `What a page with only \`<career-explorer region="MN">\` transfers beyond the entry (served gzip, Resource Timing; meta.json and index.json are shared with every other widget on a page): ${kB(beyondEntry.transfer)} kB in ${beyondEntry.resources.length} files.`,
    '',
    '| file | transferred kB | decoded kB |',
    '|---|---:|---:|',
    ...beyondEntry.resources.map((r) => `| \`${r.name}\` | ${kB(r.transfer)} | ${kB(r.decoded)} |`),
    '',
    `**Per change**, ${perChange[0].careers.toLocaleString('en-US')} careers (regions/US.json), in ${explorer.chromium}: the filter and sort module through ${CHANGES.length} changes (filters of every kind, every column) ${PASSES} times; the element through its own controls (every column header, two fields, typing in the title box) until its update is complete, the list cut to 20 rows. Joining the summary with the index once: ${perChange[0].joinMs.toFixed(1)} ms.`,
    '',
    'Met when the 95th percentile is under the target.',
    '',
    '| CPU | what | changes | median ms | p95 ms | max ms | target | met |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...perChange.flatMap((r) => [
      `| ${r.cpu === 1 ? 'desktop' : `${r.cpu}x slower`} | module (filter + sort) | ${r.module.changes} | ${r.module.median.toFixed(2)} | ${r.module.p95.toFixed(2)} | ${r.module.max.toFixed(2)} | ${r.module.target} ms | ${met(r.module.met)} |`,
      `| ${r.cpu === 1 ? 'desktop' : `${r.cpu}x slower`} | element (change to updated DOM) | ${r.element.changes} | ${r.element.median.toFixed(1)} | ${r.element.p95.toFixed(1)} | ${r.element.max.toFixed(1)} | ${r.element.target} ms | ${met(r.element.met)} |`,
    ]),
    '',
    `**First render of a 20-row list** (\`<career-explorer region="MN" sort="median">\`, bare script tag and \`career-widgets.css\`) until \`data-state="complete"\` and the next frame, against the same list as static HTML (declarative shadow DOM, same CSS, no script; timed to the frame in which its 20 rows show, and the next), slow-4G phone profile (150 ms round trip, 1.6 Mbit/s down, 4x slower CPU), cold cache, median of ${explorer.runs} runs: element ${firstRender.elementMs.toFixed(0)} ms (${firstRender.runs.element.map((v) => v.toFixed(0)).join(', ')}), static ${firstRender.staticMs.toFixed(0)} ms (${firstRender.runs.static.map((v) => v.toFixed(0)).join(', ')}): ${firstRender.ratio.toFixed(2)}x; target within ${RATIO_TARGET}x: ${met(firstRender.met)}.` +
      (firstRender.prerenderedMs == null
        ? ''
        : ` The same page through \`career-widgets prerender\` (rows in the HTML, taken over by the script; timed like the static page: the frame in which its 20 rows show, and the next): ${firstRender.prerenderedMs.toFixed(0)} ms (${firstRender.runs.prerendered.map((v) => v.toFixed(0)).join(', ')}): ${firstRender.prerenderedRatio.toFixed(2)}x; within ${RATIO_TARGET}x: ${met(firstRender.prerenderedMet)}.`),
    explorer.loadAverage1m ? `Machine load (1-minute average) ${explorer.loadAverage1m.before} before, ${explorer.loadAverage1m.after} after this part.` : '',
  );
  if (firstRender.chain?.length) {
    lines.push(
      '',
      `Request chain of the median element run (${firstRender.elementMs.toFixed(0)} ms until the list is complete; Resource Timing, ms from navigation):`,
      '',
      '| request | start ms | end ms | transferred kB |',
      '|---|---:|---:|---:|',
      ...firstRender.chain.map((r) => `| \`${r.name}\` | ${r.start} | ${r.end} | ${kB(r.transfer)} |`),
    );
  }
  return lines;
}

// Alone: measure, store under `explorer` in results.json, and put the section into results.md before "## Search".
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = join(ROOT, 'benchmarks', 'results.json');
  const results = JSON.parse(readFileSync(json, 'utf8'));
  if (!process.argv.includes('--render-only')) {
    const server = await startServer({root: ROOT, port: 0});
    try {
      results.explorer = await measureExplorer(server);
    } finally {
      await server.close();
      if (!process.env.BENCH_KEEP) rmSync(join(ROOT, '.bench-tmp'), {recursive: true, force: true});
    }
  }
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const md = join(ROOT, 'benchmarks', 'results.md');
  const section = `${explorerSection(results.explorer).join('\n').trim()}\n\n`;
  const text = readFileSync(md, 'utf8').replace(/## Career explorer\n[\s\S]*?(?=## )/, '');
  const at = text.indexOf('## Search');
  writeFileSync(md, at >= 0 ? text.slice(0, at) + section + text.slice(at) : `${text.trimEnd()}\n\n${section}`);
  console.log('Wrote the career explorer figures to benchmarks/results.json and benchmarks/results.md');
}
