/**
 * Virtual module of the script-tag build (scripts/rollup-plugins.mjs `elementLoaders`): for every element of the
 * registry (src/elements/registry.ts), its tag and a function that imports its module (and, in parallel, the
 * elements it nests).
 */
declare module 'career-widgets:elements' {
  import type {ElementTag} from './elements/registry.js';
  const loaders: Record<ElementTag, () => Promise<unknown>>;
  export default loaders;
}
