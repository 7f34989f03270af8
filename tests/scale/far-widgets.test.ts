import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/elements/wage-range/wage-range.js';
import {onlyIn} from '../support/engine.js';

/**
 * A page of many widgets: the browser skips laying out and painting those far from the viewport (a page of 500 spent
 * seconds on it), yet every widget shows the same content once near the viewport, and paper shows them all.
 */
const CODES = ['29-2072', '15-1252', '47-2111', '11-9111', '53-3032', '25-2021', '29-1141', '43-4051'];
const COUNT = 24;

type Visibility = Element & {checkVisibility(options?: {contentVisibilityAuto?: boolean}): boolean};

/** The widget's first element with visible words: what a visitor reads first. */
function firstText(widget: Element): Visibility {
  const found = [...widget.shadowRoot!.querySelectorAll('*')].find((el) => el.children.length === 0 && el.textContent!.trim());
  if (!found) throw new Error(`<${widget.localName}> shows no text`);
  return found as Visibility;
}

/** Whether the browser lays out and paints `el` (false inside a widget skipped for being far from the viewport). */
const rendered = (el: Visibility) => el.checkVisibility({contentVisibilityAuto: true});

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

async function allComplete(widgets: HTMLElement[]): Promise<void> {
  const deadline = performance.now() + 8000;
  while (!widgets.every((w) => w.dataset.state === 'complete')) {
    if (widgets.some((w) => w.dataset.state === 'error') || performance.now() > deadline) {
      throw new Error(`states: ${widgets.map((w) => w.dataset.state).join(' ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('many widgets on one page', () => {
  let page: HTMLElement;
  let widgets: HTMLElement[];

  beforeEach(async () => {
    scrollTo(0, 0);
    page = document.createElement('main');
    widgets = Array.from({length: COUNT}, (_, i) =>
      Object.assign(document.createElement('wage-range'), {occupation: CODES[i % CODES.length]!, region: i % 2 ? 'MN' : 'US'}),
    );
    page.append(...widgets);
    document.body.append(page);
    await allComplete(widgets);
    await frames();
  });

  afterEach(() => {
    page.remove();
    scrollTo(0, 0);
  });

  it('skips laying out the widgets far below the viewport, and shows one when it is scrolled to', async function () {
    onlyIn(this, ['chromium', 'webkit'], 'Firefox lays out every widget (src/internal/base.styles.ts says why)');
    const first = widgets[0]!;
    const last = widgets.at(-1)!;
    expect(last.getBoundingClientRect().top).to.be.greaterThan(innerHeight * 3);
    expect(rendered(firstText(first)), 'the first widget, on screen').to.equal(true);
    expect(rendered(firstText(last)), 'the last widget, screens away').to.equal(false);

    // Scroll to it as a reader does, until it is on screen: the jump is computed from the room the skipped widgets
    // keep, and WebKit (no scroll anchoring) can land just short once the widgets near the target are laid out at
    // their real height. The browser decides what is near the viewport in a later rendering update.
    await waitUntil(
      () => {
        if (last.getBoundingClientRect().top >= innerHeight) last.scrollIntoView();
        return rendered(firstText(last));
      },
      'the last widget, scrolled to, was never laid out',
      {timeout: 5000},
    );
    const text = firstText(last);
    expect(rendered(text), 'the last widget, scrolled to').to.equal(true);
    expect(text.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(last.shadowRoot!.textContent).to.contain(last.getAttribute('region') === 'MN' ? 'Minnesota' : 'United States');
  });

  it('keeps a far widget the height it shows on screen once it has been seen (nothing moves when scrolling back)', async function () {
    onlyIn(this, ['chromium', 'webkit'], 'Firefox lays out every widget (src/internal/base.styles.ts says why)');
    const last = widgets.at(-1)!;
    last.scrollIntoView();
    await frames(3);
    const seen = last.getBoundingClientRect().height;
    scrollTo(0, 0);
    await frames(3);
    expect(rendered(firstText(last)), 'skipped again, far away').to.equal(false);
    expect(last.getBoundingClientRect().height).to.equal(seen);
  });

  it('prints every widget, the far ones included', async function () {
    onlyIn(this, ['chromium'], 'print media is emulated through the DevTools protocol');
    await emulateMedia({media: 'print'});
    try {
      await frames();
      for (const widget of widgets) {
        const text = firstText(widget);
        expect(rendered(text), `<wage-range occupation="${widget.getAttribute('occupation')}"> on paper`).to.equal(true);
        expect(text.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});
