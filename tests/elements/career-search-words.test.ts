// <career-search>: what a visitor sees from the ranking, in Spanish and a host's language,
// and while the full list of titles is still arriving. The rest of its behaviour: career-search.test.ts.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/career-search/career-search.js';
import type {CareerSearch} from '../../src/elements/career-search/career-search.js';
import {registerMessages} from '../../src/internal/i18n.js';

const input = (search: CareerSearch) => search.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = (search: CareerSearch) => [...search.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
/** What a sighted visitor reads in a row (the "leads to" words are for screen readers only). */
const visible = (row: HTMLElement) =>
  [...row.querySelectorAll<HTMLElement>('.title, .arrow, .target, .code')]
    .map((part) => part.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const rows = (search: CareerSearch) => options(search).map(visible);

async function type(search: CareerSearch, query: string) {
  input(search).focus();
  input(search).select();
  await sendKeys({type: query});
  await waitUntil(() => options(search).length > 0 || search.shadowRoot!.querySelector('[part="empty"]'), `no results for "${query}"`, {timeout: 10000});
  await search.updateComplete;
}

/** Waits until the search answers from every title (the first tier has been replaced). */
const allTitles = (search: CareerSearch) => waitUntil(() => search.dataset.titles === 'all', 'the full titles never arrived', {timeout: 15000});

describe('career-search: what the visitor finds', function () {
  this.timeout(60_000);

  it('"police" leads to Police and Sheriff\'s Patrol Officers, and Enter picks it; no secretaries in the first three', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'police');
    await allTitles(search);
    await search.updateComplete;
    expect(rows(search)[0]).to.match(/^Police and Sheriff's Patrol Officers\s*33-3051\.00$/);
    expect(rows(search).slice(0, 3).join(' | ')).not.to.contain('Secretaries');
    const chosen = new Promise<string>((resolve) =>
      search.addEventListener('career-select', (e) => resolve((e as CustomEvent).detail.occupation), {once: true}),
    );
    await sendKeys({press: 'Enter'});
    expect(await chosen).to.equal('33-3051.00');
  });

  it('"cna" does not list Surgical Assistants; "hvac tech" lists no Polysomnograph Tech', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'cna');
    await allTitles(search);
    await type(search, 'cna ');
    expect(rows(search)[0]).to.contain('Nursing Assistants');
    expect(rows(search).join(' | ')).not.to.contain('Surgical Assistants');
    await type(search, 'hvac tech');
    expect(rows(search)[0]).to.contain('Heating, Air Conditioning, and Refrigeration Mechanics and Installers');
    expect(rows(search).join(' | ')).not.to.contain('Polysomnograph');
  });

  it('"rn" shows no two identical rows; rows sharing a title say which occupation each leads to', async () => {
    const search = await fixture<CareerSearch>(html`<career-search></career-search>`);
    await type(search, 'rn');
    await allTitles(search);
    await type(search, 'rn ');
    const shown = rows(search);
    expect(shown[0]).to.match(/^Registered Nurse \(RN\) → Registered Nurses/);
    expect(new Set(shown).size, shown.join(' | ')).to.equal(shown.length);
    expect(shown.filter((r) => r.startsWith('Registered Nurse (RN) →'))).to.have.length(1);
    // "teacher": the same title leads to several occupations; each row shows its own, visibly.
    await type(search, 'teacher');
    const teacher = options(search);
    expect(teacher.length).to.be.greaterThan(2);
    expect(new Set(teacher.map(visible)).size).to.equal(teacher.length);
    for (const row of teacher.filter((r) => r.querySelector('.title')!.textContent === 'Teacher')) {
      const target = row.querySelector<HTMLElement>('.target')!;
      expect(target.textContent).to.match(/Teachers/);
      expect(target.getBoundingClientRect().width, 'the occupation a row leads to is visible').to.be.greaterThan(0);
    }
  });
});

describe('career-search: first results from the first tier, refined without moving the list under the visitor', function () {
  this.timeout(60_000);

  it('answers from the first tier while the rest is held back; an active option and the list stay until the next keystroke', async () => {
    const key = `tiers-${Date.now()}`;
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/hold/${key}/search.json/`}></career-search>`);
    await type(search, 'cna');
    expect(search.dataset.titles).to.equal('first');
    const before = rows(search);
    expect(before.join(' | ')).to.contain('Nursing Assistants');
    expect(before.join(' | '), 'a title the first tier leaves out').not.to.contain('Surgical Assistants');

    // The visitor moves to the second result, then the rest of the titles arrive.
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await search.updateComplete;
    const box = input(search);
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-1');
    const active = visible(options(search)[1]!);
    await fetch(`/__fault/release/${key}`);
    await allTitles(search);
    await search.updateComplete;
    expect(rows(search), 'the list did not move under the keyboard').to.deep.equal(before);
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-1');
    expect(visible(options(search)[1]!)).to.equal(active);

    // The next keystroke searches every title.
    await sendKeys({type: ' '});
    await waitUntil(() => rows(search)[0]?.includes('Nursing Assistants'), 'the results did not refine');
    expect(box.getAttribute('aria-activedescendant')).to.equal('');
  });

  it('with the pointer over the list, the refined results wait until it leaves', async () => {
    const key = `pointer-${Date.now()}`;
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/hold/${key}/search.json/`}></career-search>`);
    await type(search, 'cna');
    const before = rows(search);
    const popup = search.shadowRoot!.querySelector('.popup')!;
    popup.dispatchEvent(new PointerEvent('pointerenter'));
    await fetch(`/__fault/release/${key}`);
    await allTitles(search);
    await search.updateComplete;
    expect(rows(search)).to.deep.equal(before);
    popup.dispatchEvent(new PointerEvent('pointerleave'));
    await search.updateComplete;
    expect(rows(search)[0]).to.contain('Nursing Assistants');
    expect(rows(search).length).to.be.greaterThan(0);
  });

  it('without the visitor in the list, the results refine as soon as the rest arrives', async () => {
    const key = `refine-${Date.now()}`;
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/hold/${key}/search.json/`}></career-search>`);
    await type(search, 'medical coder');
    expect(search.dataset.titles).to.equal('first');
    await fetch(`/__fault/release/${key}`);
    await allTitles(search);
    await waitUntil(() => rows(search)[0]?.startsWith('Medical Coder → Medical Records Specialists'), `not refined: ${rows(search)[0]}`);
    await expect(search).to.be.accessible();
  });

  it('asks for the rest of the titles only once the first tier is in (on a slow network they would share its bandwidth)', async () => {
    const key = `tiers-${Date.now()}`;
    const entry = (file: string) =>
      performance.getEntriesByType('resource').find((e) => e.name.includes(`/${key}/`) && e.name.endsWith(`/${file}`)) as PerformanceResourceTiming | undefined;
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/hold/${key}/search-first.json/`}></career-search>`);
    input(search).focus();
    await sendKeys({type: 'nurse'});
    // The search has started (the index it shares with the first tier is in) while the first tier is held.
    await waitUntil(() => entry('index.json'), 'the search never started');
    expect(options(search)).to.have.length(0);
    await fetch(`/__fault/release/${key}`);
    await allTitles(search);
    await waitUntil(() => entry('search.json') && entry('search-first.json'), 'no timing for the title files');
    expect(entry('search.json')!.startTime).to.be.at.least(entry('search-first.json')!.responseEnd);
    expect(rows(search)[0]).to.contain('Registered Nurses');
  });
});

describe("career-search in Spanish and in a host's language", function () {
  this.timeout(60_000);

  it('in Spanish: the box invites Spanish words, which find careers; English titles are marked English', async () => {
    const search = await fixture<CareerSearch>(html`<career-search lang="es"></career-search>`);
    await waitUntil(() => input(search).placeholder.includes('enfermera'), 'Spanish placeholder');
    expect(search.shadowRoot!.querySelector('#hint')!.textContent).to.contain('en español o en inglés');
    for (const [query, career] of [
      ['enfermera', 'Registered Nurses'],
      ['soldador', 'Welders, Cutters, Solderers, and Brazers'],
      ['camionero', 'Heavy and Tractor-Trailer Truck Drivers'],
      ['maestra de preescolar', 'Preschool Teachers, Except Special Education'],
    ]) {
      await type(search, query!);
      const firstThree = options(search).slice(0, 3);
      const row = firstThree.find((o) => o.querySelector('.target')?.textContent === career);
      expect(row, `${query}: ${rows(search).join(' | ')}`).to.exist;
      // The Spanish words are in the widget's language; the occupation they lead to is English data.
      expect(row!.querySelector('.title')!.hasAttribute('lang')).to.equal(false);
      expect(row!.querySelector('.target')!.getAttribute('lang')).to.equal('en');
    }
    await type(search, 'MECANICO'); // accents and capitals do not matter
    expect(rows(search)[0]).to.match(/^mecánico → Automotive Service Technicians and Mechanics/);
    await type(search, 'registered nurse'); // English still works, marked English
    const english = options(search)[0]!;
    expect(english.querySelector('.title')!.getAttribute('lang')).to.equal('en');
    await expect(search).to.be.accessible();
  });

  it("switching the language while a query is typed shows that language's words, without another keystroke", async () => {
    // The rest of the titles is held back: the Spanish words must show from the first tier as soon as it is in.
    const key = `switch-${Date.now()}`;
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/hold/${key}/search.json/`}></career-search>`);
    await type(search, 'enfermera');
    expect(rows(search).join(' | ')).not.to.contain('enfermera →');
    search.lang = 'es';
    await waitUntil(() => rows(search)[0]?.startsWith('enfermera → Registered Nurses'), `no Spanish results: ${rows(search).join(' | ')}`, {timeout: 15000});
    expect(input(search).value).to.equal('enfermera');
    expect(search.dataset.titles).to.equal('first');
    await fetch(`/__fault/release/${key}`);
  });

  it('an English page never loads the Spanish words; a Spanish one does', async () => {
    const key = `words-${Date.now()}`;
    const requested = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes(`/${key}/`))
        .map((n) => n.split('/').pop());
    const search = await fixture<CareerSearch>(html`<career-search source=${`/__fault/count/${key}/`}></career-search>`);
    await type(search, 'nurse');
    await allTitles(search);
    expect(requested()).not.to.include('search-es.json');
    search.lang = 'es';
    await type(search, 'enfermera');
    // The Spanish search is built when the language changes: the list shows Spanish words once it is in.
    await waitUntil(() => rows(search)[0]?.startsWith('enfermera → Registered Nurses'), `no Spanish results: ${rows(search).join(' | ')}`, {timeout: 15000});
    expect(requested()).to.include('search-es.json');
  });

  it('a host catalog\'s own words (its "search" field) find careers in its language', async () => {
    registerMessages('so', {
      format: 'career-widgets-messages/1',
      lang: 'so',
      messages: {searchLabel: 'Raadi shaqo'},
      search: {
        entries: [
          {forms: ['kalkaaliye'], targets: ['29-1141.00']},
          {forms: ['macallin'], targets: ['Teacher']},
        ],
      },
    });
    const search = await fixture<CareerSearch>(html`<career-search lang="so"></career-search>`);
    await waitUntil(() => search.shadowRoot!.querySelector('label')!.textContent === 'Raadi shaqo', 'host catalog');
    await type(search, 'kalkaaliye');
    expect(rows(search)[0]).to.match(/^kalkaaliye → Registered Nurses/);
    await type(search, 'macallin');
    expect(rows(search)[0]).to.match(/^macallin → Elementary School Teachers/);
  });
});
