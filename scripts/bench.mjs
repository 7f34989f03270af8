// `npm run bench` (not part of npm test): writes benchmarks/results.md and benchmarks/results.json.
//  1. Sizes: raw + gzip of dist/career-widgets.js, each element and lazy chunk, and the dataset files a page loads
//     (meta, index, search, the median-sized occupation file); the entry against its 20 KB target.
//  2. Render: N <career-profile> elements (different occupations from the dataset index), time to content (the
//     first frame in which every profile shows its title, plus the frame that paints it), against a static HTML page
//     with the same rendered markup (declarative shadow DOM + the same CSS, no script), in two profiles: desktop
//     (N = 1, 20) and a slow-4G phone (N = 1: 150 ms, 1.6 Mbit/s, 4x CPU); each with the bare script tag, with the
//     builder's snippet hints, and pre-rendered by the built `career-widgets prerender` (content in the HTML, the
//     script taking it over). Files are served gzip-compressed. CLS of every run is recorded (PerformanceObserver,
//     layout-shift), and for the pre-rendered page the take-over: its CLS and its longest task (longtask).
//  3. CLS on every demo page.
//  4. Search: per-keystroke time of the title search over every title in Chromium (prefixes of the typed queries
//     in benchmarks/search-queries.json), and time from the first keystroke to the first results and to the
//     results from every title, on the phone profile of (2) and on Chrome DevTools' "Slow 4G" (also with a 4x CPU
//     slowdown), the visitor typing the moment the page has loaded or once it has settled, in English and Spanish
//     (BENCH_SEARCH_RUNS=n runs each), beside the figures before the first tier (benchmarks/search-baseline.json;
//     BENCH_SEARCH_OUT=file writes them). The library comparison (scripts/search-compare.mjs ->
//     benchmarks/search-libraries.md) is copied in when present.
//     Median of RUNS runs each, in the same Chromium the tests use (CHROME_PATH or /usr/bin/chromium).
//  5. Scale and leaks (scripts/bench-scale.mjs): 500 widgets on one page, 1,000 mount/unmount cycles.
//  6. Career explorer (scripts/bench-explorer.mjs): region summary sizes, filtering and sorting per change, the first
//     render of a 20-row list against static HTML on slow 4G.
//  7. Long tasks (scripts/bench-long-tasks.mjs): an overlay up to the size cap, 1,000 widgets added over time.
// Runs `npm run build` first when dist/ is missing. BENCH_RUNS=n changes the run count, BENCH_COUNTS=1,20 the
// desktop page sizes, BENCH_PHONE_COUNTS=1 the phone ones; BENCH_KEEP=1 keeps the generated pages in .bench-tmp/.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, totalmem} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {ROOT, startServer} from './serve.mjs';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';
import {measureScale, scaleSection} from './bench-scale.mjs';
import {explorerSection, measureExplorer} from './bench-explorer.mjs';
import {recordLayoutShifts, serialiseHosts} from './bench-pages.mjs';
import {longTasksSection, measureLongTasks} from './bench-long-tasks.mjs';

const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'benchmarks');
const TMP = join(ROOT, '.bench-tmp');
const COUNTS = (process.env.BENCH_COUNTS ?? '1,20').split(',').map(Number);
const PHONE_COUNTS = (process.env.BENCH_PHONE_COUNTS ?? '1').split(',').map(Number);
/** Targets: content within 1.5x of the same content as static HTML, 1.1x pre-rendered; entry module <= 20 KB gzip;
 *  the take-over of a pre-rendered page shifts nothing and has no task over 200 ms on desktop. */
const RATIO_TARGET = 1.5;
const PRERENDERED_RATIO_TARGET = 1.1;
const TAKE_OVER_TASK_TARGET_MS = 200;
const ENTRY_TARGET_GZIP = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COMPLETE_TIMEOUT_MS = 60_000;
/** BENCH_ONLY=render (or search, scale, explorer, long) runs that part alone, for a quick look; results.md is then not written. */
const ONLY = process.env.BENCH_ONLY;
/**
 * BENCH_ONLY=search BENCH_MERGE=1: the search figures and the sizes (both change with the search files) replace
 * theirs in benchmarks/results.json, the other parts stay as measured, and results.md is written from the whole.
 * BENCH_ONLY=render BENCH_MERGE=1 does the same for the render figures (time to content of the bare, snippet,
 * pre-rendered and static pages; the pre-rendered page's take-over) and the sizes (the entry, and no pre-rendering
 * code in the browser's files): every row of the pre-rendering targets, in one run.
 */
const MERGE = (ONLY === 'search' || ONLY === 'render') && process.env.BENCH_MERGE === '1';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1000).toFixed(1);
const rel = (path) => path.slice(ROOT.length + 1);

// ---------------------------------------------------------------------------------------------- sizes

function ensureBuilt() {
  if (existsSync(join(DIST, 'career-widgets.js'))) return;
  console.log('dist/career-widgets.js is missing: running npm run build');
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const result = spawnSync(npm[0], [...npm.slice(1), 'run', 'build'], {cwd: ROOT, stdio: 'inherit'});
  if (result.status !== 0) throw new Error('npm run build failed; cannot benchmark');
}

function sizeOf(path, kind) {
  const bytes = readFileSync(path);
  return {file: rel(path), kind, raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
}

/**
 * The pre-rendering code (Lit's SSR and its DOM shim, parse5, src/ssr) in the files a browser page loads (the entry,
 * element chunks, lazy chunks), read from their source maps: `[{file, sources}]`, empty when none has any.
 */
function serverCodeInBrowserFiles() {
  const found = [];
  const files = [join(DIST, 'career-widgets.js')];
  for (const folder of ['elements', 'chunks']) {
    const dir = join(DIST, folder);
    if (existsSync(dir))
      files.push(
        ...readdirSync(dir)
          .filter((n) => n.endsWith('.js'))
          .map((n) => join(dir, n)),
      );
  }
  for (const file of files) {
    const map = `${file}.map`;
    if (!existsSync(map)) {
      found.push({file: rel(file), sources: ['(no source map: cannot check)']});
      continue;
    }
    const sources = JSON.parse(readFileSync(map, 'utf8')).sources.filter((s) =>
      /@lit-labs\/ssr\/|@lit-labs\/ssr-dom-shim|\/parse5\/|@parse5|\/src\/ssr\//.test(s),
    );
    if (sources.length) found.push({file: rel(file), sources});
  }
  return found;
}

function measureSizes() {
  const rows = [sizeOf(join(DIST, 'career-widgets.js'), 'entry (script tag)')];
  for (const [folder, kind] of [
    ['elements', 'element chunk (loaded when its tag is used)'],
    ['chunks', 'lazy chunk'],
  ]) {
    const dir = join(DIST, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.js'))
      .sort())
      rows.push(sizeOf(join(dir, name), kind));
  }
  const data = existsSync(join(DIST, 'data')) ? join(DIST, 'data') : join(ROOT, 'data', 'v1');
  for (const name of ['meta.json', 'index.json', 'search.json', 'search-first.json', 'search-es.json']) {
    if (existsSync(join(data, name))) rows.push(sizeOf(join(data, name), 'dataset'));
  }
  const occupations = join(data, 'occupations');
  let dataset = null;
  if (existsSync(occupations)) {
    const files = readdirSync(occupations)
      .filter((n) => n.endsWith('.json'))
      .map((n) => ({path: join(occupations, n), size: statSync(join(occupations, n)).size}))
      .sort((a, b) => a.size - b.size);
    if (files.length) {
      rows.push(sizeOf(files[Math.floor(files.length / 2)].path, `dataset (median of ${files.length} occupation files)`));
      rows.push(sizeOf(files[files.length - 1].path, 'dataset (largest occupation file)'));
      dataset = {occupationFiles: files.length, occupationBytesTotal: files.reduce((sum, f) => sum + f.size, 0)};
    }
  } else {
    console.warn(`no occupation files in ${rel(data)}/occupations: dataset sizes are incomplete`);
  }
  return {rows, dataset, languages: measureLanguages(rows), serverCode: serverCodeInBrowserFiles()};
}

/**
 * What each language adds to a page beyond the entry, from the lazy chunks the build wrote: English nothing,
 * Spanish its catalog chunk, a host language the catalog reader plus the host's own JSON file (the demo's
 * sample, and a complete catalog: the generated template).
 */
function measureLanguages(rows) {
  const chunk = (prefix) => rows.find((r) => r.file.startsWith(`dist/chunks/${prefix}-`));
  const file = (path) => (existsSync(join(ROOT, path)) ? sizeOf(join(ROOT, path), 'host catalog') : null);
  const sum = (...parts) => {
    const present = parts.filter(Boolean);
    return {files: present.map((p) => p.file), raw: present.reduce((s, p) => s + p.raw, 0), gzip: present.reduce((s, p) => s + p.gzip, 0)};
  };
  const plural = chunk('plural');
  return [
    {language: 'English (`en`, built in)', ...sum()},
    {language: 'Spanish (`es`, built in)', ...sum(chunk('es'), plural)},
    {language: "host catalog: the demo's Somali sample (12 messages)", ...sum(chunk('host-catalog'), plural, file('demo/hosts/i18n/so.sample.json'))},
    {language: 'host catalog: every message and term (docs/i18n/template.json)', ...sum(chunk('host-catalog'), plural, file('docs/i18n/template.json'))},
  ];
}

// --------------------------------------------------------------------------------------------- render

/** Picks `n` occupations spread evenly over the index (full O*NET profiles first). */
function pickOccupations(n) {
  const index = JSON.parse(readFileSync(join(ROOT, 'data', 'v1', 'index.json'), 'utf8'));
  const all = index.occupations ?? [];
  const onet = all.filter((o) => o.kind === 'onet');
  const pool = onet.length >= n ? onet : all;
  if (pool.length < n) throw new Error(`the index lists only ${pool.length} occupations, ${n} needed`);
  return Array.from({length: n}, (_, i) => pool[Math.floor((i * pool.length) / n)].soc ?? pool[i].code);
}

const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:16px;max-width:960px}</style>${head}</head>
<body>
${body}
</body></html>
`;

/** In the page: resolves when every <career-profile> is complete (or one errors), then after the next frame. */
function waitForElements(timeout) {
  return new Promise((resolve) => {
    const hosts = [...document.querySelectorAll('career-profile')];
    // 'complete' and 'empty' (nothing to show for that occupation) are finished; 'error' is a problem.
    const done = (s) => s === 'complete' || s === 'empty';
    const tally = () => {
      const counts = {};
      for (const h of hosts) counts[h.getAttribute('data-state') ?? '(none)'] = (counts[h.getAttribute('data-state') ?? '(none)'] ?? 0) + 1;
      return JSON.stringify(counts);
    };
    const check = () => {
      const states = hosts.map((h) => h.getAttribute('data-state'));
      if (states.includes('error')) return finish(`error: ${hosts[states.indexOf('error')].getAttribute('occupation')}`);
      if (states.every(done)) return finish(null);
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => finish(`timeout after ${timeout} ms, states ${tally()}`), timeout);
    function finish(problem) {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({problem, ms: performance.now()})));
    }
    for (const h of hosts) observer.observe(h, {attributes: true, attributeFilter: ['data-state']});
    check();
  });
}

/** Network and CPU conditions a page is loaded under. */
const PROFILES = [
  {id: 'desktop', label: 'desktop, localhost (no throttling)', counts: COUNTS, network: null, cpu: 1},
  {
    id: 'slow-4g',
    label: 'slow-4G phone: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x slower CPU',
    counts: PHONE_COUNTS,
    network: {offline: false, download: 1.6e6 / 8, upload: 750e3 / 8, latency: 150},
    cpu: 4,
  },
];

/**
 * In the page, before anything loads: layout shifts (as above), long tasks, and time to content: the first
 * animation frame in which all `count` profiles show their title (a static or pre-rendered page from its HTML, a live
 * one once rendered), then the next frame, by which that one has been painted. The same measure for every page kind.
 */
function recordPage(count) {
  window.__cls = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
    }).observe({type: 'longtask', buffered: true});
  } catch {
    // no longtask entries in this browser
  }
  const shown = () => {
    const hosts = document.querySelectorAll('career-profile');
    return hosts.length === count && [...hosts].every((host) => host.shadowRoot?.querySelector('h2'));
  };
  const tick = () => (shown() ? requestAnimationFrame(() => (window.__content = performance.now())) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}

/**
 * In the page: once content has shown (and, for pages with the script, every profile is complete: taken over or
 * rendered), waits 500 ms for late shifts and long tasks, then reports.
 */
function waitForContent({scripted, timeout}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const hosts = () => [...document.querySelectorAll('career-profile')];
    const done = () => window.__content !== undefined && (!scripted || hosts().every((h) => ['complete', 'empty'].includes(h.getAttribute('data-state'))));
    const check = () => {
      const error = hosts().find((h) => h.getAttribute('data-state') === 'error');
      if (error) return resolve({problem: `error: ${error.getAttribute('occupation')}`});
      if (performance.now() - start > timeout) return resolve({problem: `timeout after ${timeout} ms`});
      if (!done()) return setTimeout(check, 20);
      const settledAt = performance.now();
      // Long tasks once the content has shown: the page's own first layout is not the take-over's.
      const longest = () => Math.max(0, ...window.__tasks.filter(([start]) => start >= window.__content).map(([, duration]) => duration));
      setTimeout(() => resolve({problem: null, ms: window.__content, settledMs: settledAt, cls: window.__cls, longest: longest()}), 500);
    };
    check();
  });
}

async function timePage(browser, url, kind, profile, count) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage({type: 'window'}).catch(() => context.newPage());
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    if (kind === 'capture') await tab.evaluateOnNewDocument(recordLayoutShifts);
    else await tab.evaluateOnNewDocument(recordPage, count);
    if (profile?.network) await tab.emulateNetworkConditions(profile.network);
    if (profile?.cpu > 1) await tab.emulateCPUThrottling(profile.cpu);
    await tab.goto(url, {waitUntil: kind === 'capture' ? 'load' : 'domcontentloaded', timeout: COMPLETE_TIMEOUT_MS});
    const result =
      kind === 'capture'
        ? await tab.evaluate(waitForElements, COMPLETE_TIMEOUT_MS)
        : await tab.evaluate(waitForContent, {scripted: kind !== 'static', timeout: COMPLETE_TIMEOUT_MS});
    if (kind === 'capture') result.cls = await tab.evaluate(() => window.__cls);
    if (errors.length) result.problem = `page error: ${errors[0]}`;
    const html = kind === 'capture' && !result.problem ? await tab.evaluate(serialiseHosts, 'career-profile') : null;
    return {...result, html};
  } finally {
    await context.close();
  }
}

/** The file the data layer loads first for a code (`29-2072` -> `29-2072.00`), for the snippet's preload hint. */
const likelyFile = (code) => (code.includes('.') ? code : `${code}.00`);

/**
 * The resource hints the embed builder's snippet carries: the script and the data it will ask for start at once,
 * in parallel, instead of the data waiting for the script.
 */
function snippetHints(codes) {
  return [
    '<link rel="modulepreload" href="/dist/career-widgets.js">',
    '<link rel="stylesheet" href="/dist/career-widgets.css">',
    '<link rel="modulepreload" href="/dist/elements/career-profile.js">',
    '<link rel="preload" as="fetch" crossorigin href="/dist/data/meta.json">',
    ...[...new Set(codes)].map((code) => `<link rel="preload" as="fetch" crossorigin href="/dist/data/occupations/${likelyFile(code)}.json">`),
  ].join('\n');
}

async function measureRender(server) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (error) {
    return {skipped: `puppeteer-core is not installed (${error.message})`};
  }
  if (!existsSync(join(ROOT, 'data', 'v1', 'index.json'))) return {skipped: 'data/v1/index.json is missing (run npm run data)'};
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath)) return {skipped: `no browser at ${executablePath} (set CHROME_PATH)`};

  const browser = await puppeteer.launch({executablePath, headless: true, args: CHROMIUM_ARGS});
  const chromium = await browser.version();
  const base = `http://localhost:${server.port}/.bench-tmp/`;
  const rows = [];
  try {
    // Is there anything to measure yet?
    writeFileSync(join(TMP, 'probe.html'), page('probe', '<career-profile></career-profile><script type="module" src="/dist/career-widgets.js"></script>'));
    const probe = await browser.newPage();
    await probe.goto(`${base}probe.html`, {waitUntil: 'load'});
    // The element's code is a chunk the entry loads when the tag is in the page.
    const defined = await probe.evaluate(() =>
      Promise.race([customElements.whenDefined('career-profile').then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]),
    );
    await probe.close();
    if (!defined) return {chromium, skipped: '<career-profile> is not defined by dist/career-widgets.js yet'};

    const counts = [...new Set(PROFILES.flatMap((p) => p.counts))];
    const {prerender} = await import(pathToFileURL(join(DIST, 'esm', 'ssr', 'index.js')).href);
    const prerendered = {};
    for (const n of counts) {
      const codes = pickOccupations(n);
      const body = codes.map((code) => `<career-profile occupation="${code}"></career-profile>`).join('\n');
      const script = '<script type="module" src="/dist/career-widgets.js"></script>';
      writeFileSync(join(TMP, `elements-${n}.html`), page(`${n} elements`, `${body}\n${script}`));
      writeFileSync(join(TMP, `snippet-${n}.html`), page(`${n} elements, snippet hints`, `${body}\n${script}`, snippetHints(codes)));
      // The same page as the bare one, through the built command's API: content and inline data in the HTML.
      const html = await prerender(page(`${n} elements, pre-rendered`, `${body}\n${script}`), {
        onSkip: (s) => console.warn(`  pre-render: <${s.tag}> left: ${s.reason}`),
      });
      writeFileSync(join(TMP, `prerendered-${n}.html`), html);
      prerendered[n] = {bytes: Buffer.byteLength(html), gzip: gzipSync(html, {level: 6}).length};
      const capture = await timePage(browser, `${base}elements-${n}.html`, 'capture');
      if (capture.problem) return {chromium, rows, skipped: `N=${n}: elements never completed (${capture.problem})`};
      writeFileSync(join(TMP, `static-${n}.html`), page(`${n} static`, capture.html));
    }

    for (const profile of PROFILES) {
      for (const n of profile.counts) {
        const runs = {elements: [], snippet: [], prerendered: [], static: [], cls: [], takeOverCls: [], takeOverLongest: [], takeOverMs: [], staticLongest: []};
        for (let run = 0; run < RUNS; run += 1) {
          for (const kind of ['elements', 'snippet', 'prerendered', 'static']) {
            const r = await timePage(browser, `${base}${kind}-${n}.html`, kind, profile, n);
            if (r.problem) return {chromium, rows, skipped: `${profile.id} N=${n} ${kind}, run ${run + 1}: ${r.problem}`};
            runs[kind].push(r.ms);
            if (kind === 'elements' || kind === 'snippet') runs.cls.push(r.cls);
            if (kind === 'prerendered') {
              runs.takeOverCls.push(r.cls);
              runs.takeOverLongest.push(r.longest);
              runs.takeOverMs.push(r.settledMs);
            }
            if (kind === 'static') runs.staticLongest.push(r.longest);
          }
        }
        const row = {
          profile: profile.id,
          n,
          runs: RUNS,
          elementsMs: median(runs.elements),
          snippetMs: median(runs.snippet),
          prerenderedMs: median(runs.prerendered),
          staticMs: median(runs.static),
          maxCls: Math.max(...runs.cls),
          takeOverCls: Math.max(...runs.takeOverCls),
          takeOverLongestMs: Math.max(...runs.takeOverLongest),
          staticLongestMs: Math.max(...runs.staticLongest),
          takeOverMs: median(runs.takeOverMs),
          prerenderedPage: prerendered[n],
          all: runs,
        };
        row.ratio = row.elementsMs / row.staticMs;
        row.snippetRatio = row.snippetMs / row.staticMs;
        row.prerenderedRatio = row.prerenderedMs / row.staticMs;
        rows.push(row);
        console.log(
          `  ${profile.id} N=${String(n).padStart(2)}: bare ${row.elementsMs.toFixed(0)} ms (x${row.ratio.toFixed(2)}), ` +
            `snippet ${row.snippetMs.toFixed(0)} ms (x${row.snippetRatio.toFixed(2)}), pre-rendered ${row.prerenderedMs.toFixed(0)} ms ` +
            `(x${row.prerenderedRatio.toFixed(2)}, taken over at ${row.takeOverMs.toFixed(0)} ms, CLS ${row.takeOverCls.toFixed(3)}, ` +
            `longest task ${row.takeOverLongestMs.toFixed(0)} ms), static ${row.staticMs.toFixed(0)} ms, CLS ${row.maxCls.toFixed(3)}`,
        );
      }
    }
    return {chromium, rows, demoCls: await measureDemoCls(browser, server)};
  } finally {
    await browser.close();
  }
}

/** Every demo page (they use the built bundle): CLS from navigation until every widget settled plus 500 ms. */
async function measureDemoCls(browser, server) {
  const demo = join(ROOT, 'demo');
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(rel(path));
    }
  };
  if (existsSync(demo)) walk(demo);
  const out = [];
  for (const path of pages) {
    const context = await browser.createBrowserContext();
    try {
      const tab = await context.newPage({type: 'window'}).catch(() => context.newPage());
      await tab.setViewport({width: 1280, height: 900});
      await tab.evaluateOnNewDocument(recordLayoutShifts);
      await tab.goto(`http://localhost:${server.port}/${path}`, {waitUntil: 'load', timeout: COMPLETE_TIMEOUT_MS});
      await tab.evaluate(
        (timeout) =>
          new Promise((resolve) => {
            const start = performance.now();
            const busy = () => document.querySelector('[data-state="loading"], :not(:defined)');
            const tick = () => (!busy() || performance.now() - start > timeout ? setTimeout(resolve, 500) : setTimeout(tick, 50));
            tick();
          }),
        15_000,
      );
      out.push({page: path, cls: await tab.evaluate(() => window.__cls)});
    } catch (error) {
      out.push({page: path, cls: null, problem: error.message});
    } finally {
      await context.close();
    }
  }
  for (const r of out) console.log(`  CLS ${r.cls === null ? 'n/a' : r.cls.toFixed(3)}  ${r.page}`);
  return out;
}

// --------------------------------------------------------------------------------------------- search

const SEARCH_QUERIES = JSON.parse(readFileSync(join(ROOT, 'benchmarks', 'search-queries.json'), 'utf8'));
const SEARCH_PASSES = 5;
const SLOW_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 3);

/** In the page: builds the matcher from the dataset files and times every keystroke of the typed queries. */
async function timeKeystrokes({typed, passes}) {
  const {TitleMatcher} = await import('/dist/esm/data/search.js');
  const [index, search] = await Promise.all(['index', 'search'].map((f) => fetch(`/data/v1/${f}.json`).then((r) => r.json())));
  const t0 = performance.now();
  const matcher = new TitleMatcher(index, search);
  const buildMs = performance.now() - t0;
  // The first tier, where the dataset has one.
  const first = await fetch('/data/v1/search-first.json').then((r) => (r.ok ? r.json() : null));
  let buildFirstMs = null;
  if (first) {
    const t1 = performance.now();
    new TitleMatcher(index, first);
    buildFirstMs = performance.now() - t1;
  }
  const keystrokes = typed.flatMap((q) => Array.from({length: q.length - 1}, (_, i) => q.slice(0, i + 2)));
  const times = [];
  for (let pass = 0; pass < passes; pass++) {
    const run = [];
    for (const q of keystrokes) {
      const t = performance.now();
      matcher.search(q, {limit: 8});
      run.push(performance.now() - t);
    }
    times.push(run);
  }
  return {buildMs, buildFirstMs, titles: matcher.size, keystrokes: keystrokes.length, times};
}

/**
 * In the page: focus the search and type `query` like a person (100 ms a key, the first key 100 ms after focus).
 * Resolves with ms from the first keystroke to the first result shown, and to the results from every title
 * (`data-titles="all"`; a search without tiers answers from every title at once), the first result's text at
 * both times, and which titles answered first; `whole`: the first result shown for the whole query (the first
 * render after its last key), to compare the first tier's answer with every title's.
 */
function firstResults(query) {
  return new Promise((resolve) => {
    const search = document.querySelector('career-search');
    const box = search.shadowRoot.querySelector('input');
    const option = () => search.shadowRoot.querySelector('[role="option"]');
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tiers = () => search.dataset.titles; // undefined before tiers existed
    const typed = () => box.value === query;
    let t0 = null;
    let first = null;
    let lastKey = false;
    let whole = null;
    const check = () => {
      if (t0 === null || !option()) return;
      const now = performance.now() - t0;
      if (first === null) first = {ms: now, text: text(option()), titles: tiers() ?? 'all'};
      if (typed() && (tiers() === undefined || tiers() === 'all')) {
        observer.disconnect();
        resolve({
          first,
          whole: whole ?? {text: text(option()), titles: tiers() ?? 'all'},
          all: {ms: Math.max(now, first.ms), text: text(option())},
          state: search.dataset.state,
        });
      }
    };
    const observer = new MutationObserver(() => {
      if (lastKey && whole === null && option()) whole = {text: text(option()), titles: tiers() ?? 'all'};
      check();
    });
    observer.observe(search.shadowRoot, {childList: true, subtree: true, characterData: true});
    observer.observe(search, {attributes: true, attributeFilter: ['data-titles']});
    box.focus();
    [...query].forEach((_, i) =>
      setTimeout(
        () => {
          if (i === 0) t0 = performance.now();
          box.value = query.slice(0, i + 1);
          box.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
          lastKey = i === query.length - 1;
          check();
        },
        100 * (i + 1),
      ),
    );
    setTimeout(() => resolve({first, all: null, state: search.dataset.state}), 60_000);
  });
}

/** Network and CPU profiles of the search benchmark: the render benchmark's phone, and Chrome DevTools' "Slow 4G". */
const SEARCH_PROFILES = [
  {id: 'phone', label: "slow-4G phone (the render benchmark's: 150 ms round trip, 1.6 Mbit/s, 4x CPU)", network: PROFILES[1].network, cpu: 4},
  {id: 'devtools-slow-4g', label: 'Chrome DevTools "Slow 4G" (562.5 ms latency, 1.44 Mbit/s)', network: 'Slow 4G', cpu: 1},
  {id: 'devtools-slow-4g-cpu4', label: 'Chrome DevTools "Slow 4G" + 4x CPU', network: 'Slow 4G', cpu: 4},
];
/** When the visitor starts typing: the moment the page has loaded, or once it has settled (3 s later). */
const SEARCH_STARTS = [
  {id: 'at-once', label: 'types the moment the page has loaded', waitMs: 0},
  {id: 'settled', label: 'types 3 s after the page has loaded', waitMs: 3000},
];
/** Queries typed: English, and Spanish in a Spanish page. */
const SEARCH_TYPED = [
  {id: 'en', query: 'nurse', lang: 'en'},
  {id: 'es', query: 'enfermera', lang: 'es'},
];
/** The 0.6 s target: first results within 0.6 s of the first keystroke. */
const SEARCH_TARGET_MS = 600;
/**
 * The same measurement on main before the first tier (commit 0b99d7e, same machine, same script), for the
 * before/after columns: `BENCH_ONLY=search BENCH_SEARCH_OUT=benchmarks/search-baseline.json` on that build.
 */
const SEARCH_BASELINE = join(OUT, 'search-baseline.json');

/** The results.md rows of the slow-network search measurement, with the baseline beside them. */
function searchSlowSection(search) {
  const baseline = existsSync(SEARCH_BASELINE) ? JSON.parse(readFileSync(SEARCH_BASELINE, 'utf8')) : null;
  const before = (r) => baseline?.slow?.find((b) => b.profile === r.profile && b.start === r.start && b.query === r.query);
  const ms = (v) => (v == null ? 'n/a' : v.toFixed(0));
  const met = search.slow.filter((r) => r.start === 'at-once' && r.profile === 'phone');
  return [
    `First results after the first keystroke, cold cache, files served gzipped, typing at 100 ms a key (the first key 100 ms after focus); median of ${SLOW_RUNS} runs. "First results": the first result row shown; "all titles": the list from every title (\`data-titles="all"\`), which refines the first tier's; "whole query": whether the first result shown once the whole query is typed (from the first tier when that is what has arrived) is the one every title gives. Before: ${baseline ? `\`benchmarks/search-baseline.json\` (${baseline.measured})` : 'no baseline file'}. Target: first results within ${SEARCH_TARGET_MS} ms of the first keystroke.`,
    '',
    '| profile | visitor | query | first results, before (ms) | first results, now (ms) | all titles, now (ms) | whole query: same first result from the first titles as from all | target met |',
    '|---|---|---|---:|---:|---:|---|---|',
    ...search.slow.map(
      (r) =>
        `| ${r.label} | ${r.startLabel} | "${r.query}" | ${ms(before(r)?.first)} | ${ms(r.first)} | ${ms(r.all)} | ${r.sameFirstResult ? 'yes' : `no (${r.runs.map((x) => `${x.wholeResult} / ${x.finalResult}`).join('; ')})`} | ${r.first <= SEARCH_TARGET_MS ? 'yes' : 'no'} |`,
    ),
    '',
    `On the phone profile with the visitor typing the moment the page has loaded, the ${SEARCH_TARGET_MS} ms target is ${met.length && met.every((r) => r.first <= SEARCH_TARGET_MS) ? 'met' : 'not met'} (${met.map((r) => `"${r.query}": ${ms(r.first)} ms`).join(', ')}).`,
  ];
}

async function measureSearch(server) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (error) {
    return {skipped: `puppeteer-core is not installed (${error.message})`};
  }
  if (!existsSync(join(DIST, 'esm', 'data', 'search.js'))) return {skipped: 'dist/esm/data/search.js is missing (npm run build)'};
  const {PredefinedNetworkConditions} = await import('puppeteer-core');
  const browser = await puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
  const base = `http://localhost:${server.port}`;
  try {
    writeFileSync(join(TMP, 'search-blank.html'), page('search keystrokes', ''));
    const tab = await browser.newPage();
    await tab.goto(`${base}/.bench-tmp/search-blank.html`, {waitUntil: 'load'});
    const keys = await tab.evaluate(timeKeystrokes, {typed: SEARCH_QUERIES.typed, passes: SEARCH_PASSES});
    await tab.close();
    const pct = (values, p) => [...values].sort((a, b) => a - b)[Math.floor(p * (values.length - 1))];
    const first = keys.times[0];
    const warm = keys.times.slice(1).flat();
    const keystrokes = {
      titles: keys.titles,
      keystrokes: keys.keystrokes,
      buildMs: keys.buildMs,
      buildFirstMs: keys.buildFirstMs,
      first: {median: pct(first, 0.5), p95: pct(first, 0.95), max: Math.max(...first)},
      warm: {median: pct(warm, 0.5), p95: pct(warm, 0.95), max: Math.max(...warm)},
    };
    console.log(
      `  keystrokes: median ${keystrokes.warm.median.toFixed(2)} ms, p95 ${keystrokes.warm.p95.toFixed(2)} ms (first pass ${keystrokes.first.median.toFixed(2)} / ${keystrokes.first.p95.toFixed(2)}); build ${keys.buildMs.toFixed(0)} ms`,
    );

    const slow = [];
    for (const typed of SEARCH_TYPED) {
      const html = `<html lang="${typed.lang}">`;
      writeFileSync(
        join(TMP, `search-slow-${typed.id}.html`),
        page(`search ${typed.id}`, '<career-search></career-search>\n<script type="module" src="/dist/career-widgets.js"></script>').replace(
          '<html lang="en">',
          html,
        ),
      );
    }
    for (const profile of SEARCH_PROFILES) {
      for (const start of SEARCH_STARTS) {
        for (const typed of SEARCH_TYPED) {
          // Spanish: the phone profile only, to keep the run short (BENCH_SEARCH_LANGS=en leaves it out: before Spanish words).
          if (typed.id !== 'en' && (profile.id !== 'phone' || !(process.env.BENCH_SEARCH_LANGS ?? 'en,es').split(',').includes(typed.id))) continue;
          const runs = [];
          for (let run = 0; run < SLOW_RUNS; run++) {
            const context = await browser.createBrowserContext();
            try {
              const t = await context.newPage({type: 'window'}).catch(() => context.newPage());
              await t.emulateNetworkConditions(typeof profile.network === 'string' ? PredefinedNetworkConditions[profile.network] : profile.network);
              if (profile.cpu > 1) await t.emulateCPUThrottling(profile.cpu);
              await t.goto(`${base}/.bench-tmp/search-slow-${typed.id}.html`, {waitUntil: 'load', timeout: 120_000});
              await t.waitForFunction(() => customElements.get('career-search') && document.querySelector('career-search').shadowRoot, {timeout: 60_000});
              if (start.waitMs) await new Promise((resolve) => setTimeout(resolve, start.waitMs));
              const result = await t.evaluate(firstResults, typed.query);
              if (!result.first || !result.all) throw new Error(`no results within 60 s (state ${result.state})`);
              runs.push(result);
            } finally {
              await context.close();
            }
          }
          const row = {
            profile: profile.id,
            label: profile.label,
            start: start.id,
            startLabel: start.label,
            query: typed.query,
            lang: typed.lang,
            runs: runs.map((r) => ({
              first: Math.round(r.first.ms),
              all: Math.round(r.all.ms),
              firstTitles: r.first.titles,
              firstResult: r.first.text,
              wholeResult: r.whole.text,
              wholeTitles: r.whole.titles,
              finalResult: r.all.text,
            })),
            first: median(runs.map((r) => r.first.ms)),
            all: median(runs.map((r) => r.all.ms)),
            sameFirstResult: runs.every((r) => r.whole.text === r.all.text),
          };
          slow.push(row);
          console.log(
            `  ${profile.id}, ${start.id}, "${typed.query}": first results ${row.first.toFixed(0)} ms after the first keystroke, all titles ${row.all.toFixed(0)} ms (median of ${runs.length})`,
          );
        }
      }
    }
    return {keystrokes, slow, network: PredefinedNetworkConditions['Slow 4G'], targetMs: SEARCH_TARGET_MS};
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------- report

function markdown(results) {
  const {machine, sizes, render} = results;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.mjs). Compare ratios, not absolute times, across machines.',
    '',
    '| date | machine (nproc) | CPU | memory | Node | Chromium | load avg (1 min) before / after |',
    '|---|---|---|---|---|---|---|',
    `| ${results.date} | ${machine.nproc} | ${machine.cpu} | ${machine.memoryGB} GB | ${machine.node} | ${machine.chromium ?? 'n/a'} | ${machine.loadAverage1m.before} / ${machine.loadAverage1m.after} |`,
    '',
    '## Sizes',
    '',
    `gzip at level 9. The entry is what a page pays up front; Chart.js is a lazy chunk loaded only for charts.${sizes.date ? ` Measured ${sizes.date}.` : ''}`,
    '',
    '| file | kind | raw kB | gzip kB |',
    '|---|---|---:|---:|',
    ...sizes.rows.map((r) => `| \`${r.file}\` | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
    '',
    `Entry target: at most ${kb(ENTRY_TARGET_GZIP)} kB gzip: **${sizes.rows[0].gzip <= ENTRY_TARGET_GZIP ? 'met' : 'NOT met'}** (${kb(sizes.rows[0].gzip)} kB).`,
  ];
  if (sizes.serverCode) {
    lines.push(
      '',
      "No pre-rendering code in a browser page's files (Lit's SSR, its DOM shim, parse5, src/ssr; read from the entry's, element " +
        `chunks' and lazy chunks' source maps): **${sizes.serverCode.length ? 'NOT met' : 'met'}**` +
        (sizes.serverCode.length ? ` (${sizes.serverCode.map((f) => `\`${f.file}\`: ${f.sources.join(', ')}`).join('; ')}).` : '.'),
    );
  }
  if (sizes.dataset) {
    lines.push(
      '',
      `Dataset: ${sizes.dataset.occupationFiles} occupation files, ${kb(sizes.dataset.occupationBytesTotal)} kB in total (each page loads only the ones it shows).`,
    );
  }
  if (sizes.languages) {
    lines.push(
      '',
      '## Languages',
      '',
      "What a page loads for its widgets' language, on first use, beyond the entry (which holds English).",
      '',
      '| language | files loaded on first use | raw kB | gzip kB |',
      '|---|---|---:|---:|',
      ...sizes.languages.map((l) => `| ${l.language} | ${l.files.map((f) => `\`${f}\``).join(' + ') || 'none'} | ${kb(l.raw)} | ${kb(l.gzip)} |`),
    );
  }
  lines.push('', '## Render', '');
  if (render.rows?.length && render.date) {
    // Measured apart from the rest (BENCH_ONLY=render BENCH_MERGE=1).
    const m = render.machine;
    lines.push(
      `Measured ${render.date} (${m.nproc} cores, load average ${m.loadAverage1m.before} / ${m.loadAverage1m.after}, ${m.chromium ?? 'Chromium'}).`,
      '',
    );
  }
  if (render.rows?.length) {
    const met = (ok) => (ok ? 'met' : 'NOT met');
    lines.push(
      'Time to content of a page of N `<career-profile>` elements: the first animation frame in which every profile shows',
      'its title, plus the frame that paints it (the same measure for every page), against the same rendered markup as',
      'static HTML (declarative shadow DOM, same CSS, no script). Time from navigation start; median of',
      `${RUNS} runs each, a fresh browser context (empty cache) per run, files served gzip-compressed (level 6) from localhost.`,
      '"bare": the script tag at the end of the body and the elements; "snippet": the same plus the embed builder\'s',
      'resource hints (`modulepreload` for the script and the element chunk, `preload` for meta.json and the occupation file,',
      'the `career-widgets.css` room reservation); "pre-rendered": the bare page through `career-widgets prerender` (the',
      "built command's API): the content and the data it shows in the HTML, the script taking it over. All in one run.",
      '',
      '| profile | N | bare (ms) | snippet (ms) | pre-rendered (ms) | static HTML (ms) | bare ratio | snippet ratio | pre-rendered ratio | target 1.5x (bare) | target 1.5x (snippet) | target 1.1x (pre-rendered) | CLS (bare, snippet) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|',
      ...render.rows.map(
        (r) =>
          `| ${r.profile} | ${r.n} | ${r.elementsMs.toFixed(0)} | ${r.snippetMs.toFixed(0)} | ${r.prerenderedMs.toFixed(0)} | ${r.staticMs.toFixed(0)} | ` +
          `${r.ratio.toFixed(2)}x | ${r.snippetRatio.toFixed(2)}x | ${r.prerenderedRatio.toFixed(2)}x | ${met(r.ratio <= RATIO_TARGET)} | ${met(r.snippetRatio <= RATIO_TARGET)} | ` +
          `${met(r.prerenderedRatio <= PRERENDERED_RATIO_TARGET)} | ${r.maxCls.toFixed(3)} |`,
      ),
      '',
      'Profiles: ' + PROFILES.map((p) => `**${p.id}**: ${p.label}`).join('; ') + '.',
      '',
      '### Take-over of the pre-rendered page',
      '',
      'From navigation until every profile is taken over (`data-state="complete"`), plus 500 ms: cumulative layout shift',
      `(target 0), and the longest task once the content has shown (PerformanceObserver \`longtask\`; target under ${TAKE_OVER_TASK_TARGET_MS} ms on`,
      `desktop; the static twin's, which has no script, for comparison), the largest of the ${RUNS} runs; the page\'s size (its HTML with the`,
      'content, the styles and the inline data).',
      '',
      "| profile | N | taken over at (ms, median) | CLS | target 0 | longest task after content (ms) | static twin's (ms) | target < 200 ms | page HTML kB (gzip) |",
      '|---|---:|---:|---:|---|---:|---:|---|---:|',
      ...render.rows.map(
        (r) =>
          `| ${r.profile} | ${r.n} | ${r.takeOverMs.toFixed(0)} | ${r.takeOverCls === 0 || r.takeOverCls >= 0.001 ? r.takeOverCls.toFixed(3) : r.takeOverCls.toPrecision(2)} | ${met(r.takeOverCls === 0)} | ${r.takeOverLongestMs.toFixed(0)} | ` +
          `${r.staticLongestMs.toFixed(0)} | ${r.profile === 'desktop' ? met(r.takeOverLongestMs < TAKE_OVER_TASK_TARGET_MS) : 'n/a (phone)'} | ${kb(r.prerenderedPage.bytes)} (${kb(r.prerenderedPage.gzip)}) |`,
      ),
    );
  }
  if (render.demoCls?.length) {
    lines.push(
      '',
      '## Layout shift on the demo pages',
      '',
      'Cumulative layout shift (PerformanceObserver `layout-shift`, without recent input) from navigation until no widget',
      'is loading, plus 500 ms; 1280x900 window, no throttling.',
      '',
      '| page | CLS |',
      '|---|---:|',
      ...render.demoCls.map((r) => `| \`${r.page}\` | ${r.cls === null ? `n/a (${r.problem})` : r.cls.toFixed(3)} |`),
      '',
      'The demo pages link `dist/career-widgets.css`, so each widget has its room from the first paint. On',
      '`demo/hosts/failure.html` the widgets fail on purpose: an error box is smaller than the room kept for content,',
      'so what follows a failed widget moves up once.',
    );
  }
  if (render.skipped) lines.push('', `Render benchmark not (fully) run: ${render.skipped}.`);
  lines.push(...scaleSection(results.scale));
  lines.push(...explorerSection(results.explorer));
  lines.push(...longTasksSection(results.longTasks));
  lines.push('', '## Search', '');
  const {search} = results;
  if (search?.keystrokes) {
    const k = search.keystrokes;
    const ms = (v) => v.toFixed(2);
    const net = search.network;
    // Measured apart from the rest (BENCH_MERGE): when, and under what machine load.
    if (search.date)
      lines.push(
        `Measured ${search.date} (machine load, 1-minute average, ${search.machine.loadAverage1m.before} before, ${search.machine.loadAverage1m.after} after).`,
        '',
      );
    lines.push(
      `Per keystroke, over all ${k.titles.toLocaleString('en-US')} titles (occupation titles + alternate and reported titles), in Chromium:`,
      `${k.keystrokes} keystrokes = every prefix from 2 characters of the ${SEARCH_QUERIES.typed.length} typed queries in \`benchmarks/search-queries.json\``,
      '(prefixes, typos, word order, multi-word, a code). Budget: median under 2 ms, 95th percentile under 8 ms.',
      '',
      '| | median ms | p95 ms | max ms |',
      '|---|---:|---:|---:|',
      `| first pass (cold: JIT, word caches empty) | ${ms(k.first.median)} | ${ms(k.first.p95)} | ${ms(k.first.max)} |`,
      `| next ${SEARCH_PASSES - 1} passes | ${ms(k.warm.median)} | ${ms(k.warm.p95)} | ${ms(k.warm.max)} |`,
      '',
      `Building the search from \`index.json\` + \`search.json\` (after parsing): ${k.buildMs.toFixed(0)} ms${k.buildFirstMs == null ? '' : `; from the first tier \`search-first.json\`: ${k.buildFirstMs.toFixed(0)} ms`}. Search data: \`search.json\` and \`search-first.json\` (sizes above) plus the matcher chunk \`chunks/search-*.js\`; the page also needs \`index.json\` and \`meta.json\`, which every widget shares.`,
      '',
      ...searchSlowSection(search),
    );
  }
  if (search?.skipped) lines.push(`Search benchmark not (fully) run: ${search.skipped}.`);
  const comparison = join(OUT, 'search-libraries.md');
  if (existsSync(comparison)) {
    lines.push(
      '',
      '### Search libraries compared',
      '',
      `From \`node scripts/search-compare.mjs\` (run it to refresh \`benchmarks/search-libraries.md\`):`,
      '',
      readFileSync(comparison, 'utf8').trim(),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const loadBefore = loadavg()[0];
  ensureBuilt();
  const sizes = measureSizes();
  console.log('Sizes (gzip level 9):');
  for (const r of sizes.rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} kB raw ${kb(r.gzip).padStart(7)} kB gzip`);

  rmSync(TMP, {recursive: true, force: true});
  mkdirSync(TMP, {recursive: true});
  const server = await startServer({root: ROOT, port: 0});
  let render = {skipped: `BENCH_ONLY=${ONLY}`};
  try {
    if (!ONLY || ONLY === 'render') {
      console.log(`Render (median of ${RUNS}):`);
      render = await measureRender(server);
    }
  } catch (error) {
    render = {skipped: `render benchmark failed: ${error.message}`};
  }
  let scale = {skipped: `BENCH_ONLY=${ONLY}`};
  if (!ONLY || ONLY === 'scale') {
    console.log('Scale and leaks (scripts/bench-scale.mjs):');
    scale = await measureScale(server, TMP).catch((error) => ({skipped: `scale benchmark failed: ${error.message}`}));
    // A "before" row recorded by `node scripts/bench-scale.mjs --before` stays beside the new figures.
    const stored = join(ROOT, 'benchmarks', 'results.json');
    if (!scale.skipped && existsSync(stored)) scale.before = JSON.parse(readFileSync(stored, 'utf8')).scale?.before;
  }
  let explorer = {sizes: null, skipped: `BENCH_ONLY=${ONLY}`};
  if (!ONLY || ONLY === 'explorer') {
    console.log('Career explorer (scripts/bench-explorer.mjs):');
    explorer = await measureExplorer(server, TMP).catch((error) => ({sizes: null, skipped: `explorer benchmark failed: ${error.message}`}));
  }
  let longTasks = {skipped: `BENCH_ONLY=${ONLY}`};
  if (!ONLY || ONLY === 'long') {
    console.log('Long tasks (scripts/bench-long-tasks.mjs):');
    longTasks = await measureLongTasks(server, TMP).catch((error) => ({skipped: `long-task benchmark failed: ${error.message}`}));
    // The figures from before the slicing, measured once on the older build, stay beside the new ones.
    const previous = existsSync(join(OUT, 'results.json')) ? JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')).longTasks?.before : undefined;
    if (previous && !longTasks.skipped) longTasks.before = previous;
  }
  let search = {skipped: `BENCH_ONLY=${ONLY}`};
  try {
    if (ONLY && ONLY !== 'search') throw new Error('skipped');
    console.log('Search:');
    search = await measureSearch(server);
  } catch (error) {
    if (!ONLY) search = {skipped: `search benchmark failed: ${error.message}`};
  } finally {
    await server.close();
    if (!process.env.BENCH_KEEP) rmSync(TMP, {recursive: true, force: true});
  }
  if (render.skipped) console.warn(`Render benchmark not (fully) run: ${render.skipped}`);
  if (!render.chromium) {
    const version = spawnSync(CHROMIUM_PATH, ['--version'], {encoding: 'utf8'});
    render.chromium = version.status === 0 ? version.stdout.trim().split('\n').pop() : null;
  }

  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: render.chromium ?? null,
      loadAverage1m: {before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2))},
    },
    sizes,
    render,
    scale,
    explorer,
    longTasks,
    search,
  };
  if (process.env.BENCH_SEARCH_OUT && search.slow) {
    const measured = `measured ${results.date}${process.env.BENCH_SEARCH_NOTE ? `, ${process.env.BENCH_SEARCH_NOTE}` : ''}`;
    writeFileSync(process.env.BENCH_SEARCH_OUT, `${JSON.stringify({measured, slow: search.slow}, null, 2)}\n`);
  }
  if (MERGE) {
    const [part, measured] = ONLY === 'render' ? ['render', render] : ['search', search];
    if (ONLY === 'render' ? !render.rows?.length : !search.slow) throw new Error(`${part} benchmark not run: ${measured.skipped}`);
    const stored = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
    const machine = {...results.machine, chromium: ONLY === 'render' ? results.machine.chromium : stored.machine.chromium};
    const merged = {...stored, [part]: {...measured, date: results.date, machine}, sizes: {...sizes, date: results.date}};
    writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(merged, null, 2)}\n`);
    writeFileSync(join(OUT, 'results.md'), markdown(merged));
    return console.log(`Wrote the ${part} figures and sizes to benchmarks/results.json and benchmarks/results.md`);
  }
  if (ONLY) return console.log(`BENCH_ONLY=${ONLY}: benchmarks/results.md left as it was`);
  mkdirSync(OUT, {recursive: true});
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, 'results.md'), markdown(results));
  console.log('Wrote benchmarks/results.md and benchmarks/results.json');
}

await main();
