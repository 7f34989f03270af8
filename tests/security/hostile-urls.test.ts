import {expect} from '@open-wc/testing';
import {everyElement, hostileSource, renderElement} from '../support/elements.js';

/**
 * docs/SECURITY.md, "URLs": the only URLs a dataset supplies are its sources' pages and licences (meta.json). Each
 * hostile URL is planted in every one of them; every element of the registry either refuses the file (validation)
 * or shows the attribution without that link. No link on the page ever carries a script URL, another scheme or
 * credentials. (safeUrl itself is tested case by case in tests/internal/safe-url.test.ts; `source` attributes in
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

/** Every link in the element's shadow trees, nested widgets' included. */
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

/** meta.json with `url` as every source's page and licence. */
function plant(meta: any, url: string) {
  for (const source of meta.sources) {
    source.url = url;
    source.licenseUrl = url;
  }
  return meta;
}

describe('hostile URLs in a dataset never become links', function () {
  this.timeout(60_000); // every element of the registry per case, in WebKit on a loaded machine

  for (const url of HOSTILE_URLS) {
    it(`drops or refuses ${JSON.stringify(url)} as a source or licence link`, async () => {
      for (const {tag} of everyElement()) {
        const source = await hostileSource(tag, (file, path) => (path === 'meta.json' ? plant(file, url) : file));
        const el = await renderElement(tag, {source, fallback: 'fallback', state: 'settled'});
        for (const a of links(el)) {
          const href = a.getAttribute('href') ?? '';
          expect(href, `<${tag}> link scheme`).to.match(/^(https?:|mailto:|#|\?|\/[^/]|[^:]*$)/i);
          expect(href, `<${tag}>`).not.to.contain('evil.example');
        }
      }
      expect((window as any).__pwned).to.equal(undefined);
    });
  }

  for (const source of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,x', 'vbscript:x', 'java\tscript:alert(1)']) {
    it(`refuses the source attribute ${JSON.stringify(source)} with a setup error`, async () => {
      for (const {tag} of everyElement()) {
        const el = await renderElement(tag, {source, fallback: 'fallback', state: 'error'});
        expect(el.shadowRoot!.textContent, `<${tag}>`).to.contain('an attribute is wrong');
      }
    });
  }
});
