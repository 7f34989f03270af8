/**
 * Registers an element whose code is fetched only once a page uses it, so the one-script-tag entry stays small
 * for the many pages that never show it (as Chart.js is fetched only for a chart). The tag is looked for in the
 * document when the script runs and whenever nodes are added; the element module then registers itself through
 * `defineElement` as usual. Until it arrives, and if it cannot load (offline, a CSP that blocks the chunk), the
 * host's fallback content inside the tag shows. An element created inside another element's shadow root is not
 * seen: such a page imports the element module itself.
 */
export function defineLazily(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag); // live: checking it on every mutation is cheap
  let observer: MutationObserver | undefined;
  const start = () => {
    observer?.disconnect();
    load().catch((error: unknown) => console.warn(`[career-widgets] <${tag}> could not be loaded: ${String((error as Error)?.message ?? error)}`));
  };
  if (found.length) return start();
  observer = new MutationObserver(() => {
    if (found.length) start();
  });
  observer.observe(document, {childList: true, subtree: true});
}
