import {isElementTag, specOf} from '../elements/registry.js';
import {lazyTags, loadElement} from '../internal/define.js';
import {prefetchData, whenNoDataLoading} from '../internal/prefetch.js';
import {MOUNT_SELECTOR} from './selector.js';

/*
 * The part of auto-mount that is always in the entry: it only notices CMS-safe markup
 * (`<div data-career-widget="career-profile" data-occupation="29-2072">`) and loads the upgrader when some exists,
 * so a page without such markup pays one `querySelector` and a MutationObserver that looks at added elements.
 */

type Upgrader = typeof import('./auto-mount.js');
let upgrader: Promise<Upgrader> | undefined;

function mountIn(roots: ParentNode[]): void {
  upgrader ??= import('./auto-mount.js');
  upgrader
    .then(({mount}) => roots.forEach(mount))
    .catch((error: unknown) => {
      upgrader = undefined; // a failed chunk load (offline) may be retried by later markup
      console.warn('[career-widgets] could not load auto-mount:', error);
    });
}

const has = (root: ParentNode, selector: string) => (root instanceof Element && root.matches(selector)) || root.querySelector(selector) !== null;

/** `root` itself and its descendants that match `selector`. */
const matching = (root: ParentNode, selector: string): Element[] => [
  ...(root instanceof Element && root.matches(selector) ? [root] : []),
  ...root.querySelectorAll(selector),
];

/**
 * Loads the code of every lazily loaded element used in `root` (with, in parallel, the data of those that name
 * their occupation or program), and the upgrader for its placeholders. Returns the code loads it started.
 */
function scan(root: ParentNode, tags: string[], any: string): Promise<unknown>[] {
  if (!has(root, any)) return []; // the common case on a busy page: one native match, nothing of ours
  const loads: Promise<unknown>[] = [];
  for (const tag of tags) {
    if (customElements.get(tag)) continue;
    const elements = matching(root, tag);
    if (!elements.length) continue;
    loads.push(loadElement(tag).catch(warnLoad));
    const data = isElementTag(tag) ? specOf(tag).data : undefined;
    for (const element of elements) prefetchData(element, data);
  }
  if (has(root, MOUNT_SELECTOR)) mountIn([root]);
  return loads;
}

const warnLoad = (error: unknown) => console.warn('[career-widgets] could not load an element:', error);

/**
 * Loads the elements the page uses and upgrades placeholders, for markup already in the page and any added later
 * (page builders, tabs, infinite scroll). A tag used only inside another component's shadow root is invisible to
 * the observer: every lazy element is therefore also loaded once the page is idle, so such a tag still upgrades.
 */
export function watchForMarkup(doc: Document = document): void {
  const tags = lazyTags();
  const any = [MOUNT_SELECTOR, ...tags].join(',');
  const first = scan(doc, tags, any);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element, tags, any));
  }).observe(doc, {childList: true, subtree: true});
  // Only once the page's own widgets have their code and their data: on a phone, chunks nobody asked for yet would
  // take bandwidth from the ones on screen (a search's first titles, which the visitor may type into at once).
  const loadAll = () => tags.forEach((tag) => void loadElement(tag).catch(warnLoad));
  if (tags.length) void Promise.all(first).then(() => whenIdle(() => void whenNoDataLoading().then(loadAll)));
}

function whenIdle(task: () => void): void {
  const idle = (globalThis as {requestIdleCallback?: (cb: () => void, options: {timeout: number}) => void}).requestIdleCallback;
  if (idle) idle(task, {timeout: 5000});
  else setTimeout(task, 3000);
}
