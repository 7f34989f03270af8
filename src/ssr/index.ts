/**
 * career-widgets/ssr: pre-rendering for Node (a static-site generator, a publishing pipeline, a server). Not for
 * browsers: it reads the dataset from disk and uses Lit's SSR. See the README, "Pre-render".
 */
export {prerender, prerenderElement, prerenderPage, type PrerenderOptions, type PrerenderResult, type Skipped} from './prerender.js';
