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

const matches = (node: Node): node is Element =>
  node.nodeType === 1 && ((node as Element).matches(MOUNT_SELECTOR) || (node as Element).querySelector(MOUNT_SELECTOR) !== null);

/** Upgrades markup already in the page and any added later (page builders, tabs, infinite scroll). */
export function watchForMarkup(doc: Document = document): void {
  if (doc.querySelector(MOUNT_SELECTOR)) mountIn([doc]);
  new MutationObserver((records) => {
    const found: Element[] = [];
    for (const record of records) record.addedNodes.forEach((node) => matches(node) && found.push(node));
    if (found.length) mountIn(found);
  }).observe(doc, {childList: true, subtree: true});
}
