import {provideFiles} from '../data/dataset.js';
import {datasetUrlFor} from './dataset-source.js';
import {SEED_SELECTOR} from './take-over-hook.js';

/*
 * The dataset files a pre-rendered page carries, written by the pre-renderer after the content:
 * `<script type="application/json" data-career-widgets-seed>{"version": "…", "source": "", "files": {"meta.json": …}}</script>`,
 * one per dataset (`source` as the widgets' attribute names it; empty: the page's default). The widgets taking
 * over read their data from it instead of downloading it again; it is validated like a downloaded file.
 */

const read = new WeakSet<Element>();
/** The files of the seeds read so far, by dataset URL, the latest first: a page may carry several of one dataset. */
const seeded = new Map<string, Record<string, unknown>[]>();
let warned = false;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Gives the data layer the files of every seed in the page not read yet. */
export function readSeeds(root: ParentNode = document): void {
  for (const script of root.querySelectorAll(SEED_SELECTOR)) {
    if (read.has(script)) continue;
    read.add(script);
    try {
      const seed: unknown = JSON.parse(script.textContent ?? '');
      if (!isRecord(seed) || !isRecord(seed.files)) throw new Error('no "files" object');
      const files = seed.files;
      const url = datasetUrlFor(typeof seed.source === 'string' ? seed.source : '');
      let all = seeded.get(url);
      if (!all) {
        const list: Record<string, unknown>[] = (all = []);
        seeded.set(url, list);
        provideFiles(url, (path) => list.find((each) => Object.hasOwn(each, path))?.[path]);
      }
      all.unshift(files);
    } catch (error) {
      // The widgets then download their data, as on any page.
      if (!warned) console.warn(`[career-widgets] a pre-rendered page's inline data could not be read: ${(error as Error)?.message ?? error}`);
      warned = true;
    }
  }
}
