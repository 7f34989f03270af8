// When the search's first tier of titles loads: as soon as the box is in view, not once the page has finished
// loading. On a slow phone a visitor types the moment the page has loaded; waiting for the `load` event (and then
// an idle moment) left the first results waiting for the titles, the index and the matcher.
import {expect, waitUntil} from '@open-wc/testing';

/** A page whose `load` event waits 4 s for an image, with a search box in view (its code from the source tree). */
function slowLoadingPage(key: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>slow page</title></head><body>
<career-search source="/__fault/count/${key}/"></career-search>
<img alt="" src="/__fault/delay/4000/meta.json?image">
<script type="module" src="/src/elements/career-search/career-search.ts"></script>
</body></html>`;
}

describe('career-search: the first tier of titles', function () {
  this.timeout(30_000);

  /** Opens the slow page in a frame; resolves with the dataset files it requested once `file` is among them or the page has loaded. */
  async function openUntil(file: string, lang = 'en') {
    const key = `before-load-${lang}-${Date.now()}`;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 400px; border: 0';
    let loaded = false;
    frame.addEventListener('load', () => (loaded = true), {once: true});
    frame.srcdoc = slowLoadingPage(key, lang);
    document.body.append(frame);
    const requested = () =>
      (frame.contentWindow?.performance.getEntriesByType('resource') ?? []).map((e) => e.name.split(`/${key}/`)[1]).filter((n): n is string => !!n);
    await waitUntil(() => loaded || requested().includes(file), `neither ${file} nor the page arrived`, {timeout: 20_000});
    return {frame, loaded, requested, search: frame.contentDocument!.querySelector<HTMLElement>('career-search')!};
  }

  it('is requested as soon as the box is in view, before the page has finished loading', async () => {
    const {frame, loaded, requested, search} = await openUntil('search-first.json');
    try {
      expect(loaded, `the first tier waited for the page's load event (requested before it: ${requested().join(', ') || 'nothing'})`).to.be.false;
      expect(frame.contentDocument!.readyState).not.to.equal('complete');
      // The first tier only: the rest of the titles (~240 KB) waits for the visitor to focus the box.
      expect(requested()).not.to.include('search.json');
      expect(search.dataset.state).to.equal('idle');
    } finally {
      frame.remove();
    }
  });

  it('in Spanish, comes with the Spanish words for jobs, once the Spanish catalog is in, still before the page has loaded', async () => {
    const {frame, loaded, requested, search} = await openUntil('search-es.json', 'es');
    try {
      expect(loaded, `the Spanish words waited for the page's load event (requested before it: ${requested().join(', ') || 'nothing'})`).to.be.false;
      await waitUntil(() => requested().includes('search-first.json'), 'no first tier', {timeout: 10_000});
      expect(requested()).not.to.include('search.json');
      expect(search.dataset.state).to.equal('idle');
    } finally {
      frame.remove();
    }
  });
});
