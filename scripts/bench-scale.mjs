// Scale and leaks, for `npm run bench` (scripts/bench.mjs calls measureScale and renders scaleSection):
//  1. One page with WIDGETS widgets of the built bundle (wage ranges, skill lists and profiles across occupations
//     spread over the index, in several regions): time from navigation until every widget has finished
//     (data-state complete or empty) and the next frame, JS heap used after a forced GC, DOM nodes, event
//     listeners and requests. Median time of SCALE_RUNS runs, each in a fresh browser context (cold cache).
//  2. CYCLES mount/unmount cycles of a <wage-range> and of a <career-profile> (a single-page app showing and hiding
//     widgets): at each checkpoint, GC is forced through the DevTools protocol (HeapProfiler.collectGarbage) and
//     the heap used (Runtime.getHeapUsage), the DOM counters (Memory.getDOMCounters: documents, nodes, JS event
//     listeners) and the live instances of the element class (Runtime.queryObjects) are recorded.
// Run alone: `node scripts/bench-scale.mjs` measures only this and rewrites its section in benchmarks/results.md
// and its figures in benchmarks/results.json (the other sections stay as they are); `--render-only` re-renders the
// section from results.json without measuring; `--before` measures only the big page and keeps it as the "before"
// row beside the next runs' (build the old code first, then run it). BENCH_SCALE_WIDGETS, BENCH_SCALE_CYCLES and
// BENCH_SCALE_RUNS change the sizes.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';
import {ROOT, startServer} from './serve.mjs';

const WIDGETS = Number(process.env.BENCH_SCALE_WIDGETS ?? 500);
const CYCLES = Number(process.env.BENCH_SCALE_CYCLES ?? 1000);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const CHECKPOINTS = [0, 100, 250, 500, 750, 1000].filter((n) => n <= CYCLES);
if (!CHECKPOINTS.includes(CYCLES)) CHECKPOINTS.push(CYCLES);
/** Share of each kind on the big page: mostly the small widgets a listing page repeats, some whole profiles. */
const MIX = [
  {tag: 'wage-range', share: 0.45},
  {tag: 'skill-list', share: 0.45},
  {tag: 'career-profile', share: 0.1},
];
const REGIONS = ['US', 'MN', 'TX', 'CA', 'NY', 'WA'];
/** BENCH_SCALE_TIMEOUT (ms, up to 60,000): each widget's `timeout` on the big page, for a machine so loaded that the
 *  default 10 s per request runs out and widgets end in their error state (the run then fails). */
const WIDGET_TIMEOUT = process.env.BENCH_SCALE_TIMEOUT ?? '';
const TIMEOUT_MS = 180_000;
const MB = 1024 * 1024;

/** `n` occupation codes spread evenly over the O*NET occupations of the index (each file is real data). */
function spreadCodes(n) {
  const index = JSON.parse(readFileSync(join(ROOT, 'data', 'v1', 'index.json'), 'utf8'));
  const onet = index.occupations.filter((o) => o.kind === 'onet');
  return Array.from({length: n}, (_, i) => onet[Math.floor((i * onet.length) / n) % onet.length].code);
}

const html = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:16px;max-width:960px}</style></head>
<body>
${body}
<script type="module" src="/dist/career-widgets.js"></script>
</body></html>
`;

/** The big page's markup: WIDGETS widgets of the MIX, interleaved, over as many occupations as there are widgets. */
function bigPage(count) {
  const codes = spreadCodes(count);
  const tags = [];
  for (const {tag, share} of MIX) for (let i = 0; i < Math.round(count * share); i++) tags.push(tag);
  tags.length = count;
  // Interleave the kinds (a profile every ten widgets), as a real listing page would mix them.
  tags.sort((a, b) => MIX.findIndex((m) => m.tag === a) - MIX.findIndex((m) => m.tag === b));
  const order = Array.from({length: count}, (_, i) => tags[(i * 7919) % count] ?? 'wage-range');
  const body = order
    .map(
      (tag, i) => `<${tag} occupation="${codes[i]}" region="${REGIONS[i % REGIONS.length]}"${WIDGET_TIMEOUT ? ` timeout="${WIDGET_TIMEOUT}"` : ''}></${tag}>`,
    )
    .join('\n');
  const counts = Object.fromEntries(MIX.map(({tag}) => [tag, order.filter((t) => t === tag).length]));
  return {markup: html(`${count} widgets`, body), counts, occupations: new Set(codes).size};
}

/** In the page: resolves when every top-level widget has finished (complete or empty), or on an error/timeout. */
function waitForAll({tags, timeout}) {
  return new Promise((resolve) => {
    const hosts = [...document.querySelectorAll(tags.join(','))];
    const start = performance.now();
    const tick = () => {
      const states = hosts.map((h) => h.getAttribute('data-state'));
      const failed = states.indexOf('error');
      if (failed >= 0) return done(`error: <${hosts[failed].localName} occupation="${hosts[failed].getAttribute('occupation')}">`);
      if (states.every((s) => s === 'complete' || s === 'empty')) return done(null);
      if (performance.now() - start > timeout) return done(`timeout: ${states.filter((s) => s !== 'complete' && s !== 'empty').length} unfinished`);
      setTimeout(tick, 20);
    };
    const done = (problem) => requestAnimationFrame(() => requestAnimationFrame(() => resolve({problem, ms: performance.now(), widgets: hosts.length})));
    tick();
  });
}

/** Forces GC (twice: finalizers free more on the second pass) and reads heap and DOM counters. */
async function sample(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize, totalSize} = await cdp.send('Runtime.getHeapUsage');
  const {documents, nodes, jsEventListeners} = await cdp.send('Memory.getDOMCounters');
  return {heapUsed: usedSize, heapTotal: totalSize, documents, nodes, jsEventListeners};
}

/** Live objects of a custom element's class (its prototype chain), after the GC `sample` forced. */
async function liveInstances(tab, tag) {
  const proto = await tab.evaluateHandle((t) => customElements.get(t).prototype, tag);
  const found = await tab.queryObjects(proto);
  const count = await tab.evaluate((list) => list.length, found);
  await Promise.all([proto.dispose(), found.dispose()]);
  return count;
}

async function newTab(browser) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage({type: 'window'}).catch(() => context.newPage());
  await tab.setViewport({width: 1280, height: 900});
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const cdp = await tab.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  return {context, tab, cdp, errors};
}

async function measurePage(browser, url, counts) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const {context, tab, cdp, errors} = await newTab(browser);
    try {
      const requests = {total: 0, data: 0, bytes: 0};
      tab.on('requestfinished', (request) => {
        requests.total++;
        if (request.url().endsWith('.json')) requests.data++;
        const length = Number(request.response()?.headers()['content-length'] ?? 0);
        requests.bytes += length;
      });
      await cdp.send('Performance.enable');
      await tab.goto(url, {waitUntil: 'load', timeout: TIMEOUT_MS});
      const result = await tab.evaluate(waitForAll, {tags: Object.keys(counts), timeout: TIMEOUT_MS});
      if (errors.length) result.problem ??= `page error: ${errors[0]}`;
      if (result.problem) throw new Error(result.problem);
      // The page's main-thread work (seconds, summed by Chromium): unlike the wall time, little moved by other load.
      const {metrics} = await cdp.send('Performance.getMetrics');
      const metric = (name) => Math.round(1000 * (metrics.find((m) => m.name === name)?.value ?? 0));
      const mainThread = {
        taskMs: metric('TaskDuration'),
        scriptMs: metric('ScriptDuration'),
        styleMs: metric('RecalcStyleDuration'),
        layoutMs: metric('LayoutDuration'),
      };
      const memory = await sample(cdp);
      runs.push({ms: result.ms, widgets: result.widgets, requests, mainThread, ...memory});
      console.log(
        `  ${result.widgets} widgets: ${result.ms.toFixed(0)} ms (main thread ${mainThread.taskMs} ms: style ${mainThread.styleMs}, layout ${mainThread.layoutMs}, script ${mainThread.scriptMs}), heap ${(memory.heapUsed / MB).toFixed(1)} MB, ${memory.nodes} nodes, ${requests.total} requests`,
      );
    } finally {
      await context.close();
    }
  }
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return {...sorted[Math.floor(sorted.length / 2)], runsMs: runs.map((r) => Math.round(r.ms))};
}

/** In the page: mounts and removes `count` widgets one after another, each once it has finished loading. */
function mountCycles({tag, from, count, codes, regions}) {
  const host = document.getElementById('host');
  const one = (i) =>
    new Promise((resolve, reject) => {
      const el = document.createElement(tag);
      el.setAttribute('occupation', codes[i % codes.length]);
      el.setAttribute('region', regions[i % regions.length]);
      const timer = setTimeout(() => reject(new Error(`cycle ${i}: <${tag}> still ${el.dataset.state} after 20 s`)), 20_000);
      const check = () => {
        const state = el.dataset.state;
        if (state === 'complete' || state === 'empty') {
          clearTimeout(timer);
          el.remove();
          resolve();
        } else if (state === 'error') {
          clearTimeout(timer);
          reject(new Error(`cycle ${i}: <${tag}> error`));
        } else setTimeout(check, 2);
      };
      host.append(el);
      check();
    });
  return (async () => {
    for (let i = from; i < from + count; i++) await one(i);
    await new Promise((resolve) => setTimeout(resolve, 100)); // timers and observers of the last one
  })();
}

async function measureCycles(browser, url, tag, codes) {
  const {context, tab, cdp, errors} = await newTab(browser);
  try {
    await tab.goto(url, {waitUntil: 'load', timeout: TIMEOUT_MS});
    await tab.evaluate((t) => customElements.whenDefined(t), tag);
    // Warm-up: every code's file, the element chunks, Chart.js and the style sheets, loaded once for good.
    await tab.evaluate(mountCycles, {tag, from: 0, count: codes.length, codes, regions: REGIONS});
    const series = [];
    let done = 0;
    const started = Date.now();
    for (const checkpoint of CHECKPOINTS) {
      if (checkpoint > done) await tab.evaluate(mountCycles, {tag, from: done, count: checkpoint - done, codes, regions: REGIONS});
      done = checkpoint;
      const point = {cycles: done, ...(await sample(cdp)), instances: await liveInstances(tab, tag)};
      series.push(point);
      console.log(
        `  <${tag}> ${String(done).padStart(5)} cycles: heap ${(point.heapUsed / MB).toFixed(2)} MB, ${point.jsEventListeners} listeners, ${point.nodes} nodes, ${point.documents} documents, ${point.instances} live instances`,
      );
    }
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    const first = series[0];
    const last = series.at(-1);
    return {
      tag,
      series,
      msPerCycle: (Date.now() - started) / CYCLES,
      growth: {
        heapBytes: last.heapUsed - first.heapUsed,
        jsEventListeners: last.jsEventListeners - first.jsEventListeners,
        nodes: last.nodes - first.nodes,
        documents: last.documents - first.documents,
        instances: last.instances - first.instances,
      },
    };
  } finally {
    await context.close();
  }
}

/**
 * Both measurements against the built bundle in `dist/`, served by `server` (scripts/serve.mjs) from the repo
 * root; pages are written to `tmp` (a folder under the root). Returns plain figures for results.json.
 */
export async function measureScale(server, tmp = join(ROOT, '.bench-tmp'), options = {}) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (error) {
    return {skipped: `puppeteer-core is not installed (${error.message})`};
  }
  if (!existsSync(join(ROOT, 'dist', 'career-widgets.js'))) return {skipped: 'dist/career-widgets.js is missing (npm run build)'};
  mkdirSync(tmp, {recursive: true});
  const base = `http://localhost:${server.port}/${tmp.slice(ROOT.length + 1)}/`;
  const big = bigPage(WIDGETS);
  writeFileSync(join(tmp, 'scale-page.html'), big.markup);
  writeFileSync(join(tmp, 'scale-cycles.html'), html('mount cycles', '<div id="host"></div>'));
  const loadBefore = loadavg()[0];
  const browser = await puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
  try {
    const page = {...(await measurePage(browser, `${base}scale-page.html`, big.counts)), mix: big.counts, occupations: big.occupations};
    if (options.pageOnly)
      return {
        chromium: await browser.version(),
        loadAverage1m: {before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2))},
        runs: RUNS,
        widgetTimeout: WIDGET_TIMEOUT,
        page,
      };
    const codes = spreadCodes(12);
    const cycles = [];
    for (const tag of ['wage-range', 'career-profile']) cycles.push(await measureCycles(browser, `${base}scale-cycles.html`, tag, codes));
    const loadAverage1m = {before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2))};
    return {chromium: await browser.version(), loadAverage1m, runs: RUNS, widgetTimeout: WIDGET_TIMEOUT, page, cycles, cycleCount: CYCLES, codes};
  } finally {
    await browser.close();
  }
}

const mb = (bytes) => (bytes / MB).toFixed(2);
const signed = (value, digits = 0) => `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;

/** The "Scale and leaks" section of benchmarks/results.md, from the figures measureScale returned. */
export function scaleSection(scale) {
  const lines = ['', '## Scale and leaks', ''];
  if (!scale || scale.skipped) return [...lines, `Not run: ${scale?.skipped ?? 'no figures (run npm run bench)'}.`];
  const {page} = scale;
  const mix = Object.entries(page.mix)
    .map(([tag, n]) => `${n} \`<${tag}>\``)
    .join(', ');
  lines.push(
    `**${page.widgets} widgets on one page** (${mix}; ${page.occupations} occupations spread over the index, six regions), built bundle,`,
    `cold cache, no throttling, in ${scale.chromium}. Time from navigation start until every widget reports \`data-state\` complete`,
    `(or empty) and the next frame, median of ${scale.runs} runs (${page.runsMs.join(', ')} ms); memory after a forced GC (DevTools protocol).`,
    ...(scale.widgetTimeout
      ? [`Each widget has \`timeout="${scale.widgetTimeout}"\` (BENCH_SCALE_TIMEOUT): with the default 10 s, requests ran out on this loaded machine.`]
      : []),
    scale.loadAverage1m
      ? `Times depend on the machine's load (1-minute load average ${scale.loadAverage1m.before} before, ${scale.loadAverage1m.after} after this part); memory and counts do not.`
      : "Times depend on the machine's load; memory and counts do not.",
    '',
    "Main thread: what Chromium counts as the page's own work until then (`Performance.getMetrics`: all tasks, of which",
    "style recalculation, layout and script), a figure other processes' load moves far less than the wall time.",
    '',
    '| build | widgets | time to all complete (ms) | main thread (ms) | style (ms) | layout (ms) | script (ms) | JS heap used (MB) | DOM nodes | JS event listeners | requests (data files) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...[
      [scale.before?.label, scale.before?.page],
      ['this one', page],
    ]
      .filter(([, p]) => p)
      .map(([label, p]) => {
        const t = p.mainThread ?? {};
        const ms = (v) => (v === undefined ? 'n/a' : v.toLocaleString('en-US'));
        return `| ${label} | ${p.widgets} | ${p.ms.toFixed(0)} | ${ms(t.taskMs)} | ${ms(t.styleMs)} | ${ms(t.layoutMs)} | ${ms(t.scriptMs)} | ${mb(p.heapUsed)} | ${p.nodes.toLocaleString('en-US')} | ${p.jsEventListeners.toLocaleString('en-US')} | ${p.requests.total} (${p.requests.data}) |`;
      }),
    ...(scale.before
      ? [
          '',
          `Before: ${scale.before.label}, measured ${scale.before.when} (load average ${scale.before.loadAverage1m.before} before, ${scale.before.loadAverage1m.after} after; runs ${scale.before.page.runsMs.join(', ')} ms).`,
        ]
      : []),
    '',
    `Target (issue "Many widgets"): all ${page.widgets} complete within 3,000 ms. **${page.ms <= 3000 ? 'Met' : 'Not met'} in this run** (${page.ms.toFixed(0)} ms at a load average of ${scale.loadAverage1m?.before ?? 'n/a'} on ${cpus().length} cores)` +
      (scale.before
        ? `; ${(scale.before.page.ms / page.ms).toFixed(1)}× faster than the before build's wall time and ${(scale.before.page.mainThread.taskMs / page.mainThread.taskMs).toFixed(1)}× less main-thread work, measured on the same machine.`
        : '.'),
    '',
    `**${scale.cycleCount.toLocaleString('en-US')} mount/unmount cycles** of each element (created with an occupation and region, appended, removed once`,
    `finished; ${scale.codes.length} occupations in turn, after one warm-up round). At each checkpoint GC is forced`,
    '(`HeapProfiler.collectGarbage`) and the heap used (`Runtime.getHeapUsage`), `Memory.getDOMCounters` and the live',
    'instances of the element class (`Runtime.queryObjects`) are read. `tests/scale/mount-cycles.test.ts` asserts the same',
    'flatness with a tolerance on every `npm test` (Chromium).',
    '',
    '| element | cycles | JS heap used (MB) | JS event listeners | DOM nodes | documents | live instances |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const run of scale.cycles) {
    for (const p of run.series) {
      lines.push(`| \`<${run.tag}>\` | ${p.cycles} | ${mb(p.heapUsed)} | ${p.jsEventListeners} | ${p.nodes} | ${p.documents} | ${p.instances} |`);
    }
  }
  lines.push(
    '',
    'Growth over all cycles, and from cycle 100 on: the first hundred add a one-time megabyte or so (optimised code,',
    'inline caches, formatter caches), after which the heap stays flat.',
    '',
    '| element | ms per cycle | heap growth (MB) | heap growth from cycle 100 (MB) | listeners | nodes | documents | live instances |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const {tag, msPerCycle, growth: g, series} of scale.cycles) {
    const settled = series.find((p) => p.cycles === 100);
    const steady = settled && settled !== series.at(-1) ? signed((series.at(-1).heapUsed - settled.heapUsed) / MB, 2) : 'n/a';
    lines.push(
      `| \`<${tag}>\` | ${msPerCycle.toFixed(1)} | ${signed(g.heapBytes / MB, 2)} | ${steady} | ${signed(g.jsEventListeners)} | ${signed(g.nodes)} | ${signed(g.documents)} | ${signed(g.instances)} |`,
    );
  }
  return lines;
}

// Alone: measure, store under `scale` in results.json, and put the section into results.md where bench.mjs puts it
// (before "## Search"), leaving the other sections as they are.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = join(ROOT, 'benchmarks', 'results.json');
  const results = JSON.parse(readFileSync(json, 'utf8'));
  // --render-only: rewrite the section from the figures already in results.json.
  if (!process.argv.includes('--render-only')) {
    const server = await startServer({root: ROOT, port: 0});
    try {
      if (process.argv.includes('--before')) {
        const before = await measureScale(server, undefined, {pageOnly: true});
        const label = process.env.BENCH_SCALE_BEFORE_LABEL ?? 'before';
        results.scale = {...results.scale, before: {label, when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', ...before}};
      } else {
        results.scale = {...(await measureScale(server)), before: results.scale?.before};
      }
    } finally {
      await server.close();
      if (!process.env.BENCH_KEEP) rmSync(join(ROOT, '.bench-tmp'), {recursive: true, force: true});
    }
  }
  const {scale} = results;
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const md = join(ROOT, 'benchmarks', 'results.md');
  const section = `${scaleSection(scale).join('\n').trim()}\n\n`;
  const before = readFileSync(md, 'utf8');
  const old = /## Scale and leaks\n[\s\S]*?(?=## )/.exec(before);
  const text = before.replace(/## Scale and leaks\n[\s\S]*?(?=## )/, '');
  // Where it was; else before "## Search".
  const at = old ? old.index : text.indexOf('## Search');
  writeFileSync(md, at >= 0 ? text.slice(0, at) + section + text.slice(at) : `${text.trimEnd()}\n\n${section}`);
  console.log('Wrote the scale figures to benchmarks/results.json and benchmarks/results.md');
}
