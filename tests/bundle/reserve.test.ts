// Room kept for widgets while they load: dist/career-widgets.css gives it from the first paint (before any script),
// and the element's own loading placeholder keeps the same, so upgrading moves nothing on the page.
import {expect, waitUntil} from '@open-wc/testing';

async function open(body: string): Promise<{frame: HTMLIFrameElement; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/career-widgets.css"></head><body>${body}<p id="below">Below the widgets</p></body></html>`;
  document.body.append(frame);
  await ready;
  return {frame, doc: frame.contentDocument!};
}

const top = (el: Element) => el.getBoundingClientRect().top;

describe('room reserved while widgets load', function () {
  this.timeout(20_000);

  it('dist/career-widgets.css keeps the room before the script runs, and the upgrade moves nothing', async () => {
    const {frame, doc} = await open(
      `<wage-range occupation="29-2072" region="MN" source="/__fault/delay/1500/"><p>Fallback link</p></wage-range><skill-list occupation="29-1141" source="/__fault/delay/1500/"></skill-list>`,
    );
    try {
      const wage = doc.querySelector('wage-range')!;
      const fontSize = parseFloat(getComputedStyle(wage).fontSize);
      expect(wage.getBoundingClientRect().height, 'wage-range keeps 56em before its code').to.be.closeTo(56 * fontSize, 1);
      expect(doc.querySelector('skill-list')!.getBoundingClientRect().height, 'skill-list keeps 36em').to.be.closeTo(36 * fontSize, 1);
      const before = top(doc.getElementById('below')!);

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/career-widgets.js';
      doc.head.append(script);
      await waitUntil(() => wage.getAttribute('data-state'), 'wage-range never upgraded', {timeout: 10_000, interval: 5});
      // Its data is delayed 1.5 s (fault server), so this is the loading placeholder.
      expect(wage.getAttribute('data-state')).to.equal('loading');
      expect(wage.shadowRoot!.textContent).to.contain('Loading');
      await waitUntil(() => doc.querySelector('skill-list')!.getAttribute('data-state') === 'loading', 'skill-list never upgraded', {
        timeout: 10_000,
        interval: 5,
      });
      expect(wage.getBoundingClientRect().height, 'the placeholder keeps the room').to.be.closeTo(56 * fontSize, 1);
      expect(top(doc.getElementById('below')!), 'the upgrade to the loading placeholders moved the page').to.be.closeTo(before, 1);
      await waitUntil(() => wage.getAttribute('data-state') === 'complete', 'wage-range never completed', {timeout: 10_000});
    } finally {
      frame.remove();
    }
  });

  it('a host sets its own height with --cw-loading-height, before and after the upgrade', async () => {
    const {frame, doc} = await open(`<career-profile occupation="29-2072" style="--cw-loading-height: 20em"></career-profile>`);
    try {
      const profile = doc.querySelector('career-profile')!;
      const fontSize = parseFloat(getComputedStyle(profile).fontSize);
      expect(profile.getBoundingClientRect().height).to.be.closeTo(20 * fontSize, 1);
      const css = await (await fetch('/dist/career-widgets.css')).text();
      expect(css).to.contain('career-profile:not(:defined)');
      expect(css).to.contain('[data-career-widget="career-profile"]');
    } finally {
      frame.remove();
    }
  });
});
