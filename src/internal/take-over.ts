import {hydrate} from '@lit-labs/ssr-client';
import {adoptStyles, type LitElement} from 'lit';
import {catalogKey} from './i18n.js';
import {resolveLang} from './locale.js';
import {readSeeds} from './seeds.js';
import {MARK, type TakeOver, type TakingOver} from './take-over-hook.js';
import {VERSION} from './version.js';

/**
 * The first node of a pre-rendered widget's shadow root: which version of the library rendered it, in which
 * language (catalog). Written by the pre-renderer (src/ssr), read here.
 */
export const prerenderMark = (lang: string): string => `${MARK}${VERSION} ${lang}`;

/** Pre-rendered widgets whose first update is to come: adopting (hydrating) what is on show, or replacing it. */
const adopting = new WeakSet<LitElement>();
const replacing = new WeakSet<LitElement>();

/**
 * Pre-rendered widgets whose first update has run (adopted or rendered afresh): what a nested widget's take-over
 * waits for. Its enclosing widget's `updateComplete` is not enough: before that widget is defined it has none, and
 * how its update is scheduled (work slices) is not ours to rely on.
 */
const setUp = new WeakMap<Element, {done: Promise<void>; resolve: () => void}>();
const setUpOf = (host: Element) => {
  let entry = setUp.get(host);
  if (!entry) {
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    setUp.set(host, (entry = {done, resolve}));
  }
  return entry;
};

/** Runs the rest of the work in a task of its own, so that taking over twenty widgets is not one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Whether a shadow root holds Lit's SSR output (its part markers), not some other declarative shadow root. */
const holdsSsr = (root: ParentNode): boolean =>
  [...root.childNodes].some((node) => node instanceof Comment && (node.data.startsWith(MARK) || node.data.startsWith('lit-part')));

/**
 * The take-over of widgets whose content a server pre-rendered (declarative shadow DOM), a chunk loaded by the
 * first such widget. Its first update waits until it can render at once what is already on show (its data, from the
 * page's inline copy or else the network, and its language's messages), then Lit's hydration adopts the DOM on
 * show: nothing is re-created, nothing moves. Where it cannot be adopted (rendered by another version of the library
 * or in another language, or not matching the first render), the widget renders afresh in place, in one frame.
 * No global patch of Lit: each widget of this library drives its own take-over.
 */
export const takeOver: TakeOver = {
  async beforeUpdate(host) {
    readSeeds();
    const root = host.renderRoot as ShadowRoot;
    // A page's CSP without 'unsafe-inline' styles blocks the <style> in the pre-rendered HTML: the widget's own
    // styles are adopted instead (constructed style sheets, which no CSP blocks).
    if (!root.querySelector('style')?.sheet) adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
    // A widget nested in another's shadow root is hydrated with it (`defer-hydration` on it until then): the
    // enclosing widget's first update sets its properties (`.embedded`).
    // It waits until that widget's first update has run, so every engine takes the two over in the same order.
    const enclosing = (host.getRootNode() as ShadowRoot).host as Element | undefined;
    if (host.hasAttribute('defer-hydration') && enclosing) await setUpOf(enclosing).done;
    const ready = await host.prepare().catch(() => false);
    const mark = root.firstChild;
    const foreign = mark instanceof Comment && mark.data.startsWith(MARK) && mark.data !== prerenderMark(catalogKey(resolveLang(host)));
    (ready && !foreign && holdsSsr(root) && host.isConnected ? adopting : replacing).add(host);
    await nextTask();
  },

  update(host, run) {
    try {
      updateFirst(host, run);
    } finally {
      setUpOf(host).resolve();
    }
  },
};

/** A pre-rendered widget's first update: adopts what is on show, or renders afresh in its place. */
function updateFirst(host: TakingOver, run: () => void): void {
  const adopt = adopting.has(host);
  if (!adopt && !replacing.has(host)) return run();
  adopting.delete(host);
  replacing.delete(host);
  const root = host.renderRoot as ShadowRoot & {_$litPart$?: unknown};
  host.removeAttribute('defer-hydration');
  let afresh = !adopt;
  if (adopt) {
    try {
      hydrate(host.render(), root, host.renderOptions);
    } catch (error) {
      console.warn(`[career-widgets] <${host.localName}>: the pre-rendered content does not match; rendering it afresh.`, error);
      delete root._$litPart$;
      afresh = true;
    }
  }
  if (afresh) {
    // The pre-rendered styles go with the content: the widget's own are adopted instead.
    root.replaceChildren();
    adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
  }
  run(); // renders into the part hydration set up (values equal: nothing changes), or afresh
}
