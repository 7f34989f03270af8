// Custom-elements manifest (custom-elements.json at the repo root), generated from the
// elements' class JSDoc (@summary, @slot, @csspart, @cssprop, @event). Run via scripts/manifest.mjs.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  dev: false,
};
