// When the search's first tier of titles loads: as soon as the box is in view, not once the page has finished
// loading. On a slow phone a visitor types the moment the page has loaded; waiting for the `load` event (and then
// an idle moment) left the first results waiting for the titles, the index and the matcher.
import {expect, waitUntil} from '@open-wc/testing';

/** A page whose `load` event waits 4 s for an image, with a search box in view (its code from the source tree). */
function slowLoadingPage(key: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>slow page</title></head><body>
<career-search source="/__fault/count/${key}/"></career-search>
<img alt="" src="/__fault/delay/4000/meta.json?image">
<script type="module" src="/src/elements/career-search/career-search.ts"></script>
</body></html>`;
}

describe('career-search: the first tier of titles', function () {
  this.timeout(30_000);

  it('is requested as soon as the box is in view, before the page has finished loading', async () => {
    const key = `before-load-${Date.now()}`;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 400px; border: 0';
    let loaded = false;
    frame.addEventListener('load', () => (loaded = true), {once: true});
    frame.srcdoc = slowLoadingPage(key);
    document.body.append(frame);
    try {
      const requested = () => (frame.contentWindow?.performance.getEntriesByType('resource') ?? []).map((e) => e.name).filter((n) => n.includes(`/${key}/`));
      await waitUntil(() => loaded || requested().some((n) => n.endsWith('/search-first.json')), 'neither the first tier nor the page arrived', {
        timeout: 20_000,
      });
      expect(loaded, `the first tier waited for the page's load event (requested before it: ${requested().join(', ') || 'nothing'})`).to.be.false;
      expect(frame.contentDocument!.readyState).not.to.equal('complete');
      // The first tier only: the rest of the titles (~240 KB) waits for the visitor to focus the box.
      expect(requested().some((n) => n.endsWith('/search.json'))).to.be.false;
      const search = frame.contentDocument!.querySelector('career-search')!;
      expect((search as HTMLElement).dataset.state).to.equal('idle');
    } finally {
      frame.remove();
    }
  });
});
