import {adoptStyles, type LitElement} from 'lit';
import {catalogKey} from './i18n.js';
import {resolveLang} from './locale.js';
import {readSeeds} from './seeds.js';
import {MARK, type Preparable, type TakeOverHooks} from './take-over-hook.js';
import {VERSION} from './version.js';

/**
 * The first node of a pre-rendered widget's shadow root: which version of the library rendered it, in which
 * language (catalog). Written by the pre-renderer (src/ssr), read here at take-over.
 */
export const prerenderMark = (lang: string): string => `${MARK}${VERSION} ${lang}`;

/** Lit's hydration support marks an element whose shadow root came with the page (stable across Lit's packages). */
type Hydratable = LitElement & {_$needsHydration?: boolean};

/** Widgets whose first update has waited; those of them whose pre-rendered content must be replaced, not adopted. */
const waited = new WeakSet<LitElement>();
const afresh = new WeakSet<LitElement>();

/** Runs the rest of the work in a task of its own, so that taking over twenty widgets is not one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Takes over a widget whose content a server pre-rendered (declarative shadow DOM). Its first update waits until it
 * can render at once what is already on show (its data, from the page's inline copy or else the network, and its
 * language's messages), so that Lit's hydration adopts the pre-rendered DOM with nothing to change: no flash, no
 * shift. Where the pre-rendered content cannot be adopted (rendered by another version of the library, or in another
 * language, or not matching the first render), the widget renders afresh in place, in the same frame.
 */
export const takeOver: TakeOverHooks = {
  beforeUpdate(host: Hydratable & Preparable) {
    if (!host._$needsHydration || waited.has(host)) return undefined;
    waited.add(host);
    return wait(host);
  },

  update(host: Hydratable, run: () => void) {
    const first = host._$needsHydration === true;
    if (!first || !afresh.has(host)) {
      try {
        run();
        return;
      } catch (error) {
        if (!first) throw error;
        console.warn(`[career-widgets] <${host.localName}>: the pre-rendered content does not match; rendering it afresh.`, error);
      }
    }
    const root = host.renderRoot as ShadowRoot;
    root.replaceChildren();
    delete (root as {_$litPart$?: unknown})._$litPart$;
    adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
    host._$needsHydration = false;
    run();
  },
};

async function wait(host: Hydratable & Preparable): Promise<void> {
  readSeeds();
  const ready = await host.prepare().catch(() => false);
  const mark = host.shadowRoot?.firstChild;
  // A top-level widget carries the mark; a nested one (`defer-hydration`) was vouched for by the widget it is in.
  const foreign = mark instanceof Comment && mark.data.startsWith(MARK) && mark.data !== prerenderMark(catalogKey(resolveLang(host)));
  if (!ready || foreign) afresh.add(host);
  await nextTask();
}
