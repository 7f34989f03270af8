import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {emulateMedia, resetMedia} from '../support/cdp.js';
import {onlyIn} from '../support/engine.js';

/**
 * docs/SECURITY.md, "Page": the BUILT bundle (what a site embeds) on a page that already runs its own copy of Lit,
 * 50 widgets at once, and print. This file imports no element source: every tag here comes from
 * /dist/career-widgets.js (run `npm run build` first; `npm test` does).
 */
const BUNDLE = '/dist/career-widgets.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

class HostWidget extends LitElement {
  override render() {
    return litHtml`<p>the host's own Lit element</p>`;
  }
}

describe('the built bundle in page environments', () => {
  before(async () => {
    // The host page's own Lit (this test page runs Lit's development build from node_modules), defined first.
    customElements.define('host-widget', HostWidget);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('works beside another copy of Lit already on the page, and leaves it working', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <host-widget></host-widget>
      <wage-range occupation="29-2072" region="MN"></wage-range>
    </div>`);
    const wages = wrap.querySelector<Widget>('wage-range')!;
    await waitUntil(() => wages.dataset.state === 'complete', 'bundle widget never completed', {timeout: 8000});
    expect(text(wages)).to.contain('$61,530');
    await (wrap.querySelector('host-widget') as HostWidget).updateComplete;
    expect(text(wrap.querySelector('host-widget')!)).to.equal("the host's own Lit element");
    // Two Lit copies: the bundle's is its own (production build), not the page's.
    expect((window as any).litElementVersions?.length ?? 0).to.be.at.least(1);
  });

  it('renders 50 widgets with one request per file', async function () {
    this.timeout(30_000);
    const index = await (await fetch('/data/v1/index.json')).json();
    const codes: string[] = index.occupations
      .filter((o: any) => o.kind === 'onet')
      .slice(0, 50)
      .map((o: any) => o.code);
    const key = `fifty-${Date.now()}`;
    const source = `/__fault/count/${key}/`;
    const wrap = await fixture<HTMLDivElement>(html`<div>${codes.map((code) => html`<wage-range occupation=${code} source=${source}></wage-range>`)}</div>`);
    const widgets = [...wrap.children] as Widget[];
    await waitUntil(() => widgets.every((w) => w.dataset.state === 'complete' || w.dataset.state === 'empty'), 'not all 50 settled', {timeout: 25_000});
    expect(widgets.filter((w) => w.dataset.state === 'complete').length).to.be.greaterThan(40);
    const count = await (await fetch(`/__fault/count-read/${key}`)).json();
    // meta, one file per occupation, and the index at most once (exact codes render without waiting for it)
    expect(count.count).to.be.within(1 + codes.length, 2 + codes.length);
  });

  it('prints: figures, table and attribution stay visible on paper', async function () {
    onlyIn(this, ['chromium'], 'print media is emulated through the DevTools protocol');
    const el = await fixture<Widget>(html`<wage-range occupation="29-2072" region="MN"></wage-range>`);
    await waitUntil(() => el.dataset.state === 'complete', 'never completed', {timeout: 8000});
    await emulateMedia({media: 'print'});
    try {
      expect(matchMedia('print').matches).to.be.true;
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.getClientRects().length, 'table rendered').to.be.greaterThan(0);
      expect(table.textContent).to.contain('$61,530');
      const source = el.shadowRoot!.querySelector('[part="source"]')!;
      expect(source.getClientRects().length, 'attribution rendered').to.be.greaterThan(0);
    } finally {
      await resetMedia();
    }
  });
});
