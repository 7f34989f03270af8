/**
 * Virtual module of the script-tag build (scripts/rollup-plugins.mjs `elementLoaders`): for every folder of
 * src/elements/, its tag and a function that imports its module (and, in parallel, the elements it nests).
 */
declare module 'career-widgets:elements' {
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
}
