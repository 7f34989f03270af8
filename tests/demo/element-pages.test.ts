// Each element's demo page (demo/elements/<tag>.html with the built library), as a visitor meets it: every widget on
// it settles from the bundled dataset, the page passes axe, and it documents every attribute the manifest lists.
// A registry element without a page fails here (and in tests/lint/registry.test.ts). Needs `npm run build`.
import {expect, waitUntil} from '@open-wc/testing';
import {ELEMENTS, type ElementTag} from '../../src/elements/registry.js';
import {getAllByRole, getByRole} from '../support/roles.js';

const TAGS = Object.keys(ELEMENTS) as ElementTag[];

async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 1400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** axe-core run inside the page's own window (the host page's axe refuses another document's elements). */
async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & {axe?: {run: (context: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}};
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    doc.head.append(script);
    await loaded;
  }
  const {violations} = await win.axe!.run(doc);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The library's widgets on the page (registry tags), as `data-state` tells their state. */
const widgets = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];

describe('element demo pages', function () {
  // Pages with two widgets each, loaded and checked by axe, in WebKit on a loaded 2-core machine.
  this.timeout(60_000);
  let manifest: {modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[]};
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
  });

  for (const tag of TAGS) {
    it(`demo/elements/${tag}.html shows a live <${tag}> from the bundled dataset, documents its attributes, and passes axe`, async () => {
      const frame = await openFrame(`/demo/elements/${tag}.html`);
      try {
        const doc = frame.contentDocument!;
        expect(doc.querySelector('title')?.textContent, 'the page exists (not a 404)').to.contain(`<${tag}>`);
        getByRole(doc, 'heading', {level: 1, name: `<${tag}>`});
        expect(doc.querySelector(tag), `a live <${tag}>`).to.exist;
        // Every widget settles with content (the search waits for a visitor: idle); none fails.
        await waitUntil(
          () =>
            widgets(doc).every((el) => frame.contentWindow!.customElements.get(el.localName) && ['complete', 'idle', 'empty'].includes(el.dataset.state ?? '')),
          `widgets never settled: ${widgets(doc)
            .map((el) => `<${el.localName}> ${el.dataset.state}`)
            .join(', ')}`,
          {timeout: 30_000},
        );
        expect(frame.contentWindow!.customElements.get(tag), `<${tag}> is defined by the built script`).to.exist;
        getByRole(doc, 'link', {name: 'All demo pages'});
        const documented = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.attributes ?? [];
        // The playgrounds name attributes in their controls; the other pages in a table written from the manifest.
        const table = doc.querySelector('table.attributes') ? getByRole(doc, 'table', {name: `Attributes of <${tag}>`}) : null;
        if (table) expect(getAllByRole(table, 'rowheader').map((th) => th.textContent)).to.deep.equal(documented.map((a) => a.name));
        else expect(getByRole(doc, 'form', {name: 'Attributes'}), 'a playground with its attribute controls').to.exist;
        expect(await axeViolations(frame)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
