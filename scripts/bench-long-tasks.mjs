// Long tasks, for `npm run bench` (scripts/bench.mjs calls measureLongTasks and renders longTasksSection):
// the longest task the page runs (Long Tasks API, `longtask` entries, Chromium) while
//  1. a <career-profile> reads the host's own content (an overlay) of 1 MB, 1.9 MB (under its 2 MB cap), 4 and 7.9 MB (refused), by URL, against
//     the same page without an overlay (what the profile itself costs), until the profile shows the host's content;
//  2. 1,000 widgets are added to a page over time (an infinite-scroll listing: 50 every 100 ms), as CMS placeholders
//     (`<div data-career-widget>`) and as plain tags, and all at once, until every one has rendered.
// Median of RUNS runs, each in a fresh browser context (cold cache), 1280x900, no throttling. Beside each task's
// duration (wall clock, what a visitor waits) the page's main thread is traced for the CPU time of its longest task
// (the trace's thread time): on a loaded machine a task waits for a core and its wall time grows with the load, while
// its CPU time stays near what an idle desktop would take. The browser tests
// assert the behaviour behind these figures (work in slices: tests/scale/slices.test.ts, tests/data/overlay.test.ts);
// times belong here, not in tests.
// Run alone: `node scripts/bench-long-tasks.mjs` measures only this and rewrites its section ("## Long tasks") in
// benchmarks/results.md and its figures (`longTasks`) in benchmarks/results.json; `--render-only` re-renders the
// section from results.json. BENCH_LONG_RUNS changes the run count; BENCH_LONG_PARTS=overlay (or widgets) measures
// one part and keeps the other's figures.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';
import {ROOT, startServer} from './serve.mjs';

const RUNS = Number(process.env.BENCH_LONG_RUNS ?? 3);
const PARTS = (process.env.BENCH_LONG_PARTS ?? 'overlay widgets').split(/[\s,]+/);
/** Sizes of overlay: under the 2 MB cap (src/data/overlay.ts), just under it, and over it (refused, with its error). */
const OVERLAY_MB = [1, 1.9, 4, 7.9];
const WIDGETS = 1000;
const BATCH = 50;
const BATCH_EVERY_MS = 100;
const TIMEOUT_MS = 120_000;
/** Where a long task starts to hurt: Lighthouse flags third-party code blocking the main thread this long. */
const LIMIT_MS = 200;

const index = () => JSON.parse(readFileSync(join(ROOT, 'data', 'v1', 'index.json'), 'utf8'));

/** A valid overlay of about `mb` MB: 50 programs and a note for each of as many occupations as it takes. */
function overlayOf(mb) {
  const codes = [
    '29-2072.00',
    ...index()
      .occupations.map((o) => o.code)
      .filter((c) => c !== '29-2072.00'),
  ];
  const occupations = {};
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024 && i < codes.length; i++) {
    const programs = Array.from({length: 50}, (_, j) => ({
      name: `Program ${j + 1} for ${codes[i]}: a realistic name of some length`,
      credential: 'Associate of Applied Science (AAS)',
      length: '2 years (60 credits)',
      cost: '$12,400 tuition and fees',
      delivery: 'Online with a local practicum',
      url: `https://college.example.edu/programs/${codes[i]}/${j + 1}`,
    }));
    occupations[codes[i]] = {programs, notes: ['Graduates of our programs work across the region.']};
    size += JSON.stringify(occupations[codes[i]]).length;
  }
  return JSON.stringify({overlayVersion: 1, host: {name: 'Bench College', url: 'https://college.example.edu/'}, occupations});
}

/** Records every long task from the start (buffered), for the measurement to read. */
const OBSERVER = `<script>window.__longTasks=[];new PerformanceObserver((list)=>{for(const e of list.getEntries())window.__longTasks.push(e.duration)}).observe({type:'longtask',buffered:true});</script>`;

const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${OBSERVER}${head}
<style>body{font-family:system-ui,sans-serif;margin:16px;max-width:960px}</style></head>
<body>
${body}
<script type="module" src="/dist/career-widgets.js"></script>
</body></html>
`;

/** In the page: adds the widgets as placeholders or tags, in batches over time or at once. */
function addWidgets({codes, placeholders, batch, every}) {
  const host = document.getElementById('list');
  const tags = ['wage-range', 'skill-list'];
  const markup = (i) =>
    placeholders
      ? `<div data-career-widget="${tags[i % 2]}" data-occupation="${codes[i]}" data-chart="none"><p>Fallback ${i}</p></div>`
      : `<${tags[i % 2]} occupation="${codes[i]}" chart="none"><p>Fallback ${i}</p></${tags[i % 2]}>`;
  let added = 0;
  return new Promise((resolve) => {
    const step = () => {
      const end = Math.min(codes.length, added + batch);
      let html = '';
      for (; added < end; added++) html += markup(added);
      host.insertAdjacentHTML('beforeend', html);
      if (added < codes.length) setTimeout(step, every);
      else resolve();
    };
    step();
  });
}

/**
 * In the page: until every widget in #list has finished (complete, empty, or an error: on a loaded machine a few of a
 * thousand requests may pass the 10 s timeout); resolves with {problem, errors}.
 */
function allRendered({count, timeout}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const tick = () => {
      const states = [...document.querySelectorAll('#list > *')].map((el) => el.getAttribute('data-state'));
      const done = states.filter((s) => s === 'complete' || s === 'empty' || s === 'error').length;
      const errors = states.filter((s) => s === 'error').length;
      if (done === count) return setTimeout(() => resolve({problem: null, errors}), 500);
      if (performance.now() - start > timeout) return resolve({problem: `timeout: ${done} of ${count} finished`, errors});
      setTimeout(tick, 50);
    };
    tick();
  });
}

async function newTab(browser) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage({type: 'window'}).catch(() => context.newPage());
  await tab.setViewport({width: 1280, height: 900});
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  return {context, tab, errors};
}

const summary = ({tasks, cpu}) => ({
  longest: Math.round(Math.max(0, ...tasks)),
  over200: tasks.filter((d) => d > LIMIT_MS).length,
  count: tasks.length,
  ...cpu,
});

/** Trace categories: top-level tasks with their thread (CPU) time, and which renderer shows which page. */
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline'];

/**
 * From a trace: the CPU time (thread time) of the longest task on the main thread of the renderer that shows a
 * page under `base`, and how many tasks took over LIMIT_MS of it.
 */
function cpuOfLongestTask(trace, base) {
  const events = trace.traceEvents ?? trace;
  const frames = events.flatMap((e) =>
    e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : e.name === 'FrameCommittedInBrowser' ? [e.args?.data ?? {}] : [],
  );
  const pids = new Set(frames.filter((f) => f.url?.startsWith(base)).map((f) => f.processId));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid));
  if (!main) return {};
  // `RunTask` holds the whole task, its microtasks included (which `ThreadControllerImpl::RunTask` leaves out).
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined)
    .map((e) => e.tdur / 1000);
  return {longestCpu: Math.round(Math.max(0, ...tasks)), over200Cpu: tasks.filter((d) => d > LIMIT_MS).length};
}

/** Runs `measure()` with the tab traced; returns its long task durations and the CPU figures of the trace. */
async function traced(tab, base, measure) {
  await tab.tracing.start({categories: TRACE_CATEGORIES});
  let tasks;
  try {
    tasks = await measure();
  } catch (error) {
    await tab.tracing.stop().catch(() => undefined);
    throw error;
  }
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  return {tasks, cpu: cpuOfLongestTask(trace, base)};
}

/** Median (by the longest task) of RUNS runs of `run(tab)`, which returns the page's long task durations. */
async function medianOf(browser, label, run) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const {context, tab, errors} = await newTab(browser);
    try {
      const tasks = await run(tab);
      if (errors.length) throw new Error(`page error: ${errors[0]}`);
      runs.push(summary(tasks));
    } finally {
      await context.close();
    }
  }
  runs.sort((a, b) => a.longest - b.longest);
  const median = runs[Math.floor(runs.length / 2)];
  const cpu = median.longestCpu === undefined ? '' : `; CPU time of the longest ${median.longestCpu} ms (runs ${runs.map((r) => r.longestCpu).join(', ')})`;
  console.log(`  ${label}: longest task ${median.longest} ms (runs ${runs.map((r) => r.longest).join(', ')}), ${median.over200} over ${LIMIT_MS} ms${cpu}`);
  return {label, ...median, runs: runs.map((r) => r.longest), ...(median.longestCpu === undefined ? {} : {runsCpu: runs.map((r) => r.longestCpu)})};
}

async function overlayRun(tab, url) {
  return traced(tab, new URL('.', url).href, () => overlayShown(tab, url));
}

async function overlayShown(tab, url) {
  await tab.goto(url, {waitUntil: 'load', timeout: TIMEOUT_MS});
  await tab.waitForFunction(
    () => {
      const profile = document.querySelector('career-profile');
      const shown =
        profile?.dataset.state === 'complete' && (!profile.hasAttribute('overlay') || profile.shadowRoot.querySelector('[part~="host"], [part~="host-error"]'));
      return shown;
    },
    {timeout: TIMEOUT_MS, polling: 50},
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  return tab.evaluate(() => window.__longTasks);
}

async function widgetsRun(tab, url, options) {
  await tab.goto(url, {waitUntil: 'load', timeout: TIMEOUT_MS});
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300))); // the page's own start settles
  await tab.evaluate(() => (window.__longTasks = []));
  return traced(tab, new URL('.', url).href, async () => {
    await tab.evaluate(addWidgets, options);
    const {problem, errors} = await tab.evaluate(allRendered, {count: options.codes.length, timeout: TIMEOUT_MS});
    if (problem) throw new Error(problem);
    if (errors) console.log(`    (${errors} of ${options.codes.length} widgets showed an error, e.g. a request past its timeout)`);
    return tab.evaluate(() => window.__longTasks);
  });
}

/** Both measurements against the built bundle in `dist/`, served by `server` from the repo root; pages in `tmp`. */
export async function measureLongTasks(server, tmp = join(ROOT, '.bench-tmp')) {
  if (!tmp.endsWith('.bench-tmp')) throw new Error(`measureLongTasks: ${tmp} is not the served root's .bench-tmp`);
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (error) {
    return {skipped: `puppeteer-core is not installed (${error.message})`};
  }
  if (!existsSync(join(tmp, '..', 'dist', 'career-widgets.js'))) return {skipped: 'dist/career-widgets.js is missing (npm run build)'};
  mkdirSync(tmp, {recursive: true});
  const base = `http://localhost:${server.port}/.bench-tmp/`; // `tmp` is the served root's .bench-tmp
  const profile = (attributes = '') => `<career-profile occupation="29-2072" region="MN" sections="overview programs wages"${attributes}></career-profile>`;
  writeFileSync(join(tmp, 'long-profile.html'), page('profile', profile()));
  const overlays = [];
  for (const mb of OVERLAY_MB) {
    const json = overlayOf(mb);
    writeFileSync(join(tmp, `long-overlay-${mb}.json`), json);
    writeFileSync(join(tmp, `long-overlay-${mb}.html`), page(`overlay ${mb} MB`, profile(` overlay="long-overlay-${mb}.json"`)));
    overlays.push({mb, bytes: Buffer.byteLength(json)});
  }
  writeFileSync(join(tmp, 'long-list.html'), page('list', '<div id="list"></div>'));
  const codes = index()
    .occupations.filter((o) => o.kind === 'onet')
    .map((o) => o.code);
  const spread = Array.from({length: WIDGETS}, (_, i) => codes[Math.floor((i * codes.length) / WIDGETS) % codes.length]);

  const loadBefore = loadavg()[0];
  const browser = await puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
  try {
    const overlay = PARTS.includes('overlay') ? [await medianOf(browser, 'profile, no overlay', (tab) => overlayRun(tab, `${base}long-profile.html`))] : [];
    for (const {mb, bytes} of PARTS.includes('overlay') ? overlays : []) {
      const row = await medianOf(browser, `profile, overlay ${(bytes / 1048576).toFixed(1)} MB`, (tab) => overlayRun(tab, `${base}long-overlay-${mb}.html`));
      overlay.push({...row, bytes});
    }
    const widgets = [];
    for (const [label, placeholders, batch] of [
      [`${WIDGETS} placeholders, ${BATCH} every ${BATCH_EVERY_MS} ms`, true, BATCH],
      [`${WIDGETS} placeholders at once`, true, WIDGETS],
      [`${WIDGETS} tags, ${BATCH} every ${BATCH_EVERY_MS} ms`, false, BATCH],
      [`${WIDGETS} tags at once`, false, WIDGETS],
    ].filter(() => PARTS.includes('widgets'))) {
      widgets.push(
        await medianOf(browser, label, (tab) => widgetsRun(tab, `${base}long-list.html`, {codes: spread, placeholders, batch, every: BATCH_EVERY_MS})),
      );
    }
    const loadAverage1m = {before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2))};
    return {
      chromium: await browser.version(),
      loadAverage1m,
      runs: RUNS,
      limitMs: LIMIT_MS,
      ...(overlay.length ? {overlay} : {}),
      ...(widgets.length ? {widgets} : {}),
    };
  } finally {
    await browser.close();
  }
}

/** The "Long tasks" section of benchmarks/results.md, from the figures measureLongTasks returned. */
export function longTasksSection(figures) {
  const lines = ['', '## Long tasks', ''];
  if (!figures || figures.skipped) return [...lines, `Not run: ${figures?.skipped ?? 'no figures (run npm run bench)'}.`];
  const row = (r) => `| ${r.label} | ${r.longest} | ${r.longestCpu ?? '–'} | ${r.over200} | ${r.count} | ${r.runs.join(', ')} |`;
  const head = ['| page | longest task (ms) | its CPU time (ms) | tasks over 200 ms | long tasks | runs, longest (ms) |', '|---|---:|---:|---:|---:|---|'];
  lines.push(
    `The longest task on the page (Long Tasks API: wall time), built bundle, cold cache, no throttling, in ${figures.chromium},`,
    `median of ${figures.runs} run(s), and the CPU time of the longest task on the page's main thread (the trace's thread time:`,
    'what the task costs without waiting for a core; on a loaded machine wall times grow with the load, CPU times stay',
    `near an idle desktop's). Target: no task over ${figures.limitMs} ms caused by the widgets. How: an overlay's entries are validated,`,
    'CMS placeholders upgraded and widgets updated a slice at a time (at most 30 ms or 50 pieces of work per task,',
    '`src/data/slices.ts`), each slice its own task; reading and parsing an overlay is one task that cannot be split',
    '(about 25 ms of CPU per MB), so an overlay may be at most 2 MB (the 7.9 MB rows show why: the cap refuses them',
    "now, with a clear error). Times depend on the machine's load",
    figures.loadAverage1m
      ? `(1-minute load average ${figures.loadAverage1m.before} before, ${figures.loadAverage1m.after} after this part; 2 cores).`
      : '(2 cores).',
    '',
    '**The host\'s own content (overlay)**, by URL, on a `<career-profile sections="overview programs wages">`, until it shows:',
    '',
    ...head,
    ...(figures.overlay ?? []).map(row),
    '',
    `**${WIDGETS.toLocaleString('en-US')} widgets added to a page** (\`<wage-range chart="none">\` and \`<skill-list>\` by turns, over ${WIDGETS} occupations),`,
    'until every one has rendered:',
    '',
    ...head,
    ...(figures.widgets ?? []).map(row),
  );
  if (figures.before) {
    lines.push('', `Before (${figures.before.note}):`, '', ...head);
    lines.push(...[...(figures.before.overlay ?? []), ...(figures.before.widgets ?? [])].map(row));
  }
  return lines;
}

// Alone: measure, store under `longTasks` in results.json, and put the section into results.md before "## Search".
// `--as-before "note"` stores the figures as those of the code before a change (BENCH_ROOT: another checkout whose
// built dist/ to serve, e.g. main's), kept beside the current ones.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = join(ROOT, 'benchmarks', 'results.json');
  const results = JSON.parse(readFileSync(json, 'utf8'));
  const asBefore = process.argv.indexOf('--as-before');
  if (!process.argv.includes('--render-only')) {
    const root = process.env.BENCH_ROOT ?? ROOT;
    const server = await startServer({root, port: 0});
    try {
      const measured = await measureLongTasks(server, join(root, '.bench-tmp'));
      // A part not measured keeps its earlier figures (BENCH_LONG_PARTS).
      const previous = asBefore > 0 ? results.longTasks?.before : results.longTasks;
      const figures = {overlay: previous?.overlay ?? [], widgets: previous?.widgets ?? [], ...measured};
      if (asBefore > 0) results.longTasks = {...results.longTasks, before: {...figures, note: process.argv[asBefore + 1] ?? ''}};
      else results.longTasks = results.longTasks?.before ? {...figures, before: results.longTasks.before} : figures;
    } finally {
      await server.close();
      if (!process.env.BENCH_KEEP) rmSync(join(root, '.bench-tmp'), {recursive: true, force: true});
    }
  }
  const {longTasks} = results;
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const md = join(ROOT, 'benchmarks', 'results.md');
  const section = `${longTasksSection(longTasks).join('\n').trim()}\n\n`;
  const text = readFileSync(md, 'utf8').replace(/## Long tasks\n[\s\S]*?(?=## )/, '');
  const where = text.indexOf('## Search');
  writeFileSync(md, where >= 0 ? text.slice(0, where) + section + text.slice(where) : `${text.trimEnd()}\n\n${section}`);
  console.log('Wrote the long-task figures to benchmarks/results.json and benchmarks/results.md');
}
