// Two builds from src/:
//  1. dist/career-widgets.js  one-script-tag bundle: one minified ES module with Lit inside;
//                             only the dynamic import('chart.js') splits off to dist/chunks/.
//  2. dist/esm/               npm package build for sites with their own bundler: one module per
//                             source file, lit / @lit/task / chart.js left as imports, not minified.
// Both rewrite the dataset path so the code finds dist/data/ (a byte-identical copy of data/v1/).
// Type declarations (dist/types/) come from `tsc -p tsconfig.build.json` in `npm run build`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { copyDataset, datasetPath, sizeBudget, tolerateDuplicateLitPolicy } from './scripts/rollup-plugins.mjs';

const OUT = 'dist';
const TARGET = 'es2022';
/** Entry module (without Chart.js) budget, gzip bytes. */
const ENTRY_GZIP_LIMIT = 25_000;

if (!process.env.ROLLUP_WATCH) rmSync(OUT, { recursive: true, force: true });

/** `src/elements/<tag>/<tag>.ts` for every element folder. */
function elementInputs() {
  const root = 'src/elements';
  if (!existsSync(root)) return {};
  const inputs = {};
  for (const tag of readdirSync(root).sort()) {
    const file = `${root}/${tag}/${tag}.ts`;
    if (existsSync(file)) inputs[`elements/${tag}/${tag}`] = file;
  }
  return inputs;
}

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
    input: { 'career-widgets': 'src/index.ts' },
    // A lazily loaded element (see src/internal/lazy-define.ts) imports Lit and the shared machinery from the
    // entry itself: letting the entry export those too keeps the script tag one module with no static imports.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      datasetPath({ outRoot: OUT }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      tolerateDuplicateLitPolicy(),
      esbuildPlugin(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      sizeBudget({ entryGzipLimit: ENTRY_GZIP_LIMIT, label: 'script-tag bundle' }),
      copyDataset({ from: 'data/v1', to: `${OUT}/data` }),
    ],
    output: {
      dir: OUT,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      // Lit and Chart.js are clean; anything else deserves attention but THIS_IS_UNDEFINED is noise.
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
  {
    input: { index: 'src/index.ts', ...elementInputs() },
    external: (id) => /^(lit|@lit\/|@lit-labs\/|chart\.js)(\/|$)/.test(id),
    plugins: [datasetPath({ outRoot: OUT }), nodeResolve({ browser: true }), esbuildPlugin()],
    output: {
      dir: `${OUT}/esm`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
];
