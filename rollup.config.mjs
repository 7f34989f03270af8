// Two builds from src/:
//  1. dist/career-widgets.js  one-script-tag bundle: one minified ES module with Lit, the data layer and the
//                             base element; each element, Chart.js, auto-mount and structured data are chunks in
//                             dist/chunks/ reached only through dynamic import() when a page uses them.
//  3. dist/builder/prerender-worker.js  the embed builder's pre-renderer: src/ssr in a Web Worker, with Lit's
//                             server build (no DOM there either); loaded only when the builder shows that snippet.
//  2. dist/esm/               npm package build for sites with their own bundler: one module per
//                             source file, lit / @lit/task / chart.js left as imports, not minified (CSS aside:
//                             pre-rendered pages carry it); also the Node-only pre-renderer (ssr/: the
//                             `career-widgets/ssr` API and the `career-widgets` command), which no browser build reaches.
// Both rewrite the dataset path so the code finds dist/data/ (a byte-identical copy of data/v1/).
// Type declarations (dist/types/) come from `tsc -p tsconfig.build.json` in `npm run build`.
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {
  copyDataset,
  datasetPath,
  elementLoaders,
  executable,
  minifyCss,
  registryTags,
  sizeBudget,
  tolerateDuplicateLitPolicy,
} from './scripts/rollup-plugins.mjs';

const OUT = 'dist';
const TARGET = 'es2022';
/** Entry module (without Chart.js) budget, gzip bytes: issue 8's target. The entry holds Lit, the base element,
 *  the data layer without its validators, and the English strings every element shows; strings only some elements
 *  show (messages/<name>.ts) travel in their chunks; everything else is a chunk. */
const ENTRY_GZIP_LIMIT = 20_000;

if (!process.env.ROLLUP_WATCH) rmSync(OUT, {recursive: true, force: true});

/** `src/elements/<tag>/<tag>.ts` for every element of the registry (src/elements/registry.ts). */
const elementInputs = Object.fromEntries((await registryTags()).map((tag) => [`elements/${tag}/${tag}`, `src/elements/${tag}/${tag}.ts`]));

/** A chunk named after the element module it holds (`src/elements/<tag>/<tag>.ts`). */
const isElementChunk = (chunk) => chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/src/elements/${chunk.name}/${chunk.name}.ts`));

const esbuildPlugin = () =>
  esbuild({
    tsconfig: 'tsconfig.json', // experimentalDecorators + useDefineForClassFields: false
    target: TARGET,
    sourceMap: true,
    minify: false,
  });

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    // The script-tag entry holds the shared code; each element's code is a chunk loaded when its tag is used.
    input: {'career-widgets': 'src/bundle.ts'},
    // Lazy chunks (auto-mount, structured data, a language's messages, the host-catalog reader) use modules of the entry: let the entry export them to the chunks
    // instead of Rollup turning it into a facade that statically imports a shared chunk (a second request).
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      datasetPath({outRoot: OUT}),
      nodeResolve({browser: true, exportConditions: ['production']}),
      tolerateDuplicateLitPolicy(),
      minifyCss(),
      esbuildPlugin(),
      terser({ecma: 2020, module: true, compress: {passes: 2}, format: {comments: false}}),
      elementLoaders(), // after terser: it writes the element chunks' file names into the final entry
      sizeBudget({entryGzipLimit: ENTRY_GZIP_LIMIT, label: 'script-tag bundle'}),
      copyDataset({from: 'data/v1', to: `${OUT}/data`}),
    ],
    output: {
      dir: OUT,
      format: 'es',
      entryFileNames: '[name].js',
      // Element chunks keep a stable name (dist/elements/<tag>.js) so a page can `modulepreload` the element it
      // uses (the embed builder's snippet does); like the entry, they are versioned by the URL the host loads from.
      chunkFileNames: (chunk) => (isElementChunk(chunk) ? 'elements/[name].js' : 'chunks/[name]-[hash].js'),
      // A tiny helper shared by two elements would otherwise be a chunk of its own, fetched only after the element
      // chunk that imports it arrived: merge such chunks into their importers (one round trip per element).
      experimentalMinChunkSize: 1_000,
      sourcemap: true,
    },
    onwarn(warning, warn) {
      // Lit and Chart.js are clean; anything else deserves attention but THIS_IS_UNDEFINED is noise.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
  {
    input: {index: 'src/index.ts', 'ssr/index': 'src/ssr/index.ts', 'ssr/cli': 'src/ssr/cli.ts', ...elementInputs},
    // Scoped names need their package part too: `@lit/` alone left @lit/task bundled into dist/esm/node_modules.
    external: (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|chart\.js|parse5)(\/|$)/.test(id) || id.startsWith('node:'),
    plugins: [datasetPath({outRoot: OUT}), nodeResolve({browser: true}), minifyCss(), esbuildPlugin(), executable({files: ['ssr/cli.js']})],
    output: {
      dir: `${OUT}/esm`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    input: {'builder/prerender-worker': 'src/ssr/builder-worker.ts'},
    plugins: [
      datasetPath({outRoot: OUT}),
      // ...except Lit's hydration helpers, whose server build needs Node's Buffer: their browser build computes
      // the same template digests with btoa.
      {
        name: 'ssr-client-browser-build',
        resolveId(id) {
          const match = /^@lit-labs\/ssr-client(\/.*)?$/.exec(id);
          return match ? fileURLToPath(new URL(`./node_modules/@lit-labs/ssr-client${match[1] ?? '/index.js'}`, import.meta.url)) : null;
        },
      },
      // Lit's server build (isServer), as in Node; nothing else here has a server build.
      nodeResolve({browser: false, exportConditions: ['node', 'production']}),
      minifyCss(),
      esbuildPlugin(),
      terser({ecma: 2020, module: true, format: {comments: false}}),
    ],
    output: {dir: OUT, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'builder/chunks/[name]-[hash].js', sourcemap: true},
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
];
