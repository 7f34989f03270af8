import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/career-compare/career-compare.js';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerCompare} from '../../src/elements/career-compare/career-compare.js';
import type {CareerSearch} from '../../src/elements/career-search/career-search.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import {settled, shadowText} from '../support/helpers.js';
import {getAllByRole, getByRole, queryAllByRole} from '../support/roles.js';

const KEY = 'career-widgets:compare:shortlist';

/** The visible comparison table: the wide one, or in a narrow container the cards' tables. */
const wide = (el: CareerCompare) => el.shadowRoot!.querySelector<HTMLTableElement>('.wide table')!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const cells = (el: CareerCompare, row: string) => {
  const tr = [...wide(el).querySelectorAll('tbody tr')].find((r) => text(r.querySelector('th')!) === row);
  return [...(tr?.querySelectorAll('td') ?? [])].map(text);
};
const careerNames = (el: CareerCompare) => [...wide(el).querySelectorAll('thead button.name')].map(text);
const visible = (node: Element) => node.getClientRects().length > 0;

/** What `<career-search>` fires when a visitor picks a result: used until the search is on this page. */
function pickInSearch(el: CareerCompare, occupation: string): CustomEvent {
  const search = el.shadowRoot!.querySelector('career-search')!;
  const event = new CustomEvent('career-select', {detail: {occupation, region: 'MN', via: 'search'}, bubbles: true, composed: true, cancelable: true});
  search.dispatchEvent(event);
  return event;
}

/** Resolves once a visitor's change has loaded and rendered. */
async function changed(el: CareerCompare, count: number) {
  await waitUntil(() => el.dataset.state !== 'loading' && el.shadowRoot!.querySelectorAll('.wide thead th').length === count, `expected ${count} careers`);
  await el.updateComplete;
}

describe('<career-compare>', function () {
  // axe reads the wide table and every card's table: in WebKit on a loaded 2-core machine that alone took 10 s.
  this.timeout(30_000);

  beforeEach(() => localStorage.removeItem(KEY));

  it('leaves out "Compare careers" under the host’s own heading with no-heading, still named for screen readers', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h2>Which career fits you?</h2>
      <career-compare occupations="29-2072,29-9021" region="MN" heading-level="2" no-heading chart="none"></career-compare>
    </div>`);
    const el = await settled(page.querySelector<CareerCompare>('career-compare')!);
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(0);
    expect(shadowText(el)).to.not.contain('Compare careers');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Compare careers');
    await expect(page).to.be.accessible();
  });

  it('compares Medical Records Specialists with Health Information Technologists in Minnesota, with the published figures', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021" region="MN" lang="en-US"></career-compare>`));
    expect(careerNames(el)).to.deep.equal(['Medical Records Specialists', 'Health Information Technologists and Medical Registrars']);
    // BLS OEWS May 2025, Minnesota (data/v1/occupations/29-2072.00.json and 29-9021.00.json, wages.states.MN)
    expect(cells(el, 'Low (25th percentile)')).to.deep.equal(['$49,690', '$78,000']);
    expect(cells(el, 'Middle (median)')).to.deep.equal(['$61,530', '$90,760']);
    expect(cells(el, 'High (75th percentile)')).to.deep.equal(['$70,070', '$103,690']);
    // Every count with its area and survey month; the outlook with its period and area.
    expect(cells(el, 'Jobs in Minnesota (May 2025)')).to.deep.equal(['3,150', '1,040']);
    // BLS Employment Projections 2024-34 (outlook.percentChange, comparison) and education assignments
    expect(cells(el, 'Job outlook, United States (2024–34)')).to.deep.equal(['Much faster than average (+7.1%)', 'Much faster than average (+14.7%)']);
    expect(cells(el, 'Typical education to start (BLS, U.S.)')).to.deep.equal(['Postsecondary nondegree award', 'Associate’s degree'.replace('’', "'")]);
    // O*NET job zones as preparation levels, not "Job Zone Three: Medium Preparation Needed"
    expect(cells(el, 'Preparation needed')).to.deep.equal(['Level 3 of 5 (medium)', 'Level 3 of 5 (medium)']);
    // The codes are out of the way: in the last row, not under the names.
    expect(cells(el, 'Occupation code')).to.deep.equal(['O*NET-SOC 29-2072.00', 'O*NET-SOC 29-9021.00']);
    expect(text(wide(el).querySelector('thead')!)).to.not.contain('29-2072');
    expect(cells(el, 'Interests')).to.deep.equal(['Conventional, Investigative', 'Conventional, Investigative, Social']);
    // O*NET has not rated these two careers' skills or knowledge: BLS skill ranks stand in, marked.
    const skills = [...wide(el).querySelectorAll('tr.skills td')];
    expect([...skills[0]!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Computers and information technology',
      'Writing and reading',
      'Detail oriented',
      'Fine motor',
      'Speaking and listening',
    ]);
    expect([...skills[1]!.querySelectorAll('li')].map(text).slice(0, 3)).to.deep.equal([
      'Computers and information technology',
      'Mathematics',
      'Critical and analytical thinking',
    ]);
    expect(text(skills[0]!)).to.match(/note \d$/);
    expect(cells(el, 'Top knowledge')).to.deep.equal(['Not rated by O*NET', 'Not rated by O*NET']);
    expect(shadowText(el)).to.contain(
      'Medical Records Specialists: O*NET has not rated this career’s skills, so the skills BLS ranks highest for it are shown instead.',
    );
    expect(el.shadowRoot!.querySelectorAll('[part="notes"] li'), 'one note per career, none unused').to.have.length(2);
    // Every header cell is a real header, and every source is named with its date.
    expect(wide(el).querySelectorAll('thead th[scope="col"]')).to.have.length(2);
    expect(wide(el).querySelectorAll('tbody th[scope="row"]')).to.have.length(11);
    const source = text(el.shadowRoot!.querySelector('[part="source"]')!);
    expect(source).to.contain('Occupational Employment and Wage Statistics, May 2025');
    expect(source).to.contain('Employment Projections 2024-34');
    expect(source).to.contain('O*NET 30.2 Database');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.contain('The same figures are in the table');
    await expect(el).to.be.accessible();
  });

  it('switches to hourly pay by keyboard, marking figures calculated from annual ones', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021" region="MN" chart="none"></career-compare>`));
    const hourly = getByRole(el, 'button', {name: 'Per hour'});
    hourly.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.pay).to.equal('hourly');
    expect(cells(el, 'Middle (median)')).to.deep.equal(['$29.58', '$43.64']);
    expect(cells(el, 'Low (25th percentile)')[0]).to.match(/^\$23\.89\s*note \d$/);
    expect(shadowText(el)).to.contain('Estimated: the yearly figure ÷ 2,080 work hours');
    await expect(el).to.be.accessible();
  });

  it('adds a career chosen in the embedded search, and keeps that choice inside the comparison', async () => {
    const page = await fixture<HTMLElement>(html`<div><career-compare id="cmp" occupations="29-2072" region="MN"></career-compare></div>`);
    const el = await settled(page.querySelector<CareerCompare>('career-compare')!);
    expect(shadowText(el)).to.contain('Add at least one more career');
    let leaked = 0;
    const count = () => leaked++;
    document.addEventListener('career-select', count);
    const change = oneEvent(el, 'career-compare-change');
    const event = pickInSearch(el, '29-9021.00');
    document.removeEventListener('career-select', count);
    expect(event.defaultPrevented).to.be.true;
    expect(leaked).to.equal(0); // a search pick is not a choice for the page's followers
    const {detail} = await change;
    expect(detail).to.deep.equal({action: 'add', occupation: '29-9021.00', occupations: ['29-2072.00', '29-9021.00']});
    await changed(el, 2);
    expect(careerNames(el)).to.deep.equal(['Medical Records Specialists', 'Health Information Technologists and Medical Registrars']);
    expect(el.occupations).to.equal('29-2072.00,29-9021.00');
    expect(text(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal(
      'Added Health Information Technologists and Medical Registrars. 2 careers compared.',
    );
    await expect(el).to.be.accessible();
  });

  it('adds a career with the keyboard alone through the embedded search: type, ArrowDown, Enter', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072" region="MN" chart="none"></career-compare>`));
    const search = el.shadowRoot!.querySelector<CareerSearch>('career-search')!;
    expect(search.localName).to.equal('career-search');
    search.focus();
    const input = getByRole(search, 'combobox') as HTMLInputElement;
    expect(search.shadowRoot!.activeElement).to.equal(input);
    await sendKeys({type: 'health information technologist'});
    await waitUntil(() => queryAllByRole(search, 'option').length > 0, 'results listed', {timeout: 15_000});
    const change = oneEvent(el, 'career-compare-change');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Enter'});
    expect((await change).detail.occupations).to.deep.equal(['29-2072.00', '29-9021.00']);
    await changed(el, 2);
    expect(careerNames(el)[1]).to.equal('Health Information Technologists and Medical Registrars');
    expect(input.value, 'the box is emptied for the next career').to.equal('');
    expect(el.shadowRoot!.activeElement, 'focus stays in the search').to.equal(search);
    await expect(el).to.be.accessible();
  });

  it('refuses a duplicate and a fifth career, saying why', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021,29-1141,15-1252" region="MN"></career-compare>`));
    pickInSearch(el, '29-2072.00');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('Medical Records Specialists is already in the comparison.');
    pickInSearch(el, '47-2111.00');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('You can compare up to 4 careers. Remove one to add another.');
    expect(careerNames(el)).to.have.length(4);
    expect(el.occupations.split(',')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('removes a career by keyboard with a button named after it, and moves focus to the next one', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021,29-1141" region="MN"></career-compare>`));
    const remove = getAllByRole(wide(el), 'button', {name: /^Remove /});
    expect(remove.map(text)).to.deep.equal([
      'Remove Medical Records Specialists',
      'Remove Health Information Technologists and Medical Registrars',
      'Remove Registered Nurses',
    ]);
    remove[0]!.focus();
    const change = oneEvent(el, 'career-compare-change');
    await sendKeys({press: 'Enter'});
    expect((await change).detail).to.deep.equal({action: 'remove', occupation: '29-2072.00', occupations: ['29-9021.00', '29-1141.00']});
    await changed(el, 2);
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('remove'), 'focus on a remove button');
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Remove Health Information Technologists and Medical Registrars');
    expect(text(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('Removed Medical Records Specialists. 2 careers compared.');
    // The last one removed: focus goes to the one before it.
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    getAllByRole(wide(el), 'button', {name: /^Remove /})[1]!.focus();
    await sendKeys({press: ' '}); // Space: puppeteer's BiDi keyboard (Firefox) knows it only as ' '
    await changed(el, 1);
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('remove'), 'focus on the remaining remove button');
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Remove Health Information Technologists and Medical Registrars');
    await expect(el).to.be.accessible();
  });

  it('is a leader: choosing a career by its name switches a profile that follows it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <career-compare id="cmp" occupations="29-2072,29-9021" region="MN" chart="none"></career-compare>
      <career-profile for="cmp" occupation="29-2072" sections="overview"></career-profile>
    </div>`);
    const el = await settled(page.querySelector<CareerCompare>('career-compare')!);
    const profile = page.querySelector<CareerProfile>('career-profile')!;
    expect(el.choice).to.equal(null);
    const select = oneEvent(el, 'career-select');
    wide(el).querySelectorAll<HTMLButtonElement>('button.name')[1]!.click();
    expect((await select).detail).to.deep.equal({occupation: '29-9021.00', region: 'MN', via: 'compare'});
    await waitUntil(() => profile.occupation === '29-9021.00', 'the profile follows');
    expect(profile.region).to.equal('MN');
    expect(el.choice).to.deep.equal({occupation: '29-9021.00', region: 'MN', via: 'compare'});
    await el.updateComplete;
    expect(wide(el).querySelectorAll('button.name')[1]!.getAttribute('aria-current')).to.equal('true');
  });

  it('keeps a shortlist across re-creation, and clears it', async () => {
    const first = await settled(await fixture<CareerCompare>(html`<career-compare shortlist occupations="29-2072" region="MN"></career-compare>`));
    pickInSearch(first, '29-9021.00');
    await changed(first, 2);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({v: 1, codes: ['29-2072.00', '29-9021.00']});
    first.remove();

    const again = await settled(await fixture<CareerCompare>(html`<career-compare shortlist occupations="29-2072" region="MN"></career-compare>`));
    expect(careerNames(again)).to.deep.equal(['Medical Records Specialists', 'Health Information Technologists and Medical Registrars']);
    expect(shadowText(again)).to.contain('Your shortlist is kept in this browser.');
    const clear = getByRole(again, 'button', {name: 'Clear shortlist'});
    clear.focus();
    const change = oneEvent(again, 'career-compare-change');
    await sendKeys({press: 'Enter'});
    expect((await change).detail).to.deep.equal({action: 'clear', occupations: []});
    await settled(again, 'empty');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(text(again.shadowRoot!.querySelector('[role="status"]')!)).to.equal('Shortlist cleared.');
    await expect(again).to.be.accessible();
    again.remove();

    const fresh = await settled(await fixture<CareerCompare>(html`<career-compare shortlist occupations="29-2072" region="MN"></career-compare>`));
    expect(careerNames(fresh)).to.deep.equal(['Medical Records Specialists']);
  });

  it('keeps a list named "probe": the storage probe never uses a list key', async () => {
    const probeList = 'career-widgets:compare:probe';
    localStorage.setItem(probeList, JSON.stringify({v: 1, codes: ['29-9021.00']}));
    try {
      const el = await settled(await fixture<CareerCompare>(html`<career-compare shortlist="probe" occupations="29-2072"></career-compare>`));
      expect(careerNames(el)).to.deep.equal(['Health Information Technologists and Medical Registrars']);
      expect(shadowText(el)).to.contain('Your shortlist is kept in this browser.');
      expect(JSON.parse(localStorage.getItem(probeList)!)).to.deep.equal({v: 1, codes: ['29-9021.00']});
    } finally {
      localStorage.removeItem(probeList);
    }
  });

  it('ignores a poisoned shortlist and survives storage that refuses access', async () => {
    localStorage.setItem(KEY, '{"v":1,"codes":["<img src=x onerror=alert(1)>", 7, "29-9021.00", "29-9021.00"]}');
    const el = await settled(await fixture<CareerCompare>(html`<career-compare shortlist occupations="29-2072"></career-compare>`));
    expect(careerNames(el)).to.deep.equal(['Health Information Technologists and Medical Registrars']);
    localStorage.setItem(KEY, 'not json{');
    const el2 = await settled(await fixture<CareerCompare>(html`<career-compare shortlist occupations="29-2072"></career-compare>`));
    expect(careerNames(el2)).to.deep.equal(['Medical Records Specialists']);

    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const el3 = await settled(await fixture<CareerCompare>(html`<career-compare shortlist occupations="29-2072,29-9021"></career-compare>`));
      expect(careerNames(el3)).to.have.length(2);
      expect(shadowText(el3)).to.contain('does not allow saving');
      wide(el3).querySelector<HTMLButtonElement>('button.remove')!.click();
      await changed(el3, 1);
      await expect(el3).to.be.accessible();
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('stacks each career as a card of its own table in a narrow container', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 320px"><career-compare occupations="29-2072,29-9021" region="MN"></career-compare></div>`);
    const el = await settled(box.querySelector<CareerCompare>('career-compare')!);
    expect(visible(wide(el))).to.be.false;
    const cards = [...el.shadowRoot!.querySelectorAll('[part="cards"] > li')];
    expect(cards).to.have.length(2);
    expect(cards.every(visible)).to.be.true;
    expect(cards[1]!.getBoundingClientRect().top).to.be.greaterThan(cards[0]!.getBoundingClientRect().bottom - 1); // stacked
    const table = cards[1]!.querySelector('table')!;
    expect(text(table.querySelector('thead th[scope="col"] button.name')!)).to.equal('Health Information Technologists and Medical Registrars');
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(11);
    const median = [...table.querySelectorAll('tbody tr')].find((r) => text(r.querySelector('th')!) === 'Middle (median)')!;
    expect(text(median.querySelector('td')!)).to.equal('$90,760');
    // Removing from a card moves focus to the visible card's button, not a hidden one.
    cards[0]!.querySelector<HTMLButtonElement>('button.remove')!.focus();
    await sendKeys({press: 'Enter'});
    await changed(el, 1);
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('remove'), 'focus on the remaining card');
    expect(visible(el.shadowRoot!.activeElement!)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('says whose figures they are where BLS publishes them for a wider code', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="31-1122,11-1011.03" region="MN" chart="none"></career-compare>`));
    const notes = text(el.shadowRoot!.querySelector('[part="notes"]')!);
    expect(notes).to.contain(
      'These wages are for 31-1120 Home Health and Personal Care Aides, which BLS publishes together: it has no separate figures for Personal Care Aides.',
    );
    expect(notes).to.contain('These projections are for 31-1120 Home Health and Personal Care Aides');
    expect(notes).to.contain('These wages are for 11-1011 Chief Executives, the occupation BLS counts Chief Sustainability Officers in');
    expect(cells(el, 'Middle (median)')[0]).to.match(/note \d$/);
    await expect(el).to.be.accessible();
  });

  it('shows the first four of more codes, and says which were left out', async () => {
    const el = await settled(
      await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021,29-1141,15-1252,47-2111" chart="none"></career-compare>`),
    );
    expect(careerNames(el)).to.have.length(4);
    expect(shadowText(el)).to.contain('Only 4 careers can be compared; not shown: 47-2111.');
  });

  it('compares what it can when a code is unknown, and says which', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072 99-9999 29-9021"></career-compare>`));
    expect(careerNames(el)).to.have.length(2);
    expect(shadowText(el)).to.contain('Not found in this dataset, so not compared: 99-9999.');
  });

  it('with no careers, shows the search and a prompt (empty state), accessibly', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare></career-compare>`), 'empty');
    expect(el.shadowRoot!.querySelector('career-search')).to.exist;
    expect(shadowText(el)).to.contain('Find careers with the search to compare up to 4 of them');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021" source="/__fault/delay/800/"></career-compare>`);
    expect(el.dataset.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error with a retry and keeps the host fallback when the data cannot be reached', async () => {
    const el = await settled(
      await fixture<CareerCompare>(
        html`<career-compare occupations="29-2072,29-9021" source="/__fault/status/503/"><p>Compare careers at CareerOneStop.</p></career-compare>`,
      ),
      'error',
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect([...el.shadowRoot!.querySelectorAll('button')].map(text)).to.include('Try again');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
  });
});
