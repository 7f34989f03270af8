/**
 * <career-explorer> as visitors meet it: axe in every state (loading, error, empty match, filters open), on a
 * 320 px phone and in a 240 px sidebar with no word split and nothing sticking out, cards when narrow, on a dark
 * page, and in forced colours.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/elements/career-explorer/career-explorer.js';
import type {CareerExplorer} from '../../src/elements/career-explorer/career-explorer.js';
import {emulateMedia, resetMedia} from '../support/cdp.js';
import {engine, onlyIn} from '../support/engine.js';
import {settled} from '../support/helpers.js';
import {auditLayout, expandAll} from '../support/layout-audit.js';

const PAGES = [
  html`<career-explorer region="MN" major="29" education="associate" sort="median" filters></career-explorer>`,
  html`<career-explorer region="CA" limit="10" pay="hourly" sort="openings"></career-explorer>`,
  html`<career-explorer region="US" query="clinical laboratory" limit="0" lang="es"></career-explorer>`,
  html`<career-explorer region="MN" major="29" view="chart" limit="10"></career-explorer>`,
];

const STATES = [
  html`<career-explorer region="MN" source="/__fault/delay/5000/"><a href="/careers">All careers</a></career-explorer>`,
  html`<career-explorer region="MN" source="/__fault/status/500/"><a href="/careers">All careers</a></career-explorer>`,
  html`<career-explorer region="MN" query="zzzqqq" filters></career-explorer>`,
];

async function ready(el: CareerExplorer) {
  if (el.getAttribute('source')?.includes('delay')) return el; // audited while loading
  await waitUntil(() => el.dataset.state === 'complete' || el.dataset.state === 'error', 'explorer still loading', {timeout: 10_000});
  return el;
}

function expectClean(what: string) {
  const audit = auditLayout();
  expect(audit.widgets, `${what}: widgets found`).to.be.greaterThan(0);
  expect(audit.brokenWords, `${what}: words broken across lines`).to.deep.equal([]);
  expect(audit.overflowing, `${what}: content sticking out sideways`).to.deep.equal([]);
  expect(audit.pageOverflow, `${what}: page wider than the screen`).to.equal(0);
}

describe('<career-explorer> at every width and in every state', function () {
  this.timeout(60_000);
  after(async () => {
    if (engine !== 'webkit') await setViewport({width: 800, height: 600});
  });

  it('passes axe in every state at desktop width', async () => {
    for (const page of [...PAGES, ...STATES]) {
      const el = await ready(await fixture<CareerExplorer>(page));
      expandAll();
      await expect(el, `${el.outerHTML.slice(0, 90)} (${el.dataset.state})`).to.be.accessible();
    }
  });

  it('on a 320 px phone: whole words, no sideways scroll, axe clean, filters open', async function () {
    onlyIn(this, ['chromium', 'firefox'], 'WebKitWebDriver cannot set the viewport; the 240 px container test covers WebKit');
    await setViewport({width: 320, height: 800});
    for (const page of [...PAGES, ...STATES]) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="padding: 8px">${page}</div>`);
      const el = await ready(wrap.firstElementChild as CareerExplorer);
      expandAll();
      await new Promise((r) => setTimeout(r, 20));
      expectClean(`320px ${el.outerHTML.slice(0, 90)}`);
      await expect(el).to.be.accessible();
    }
  });

  it('in a 240 px sidebar: careers become cards of labelled figures, whole words, axe clean', async () => {
    if (engine !== 'webkit') await setViewport({width: 1024, height: 800});
    for (const page of [...PAGES, ...STATES]) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 240px">${page}</div>`);
      const el = await ready(wrap.firstElementChild as CareerExplorer);
      expandAll();
      await new Promise((r) => setTimeout(r, 20));
      expectClean(`240px ${el.outerHTML.slice(0, 90)} (${el.dataset.state})`);
      await expect(el).to.be.accessible();
      const td = el.shadowRoot!.querySelector('tbody td');
      if (td) {
        expect(getComputedStyle(td).display, 'a card row').to.equal('flex');
        // The header buttons give way to the "Sort by" control: nothing hidden can take focus.
        expect(getComputedStyle(el.shadowRoot!.querySelector('button.sort')!).display).to.equal('none');
        expect(el.shadowRoot!.querySelector('.sorting select')).to.not.equal(null);
      }
    }
  });

  it('passes axe on a dark page (colour contrast included)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #121214; color: #e8e8ea; padding: 1em">
      <career-explorer region="MN" major="29" sort="median" filters></career-explorer>
    </div>`);
    const el = await settled(wrap.firstElementChild as CareerExplorer);
    expandAll();
    // As a reader meets it: a widget far from the viewport is not laid out (content-visibility: auto), and axe
    // would measure its text against whatever the page shows there.
    el.scrollIntoView();
    await new Promise(requestAnimationFrame);
    await expect(el).to.be.accessible();
  });

  it('forced colours: the text, the sort buttons and the pressed toggle stay readable', async function () {
    onlyIn(this, ['chromium'], 'forced colours are emulated through the DevTools protocol');
    try {
      await emulateMedia({
        features: [
          {name: 'forced-colors', value: 'active'},
          {name: 'prefers-color-scheme', value: 'dark'},
        ],
      });
      const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" sort="median" filters></career-explorer>`));
      await expect(el).to.be.accessible();
      const pressed = el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button[aria-pressed="true"]')!;
      const other = el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button[aria-pressed="false"]')!;
      expect(getComputedStyle(pressed).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
    } finally {
      await resetMedia();
    }
  });

  it('prints the list without its controls', async function () {
    onlyIn(this, ['chromium'], 'print media is emulated through the DevTools protocol');
    try {
      const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" filters></career-explorer>`));
      await emulateMedia({media: 'print'});
      for (const part of ['filters', 'toolbar', 'more']) {
        const node = el.shadowRoot!.querySelector(`[part~="${part}"]`);
        if (node) expect(getComputedStyle(node).display, part).to.equal('none');
      }
      expect(getComputedStyle(el.shadowRoot!.querySelector('table')!).display).to.not.equal('none');
    } finally {
      await resetMedia();
    }
  });
});
