import {VERSION} from './version.js';

interface Registry {
  version: string;
  warned: boolean;
}

const KEY = Symbol.for('career-widgets.registry');

/** Element modules the script-tag bundle loads on demand, by tag (see src/bundle.ts). */
const lazy = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<unknown>>();

/** Tags whose code loads on demand. */
export const lazyTags = (): string[] => [...lazy.keys()];

/** Declares element modules to load when their tag is first used (the script-tag bundle's entry does). */
export function defineLazy(loaders: Record<string, () => Promise<unknown>>): void {
  for (const [tag, load] of Object.entries(loaders)) lazy.set(tag, load);
}

/** Loads (once) the code of a lazily defined element; resolves when the tag is defined. */
export function loadElement(tag: string): Promise<unknown> {
  const load = lazy.get(tag);
  if (!load || customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = load();
    loading.set(tag, pending);
    pending.catch(() => loading.delete(tag)); // offline: a later use tries again
  }
  return pending;
}
type GlobalWithRegistry = typeof globalThis & {[KEY]?: Registry};

/**
 * Registers a custom element unless the tag is taken. The script may be loaded twice (a CMS include plus a
 * theme include), or two versions may meet on one page: the first copy wins, later ones are ignored, and a
 * version mismatch is warned about once per page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const global = globalThis as GlobalWithRegistry;
  const registry = (global[KEY] ??= {version: VERSION, warned: false});
  if (registry.version !== VERSION && !registry.warned) {
    registry.warned = true;
    console.warn(`[career-widgets] ${VERSION} loaded on a page that already has ${registry.version}; the first copy's elements are used.`);
  }
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another script may define the same tag between our check and our call; anything else is a real bug.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
  }
}
