// docs/SECURITY.md's hostile strings in every text field of a dataset, pre-rendered and then taken over: shown as
// text before the script (JavaScript off) and after it, nothing injected, nothing run.
import {expect} from '@open-wc/testing';
import {HOSTILE_STRINGS, poison} from '../support/poison.js';
import {addScript, openFrame, prerenderPage, settledIn, visibleText} from '../support/prerendered.js';
import {real} from '../support/stub-dataset.js';

const SOURCE = 'https://hostile.dataset.test/v1/';

/** Elements in the widgets' shadow trees (nested ones included) that no template of the library writes. */
function injected(doc: Document): string[] {
  const all = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
  const widgets = [...doc.querySelectorAll('career-profile, skill-list')];
  return widgets
    .flatMap((w) => all(w.shadowRoot!))
    .filter((e) => ['img', 'svg', 'script'].includes(e.localName) || [...e.attributes].some((a) => a.name.startsWith('on')))
    .map((e) => e.outerHTML.slice(0, 80));
}

describe('hostile data, pre-rendered and taken over', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const text of HOSTILE_STRINGS) {
    it(`shows ${JSON.stringify(text)} as text, with and without the script`, async () => {
      const files = {
        'meta.json': poison(await real('meta.json'), text),
        'occupations/29-2072.00.json': poison(await real('occupations/29-2072.00.json'), text),
      };
      const page = await prerenderPage(
        `<career-profile occupation="29-2072" region="MN" source="${SOURCE}" sections="overview tasks wages skills technology related"></career-profile>
         <skill-list occupation="29-2072" source="${SOURCE}"></skill-list>`,
        {script: null, datasets: {[SOURCE]: files}},
      );
      expect(page.skipped).to.deep.equal([]);
      const off = await openFrame(page.url, {scripts: false});
      expect(visibleText(off.doc.querySelector('career-profile')!)).to.contain(text);
      expect(injected(off.doc)).to.deep.equal([]);
      off.frame.remove();

      const on = await openFrame(page.url);
      frame = on.frame;
      addScript(on);
      await settledIn(on, 'career-profile, skill-list');
      await new Promise((resolve) => setTimeout(resolve, 100)); // an onerror/onload would have fired by now
      expect((on.win as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
      expect(injected(on.doc)).to.deep.equal([]);
      expect(visibleText(on.doc.querySelector('career-profile')!)).to.contain(text);
    });
  }
});
