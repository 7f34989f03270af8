/**
 * Runs `load` once, as soon as `element` comes into view: for the search's small first tier of titles (from the
 * entry while the search's code is on its way, and from the search itself), so it is there when the visitor
 * starts typing, even the moment the page has loaded. Waiting for the page's `load` event and then an idle moment
 * came too late on a slow phone: the visitor typed first, and the first results waited for the titles, the index
 * and the matcher to arrive. A search box far down a page nobody scrolls to fetches nothing. Returns a stop
 * function (the element was removed).
 */
export function whenVisible(element: Element, load: () => void): () => void {
  let observer: IntersectionObserver | undefined = new IntersectionObserver((entries) => {
    // An entry queued before a stop may still be delivered: `observer` is gone then.
    if (observer && entries.some((e) => e.isIntersecting)) {
      stop();
      load();
    }
  });
  const stop = () => {
    observer?.disconnect();
    observer = undefined;
  };
  observer.observe(element);
  return stop;
}
