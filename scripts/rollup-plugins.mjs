// Small rollup plugins used by rollup.config.mjs. Each one fails the build loudly
// instead of silently producing a bundle that cannot find its data.
import {createHash} from 'node:crypto';
import {chmodSync, cpSync, existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {transform, transformSync} from 'esbuild';
import MagicString from 'magic-string';

const MARKER = '__CAREER_WIDGETS_DATASET_PATH__';

/**
 * Rewrites the dataset path constant in `src/data/dataset-url.ts`.
 *
 * From source the constant is `'../../data/v1/'` relative to the module's own
 * `import.meta.url`. In a build the dataset lives in `dist/data/`, so the path is
 * recomputed from wherever that module ends up (the bundle entry, a chunk, or a
 * preserved module in `dist/esm/`) to `<outRoot>/data/`.
 *
 * Fails when the module is missing from the graph or the token is not in it.
 *
 * @param {{ module?: string, token?: string, outRoot: string, dataDir?: string }} options
 *   outRoot: the folder that holds `data/` (e.g. `dist`); `dir` of the output must be inside it.
 */
export function datasetPath({module = 'src/data/dataset-url.ts', token = '../../data/v1/', outRoot, dataDir = 'data'}) {
  let seen = false;
  const literal = new RegExp(`(['"\`])${token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g');
  return {
    name: 'career-widgets:dataset-path',
    buildStart() {
      seen = false;
    },
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(module)) return null;
      seen = true;
      const hits = code.match(literal)?.length ?? 0;
      if (hits !== 1) {
        this.error(
          `dataset-path: expected exactly one '${token}' string literal in ${module}, found ${hits}. ` +
            'The built bundle would not find its dataset; update scripts/rollup-plugins.mjs with the new token.',
        );
      }
      return {code: code.replace(literal, `$1${MARKER}$1`), map: null};
    },
    buildEnd(error) {
      if (!error && !seen) {
        this.error(`dataset-path: ${module} is not part of the build; the dataset path cannot be rewritten.`);
      }
    },
    renderChunk(code, chunk, outputOptions) {
      if (!code.includes(MARKER)) return null;
      const outDir = outputOptions.dir;
      const chunkDir = dirname(join(outDir, chunk.fileName));
      const rel = relative(chunkDir, join(outRoot, dataDir)).split('\\').join('/');
      const path = rel === '' ? './' : rel.startsWith('../') ? `${rel}/` : `./${rel}/`;
      return {code: code.replaceAll(MARKER, path), map: null};
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.code.includes(MARKER)) {
          this.error(`dataset-path: ${file.fileName} still contains the dataset path marker.`);
        }
      }
    },
  };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Prints raw and gzip sizes of every chunk and fails when the entry chunk passes
 * `entryGzipLimit` bytes gzip. Also checks the script-tag shape: the entry has no
 * static imports (one ES module) and does not contain Chart.js (which must stay lazy).
 *
 * @param {{ entryGzipLimit: number, label?: string, lazyOnly?: RegExp }} options
 */
export function sizeBudget({entryGzipLimit, label = 'bundle', lazyOnly = /[\\/]node_modules[\\/](chart\.js|@kurkle)[\\/]/}) {
  return {
    name: 'career-widgets:size-budget',
    generateBundle(_options, bundle) {
      const rows = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gzip = gzipSync(file.code, {level: 9}).length;
        rows.push({file: file.fileName, entry: file.isEntry, raw, gzip});
        if (file.isEntry) {
          if (file.imports.length > 0) {
            this.error(
              `size-budget: entry ${file.fileName} statically imports ${file.imports.join(', ')}; ` +
                'the script-tag bundle must be one ES module (only dynamic imports may split).',
            );
          }
          const eager = Object.keys(file.modules).filter((id) => lazyOnly.test(id));
          if (eager.length > 0) {
            this.error(
              `size-budget: entry ${file.fileName} contains ${eager.length} Chart.js module(s) ` +
                `(e.g. ${eager[0]}); Chart.js must only be reached through a dynamic import().`,
            );
          }
        }
      }
      rows.sort((a, b) => Number(b.entry) - Number(a.entry) || a.file.localeCompare(b.file));
      const width = Math.max(...rows.map((r) => r.file.length), 10);
      console.log(`\n${label} sizes (gzip level 9):`);
      for (const r of rows) {
        console.log(`  ${r.file.padEnd(width)}  ${kb(r.raw).padStart(9)} raw  ${kb(r.gzip).padStart(8)} gzip  ${r.entry ? 'entry' : 'lazy chunk'}`);
      }
      const over = rows.filter((r) => r.entry && r.gzip > entryGzipLimit);
      for (const r of over) {
        this.error(`size-budget: ${r.file} is ${kb(r.gzip)} gzip, over the ${kb(entryGzipLimit)} budget for the entry (Chart.js excluded).`);
      }
      const entry = rows.find((r) => r.entry);
      if (entry) console.log(`  entry budget: ${kb(entry.gzip)} of ${kb(entryGzipLimit)} gzip\n`);
    },
  };
}

function listFiles(root, dir = root) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(root, path));
    else out.push(relative(root, path));
  }
  return out.sort();
}

const digest = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Copies the dataset folder byte for byte next to the bundle (e.g. data/v1 -> dist/data)
 * and verifies every file's hash afterwards.
 *
 * @param {{ from: string, to: string }} options
 */
export function copyDataset({from, to}) {
  return {
    name: 'career-widgets:copy-dataset',
    writeBundle() {
      if (!existsSync(from)) {
        this.error(`copy-dataset: ${from} does not exist; run \`npm run data\` to build the dataset first.`);
      }
      cpSync(from, to, {recursive: true, force: true});
      const files = listFiles(from);
      for (const file of files) {
        if (digest(join(from, file)) !== digest(join(to, file))) {
          this.error(`copy-dataset: ${join(to, file)} differs from ${join(from, file)} after copying.`);
        }
      }
      console.log(`copied ${files.length} dataset files: ${from}/ -> ${to}/`);
    },
  };
}

/**
 * Lets the script-tag bundle be evaluated twice on a page that enforces Trusted Types. Lit creates a policy
 * named "lit-html" when its module runs; under `trusted-types lit-html` (no 'allow-duplicates') a second copy's
 * createPolicy throws and kills that copy's whole bundle with an uncaught error in the host page. The second
 * copy never renders (registration is guarded, the first copy's elements are used), so it can go without a
 * policy. Fails the build if Lit's code changes shape.
 */
export function tolerateDuplicateLitPolicy() {
  const CALL = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
  let patched = 0;
  return {
    name: 'tolerate-duplicate-lit-policy',
    buildStart() {
      patched = 0;
    },
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!CALL.test(code)) this.error(`tolerate-duplicate-lit-policy: Lit's policy creation not found in ${id}; check the Lit upgrade.`);
      patched += 1;
      return {
        // The first copy marks the page; later copies skip the call (no CSP violation report at all), and a
        // policy taken by someone else's Lit is caught instead of thrown.
        code: code.replace(
          CALL,
          '((f,o)=>{const k=Symbol.for("career-widgets.lit-policy");if(globalThis[k])return void 0;' +
            'try{const p=f.createPolicy("lit-html",o);globalThis[k]=1;return p}catch{return void 0}})($1,$2)',
        ),
        map: null,
      };
    },
    buildEnd() {
      if (patched !== 1) this.error(`tolerate-duplicate-lit-policy: expected to patch lit-html once, patched ${patched} times.`);
    },
  };
}

/**
 * The tags of src/elements/registry.ts (the one list of elements), read at build time: the registry imports
 * nothing, so it is transpiled on its own and evaluated here. Fails if it ever imports something, or lists a tag
 * without its module (`src/elements/<tag>/<tag>.ts`).
 *
 * @param {{ registry?: string, root?: string }} options
 * @returns {Promise<string[]>} the tags, sorted
 */
export async function registryTags({registry = 'src/elements/registry.ts', root = 'src/elements'} = {}) {
  const {code} = await transform(readFileSync(registry, 'utf8'), {loader: 'ts', format: 'esm'});
  if (/^\s*(import|export\s+(\*|\{[^}]*\})\s+from)\b/m.test(code)) {
    throw new Error(`${registry} imports a module at run time; the build reads it on its own, so it must import nothing (types only).`);
  }
  const {ELEMENTS} = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const tags = Object.keys(ELEMENTS ?? {}).sort();
  if (!tags.length) throw new Error(`${registry} lists no element (export const ELEMENTS = {...}).`);
  for (const tag of tags) {
    if (!existsSync(join(root, tag, `${tag}.ts`))) throw new Error(`${registry} lists <${tag}>, but ${root}/${tag}/${tag}.ts does not exist.`);
  }
  return tags;
}

/**
 * The virtual module `career-widgets:elements` for src/bundle.ts: `{tag: () => import(module)}` for every element
 * of the registry (src/elements/registry.ts), its module being `src/elements/<tag>/<tag>.ts`. An element chunk
 * imports chunks of its own (a nested element, helpers shared with other elements); left to the browser, those are
 * requested only once the element chunk has arrived and been parsed: a second and third round trip. So the loader
 * also requests them at once, in parallel: their file names (hashed) are known only when the bundle is rendered,
 * so the module holds a marker that `renderChunk` replaces with the map of each element chunk's static imports
 * (transitively, the entry excepted).
 *
 * Place this plugin after the minifier: it edits the final code (with a source map of the edit).
 *
 * @param {{ registry?: string, root?: string }} options
 */
export function elementLoaders({registry = 'src/elements/registry.ts', root = 'src/elements'} = {}) {
  const ID = 'career-widgets:elements';
  const RESOLVED = `\0${ID}`;
  const DEPS_MARKER = '__CAREER_WIDGETS_ELEMENT_CHUNKS__';
  const base = join(process.cwd(), root);
  const file = (tag) => join(base, tag, `${tag}.ts`);
  return {
    name: 'career-widgets:element-loaders',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(join(process.cwd(), registry));
      let tags;
      try {
        tags = await registryTags({registry, root});
      } catch (error) {
        this.error(`element-loaders: ${error.message}`);
      }
      for (const tag of tags) this.addWatchFile(file(tag));
      const entries = tags.map((tag) => `${JSON.stringify(tag)}: () => (preload(${JSON.stringify(tag)}), import(${JSON.stringify(file(tag))}))`);
      return [
        `const chunks = JSON.parse(${JSON.stringify(DEPS_MARKER)});`,
        // A failed preload is not an error here: the element chunk's own import of that file reports it.
        `const preload = (tag) => (chunks[tag] ?? []).forEach((path) => import(new URL(path, import.meta.url).href).catch(() => {}));`,
        `export default {\n${entries.join(',\n')}\n};`,
      ].join('\n');
    },
    renderChunk(code, chunk, _options, meta) {
      if (!chunk.moduleIds.includes(RESOLVED)) return null;
      const all = Object.values(meta.chunks);
      const byFile = new Map(all.map((c) => [c.fileName, c]));
      const map = {};
      for (const c of all) {
        const tag = c.name;
        if (!c.moduleIds.includes(file(tag))) continue; // not an element chunk
        const seen = new Set();
        const visit = (name) => {
          for (const imported of byFile.get(name)?.imports ?? []) {
            if (imported === chunk.fileName || seen.has(imported)) continue;
            seen.add(imported);
            visit(imported);
          }
        };
        visit(c.fileName);
        if (seen.size) map[tag] = [...seen].map((name) => relative(dirname(chunk.fileName), name).replaceAll('\\', '/'));
      }
      const literal = new RegExp(`(["'\`])${DEPS_MARKER}\\1`);
      const found = literal.exec(code);
      if (!found) this.error('element-loaders: the chunk map marker is missing from the rendered entry');
      const edit = new MagicString(code);
      edit.overwrite(found.index, found.index + found[0].length, JSON.stringify(JSON.stringify(map)));
      return {code: edit.toString(), map: edit.generateMap({hires: true})};
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`...` templates of our own sources with esbuild's CSS minifier (which terser,
 * minifying the JavaScript around them, leaves as they are). Templates with `${}` are left alone: their pieces are
 * not whole style sheets. esbuild is told to keep the CSS as written for every browser (no lowering), so only
 * whitespace, comments and equivalent shorter spellings change.
 * @returns {import('rollup').Plugin}
 */
export function minifyCss() {
  // charset utf8 keeps `content: '▸ '` as written (esbuild would escape it as `\25b8`); what it returns goes back
  // into a template literal, so backslashes, backticks and `${` are escaped for the template's cooked text.
  const minify = (text) =>
    transformSync(text, {loader: 'css', minify: true, target: 'esnext', charset: 'utf8', logLevel: 'silent'})
      .code.trim()
      .replace(/[`\\]|\$\{/g, (m) => `\\${m}`);
  return {
    name: 'career-widgets:minify-css',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      // A template with a backslash is left alone too: its source text is not yet the CSS the browser reads.
      const out = code.replace(/\bcss`([^`$\\]*)`/g, (_, text) => `css\`${minify(text)}\``);
      return out === code ? null : {code: out, map: null};
    },
  };
}

/**
 * Marks written files executable (the `career-widgets` command, dist/esm/ssr/cli.js): npm does so when it installs
 * the package, but `npx career-widgets` in this repository runs the build output as it is.
 * @param {{ files: string[] }} options  paths relative to the output folder
 */
export function executable({files}) {
  return {
    name: 'career-widgets:executable',
    writeBundle(options) {
      for (const file of files) chmodSync(join(options.dir, file), 0o755);
    },
  };
}
