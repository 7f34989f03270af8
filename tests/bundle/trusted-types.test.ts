// The built bundle on pages that enforce Trusted Types without allowing Lit's policy (`trusted-types 'none'`, or
// only the site's own policies), with every feature in use: nothing may be thrown into the page, the host's own
// fallback content must show (no empty shadow root over it, no room kept for widgets that will not come), and one
// console warning must name the policy to allow. Needs `npm run build`.
import {expect, waitUntil} from '@open-wc/testing';
import {everyElement} from '../support/elements.js';

type PageWindow = Window & {__violations: string[]; __errors: string[]; __warnings: string[]};

/** Every element of the registry: each page holds one of each (a new element must be added to the pages). */
const TAGS = everyElement().map(({tag}) => tag);

async function open(name: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/tests/fixtures/pages/${name}`;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow as unknown as PageWindow, doc: frame.contentDocument!};
}

const ours = (warnings: string[]) => warnings.filter((w) => w.includes('[career-widgets]'));

describe('built bundle under Trusted Types that do not allow lit-html', function () {
  this.timeout(20_000);

  const pages = [
    ['tt-none.html', "trusted-types 'none'"],
    ['tt-site.html', "only the site's own policies"],
    ['tt-other-lit.html', "lit-html taken by the host's own Lit (no 'allow-duplicates')"],
  ];
  for (const [page, what] of pages) {
    it(`${what}: throws nothing, shows the host's fallback content, and warns once naming lit-html`, async function () {
      if (!('trustedTypes' in window)) {
        this.test!.title += ' [skipped: this engine has no Trusted Types]';
        this.skip();
      }
      const {frame, win, doc} = await open(page);
      try {
        await waitUntil(() => ours(win.__warnings).length > 0, 'no console warning from the widgets', {timeout: 8000});
        // The entry decided when it ran: it loads no element's code (only the chunk that warns), so nothing of ours
        // runs later.
        await waitUntil(() => doc.readyState === 'complete');
        const scripts = win.performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.js'));
        const loaded = scripts.filter((p) => p.includes('/elements/') || p.includes('/chunks/'));
        expect(
          loaded.filter((p) => !p.includes('/chunks/contained-')),
          'element code loaded',
        ).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        const warnings = ours(win.__warnings);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('"lit-html"').and.contain('trusted-types');
        // The room kept for widgets is given back by the chunk: wait for it rather than for a time.
        await waitUntil(() => doc.querySelector('wage-range')!.getBoundingClientRect().height < 200, 'the room was never given back');

        for (const tag of TAGS) {
          const el = doc.querySelector(tag)!;
          expect(el, `<${tag}> is missing from ${page}`).to.exist;
          expect(el.shadowRoot, `<${tag}> has a shadow root over its fallback`).to.equal(null);
          const fallback = el.querySelector('.fallback')!;
          expect(fallback.getClientRects().length, `<${tag}>'s fallback is hidden`).to.be.greaterThan(0);
          // No room kept for a widget that will not come (dist/career-widgets.css is linked).
          expect(el.getBoundingClientRect().height, `<${tag}> keeps empty room`).to.be.below(fallback.getBoundingClientRect().height + 40);
        }
        const placeholder = doc.querySelector('[data-career-widget]')!;
        expect(placeholder.localName).to.equal('div');
        expect(placeholder.querySelector('.fallback')!.getClientRects().length).to.be.greaterThan(0);
        expect(doc.querySelector('script[type="application/ld+json"]')).to.equal(null);
        const hostLit = doc.getElementById('host-lit');
        if (hostLit) expect(hostLit.textContent, "the host page's own Lit keeps working").to.equal("the host's own Lit");
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
