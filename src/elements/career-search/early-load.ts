/**
 * Runs `load` once, when `element` is in view and the page has finished loading and is idle: for the search's
 * small first tier of titles, so it is there when the visitor starts typing without competing with the page's
 * own first paint (or being fetched at all for a search box far down a page nobody scrolls to). Returns a stop
 * function (the element was removed).
 */
export function whenVisibleAndIdle(element: Element, load: () => void): () => void {
  let stopped = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onLoad = () => afterLoad();
  const run = () => {
    if (!stopped) {
      stopped = true;
      load();
    }
  };
  const afterLoad = () => {
    window.removeEventListener('load', onLoad);
    if (stopped) return;
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, {timeout: 2000});
    else timer = setTimeout(run, 200);
  };
  const visible = () => {
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', onLoad);
  };
  let observer: IntersectionObserver | undefined;
  if (typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer?.disconnect();
      visible();
    });
    observer.observe(element);
  } else {
    visible();
  }
  return () => {
    stopped = true;
    observer?.disconnect();
    window.removeEventListener('load', onLoad);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
