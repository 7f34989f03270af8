import {lazyTags, loadElement} from '../internal/define.js';

/**
 * The part of auto-mount that is always in the entry: it only notices CMS-safe markup
 * (`<div data-career-widget="career-profile" data-occupation="29-2072">`) and loads the upgrader when some exists,
 * so a page without such markup pays one `querySelector` and a MutationObserver that looks at added elements.
 */
export const MOUNT_SELECTOR = '[data-career-widget]';

type Upgrader = typeof import('./auto-mount.js');
let upgrader: Promise<Upgrader> | undefined;

function mountIn(roots: ParentNode[]): void {
  upgrader ??= import('./auto-mount.js');
  upgrader.then(({mount}) => roots.forEach(mount)).catch((error: unknown) => {
    upgrader = undefined; // a failed chunk load (offline) may be retried by later markup
    console.warn('[career-widgets] could not load auto-mount:', error);
  });
}

const has = (root: ParentNode, selector: string) =>
  (root instanceof Element && root.matches(selector)) || root.querySelector(selector) !== null;

/** Loads the code of every lazily loaded element used in `root`, and the upgrader for its placeholders. */
function scan(root: ParentNode, tags: string[], any: string): void {
  if (!has(root, any)) return; // the common case on a busy page: one native match, nothing of ours
  for (const tag of tags) if (!customElements.get(tag) && has(root, tag)) void loadElement(tag).catch(warnLoad);
  if (has(root, MOUNT_SELECTOR)) mountIn([root]);
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
  scan(doc, tags, any);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element, tags, any));
  }).observe(doc, {childList: true, subtree: true});
  if (tags.length) {
    const idle = (globalThis as {requestIdleCallback?: (cb: () => void, options: {timeout: number}) => void}).requestIdleCallback;
    const later = () => tags.forEach((tag) => void loadElement(tag).catch(warnLoad));
    if (idle) idle(later, {timeout: 4000});
    else setTimeout(later, 2000);
  }
}
