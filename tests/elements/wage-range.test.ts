import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/wage-range/wage-range.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {settled, shadowText} from '../support/helpers.js';
import {real, stubDataset} from '../support/stub-dataset.js';

const cells = (el: WageRange, row: string) => {
  const tr = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.trim() === row);
  return [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
};

describe('<wage-range>', () => {
  it('shows Minnesota beside the nation with the published May 2025 figures', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" lang="en-US"></wage-range>`));
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Minnesota', 'United States']);
    expect(cells(el, 'Middle (median)')).to.deep.equal(['$61,530', '$51,140']);
    expect(cells(el, 'Low (25th percentile)')).to.deep.equal(['$49,690', '$43,490']);
    expect(cells(el, 'High (75th percentile)')).to.deep.equal(['$70,070', '$64,820']);
    expect(cells(el, 'Number of jobs (May 2025)')[0]).to.equal('3,150');
    expect(shadowText(el)).to.contain('Occupational Employment and Wage Statistics, May 2025');
    await expect(el).to.be.accessible();
  });

  it('names the rows low, middle and high with the percentile beside each, and says what each means in one line', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" chart="none"></wage-range>`));
    const rows = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Low (25th percentile)', 'Middle (median)', 'High (75th percentile)', 'Number of jobs (May 2025)']);
    const text = shadowText(el);
    expect(text).to.contain('Low: 1 in 4 workers earn less than this. Middle: half earn less and half earn more. High: 1 in 4 earn more than this.');
    expect(text).to.not.contain('25% of workers earn less than the 25th percentile'); // the term explained with itself
    expect(text).to.not.contain('Very low:'); // the 10th and 90th are not shown, so not explained
    const full = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" chart="none" full-range></wage-range>`));
    expect(shadowText(full)).to.contain('Very low: 1 in 10 workers earn less than this. Very high: 1 in 10 earn more.');
    await expect(el).to.be.accessible();
  });

  it('switches to hourly pay by keyboard and marks derived state figures', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN"></wage-range>`));
    const hourly = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Per hour')!;
    hourly.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.pay).to.equal('hourly');
    expect(hourly.getAttribute('aria-pressed')).to.equal('true');
    const median = cells(el, 'Middle (median)');
    expect(median[0]).to.equal('$29.58'); // published state hourly median: no note
    expect(median[1]).to.equal('$24.59');
    expect(cells(el, 'Low (25th percentile)')[0]).to.match(/^\$23\.89\s*note \d$/); // 49,690 / 2080, derived
    // The note must be true: derived here from the annual figures, not "BLS publishes none" (its full state file does).
    expect(shadowText(el)).to.contain(
      'Estimated: the yearly figure ÷ 2,080 work hours (40 hours × 52 weeks), or BLS’s hourly median where the yearly figure is the median.',
    );
    expect(shadowText(el)).to.contain('The state files used here have yearly figures only');
    expect(shadowText(el)).to.not.contain('BLS publishes no hourly percentiles');
    await expect(el).to.be.accessible();
  });

  it('shows the 10th and 90th percentiles on request', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" full-range chart="none"></wage-range>`));
    expect(cells(el, 'Very low (10th percentile)')).to.have.length(1);
    expect(cells(el, 'Very high (90th percentile)')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
  });

  it('falls back to national figures for an unknown region, and says so', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="ZZ"></wage-range>`));
    expect(shadowText(el)).to.contain('“ZZ” is not a state with wage data');
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['United States']);
  });

  it('marks top-coded and unpublished values instead of showing a number', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.wages.national.annual.p90 = null;
    occupation.wages.national.status['annual.p90'] = 'top-coded';
    occupation.wages.national.annual.p10 = null;
    occupation.wages.national.status['annual.p10'] = 'not-available';
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" full-range chart="none" source=${source}></wage-range>`));
    expect(cells(el, 'Very high (90th percentile)')[0]).to.match(/^≥ \$239,200\s*note \d$/);
    expect(cells(el, 'Very low (10th percentile)')[0]).to.match(/^Not available\s*note \d$/);
    expect(shadowText(el)).to.contain('BLS does not publish exact wages at or above this amount');
    expect(shadowText(el)).to.contain('Not published by BLS for this area');
    await expect(el).to.be.accessible();
  });

  it('explains that teachers are paid per year when asked for hourly pay', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="25-2021" region="MN" pay="hourly"></wage-range>`));
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null); // no empty chart
    expect(cells(el, 'Middle (median)')[0]).to.match(/^Not available\s*note 1$/);
    expect(shadowText(el)).to.contain('as yearly figures only');
    expect(shadowText(el)).to.not.contain('too few survey responses');
  });

  it('shows national figures when the state has none, and says so', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    delete occupation.wages.states.MN;
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="mn" source=${source}></wage-range>`));
    expect(shadowText(el)).to.contain('no wage figures for this occupation in Minnesota; national figures are shown');
    expect(cells(el, 'Middle (median)')).to.deep.equal(['$51,140']);
  });

  it('shows an error, not a wrong number, for a damaged wage file', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.wages.states.MN.annual.median = 'abc';
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" source=${source}></wage-range>`), 'error');
    expect(shadowText(el)).to.contain('damaged or in the wrong format');
    expect(shadowText(el)).to.contain('wages.states.MN.annual.median');
    expect(shadowText(el)).to.not.contain('$61,530');
    await expect(el).to.be.accessible();
  });

  it('says when the SOC occupation it shows also covers O*NET specialties, without naming another code', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="11-1011.00" chart="none"></wage-range>`));
    expect(shadowText(el)).to.contain('BLS publishes these wages for SOC 11-1011 as a whole, which also covers Chief Sustainability Officers');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Chief Executives: wages, May 2025');
    expect(shadowText(el)).to.not.contain('These wages are for');
  });

  it('names the SOC occupation whose wages an O*NET specialty shows: note and table caption', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="11-1011.03" chart="none"></wage-range>`));
    expect(shadowText(el)).to.contain('Wages: Chief Sustainability Officers'); // the section is still about the occupation
    expect(shadowText(el)).to.contain('These wages are for 11-1011 Chief Executives, the occupation BLS counts Chief Sustainability Officers in');
    const caption = el.shadowRoot!.querySelector('caption')!.textContent!;
    expect(caption).to.contain('Chief Executives (11-1011): wages, May 2025');
    expect(caption).to.not.contain('Chief Sustainability Officers');
    await expect(el).to.be.accessible();
  });

  it('names the catch-all "All Other" code whose wages it shows, in the caption, the chart label and the note', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="11-9199.09" lang="en-US"></wage-range>`));
    expect(cells(el, 'Middle (median)')).to.deep.equal(['$141,900']);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Managers, All Other (11-9199): wages, May 2025');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.contain('Chart of wages from low to high for Managers, All Other (11-9199)');
    expect(shadowText(el)).to.contain('These wages are for 11-9199 Managers, All Other, the catch-all code BLS counts Wind Energy Operations Managers in');
    await expect(el).to.be.accessible();
  });

  it('names the BLS aggregate whose wages it shows', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2012.00" chart="none"></wage-range>`));
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Clinical Laboratory Technologists and Technicians (29-2010): wages');
    expect(shadowText(el)).to.contain('These wages are for 29-2010 Clinical Laboratory Technologists and Technicians, which BLS publishes together');
  });

  it("names no other code where the wages are the occupation's own", async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072.00" region="MN" chart="none"></wage-range>`));
    expect(shadowText(el)).to.not.contain('are for');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Medical Records Specialists: wages, May 2025');
  });

  it('gives the previous median for each area, and says why one is missing', async () => {
    const own = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" chart="none" lang="en-US"></wage-range>`));
    expect(shadowText(own)).to.contain('Median in the previous survey (May 2024): Minnesota $59,310; United States $50,250.');
    expect(shadowText(own)).to.not.contain('no comparison');
    // Cardiologists: BLS top-coded the May 2024 median, nationally and in Georgia.
    const topCoded = await settled(await fixture<WageRange>(html`<wage-range occupation="29-1212" region="GA" chart="none" lang="en-US"></wage-range>`));
    expect(shadowText(topCoded)).to.contain(
      'Median in the previous survey (May 2024): Georgia $239,200 or more (BLS published no exact figure at or above this amount then, so there is no exact comparison); United States $239,200 or more',
    );
    // Chief executives in Connecticut: the national median was published ($206,420), the state row was cut from the top
    // (25th percentile $202,070, no median or 75th): top-coded in the state, not "not published".
    const cutFromTheTop = await settled(await fixture<WageRange>(html`<wage-range occupation="11-1011" region="CT" chart="none" lang="en-US"></wage-range>`));
    expect(shadowText(cutFromTheTop)).to.contain(
      'Median in the previous survey (May 2024): Connecticut $239,200 or more (BLS published no exact figure at or above this amount then, so there is no exact comparison); United States $206,420.',
    );
    // Oral and maxillofacial surgeons: no May 2024 row for Minnesota.
    const missing = await settled(await fixture<WageRange>(html`<wage-range occupation="29-1022" region="MN" chart="none"></wage-range>`));
    expect(shadowText(missing)).to.contain(
      'Median in the previous survey (May 2024): Minnesota not published by BLS for this area, so there is no comparison; United States',
    );
    await expect(missing).to.be.accessible();
  });

  it('draws a chart only once it nears the viewport, with a text alternative, and keeps the table', async () => {
    const el = await settled(
      await fixture<WageRange>(html`<div><div style="height: 400vh"></div><wage-range occupation="29-2072" region="MN"></wage-range></div>`).then((d) =>
        d.querySelector('wage-range')!,
      ),
    );
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(canvas.hasAttribute('width')).to.be.false; // far below the fold: not drawn yet
    el.scrollIntoView();
    // The chart's code is a chunk fetched only now: allow it the time the other chart tests do on a loaded machine.
    await waitUntil(() => canvas.hasAttribute('width'), 'chart drawn after scrolling', {timeout: 8000});
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('The same figures are in the table');
    expect(el.shadowRoot!.querySelector('table')).to.exist;
  });

  it('is accessible while loading', async () => {
    const el = await fixture<WageRange>(html`<wage-range occupation="29-2072" source="/__fault/delay/800/"></wage-range>`);
    expect(el.dataset.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error and keeps the host page fallback when the server fails', async () => {
    const el = await fixture<WageRange>(html`<wage-range occupation="29-2072" source="/__fault/status/500/"><a href="/wages">See wages</a></wage-range>`);
    const event = await oneEvent(el, 'career-error');
    expect(event.detail.kind).to.equal('http');
    await settled(el, 'error');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('not available right now');
    expect(el.shadowRoot!.querySelector('slot')).to.exist; // the light-DOM link stays visible
    expect(el.querySelector('a')!.offsetParent).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when no occupation is given', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range></wage-range>`), 'empty');
    expect(shadowText(el)).to.contain('No occupation chosen');
    await expect(el).to.be.accessible();
  });

  it('shows the latest occupation when the attribute changes while loading', async () => {
    const el = await fixture<WageRange>(html`<wage-range occupation="11-1011" source="/__fault/delay/400/" chart="none"></wage-range>`);
    el.occupation = '29-2072';
    await settled(el);
    expect(shadowText(el)).to.contain('Medical Records Specialists');
    expect(cells(el, 'Middle (median)')).to.deep.equal(['$51,140']);
  });

  it('survives being removed while loading', async () => {
    const el = await fixture<WageRange>(html`<wage-range occupation="29-2072" source="/__fault/delay/300/"></wage-range>`);
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    document.body.append(el);
    await settled(el);
    el.remove();
  });

  it('reads a page-wide dataset from <meta name="career-widgets-source">, and its own source attribute first', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.title = 'Records Specialists (host dataset)';
    const hostDataset = await stubDataset({'occupations/29-2072.00.json': occupation});
    const meta = Object.assign(document.createElement('meta'), {name: 'career-widgets-source', content: hostDataset});
    document.head.append(meta);
    try {
      const pageWide = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" chart="none"></wage-range>`));
      expect(shadowText(pageWide)).to.contain('Records Specialists (host dataset)');
      const own = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" chart="none" source="/data/v1/"></wage-range>`));
      expect(shadowText(own)).to.contain('Wages: Medical Records Specialists');
    } finally {
      meta.remove();
    }
  });

  it('follows the page language for numbers', async () => {
    const el = await settled(
      await fixture<WageRange>(html`<div lang="de-DE"><wage-range occupation="29-2072" region="MN"></wage-range></div>`).then((d) =>
        d.querySelector('wage-range')!,
      ),
    );
    expect(cells(el, 'Middle (median)')[0]).to.contain('61.530');
  });

  it('re-renders its numbers when its lang changes', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" lang="en-US" chart="none"></wage-range>`));
    expect(cells(el, 'Middle (median)')[0]).to.equal('$61,530');
    el.lang = 'de-DE';
    await el.updateComplete;
    expect(cells(el, 'Middle (median)')[0]).to.contain('61.530');
  });

  it('tells the site owner to check the dataset URL when it is wrong', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" source="/__nope__/"></wage-range>`), 'error');
    expect(shadowText(el)).to.contain('check the dataset URL');
    expect(shadowText(el)).to.not.contain('could not be found');
  });
});
