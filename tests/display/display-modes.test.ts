import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {Chart} from 'chart.js';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/skill-list/skill-list.js';
import '../../src/elements/wage-range/wage-range.js';
import type {CareerElement} from '../../src/internal/career-element.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {emulateMedia, resetMedia, resetZoom, zoom} from '../support/cdp.js';
import {onlyIn} from '../support/engine.js';
import {settled, shadowText} from '../support/helpers.js';

/**
 * Display modes a visitor's system imposes: forced colours (Windows High Contrast) light and dark, reduced
 * motion, 320 px width and 200% zoom. Checks assert what matters: text present and contrasting with the
 * background the visitor's theme paints, the pressed toggle distinguishable, no horizontal scroll.
 */

/** Relative luminance contrast (WCAG 2) between two rgb()/rgba() colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, b2] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A system colour as the visitor's theme sets it (the probe opts out of forced colours to read it). */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `forced-color-adjust: none; color: ${keyword}`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function drawnChart(el: WageRange): Promise<Chart> {
  el.scrollIntoView();
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  await waitUntil(() => Chart.getChart(canvas), 'chart never drawn', {timeout: 8000});
  return Chart.getChart(canvas)!;
}

const toggles = (el: WageRange) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.controls button')];

describe('display modes', () => {
  afterEach(async () => {
    await resetMedia();
    await resetZoom();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`forced colours (${scheme}): chart text, axes, legend and bars contrast with the theme background`, async function () {
      onlyIn(this, ['chromium'], 'forced colours are emulated through the DevTools protocol');
      await emulateMedia({
        features: [
          {name: 'forced-colors', value: 'active'},
          {name: 'prefers-color-scheme', value: scheme},
        ],
      });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN"></wage-range>`));
      const chart = await drawnChart(el);
      const background = systemColor('Canvas');
      const options = chart.options as any;
      for (const color of [options.scales.x.ticks.color, options.scales.y.ticks.color, options.plugins.legend.labels.color]) {
        expect(contrast(color, background), `text ${color} on ${background}`).to.be.at.least(4.5);
      }
      const bars = chart.data.datasets.map((d) => String(d.backgroundColor));
      for (const bar of bars) expect(contrast(bar, background), `bar ${bar} on ${background}`).to.be.at.least(3);
      expect(bars[0]).not.to.equal(bars[1]); // the two series stay apart
    });

    it(`forced colours (${scheme}): the pressed Per year / Per hour toggle is distinguishable and readable`, async function () {
      onlyIn(this, ['chromium'], 'forced colours are emulated through the DevTools protocol');
      await emulateMedia({
        features: [
          {name: 'forced-colors', value: 'active'},
          {name: 'prefers-color-scheme', value: scheme},
        ],
      });
      const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN"></wage-range>`));
      const [pressed, other] = toggles(el).sort((a) => (a.getAttribute('aria-pressed') === 'true' ? -1 : 1));
      expect(pressed!.getAttribute('aria-pressed')).to.equal('true');
      const on = getComputedStyle(pressed!);
      const off = getComputedStyle(other!);
      expect(on.backgroundColor, 'pressed background').not.to.equal(off.backgroundColor);
      expect(contrast(on.color, on.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(on.backgroundColor, systemColor('Canvas'))).to.be.at.least(3);
    });
  }

  it('the chart redraws in system colours when forced colours switch on after it was drawn', async function () {
    onlyIn(this, ['chromium'], 'forced colours are emulated through the DevTools protocol');
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN"></wage-range>`));
    const chart = await drawnChart(el);
    await emulateMedia({
      features: [
        {name: 'forced-colors', value: 'active'},
        {name: 'prefers-color-scheme', value: 'dark'},
      ],
    });
    const text = systemColor('CanvasText');
    await waitUntil(() => (chart.options as any).scales.x.ticks.color === text, 'chart kept its old colours', {timeout: 3000});
  });

  it('reduced motion: nothing animates while loading', async function () {
    onlyIn(this, ['chromium'], 'prefers-reduced-motion is emulated through the DevTools protocol');
    await emulateMedia({features: [{name: 'prefers-reduced-motion', value: 'reduce'}]});
    const el = await fixture<CareerElement>(html`<career-profile occupation="29-2072" source="/__fault/delay/1500/"></career-profile>`);
    expect(el.dataset.state).to.equal('loading');
    const animated = [...el.shadowRoot!.querySelectorAll('*')].filter((child) => getComputedStyle(child).animationName !== 'none');
    expect(animated.map((child) => child.className)).to.deep.equal([]);
  });

  it('320 px wide: every element shows its text with no horizontal scroll', async function () {
    this.timeout(20_000);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <career-profile occupation="29-2072" region="MN"></career-profile>
      <wage-range occupation="29-2072" region="MN" full-range></wage-range>
      <skill-list occupation="15-1211"></skill-list>
    </div>`);
    for (const el of [...wrap.children] as CareerElement[]) {
      await settled(el);
      expect(shadowText(el).length, el.localName).to.be.greaterThan(100);
      expect(el.scrollWidth, `${el.localName} scrolls sideways`).to.be.at.most(el.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(321);
    }
    const wages = wrap.querySelector('career-profile')!.shadowRoot!.querySelector<CareerElement>('wage-range')!;
    await settled(wages);
    expect(wages.scrollWidth).to.be.at.most(wages.clientWidth + 1);
  });

  it('200% zoom of a 640 px window: the profile fits the 320 px viewport, no horizontal scroll', async function () {
    onlyIn(this, ['chromium'], 'zoom is emulated through the DevTools protocol');
    this.timeout(20_000);
    await zoom(2, 640, 800);
    expect(innerWidth).to.equal(320);
    const el = await settled(await fixture<CareerElement>(html`<career-profile occupation="29-2072" region="MN"></career-profile>`));
    expect(shadowText(el)).to.contain('Medical Records Specialists');
    expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(innerWidth + 1);
  });
});
