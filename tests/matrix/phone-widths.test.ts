/**
 * Every element of the registry on a phone, 320 and 375 px wide, in every engine: its fixture (tests/support/
 * elements.ts) in a page of its own in an iframe of that width (the page's viewport, so media and container queries
 * are a phone's), with the built bundle (`npm run build` first), complete and with everything a visitor can open
 * opened: no word broken across lines, nothing sticking out of the widget, no sideways scroll.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {auditLayout, expandAll} from '../support/layout-audit.js';
import {everyElement} from '../support/elements.js';
import {nextFrames, openFramed, widgetStates} from '../support/phone-frame.js';

/** The text of a widget's shadow tree, nested widgets' included (by node type: the nodes are the iframe's). */
function deepText(node: Node): string {
  const own = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  const shadow = (node as Element).shadowRoot ? deepText((node as Element).shadowRoot!) : '';
  return own + shadow + [...node.childNodes].map(deepText).join('');
}

const PHONES = [320, 375];

describe('every element on a phone', function () {
  // A whole profile and a comparison, opened, in WebKit on a loaded 2-core machine.
  this.timeout(60_000);

  for (const {tag, fixture} of everyElement()) {
    for (const width of PHONES) {
      it(`<${tag}> at ${width} px: whole words, nothing sticking out, everything open`, async () => {
        const attributes = Object.entries(fixture.attributes)
          .map(([name, value]) => ` ${name}="${value}"`)
          .join('');
        const page = await openFramed({markup: `<${tag}${attributes}></${tag}>`}, width);
        try {
          const element = page.doc.querySelector<HTMLElement>(tag)!;
          await waitUntil(() => element.shadowRoot, `<${tag}> never upgraded`, {timeout: 15_000});
          fixture.activate?.(element);
          // Complete, showing the fixture's real content, with no nested widget still loading.
          const complete = () =>
            element.dataset.state === 'complete' &&
            widgetStates(page.doc).every((w) => w.state !== 'loading') &&
            deepText(element.shadowRoot!).includes(fixture.shows);
          await waitUntil(complete, `<${tag}> at ${width} px never showed "${fixture.shows}"`, {timeout: 15_000});
          await nextFrames(page.win, 2);
          const closed = auditLayout(page.doc);
          expandAll(page.doc);
          await nextFrames(page.win, 2);
          await waitUntil(complete, `<${tag}>: opened parts never settled`, {timeout: 15_000});
          expandAll(page.doc); // what the first round revealed (nested widgets' disclosures)
          await nextFrames(page.win, 2);
          const open = auditLayout(page.doc);
          expect(closed.widgets, 'widgets found').to.be.greaterThan(0);
          for (const audit of [closed, open]) {
            expect(audit.brokenWords, 'words broken across lines').to.deep.equal([]);
            expect(audit.overflowing, 'content sticking out sideways').to.deep.equal([]);
            expect(audit.pageOverflow, 'page wider than the screen').to.equal(0);
          }
        } finally {
          page.close();
        }
      });
    }
  }
});
