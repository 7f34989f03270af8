// `node scripts/search-compare.mjs`: the title search against three well-kept search libraries, on the same
// ~58,000 titles and the query sets of benchmarks/search-queries.json, in Node. Writes benchmarks/search-libraries.md,
// which `npm run bench` copies into benchmarks/results.md.
//
// The libraries are not dependencies of the project (it uses none of them); install them for a run with
//   npm i --no-save minisearch@7 @leeoniya/ufuzzy@1 flexsearch@0.8
// A library that is not installed is reported as not measured. Needs `npm run build` (dist/esm, dist/chunks).
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {ROOT} from './serve.mjs';

const DATA = join(ROOT, 'data', 'v1');
const OUT = join(ROOT, 'benchmarks', 'search-libraries.md');
const queries = JSON.parse(readFileSync(join(ROOT, 'benchmarks', 'search-queries.json'), 'utf8'));
const typed = queries.typed.flatMap((q) => Array.from({length: q.length - 1}, (_, i) => q.slice(0, i + 2)));

const {TitleMatcher} = await import(join(ROOT, 'dist/esm/data/search.js'));
const {joinTokens, unpackTitles} = await import(join(ROOT, 'dist/esm/data/title-pack.js'));
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8'));
const search = JSON.parse(readFileSync(join(DATA, 'search.json'), 'utf8'));

// The same documents for every library: each occupation's own title, then its alternate titles.
const tokens = search.tokens.split('\n');
const docs = index.occupations.map((e, occ) => ({occ, text: e.title, own: true}));
const titles = unpackTitles(search.titles, tokens.length);
titles.occupation.forEach((occ, t) => {
  const ids = [...titles.ids.subarray(titles.start[t], titles.start[t + 1])];
  docs.push({occ, text: joinTokens(ids.map((n) => tokens[n])), own: false});
});
const prior = search.employment.map((e) => 1 + 0.05 * Math.log10(1 + (e ?? 0)));

/** Library hits (document, score; best first) -> occupations, best title each, with the same priors as ours. */
function group(hits, limit = 8) {
  const best = new Map();
  for (const {doc, score} of hits) {
    const d = docs[doc];
    const s = score * prior[d.occ] * (d.own ? 1.2 : 1);
    if (!best.has(d.occ) || s > best.get(d.occ)) best.set(d.occ, s);
  }
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([occ]) => index.occupations[occ].code);
}
const byRank = (ids, exactText) => ids.map((doc, r) => ({doc, score: (1 / (1 + r * 0.01)) * (docs[doc].text.toLowerCase() === exactText ? 2 : 1)}));

const STOP = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const terms = (s) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const stem = (w) =>
  w.length > 3
    ? w
        .replace(/ies$/, 'y')
        .replace(/(ch|sh|x|ss|z)es$/, '$1')
        .replace(/([^isu])s$/, '$1')
    : w;

async function optional(name) {
  try {
    return await import(name);
  } catch {
    return null;
  }
}

async function bundleSize(entry) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({stdin: {contents: entry, resolveDir: ROOT}, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent'});
  return gzipSync(result.outputFiles[0].contents, {level: 9}).length;
}

const candidates = [
  {
    name: 'career-widgets TitleMatcher (this project)',
    config: 'inverted index over token numbers; exact, prefix (word being typed), 1-2 typos (same first letter)',
    size: async () => {
      const chunks = join(ROOT, 'dist', 'chunks');
      const file = existsSync(chunks) && readdirSync(chunks).find((n) => n.startsWith('search-') && n.endsWith('.js'));
      return file ? gzipSync(readFileSync(join(chunks, file)), {level: 9}).length : null;
    },
    build: () => new TitleMatcher(index, search),
    search: (m, q) => m.search(q, {limit: 8}).hits.map((h) => h.entry.code),
  },
  {
    name: 'MiniSearch 7',
    module: 'minisearch',
    config: 'BM25; prefix on the last word, fuzzy 1 (4+ letters) / 2 (7+), AND then OR; same stemming and stop words',
    size: () => bundleSize("import MiniSearch from 'minisearch'; console.log(MiniSearch)"),
    build: (lib) => {
      const ms = new lib.default({fields: ['t'], idField: 'i', tokenize: terms, processTerm: (t) => (STOP.has(t) ? null : stem(t))});
      ms.addAll(docs.map((d, i) => ({i, t: d.text})));
      return ms;
    },
    search: (ms, q) => {
      const opts = {prefix: (t, i, all) => i === all.length - 1, fuzzy: (t) => (t.length > 6 ? 2 : t.length > 3 ? 1 : 0), weights: {fuzzy: 0.3, prefix: 0.5}};
      let hits = ms.search(q, {...opts, combineWith: 'AND'});
      if (!hits.length) hits = ms.search(q, {...opts, combineWith: 'OR'});
      return group(hits.slice(0, 2000).map((h) => ({doc: h.id, score: h.score})));
    },
  },
  {
    name: 'uFuzzy 1',
    module: '@leeoniya/ufuzzy',
    config: 'single-error mode (insert, substitute, transpose, delete), out-of-order terms, word-start left boundary',
    size: () => bundleSize("import uFuzzy from '@leeoniya/ufuzzy'; console.log(uFuzzy)"),
    build: (lib) => ({uf: new lib.default({intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1, interLft: 1}), hay: docs.map((d) => d.text)}),
    search: ({uf, hay}, q) => {
      if (q.trim().length < 2) return [];
      const [idxs, info, order] = uf.search(hay, q, 1, 1e4);
      if (!idxs?.length) return [];
      const ids = order ? order.map((o) => info.idx[o]) : idxs;
      return group(byRank(ids.slice(0, 3000), q.toLowerCase()));
    },
  },
  {
    name: 'FlexSearch 0.8',
    module: 'flexsearch',
    config: "Index, tokenize 'forward', encoder LatinBalance, suggest",
    size: () => bundleSize("import {Index} from 'flexsearch'; console.log(Index)"),
    build: (lib) => {
      const ix = new lib.Index({tokenize: 'forward', encoder: lib.Charset.LatinBalance, resolution: 9});
      docs.forEach((d, i) => ix.add(i, d.text));
      return ix;
    },
    search: (ix, q) => (q.trim().length < 2 ? [] : group(byRank(ix.search(q, {limit: 3000, suggest: true}), q.toLowerCase()))),
  },
];

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)];
const pct = (v, p) => [...v].sort((a, b) => a - b)[Math.floor(p * (v.length - 1))];

const rows = [];
for (const c of candidates) {
  const lib = c.module ? await optional(c.module) : {};
  if (!lib) {
    rows.push({name: c.name, config: c.config, skipped: `not installed (npm i --no-save ${c.module})`});
    console.log(`${c.name}: not installed`);
    continue;
  }
  const builds = [];
  let instance;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    instance = c.build(lib);
    builds.push(performance.now() - t);
  }
  const misses = [];
  for (const [q, expected] of queries.quality) {
    const got = c.search(instance, q).slice(0, 3);
    if (!expected.every((code) => got.includes(code))) misses.push(q);
  }
  const cold = [];
  const warm = [];
  for (let r = 0; r < 4; r++) {
    for (const q of typed) {
      const t = performance.now();
      c.search(instance, q);
      (r === 0 ? cold : warm).push(performance.now() - t);
    }
  }
  const row = {
    name: c.name,
    config: c.config,
    gzip: await c.size(),
    buildMs: median(builds),
    firstBuildMs: builds[0],
    quality: queries.quality.length - misses.length,
    misses,
    coldMedian: median(cold),
    coldP95: pct(cold, 0.95),
    median: median(warm),
    p95: pct(warm, 0.95),
    max: Math.max(...warm),
  };
  rows.push(row);
  console.log(
    `${c.name}: build ${row.buildMs.toFixed(0)} ms, quality ${row.quality}/${queries.quality.length}, keystroke median ${row.median.toFixed(2)} ms p95 ${row.p95.toFixed(2)} ms`,
  );
}

const f = (n, d = 1) => (n == null ? 'n/a' : n.toFixed(d));
const lines = [
  `Same ${docs.length.toLocaleString('en-US')} titles (occupation titles + alternate and reported titles), same query sets (\`benchmarks/search-queries.json\`), in Node ${process.version}; results grouped per occupation with the same employment prior. Quality: queries whose expected occupations are all in the first three results. Keystrokes: ${typed.length} prefixes of ${queries.typed.length} typed queries; "first pass" is the first run through them (cold caches and JIT), the rest the following three passes. Build: median of 3 (first build in brackets). Size: minified + gzip.`,
  '',
  '| search | config | size gzip kB | build ms | quality | keystroke median / p95 ms (first pass) | keystroke median / p95 / max ms |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows.map((r) =>
    r.skipped
      ? `| ${r.name} | ${r.config} | ${r.skipped} | | | | |`
      : `| ${r.name} | ${r.config} | ${f(r.gzip / 1000)} | ${f(r.buildMs, 0)} (${f(r.firstBuildMs, 0)}) | ${r.quality}/${queries.quality.length} | ${f(r.coldMedian, 2)} / ${f(r.coldP95, 2)} | ${f(r.median, 2)} / ${f(r.p95, 2)} / ${f(r.max, 1)} |`,
  ),
  '',
  ...rows.filter((r) => r.misses?.length).map((r) => `- ${r.name} misses: ${r.misses.map((q) => `“${q}”`).join(', ')}.`),
];
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`Wrote ${OUT.slice(ROOT.length + 1)}`);
