import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerElement} from '../../src/internal/career-element.js';
import {settled} from '../support/helpers.js';
import {real, stubDataset} from '../support/stub-dataset.js';

/**
 * docs/SECURITY.md, "URLs": the only URLs a dataset supplies are its sources' pages and licences (meta.json). Each
 * hostile URL is planted in every one of them; the widget either refuses the file (validation) or shows the
 * attribution without that link. No link on the page ever carries a script URL, another scheme or credentials.
 * (safeUrl itself is tested case by case in tests/internal/safe-url.test.ts; `source` attributes in
 * tests/data/dataset.test.ts and below.)
 */
const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  '   javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https://user:pass@evil.example/',
];

const links = (el: Element): HTMLAnchorElement[] => {
  const out: HTMLAnchorElement[] = [];
  const walk = (root: ParentNode) =>
    root.querySelectorAll('*').forEach((child) => {
      if (child instanceof HTMLAnchorElement) out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    });
  walk(el.shadowRoot!);
  return out;
};

describe('hostile URLs in a dataset never become links', () => {
  for (const url of HOSTILE_URLS) {
    it(`drops or refuses ${JSON.stringify(url)} as a source or licence link`, async () => {
      const meta = await real('meta.json');
      for (const source of meta.sources) {
        source.url = url;
        source.licenseUrl = url;
      }
      const el = await fixture<CareerElement>(html`<career-profile occupation="29-2072" region="MN" source=${await stubDataset({'meta.json': meta})}><p>fallback</p></career-profile>`);
      await settled(el, 'complete').catch(() => settled(el, 'error'));
      for (const a of links(el)) {
        const href = a.getAttribute('href') ?? '';
        expect(href, 'link scheme').to.match(/^(https?:|mailto:|#|\?|\/[^/]|[^:]*$)/i);
        expect(href).not.to.contain('evil.example');
      }
      expect((window as any).__pwned).to.equal(undefined);
    });
  }

  for (const source of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,x', 'vbscript:x', 'java\tscript:alert(1)']) {
    it(`refuses the source attribute ${JSON.stringify(source)} with a setup error`, async () => {
      const el = await settled(await fixture<CareerElement>(html`<career-profile occupation="29-2072" source=${source}><p>fallback</p></career-profile>`), 'error');
      expect(el.shadowRoot!.textContent).to.contain('an attribute is wrong');
    });
  }
});
