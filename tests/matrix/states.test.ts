/**
 * Every element of the registry, in every state a visitor can meet, from its fixture (tests/support/elements.ts):
 * complete from the bundled dataset, loading (in the room its registry line keeps), and an error with the host's
 * fallback content, each passing axe; and a keyboard walk that reaches every control it shows.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {ELEMENTS} from '../../src/elements/registry.js';
import {deepElements, deepText, ERROR_SOURCE, everyElement, renderElement} from '../support/elements.js';
import {accessibleName, getByRole} from '../support/roles.js';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const name = (el: Element) => `${el.localName} "${accessibleName(el).slice(0, 40)}"`;

/** The element focused now, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('every element, every state', function () {
  // A whole profile, a comparison and six axe runs per element, in WebKit on a loaded 2-core machine.
  this.timeout(60_000);

  for (const {tag, fixture} of everyElement()) {
    describe(`<${tag}>`, () => {
      it('renders complete from the bundled dataset, and passes axe', async () => {
        const el = await renderElement(tag);
        expect(deepText(el)).to.contain(fixture.shows);
        await expect(el).to.be.accessible();
      });

      it("shows an error (role alert) and the host's fallback content when its data cannot be had, and passes axe", async () => {
        const el = await renderElement(tag, {source: ERROR_SOURCE, fallback: 'Our own page about careers', state: 'error'});
        const alert = getByRole(el, 'alert');
        expect(visible(alert), 'the error is shown').to.be.true;
        expect(alert.textContent!.trim()).not.to.equal('');
        const fallback = [...el.children].find((child) => child.textContent === 'Our own page about careers')!;
        expect(visible(fallback), "the host's fallback content is shown").to.be.true;
        await expect(el).to.be.accessible();
      });

      // The search asks for nothing until it is used, so it has no loading room to keep beyond its field.
      if (!fixture.activate) {
        it('keeps its registry room while its data loads, and passes axe', async () => {
          // meta.json (which every element needs first) is held back until the test releases it: a request that
          // never ends would keep its connection until it times out, starving the next test page's own requests.
          const key = `matrix-${tag}-${Date.now()}`;
          const el = await renderElement(tag, {source: `/__fault/hold/${key}/meta.json/`, state: 'loading'});
          try {
            const fontSize = parseFloat(getComputedStyle(el).fontSize);
            expect(el.getBoundingClientRect().height).to.be.closeTo(ELEMENTS[tag].height * fontSize, 1);
            expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'a busy placeholder').to.exist;
            await expect(el).to.be.accessible();
          } finally {
            await fetch(`/__fault/release/${key}`);
          }
        });
      }

      it('reaches every control it shows by keyboard', async () => {
        const el = await renderElement(tag);
        const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
        const after = el.parentElement!.querySelector<HTMLButtonElement>('#after')!;
        before.focus();
        await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        const controls = deepElements(el).filter((c) => c.matches(FOCUSABLE) && visible(c));
        expect(controls.length, 'controls to reach').to.be.greaterThan(0);
        // Tab from the button before the element to the one after it, as a keyboard user does.
        const reached = new Set<Element>();
        for (let i = 0; i < 4 * controls.length + 10; i++) {
          await sendKeys({press: 'Tab'});
          const active = deepActive();
          if (!active || active === after) break;
          reached.add(active);
        }
        expect(deepActive(), 'Tab leaves the element to what follows it').to.equal(after);
        expect(controls.filter((c) => !reached.has(c)).map(name), 'controls Tab never reached').to.deep.equal([]);
      });
    });
  }
});
