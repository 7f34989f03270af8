/**
 * The colours the charts really draw, read from their canvas pixels, on pages that set no accent colour (the
 * README's default; the demo's own accent once hid Chromium drawing two careers in the same black): distinct
 * series, each clear of the background, legend swatches in the bars' colours, and a host colour that is not a
 * colour reported rather than silently drawn as black.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-compare/career-compare.js';
import '../../src/elements/wage-range/wage-range.js';
import type {CareerCompare} from '../../src/elements/career-compare/career-compare.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {settled} from '../support/helpers.js';
import {backgroundBehind, contrast, difference, drawnFills, type Fill, srgb} from '../support/chart-pixels.js';

const HOSTS = {
  light: 'color-scheme: light; background: #ffffff; color: #1d1d1f; width: 760px',
  dark: 'color-scheme: dark; background: #121214; color: #e8e8ea; width: 760px',
};

const FOUR = '29-2072,29-9021,15-1252,11-1011';

/** Every pair of series far apart, and each series at 3:1 or more against the page behind the chart. */
function expectDistinct(found: Fill[], count: number, background: string) {
  const colors = found.map((f) => `rgb(${f.rgb.join(', ')})`);
  expect(found, `distinct colours drawn: ${colors.join(' ')}`).to.have.length(count);
  for (const [i, a] of found.entries()) {
    expect(contrast(a.rgb, background), `series ${i + 1} ${colors[i]} against ${background}`).to.be.at.least(3);
    for (const [j, b] of found.entries()) {
      if (j > i) expect(difference(a.rgb, b.rgb), `series ${i + 1} ${colors[i]} vs ${j + 1} ${colors[j]}`).to.be.at.least(20);
    }
  }
}

async function compareOn(style: string, occupations = FOUR) {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${style}><career-compare occupations=${occupations} region="MN"></career-compare></div>`);
  const el = await settled(wrap.firstElementChild as CareerCompare, 'complete', 15_000);
  return {wrap, el, canvas: el.shadowRoot!.querySelector('canvas')!};
}

const swatches = (el: CareerCompare) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] li')];

describe('chart colours on a page that sets none', function () {
  this.timeout(40_000);

  for (const [scheme, style] of Object.entries(HOSTS)) {
    it(`<career-compare> draws four careers in four distinct colours on a ${scheme} page, legend swatches matching the bars`, async () => {
      const {wrap, el, canvas} = await compareOn(style);
      const found = await drawnFills(canvas, 4);
      expectDistinct(found, 4, backgroundBehind(wrap));
      // The legend, in series order (top to bottom in each group of bars), names each career by its bars' colour.
      const legend = swatches(el);
      expect(legend.map((li) => li.textContent!.trim())).to.deep.equal([
        'Medical Records Specialists',
        'Health Information Technologists and Medical Registrars',
        'Software Developers',
        'Chief Executives',
      ]);
      legend.forEach((li, i) => {
        const swatch = srgb(getComputedStyle(li.querySelector('span')!).backgroundColor);
        expect(
          difference(swatch, found[i]!.rgb),
          `legend swatch ${i + 1} rgb(${swatch.slice(0, 3).join(', ')}) vs its bars rgb(${found[i]!.rgb.join(', ')})`,
        ).to.be.below(2);
      });
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="legend"]')!).visibility).to.equal('visible');
    });

    it(`<wage-range> draws the state and the nation in two distinct colours on a ${scheme} page`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${style}><wage-range occupation="29-2072" region="MN"></wage-range></div>`);
      const el = await settled(wrap.firstElementChild as WageRange);
      const found = await drawnFills(el.shadowRoot!.querySelector('canvas')!, 2);
      expectDistinct(found, 2, backgroundBehind(wrap));
    });
  }

  it('reports a host colour that is not a colour, and draws the documented default instead', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const {wrap, canvas} = await compareOn(`${HOSTS.light}; --cw-chart-color-2: not-a-colour; --cw-chart-color-3: transparent`);
      const found = await drawnFills(canvas, 4);
      expectDistinct(found, 4, backgroundBehind(wrap));
      expect(warnings.join('\n')).to.contain('--cw-chart-color-2: "not-a-colour" is not a colour');
      expect(warnings.join('\n')).to.contain('--cw-chart-color-3: "transparent" is transparent');
      expect(difference(found[1]!.rgb, srgb('#7a4e00')), 'series 2: the documented default').to.be.below(2);
      expect(difference(found[2]!.rgb, srgb('#1b6e3a')), 'series 3: the documented default').to.be.below(2);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the host’s colours, and a default never repeats one of them', async () => {
    // The host's accent is the second series' default colour: that default steps aside for another.
    const {wrap, canvas} = await compareOn(`${HOSTS.light}; --cw-color-accent: #7a4e00; --cw-chart-color-4: rgb(200, 0, 120)`);
    const found = await drawnFills(canvas, 4);
    expectDistinct(found, 4, backgroundBehind(wrap));
    expect(difference(found[0]!.rgb, srgb('#7a4e00')), 'series 1: the host accent').to.be.below(2);
    expect(difference(found[3]!.rgb, srgb('rgb(200, 0, 120)')), 'series 4: the host colour').to.be.below(2);
  });
});
