// `npm run bench` (not part of npm test): writes benchmarks/results.md and benchmarks/results.json.
//  1. Sizes: raw + gzip of dist/career-widgets.js, each lazy chunk, and the dataset files a page loads
//     (meta, index, titles, the median-sized occupation file).
//  2. Render: N = 1 / 10 / 50 <career-profile> elements (different occupations from the dataset index)
//     until every host has data-state="complete" and the next frame is painted, against a static
//     HTML page with the same rendered markup (declarative shadow DOM + the same CSS, no script).
//     Median of RUNS runs each, in the same Chromium the tests use (CHROME_PATH or /usr/bin/chromium).
// Runs `npm run build` first when dist/ is missing. BENCH_RUNS=n changes the run count, BENCH_COUNTS=1,10 the page sizes; BENCH_KEEP=1 keeps
// the generated pages in .bench-tmp/. The render part reports why when it cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, startServer } from './serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'benchmarks');
const TMP = join(ROOT, '.bench-tmp');
const COUNTS = (process.env.BENCH_COUNTS ?? '1,10,50').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COMPLETE_TIMEOUT_MS = 60_000;


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
  const result = spawnSync(npm[0], [...npm.slice(1), 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; cannot benchmark');
}

function sizeOf(path, kind) {
  const bytes = readFileSync(path);
  return { file: rel(path), kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function measureSizes() {
  const rows = [sizeOf(join(DIST, 'career-widgets.js'), 'entry (script tag)')];
  const chunks = join(DIST, 'chunks');
  if (existsSync(chunks)) {
    for (const name of readdirSync(chunks).filter((n) => n.endsWith('.js')).sort()) {
      rows.push(sizeOf(join(chunks, name), 'lazy chunk'));
    }
  }
  const data = existsSync(join(DIST, 'data')) ? join(DIST, 'data') : join(ROOT, 'data', 'v1');
  for (const name of ['meta.json', 'index.json', 'titles.json']) {
    if (existsSync(join(data, name))) rows.push(sizeOf(join(data, name), 'dataset'));
  }
  const occupations = join(data, 'occupations');
  let dataset = null;
  if (existsSync(occupations)) {
    const files = readdirSync(occupations)
      .filter((n) => n.endsWith('.json'))
      .map((n) => ({ path: join(occupations, n), size: statSync(join(occupations, n)).size }))
      .sort((a, b) => a.size - b.size);
    if (files.length) {
      rows.push(sizeOf(files[Math.floor(files.length / 2)].path, `dataset (median of ${files.length} occupation files)`));
      rows.push(sizeOf(files[files.length - 1].path, 'dataset (largest occupation file)'));
      dataset = { occupationFiles: files.length, occupationBytesTotal: files.reduce((sum, f) => sum + f.size, 0) };
    }
  } else {
    console.warn(`no occupation files in ${rel(data)}/occupations: dataset sizes are incomplete`);
  }
  return { rows, dataset, languages: measureLanguages(rows) };
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
    return { files: present.map((p) => p.file), raw: present.reduce((s, p) => s + p.raw, 0), gzip: present.reduce((s, p) => s + p.gzip, 0) };
  };
  const plural = chunk('plural');
  return [
    { language: 'English (`en`, built in)', ...sum() },
    { language: 'Spanish (`es`, built in)', ...sum(chunk('es'), plural) },
    { language: 'host catalog: the demo\'s Somali sample (12 messages)', ...sum(chunk('host-catalog'), plural, file('demo/hosts/i18n/so.sample.json')) },
    { language: 'host catalog: every message and term (docs/i18n/template.json)', ...sum(chunk('host-catalog'), plural, file('docs/i18n/template.json')) },
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
  return Array.from({ length: n }, (_, i) => pool[Math.floor((i * pool.length) / n)].soc ?? pool[i].code);
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
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ problem, ms: performance.now() })));
    }
    for (const h of hosts) observer.observe(h, { attributes: true, attributeFilter: ['data-state'] });
    check();
  });
}

/** In the page: each host serialised with its (nested) shadow roots as declarative shadow DOM plus its CSS. */
function serialiseHosts() {
  const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const css = (root) =>
    root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const children = (node, raw) => [...node.childNodes].map((c) => ser(c, raw)).join('');
  function ser(node, raw = false) {
    if (node.nodeType === Node.TEXT_NODE) return raw ? node.data : text(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    if (tag === 'script') return '';
    const attrs = [...node.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('');
    if (VOID.has(tag)) return `<${tag}${attrs}>`;
    let inner = '';
    if (node.shadowRoot) {
      inner += `<template shadowrootmode="open"><style>${css(node.shadowRoot)}</style>${children(node.shadowRoot)}</template>`;
    }
    inner += tag === 'template' ? children(node.content) : children(node, tag === 'style');
    return `<${tag}${attrs}>${inner}</${tag}>`;
  }
  return [...document.querySelectorAll('career-profile')].map((h) => ser(h)).join('\n');
}

async function timePage(browser, url, kind) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage({ type: 'window' }).catch(() => context.newPage());
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(url, { waitUntil: 'load' });
    let result;
    if (kind === 'elements') {
      result = await tab.evaluate(waitForElements, COMPLETE_TIMEOUT_MS);
    } else {
      result = await tab.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve({ problem: null, ms: performance.now() })))),
      );
    }
    if (errors.length) result.problem = `page error: ${errors[0]}`;
    const html = kind === 'elements' && !result.problem ? await tab.evaluate(serialiseHosts) : null;
    return { ...result, html };
  } finally {
    await context.close();
  }
}

async function measureRender(server) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (error) {
    return { skipped: `puppeteer-core is not installed (${error.message})` };
  }
  if (!existsSync(join(ROOT, 'data', 'v1', 'index.json'))) return { skipped: 'data/v1/index.json is missing (run npm run data)' };
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath)) return { skipped: `no browser at ${executablePath} (set CHROME_PATH)` };

  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const chromium = await browser.version();
  const base = `http://localhost:${server.port}/.bench-tmp/`;
  const rows = [];
  try {
    // Is there anything to measure yet?
    writeFileSync(join(TMP, 'probe.html'), page('probe', '<script type="module" src="/dist/career-widgets.js"></script>'));
    const probe = await browser.newPage();
    await probe.goto(`${base}probe.html`, { waitUntil: 'load' });
    const defined = await probe.evaluate(() => Boolean(customElements.get('career-profile')));
    await probe.close();
    if (!defined) return { chromium, skipped: '<career-profile> is not defined by dist/career-widgets.js yet' };

    for (const n of COUNTS) {
      const codes = pickOccupations(n);
      const body = codes.map((code) => `<career-profile occupation="${code}"></career-profile>`).join('\n');
      writeFileSync(join(TMP, `elements-${n}.html`), page(`${n} elements`, `${body}\n<script type="module" src="/dist/career-widgets.js"></script>`));

      const warm = await timePage(browser, `${base}elements-${n}.html`, 'elements');
      if (warm.problem) return { chromium, rows, skipped: `N=${n}: elements never completed (${warm.problem})` };
      writeFileSync(join(TMP, `static-${n}.html`), page(`${n} static`, warm.html));

      const elements = [];
      const statics = [];
      for (let run = 0; run < RUNS; run += 1) {
        const e = await timePage(browser, `${base}elements-${n}.html`, 'elements');
        if (e.problem) return { chromium, rows, skipped: `N=${n}, run ${run + 1}: ${e.problem}` };
        elements.push(e.ms);
        statics.push((await timePage(browser, `${base}static-${n}.html`, 'static')).ms);
      }
      const row = { n, elementsMs: median(elements), staticMs: median(statics), runs: RUNS, elementsAll: elements, staticAll: statics };
      row.ratio = row.elementsMs / row.staticMs;
      rows.push(row);
      console.log(`  N=${String(n).padStart(2)}: elements ${row.elementsMs.toFixed(1)} ms, static ${row.staticMs.toFixed(1)} ms (x${row.ratio.toFixed(2)})`);
    }
    return { chromium, rows };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------- report

function markdown(results) {
  const { machine, sizes, render } = results;
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
    'gzip at level 9. The entry is what a page pays up front; Chart.js is a lazy chunk loaded only for charts.',
    '',
    '| file | kind | raw kB | gzip kB |',
    '|---|---|---:|---:|',
    ...sizes.rows.map((r) => `| \`${r.file}\` | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
  ];
  if (sizes.dataset) {
    lines.push('', `Dataset: ${sizes.dataset.occupationFiles} occupation files, ${kb(sizes.dataset.occupationBytesTotal)} kB in total (each page loads only the ones it shows).`);
  }
  if (sizes.languages) {
    lines.push(
      '',
      '## Languages',
      '',
      'What a page loads for its widgets\' language, on first use, beyond the entry (which holds English).',
      '',
      '| language | files loaded on first use | raw kB | gzip kB |',
      '|---|---|---:|---:|',
      ...sizes.languages.map((l) => `| ${l.language} | ${l.files.map((f) => `\`${f}\``).join(' + ') || 'none'} | ${kb(l.raw)} | ${kb(l.gzip)} |`),
    );
  }
  lines.push('', '## Render', '');
  if (render.rows?.length) {
    lines.push(
      `N \`<career-profile>\` elements until every host reports \`data-state="complete"\` and the next frame, against the same`,
      'rendered markup as static HTML (declarative shadow DOM, same CSS, no script). Time from navigation start;',
      `median of ${RUNS} runs each, fresh browser context per run, served from localhost.`,
      '',
      '| N | elements (ms) | static HTML (ms) | ratio |',
      '|---:|---:|---:|---:|',
      ...render.rows.map((r) => `| ${r.n} | ${r.elementsMs.toFixed(1)} | ${r.staticMs.toFixed(1)} | ${r.ratio.toFixed(2)}x |`),
    );
  }
  if (render.skipped) lines.push('', `Render benchmark not (fully) run: ${render.skipped}.`);
  return `${lines.join('\n')}\n`;
}

async function main() {
  const loadBefore = loadavg()[0];
  ensureBuilt();
  const sizes = measureSizes();
  console.log('Sizes (gzip level 9):');
  for (const r of sizes.rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} kB raw ${kb(r.gzip).padStart(7)} kB gzip`);

  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const server = await startServer({ root: ROOT, port: 0 });
  let render;
  try {
    console.log(`Render (median of ${RUNS}):`);
    render = await measureRender(server);
  } catch (error) {
    render = { skipped: `render benchmark failed: ${error.message}` };
  } finally {
    await server.close();
    if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true });
  }
  if (render.skipped) console.warn(`Render benchmark not (fully) run: ${render.skipped}`);
  if (!render.chromium) {
    const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
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
      loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) },
    },
    sizes,
    render,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, 'results.md'), markdown(results));
  console.log('Wrote benchmarks/results.md and benchmarks/results.json');
}

await main();
