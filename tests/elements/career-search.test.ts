import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/career-search/career-search.js';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerSearch} from '../../src/elements/career-search/career-search.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import type {CareerSearchDetail, CareerSelectDetail} from '../../src/internal/events.js';
import {engine} from '../support/engine.js';
import {settled, shadowText} from '../support/helpers.js';

const input = (search: CareerSearch) => search.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const popup = (search: CareerSearch) => search.shadowRoot!.querySelector<HTMLElement>('.popup')!;
const options = (search: CareerSearch) => [...search.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const status = (search: CareerSearch) => search.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Focuses the box and types `query` key by key, as a visitor does, then waits for the results. */
async function type(search: CareerSearch, query: string) {
  input(search).focus();
  input(search).select(); // typing replaces what the box holds
  await sendKeys({type: query});
  await waitUntil(() => options(search).length > 0 || search.shadowRoot!.querySelector('[part="empty"]'), 'no results', {timeout: 8000});
  await search.updateComplete;
}

const count = async (key: string) => (await (await fetch(`/__fault/count-read/${key}`)).json()).count as number;

/**
 * A key press. WebKitGTK's WebDriver moved the active result on End as if ArrowUp had been pressed (not seen in
 * Chromium or Firefox, nor by hand), so WebKit gets the key as a DOM event on the box instead.
 */
async function press(search: CareerSearch, key: string) {
  if (engine !== 'webkit') return sendKeys({press: key});
  input(search).dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true}));
}

describe('career-search', function () {
  // Loading ~230 KB of titles and building the search takes a few seconds in a slow engine on a busy machine.
  this.timeout(40_000);

  afterEach(() => history.replaceState(null, '', location.pathname));

  it('credits O*NET in one short line after the results, in English and in Spanish', async () => {
    for (const [lang, credit] of [
      ['en', /^Job titles: O\*NET® 30\.2 Database by USDOL\/ETA, used under CC BY 4\.0$/],
      ['es', /^Títulos de empleo: base de datos O\*NET® 30\.2 del USDOL\/ETA, usada bajo la licencia CC BY 4\.0$/],
    ] as const) {
      const search = await fixture<CareerSearch>(html`<career-search lang=${lang}></career-search>`);
      await type(search, 'nurse');
      // The Spanish catalog is a chunk of its own: results may show before it arrives, then re-render in Spanish.
      await waitUntil(() => credit.test(text(popup(search).querySelector('[part~="source"]') ?? search)), `no ${lang} credit: "${text(popup(search))}"`, {
        timeout: 10_000,
      });
      const source = popup(search).querySelector('[part~="source"]')!;
      expect(text(source)).to.match(credit);
      expect(source.querySelector<HTMLAnchorElement>('a[rel~="license"]')!.href).to.equal('https://www.onetcenter.org/license_db.html');
      expect(popup(search).querySelector('[role="listbox"]')!.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      input(search).blur();
    }
  });

  it('is a labelled, collapsed combobox that loads only the small first tier of titles before the visitor focuses it', async () => {
    const key = `idle-${Date.now()}`;
    const requested = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes(`/${key}/`))
        .map((n) => n.split('/').pop());
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/count/${key}/`}></career-search>`);
    const box = input(search);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-controls')).to.equal('listbox');
    expect(box.labels?.[0]?.textContent).to.contain('Find a career');
    await expect(search).to.be.accessible();
    // In view, page loaded and idle: the first tier (with the index and meta it needs), not the 240 KB of titles.
    await waitUntil(() => requested().includes('search-first.json'), 'the first tier was not loaded early', {timeout: 8000});
    expect(requested()).not.to.include('search.json');
    expect(search.state).to.equal('idle');
    box.focus();
    await waitUntil(() => search.state === 'complete', 'search data never loaded', {timeout: 8000});
    await waitUntil(() => requested().includes('search.json'), 'focus did not load the rest of the titles', {timeout: 8000});
    expect(await count(key)).to.be.greaterThan(3);
  });

  it('keyboard only: type "medical coder", ArrowDown, Enter; a followed profile shows Medical Records Specialists with MN wages', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <career-search id="find" region="MN"></career-search>
      <career-profile for="find" region="MN" sections="overview wages"></career-profile>
    </div>`);
    const search = page.querySelector<CareerSearch>('career-search')!;
    const profile = page.querySelector<CareerProfile>('career-profile')!;
    await type(search, 'medical coder');
    // The first tier answers "Coder -> Medical Records Specialists"; every title then refines it to "Medical Coder".
    expect(text(options(search)[0]!)).to.contain('Medical Records Specialists');
    await waitUntil(() => search.dataset.titles === 'all', 'the full titles never arrived', {timeout: 15000});
    await search.updateComplete;
    const box = input(search);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    const first = options(search)[0]!;
    expect(text(first)).to.match(/^Medical Coder → , leads to Medical Records Specialists 29-2072\.00$|Medical Coder.*Medical Records Specialists/);
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Medical', 'Coder']);
    await expect(search).to.be.accessible(); // popup open

    await sendKeys({press: 'ArrowDown'});
    await search.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(first.getAttribute('aria-selected')).to.equal('true');

    const selected = oneEvent(search, 'career-select');
    await sendKeys({press: 'Enter'});
    const event = await selected;
    expect(event.detail).to.deep.equal({occupation: '29-2072.00', region: 'MN', via: 'search'});
    expect(search.choice?.occupation).to.equal('29-2072.00');
    expect(box.value).to.equal('Medical Records Specialists');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    await expect(search).to.be.accessible(); // popup closed

    await waitUntil(() => profile.occupation === '29-2072.00', 'profile did not follow');
    await settled(profile);
    await waitUntil(() => /\$61,530/.test(shadowText(profile.shadowRoot!.querySelector('wage-range')!)), 'no MN median', {timeout: 8000});
    expect(shadowText(profile)).to.contain('Medical Records Specialists');
    // Focus stays in the search box while the followed profile re-renders.
    expect(document.activeElement).to.equal(search);
    expect(search.shadowRoot!.activeElement).to.equal(box);
  });

  it('Escape closes the list, a second Escape clears the box; Home / End move through results once one is active', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'nurse');
    const box = input(search);
    const shown = options(search).length;
    expect(shown).to.be.greaterThan(2);
    await press(search, 'End'); // no active result yet: the caret moves, the list stays as it is
    expect(box.getAttribute('aria-activedescendant')).to.equal('');
    await press(search, 'ArrowUp');
    await search.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal(`option-${shown - 1}`);
    await press(search, 'Home');
    await search.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');
    await press(search, 'End');
    await search.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal(`option-${shown - 1}`);
    await press(search, 'ArrowDown'); // wraps
    await search.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');

    await press(search, 'Escape');
    await search.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(popup(search).hidden).to.equal(true);
    expect(box.value).to.equal('nurse');
    await press(search, 'Escape');
    await search.updateComplete;
    expect(box.value).to.equal('');
  });

  it('says how many careers matched in a polite live region', async () => {
    const search = await fixture<CareerSearch>(html`<career-search limit="5"></career-search>`);
    await type(search, 'teacher');
    await waitUntil(() => status(search).textContent!.includes('found'), 'no count announced');
    expect(status(search).textContent).to.match(/\d+ careers found; showing the first 5\./);
    expect(options(search)).to.have.length(5);
  });

  it('no matches: says so and suggests a spelling; choosing it searches again', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'plmbr');
    const empty = search.shadowRoot!.querySelector<HTMLElement>('[part="empty"]')!;
    expect(text(empty)).to.contain('No careers match “plmbr”');
    await expect(search).to.be.accessible();
    empty.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => options(search).length > 0, 'no results for the suggestion');
    expect(input(search).value).to.equal('plumber');
    expect(text(options(search)[0]!)).to.contain('Plumbers');
  });

  it('highlights matches as text: a title is never parsed as markup', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'r&d');
    for (const option of options(search)) {
      for (const mark of option.querySelectorAll('mark')) expect(mark.children).to.have.length(0);
      expect(option.querySelector('script, img')).to.equal(null);
    }
  });

  it('finds occupations by code and by abbreviation', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, '29-2072');
    expect(text(options(search)[0]!)).to.contain('Medical Records Specialists');
    await type(search, 'cna');
    expect(options(search).slice(0, 3).map(text).join(' ')).to.contain('Nursing Assistants');
  });

  it('filters by job zone and major group', async () => {
    const search = await fixture<CareerSearch>(html`<career-search job-zone="4 5" major="29"></career-search>`);
    await type(search, 'nurse');
    const codes = options(search).map((o) => text(o.querySelector('.code')!));
    expect(codes.length).to.be.greaterThan(0);
    expect(codes.every((c) => c.startsWith('29-'))).to.equal(true);
    expect(codes).to.not.include('29-2061.00'); // Licensed Practical Nurses: job zone 3
  });

  it('filter controls: labelled selects of job zones and major groups narrow the results; accessible', async () => {
    const search = await fixture<CareerSearch>(html`<career-search filters></career-search>`);
    await waitUntil(() => search.shadowRoot!.querySelectorAll('select option').length > 10, 'filter options never loaded');
    const [zone, major] = [...search.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
    expect(zone!.labels?.[0]?.textContent).to.contain('Preparation needed');
    expect(major!.labels?.[0]?.textContent).to.contain('Field of work');
    await expect(search).to.be.accessible();
    await type(search, 'nurse');
    major!.value = [...major!.options].find((o) => o.textContent!.startsWith('Healthcare Support'))!.value;
    major!.dispatchEvent(new Event('change'));
    await search.updateComplete;
    const codes = options(search).map((o) => text(o.querySelector('.code')!));
    expect(codes.length).to.be.greaterThan(0);
    expect(codes.every((c) => c.startsWith('31-'))).to.equal(true);
  });

  it('a cancelled career-select changes nothing', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <career-search id="cancel-find"></career-search>
      <career-profile for="cancel-find" occupation="15-1252" sections="overview"></career-profile>
    </div>`);
    const search = page.querySelector<CareerSearch>('career-search')!;
    const profile = page.querySelector<CareerProfile>('career-profile')!;
    page.addEventListener('career-select', (event) => event.preventDefault());
    await type(search, 'medical coder');
    await sendKeys({press: 'Enter'});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(search.choice).to.equal(null);
    expect(profile.occupation).to.equal('15-1252');
  });

  it('analytics: a search made reports its length and result count, the text only when the host opts in', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    const made = oneEvent(search, 'career-search');
    await type(search, 'welder');
    const {detail} = (await made) as CustomEvent<CareerSearchDetail>;
    expect(detail.queryLength).to.equal(6);
    expect(detail.resultCount).to.be.greaterThan(0);
    expect(detail).to.not.have.property('query');

    const optedIn = await fixture<CareerSearch>(html`<career-search report-query></career-search>`);
    const withText = oneEvent(optedIn, 'career-search');
    await type(optedIn, 'welder');
    expect(((await withText) as CustomEvent<CareerSearchDetail>).detail.query).to.equal('welder');
  });

  it('analytics: following the attribution link out of the list reports career-link', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'nurse');
    const link = search.shadowRoot!.querySelector<HTMLAnchorElement>('.popup a[href]')!;
    const stay = (event: Event) => event.preventDefault(); // keep the test page where it is
    document.addEventListener('click', stay);
    try {
      const followed = oneEvent(search, 'career-link');
      link.click();
      const {detail} = await followed;
      expect(detail.href).to.equal(link.href);
      expect(detail.href).to.match(/^https:\/\//);
    } finally {
      document.removeEventListener('click', stay);
    }
  });

  it('keeps the choice in the URL: restored on (re-)initialisation, one history entry per choice, back steps back', async () => {
    history.replaceState(null, '', `${location.pathname}?career=29-2072`);
    const make = () =>
      fixture<HTMLElement>(html`<div>
        <career-search id="url-find" url-param="career" region="MN"></career-search>
        <career-profile for="url-find" region="MN" sections="overview"></career-profile>
      </div>`);
    let page = await make();
    let search = page.querySelector<CareerSearch>('career-search')!;
    await waitUntil(() => search.choice?.occupation === '29-2072.00', 'choice not restored from the URL');
    expect(input(search).value).to.equal('Medical Records Specialists');
    const profile = page.querySelector<CareerProfile>('career-profile')!;
    await waitUntil(() => profile.occupation === '29-2072.00', 'follower did not start from the restored choice');

    await type(search, 'software engineer');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => new URL(location.href).searchParams.get('career') === '15-1252.00', 'URL not updated');
    await waitUntil(() => profile.occupation === '15-1252.00');

    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await waitUntil(() => search.choice?.occupation === '29-2072.00', 'back did not restore the previous choice');
    await waitUntil(() => profile.occupation === '29-2072.00', 'follower did not step back');

    // A reload-like re-initialisation: a new search element reads the URL again.
    page.remove();
    page = await make();
    search = page.querySelector<CareerSearch>('career-search')!;
    await waitUntil(() => search.choice?.occupation === '29-2072.00', 'not restored after re-initialisation');
    const restored: CareerSelectDetail = search.choice!;
    expect(restored).to.deep.equal({occupation: '29-2072.00', region: 'MN', via: 'url'});
  });

  it('error: says the titles could not be loaded, offers a retry, shows the host fallback; accessible', async () => {
    const search = await fixture<CareerSearch>(html`<career-search source="/__fault/status/500/"
      ><a href="/careers/">Browse all careers</a></career-search
    >`);
    input(search).focus();
    await waitUntil(() => search.state === 'error', 'no error state', {timeout: 8000});
    await search.updateComplete;
    const alert = search.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Job titles could not be loaded');
    expect(alert.querySelector('button')).to.exist;
    expect(search.shadowRoot!.querySelector('slot')).to.exist;
    await expect(search).to.be.accessible();
  });
});
