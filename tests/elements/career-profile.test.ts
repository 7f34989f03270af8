import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {settled, shadowText} from '../support/helpers.js';
import {real, stubDataset} from '../support/stub-dataset.js';

const headings = (el: CareerProfile) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent!.trim()}`);

async function nestedSettled(el: CareerProfile) {
  for (const child of el.shadowRoot!.querySelectorAll<WageRange>('wage-range, skill-list'))
    await settled(child, child.dataset.state === 'empty' ? 'empty' : 'complete');
}

describe('<career-profile>', () => {
  it('shows the whole Minnesota profile of a medical records specialist (the seed page)', async function () {
    this.timeout(30_000); // the whole profile, opened, with its nested widgets: slow in WebKit
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072" region="MN" lang="en-US"></career-profile>`));
    await nestedSettled(el);
    // The compact default: what a student asks first; the rest behind one "Show more" button.
    expect(headings(el)).to.include.members([
      'h2 Medical Records Specialists',
      'h3 What they do',
      'h3 Typical work tasks',
      'h3 Outlook',
      'h3 Education & training',
    ]);
    expect(headings(el)).to.not.include('h3 Interests');
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Show more'))!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    await nestedSettled(el);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(headings(el)).to.include.members(['h3 Tools & technology', 'h3 Interests', 'h3 Work styles', 'h3 Related occupations']);
    const text = shadowText(el);
    // Core task statements lead (as O*NET OnLine shows them), not the vague activity phrases.
    expect(el.shadowRoot!.querySelector('.tasks li')!.textContent).to.contain('diagnosis-related groups');
    expect(text).to.not.contain('Maintain medical facility records');
    expect(text).to.contain('+7.1%');
    expect(text).to.contain('194,800');
    expect(text).to.contain('208,600');
    expect(text).to.contain('14,200');
    expect(text).to.contain('Postsecondary nondegree award');
    expect(text).to.contain('Conventional');
    expect(text).to.contain('Attention to Detail');
    expect(headings(el).join('|')).to.not.contain('working conditions'); // no O*NET Work Context in the bundled sources
    expect(text).to.contain('Employment Projections 2024-34');
    expect(text).to.contain('CC BY 4.0');
    const wages = el.shadowRoot!.querySelector('wage-range')!;
    expect(wages.getAttribute('region')).to.equal('MN');
    expect(shadowText(wages)).to.contain('$61,530');
    const skills = el.shadowRoot!.querySelector('skill-list')!;
    expect(shadowText(skills)).to.contain('these are estimates by BLS');
    expect(skills.getAttribute('exportparts')).to.contain('heading'); // career-profile::part(heading) reaches it
    await expect(el).to.be.accessible();
  });

  it('reports one career-load per profile, not one per nested widget', async () => {
    const events: string[] = [];
    const listener = (event: Event) => events.push((event.target as Element).localName);
    document.addEventListener('career-load', listener);
    try {
      const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="15-1211" region="CA"></career-profile>`));
      await nestedSettled(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(events).to.deep.equal(['career-profile']);
    } finally {
      document.removeEventListener('career-load', listener);
    }
  });

  it('names the BLS aggregate whose education and projections it shows, and only there', async () => {
    const el = await settled(
      await fixture<CareerProfile>(html`<career-profile occupation="29-2012.00" sections="overview outlook education"></career-profile>`),
    );
    const section = (id: string) => el.shadowRoot!.querySelector(`[part="section"].${id}`)!.textContent!.replace(/\s+/g, ' ');
    expect(section('education')).to.contain(
      'The typical education, work experience and training shown are for 29-2010 Clinical Laboratory Technologists and Technicians, which BLS publishes together',
    );
    expect(section('education')).to.contain("Bachelor's degree");
    expect(section('outlook')).to.contain('These projections are for 29-2010 Clinical Laboratory Technologists and Technicians');
    expect(section('overview')).to.not.contain('are for');
    await expect(el).to.be.accessible();

    const own = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072.00" sections="outlook education"></career-profile>`));
    expect(shadowText(own)).to.not.contain('are for');
    expect(shadowText(own)).to.contain('Postsecondary nondegree award');
  });

  it('names the catch-all code whose education and projections an O*NET specialty shows', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="11-9199.09" sections="outlook education"></career-profile>`));
    expect(shadowText(el)).to.contain('The typical education, work experience and training shown are for 11-9199 Managers, All Other, the catch-all code');
    expect(shadowText(el)).to.contain('These projections are for 11-9199 Managers, All Other');
  });

  it('presents the outlook band as our comparison, not BLS wording, and says what the band shown means', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072.00" sections="outlook" lang="en-US"></career-profile>`));
    expect(shadowText(el)).to.contain('BLS expects the number of these jobs to grow by 7.1% from 2024 to 2034. Jobs overall are expected to grow by 3.1%.');
    expect(shadowText(el)).to.contain('That is much faster than average.');
    expect(shadowText(el)).to.contain('“Much faster than average” is our label: at least twice the growth of all jobs (+3.1%).');
    // A declining occupation: the verb carries the sign, and the note defines the band shown.
    const declining = await settled(await fixture<CareerProfile>(html`<career-profile occupation="43-9022.00" sections="outlook"></career-profile>`));
    expect(shadowText(declining)).to.match(/BLS expects the number of these jobs to shrink by \d+\.\d% from 2024 to 2034\./);
    expect(shadowText(declining)).to.contain('“Decline” is our label: a drop of 1% or more');
  });

  it("marks O*NET's low-precision education percentages, and only those", async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="11-2033.00" sections="education" lang="en-US"></career-profile>`));
    const row = (label: string) =>
      [...el.shadowRoot!.querySelectorAll('table.distribution tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === label)!;
    expect(row("Bachelor's Degree").querySelector('td')!.textContent).to.match(/65%\s*\(low-precision estimate\)\s*note 1/);
    expect(row("Master's Degree").querySelector('td')!.textContent!.trim()).to.equal('11%');
    expect(shadowText(el)).to.contain('O*NET marks this estimate as low precision');
    await expect(el).to.be.accessible();
    const plain = await settled(await fixture<CareerProfile>(html`<career-profile occupation="15-1252.00" sections="education"></career-profile>`));
    expect(shadowText(plain)).to.not.contain('low precision');
  });

  it('shows the SOC definitions of the occupations a BLS aggregate combines, not a sentence of ours', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2010" sections="overview"></career-profile>`));
    const text = shadowText(el);
    expect(text).to.contain('2018 Standard Occupational Classification (SOC definitions)');
    expect(text).to.contain('Medical and Clinical Laboratory Technicians (29-2012)');
    const definition = (await real('occupations/29-2010.json')).socParts[1].definition;
    expect(text).to.contain(definition.replace(/\s+/g, ' ').trim());
    expect(text).to.not.contain('combining the 2018 SOC occupations');
    await expect(el).to.be.accessible();
  });

  it('lets the host choose, order and level the sections', async () => {
    const el = await settled(
      await fixture<CareerProfile>(html`<career-profile occupation="29-2072.00" sections="outlook, overview bogus" heading-level="3"></career-profile>`),
    );
    expect(headings(el)).to.deep.equal(['h3 Medical Records Specialists', 'h4 Outlook', 'h4 What they do']);
    el.heading = 'Where this program leads';
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('h3 Where this program leads');
    await expect(el).to.be.accessible();
  });

  it('leaves out sections the dataset has no data for', async () => {
    // A BLS-only occupation: wages and outlook, but no O*NET tasks or interests.
    const index = await real('index.json');
    const bls = index.occupations.find((o: any) => o.kind === 'bls' && o.median !== null);
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation=${bls.code}></career-profile>`));
    const text = headings(el).join('|');
    expect(text).to.not.contain('Interests');
    expect(text).to.not.contain('Typical work tasks');
    expect(el.shadowRoot!.querySelector('wage-range')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows working conditions when the dataset has O*NET Work Context', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.workContext = [
      {id: '4.C.1.a.2.l', name: 'Face-to-Face Discussions', value: 4.6, scale: 'CX'},
      {id: '4.C.2.a.1.a', name: 'Indoors, Environmentally Controlled', value: 4.9, scale: 'CX'},
      {id: '4.C.3.d.1', name: 'Time Pressure', value: 1.2, scale: 'CX'},
      {id: '4.C.1.b.1.e', name: 'Work With Work Group or Team', value: 2.9, scale: 'CT'},
    ];
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072" source=${source} sections="conditions"></career-profile>`));
    const items = [...el.shadowRoot!.querySelectorAll('.conditions li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Indoors, Environmentally Controlled', 'Work With Work Group or Team', 'Face-to-Face Discussions', 'Time Pressure']);
    await expect(el).to.be.accessible();
  });

  it('says which occupation a SOC code shows and offers the others', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="11-1011" sections="overview"></career-profile>`));
    expect(shadowText(el)).to.contain('SOC 11-1011 also covers');
    const other = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Chief Sustainability Officers'))!;
    other.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    await waitForTitle(el, 'Chief Sustainability Officers');
    expect(el.occupation).to.equal('11-1011.03');
  });

  it('announces a related-occupation choice, and lets the host take it over', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072" sections="related"></career-profile>`));
    el.addEventListener('career-select', (event) => event.preventDefault(), {once: true});
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('ul.related button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'career-select');
    expect(event.detail.occupation).to.match(/^\d\d-\d{4}\.\d\d$/);
    await el.updateComplete;
    expect(el.occupation).to.equal('29-2072'); // the host cancelled: nothing changed
  });

  it('renders hostile strings from a dataset as text, never as markup', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.title = '<img src=x onerror="window.__pwned=1">';
    occupation.description = '"><script>window.__pwned=2</script> {{7*7}} ${7*7} \u202Eevil';
    occupation.activities = ['</style><svg onload="window.__pwned=3">'];
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(
      await fixture<CareerProfile>(html`<career-profile occupation="29-2072" source=${source} sections="overview tasks"></career-profile>`),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror=');
    expect(shadowText(el)).to.contain('{{7*7}}');
  });

  it('shows an accessible error with the host fallback for a dataset URL that is not http(s)', async () => {
    const el = await settled(
      await fixture<CareerProfile>(
        html`<career-profile occupation="29-2072" source="javascript:alert(1)"><p>Read about this career on our site.</p></career-profile>`,
      ),
      'error',
    );
    expect(shadowText(el)).to.contain('needs a fix before this career information can show');
    expect(shadowText(el)).to.not.contain('not available right now');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading, with space reserved', async () => {
    const el = await fixture<CareerProfile>(html`<career-profile occupation="29-2072" source="/__fault/delay/800/"></career-profile>`);
    expect(el.dataset.state).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(el).to.be.accessible();
  });

  it('keeps working under hostile host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset !important; } html { font-size: 3px !important; color: #fff !important; }';
    document.head.append(style);
    try {
      const el = await settled(
        await fixture<CareerProfile>(html`<career-profile occupation="29-2072" region="MN" sections="overview outlook"></career-profile>`),
      );
      const lead = el.shadowRoot!.querySelector('.lead')!;
      expect(lead.textContent).to.contain('medical records');
      // Inside the shadow root the host's rules do not apply: the outlook figures keep their layout.
      expect(getComputedStyle(el.shadowRoot!.querySelector('dl.figures')!).display).to.equal('grid');
    } finally {
      style.remove();
    }
  });

  it('keeps neighbours working when one widget fails', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <career-profile occupation="29-2072" source="/__fault/html/" sections="overview"></career-profile>
      <career-profile occupation="29-2072" sections="overview"></career-profile>
    </div>`);
    const [bad, good] = wrap.querySelectorAll('career-profile');
    await settled(bad!, 'error');
    await settled(good!, 'complete');
    expect(shadowText(bad!)).to.contain('is not JSON');
  });
});

async function waitForTitle(el: CareerProfile, title: string) {
  const {waitUntil} = await import('@open-wc/testing');
  await waitUntil(() => el.shadowRoot!.querySelector('#title')?.textContent?.trim() === title, `title ${title}`);
  expect(el.shadowRoot!.activeElement?.id).to.equal('title');
}
