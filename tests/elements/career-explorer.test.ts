/**
 * <career-explorer>: the Done-when page, keyboard sorting and filtering with the count announced, URL sharing and
 * Back, the CSV, a linked profile, Spanish, hostile datasets. Widths, dark hosts and forced colours are in
 * career-explorer-display.test.ts.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/career-explorer/career-explorer.js';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerExplorer} from '../../src/elements/career-explorer/career-explorer.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import type {DatasetIndex, Occupation, RegionSummary} from '../../src/data/dataset-types.js';
import {Chart} from 'chart.js';
import {settled, shadowText} from '../support/helpers.js';
import {real, stubDataset} from '../support/stub-dataset.js';
import {careerRows} from '../../src/data/career-list.js';

const root = (el: Element) => el.shadowRoot!;
const rows = (el: CareerExplorer) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
const names = (el: CareerExplorer) => rows(el).map((r) => r.querySelector('th')!.querySelector('button')!.textContent!.trim());
const codes = (el: CareerExplorer) => rows(el).map((r) => r.querySelector<HTMLButtonElement>('button.name')!.dataset.code!);
/** A cell's text by its column header (the `data-label` that also labels it in narrow containers). */
const cell = (row: HTMLTableRowElement, label: string) =>
  [...row.querySelectorAll('td')]
    .find((td) => td.dataset.label === label)
    ?.textContent!.replace(/\s+/g, ' ')
    .trim();
const header = (el: CareerExplorer, text: string) =>
  [...root(el).querySelectorAll<HTMLTableCellElement>('thead th')].find((th) => th.querySelector('.plain')!.textContent!.trim() === text)!;
const status = (el: CareerExplorer) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const count = (el: CareerExplorer) => root(el).querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
const money = (value: number) => `$${value.toLocaleString('en-US')}`;
/** O*NET's job zones as the preparation levels every widget shows (zone 2 is O*NET 30's merged "1-2"). */
const LEVELS: Record<number, string> = {
  2: 'Level 1–2 of 5 (little to some)',
  3: 'Level 3 of 5 (medium)',
  4: 'Level 4 of 5 (high)',
  5: 'Level 5 of 5 (very high)',
};

async function occupation(code: string): Promise<Occupation> {
  return real(`occupations/${code}.json`);
}

describe('<career-explorer>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('Done when: Minnesota health-care careers that need an associate degree, highest pay first, figures equal to the occupation files', async function () {
    this.timeout(30_000);
    const el = await settled(
      await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" education="associate" sort="median" lang="en-US"></career-explorer>`),
    );
    expect(rows(el).length).to.be.greaterThan(4);
    const pays: number[] = [];
    for (const row of rows(el)) {
      const code = row.querySelector<HTMLButtonElement>('button.name')!.dataset.code!;
      const o = await occupation(code);
      const mn = o.wages.states.MN!;
      expect(code.slice(0, 2), code).to.equal('29');
      expect(o.education.bls?.typicalEntry, code).to.equal("Associate's degree");
      expect(cell(row, 'Median pay, per year'), code).to.equal(mn.annual.median === null ? 'Not available' : money(mn.annual.median));
      expect(cell(row, 'Jobs in Minnesota'), code).to.equal(mn.employment === null ? 'Not available' : mn.employment.toLocaleString('en-US'));
      expect(cell(row, 'Openings a year, U.S.'), code).to.equal(Math.round(o.outlook!.annualOpenings * 1000).toLocaleString('en-US'));
      expect(cell(row, 'Outlook, U.S.'), code).to.contain(`${o.outlook!.percentChange > 0 ? '+' : ''}${o.outlook!.percentChange.toFixed(1)}%`);
      expect(cell(row, 'Typical entry education'), code).to.equal("Associate's degree");
      expect(cell(row, 'Preparation needed'), code).to.equal(LEVELS[o.jobZone!]);
      if (mn.annual.median !== null) pays.push(mn.annual.median);
    }
    expect(pays).to.deep.equal(
      [...pays].sort((a, b) => b - a),
      'highest pay first',
    );
    expect(names(el)).to.include('Radiologic Technologists and Technicians');
    expect(header(el, 'Median pay, per year').getAttribute('aria-sort')).to.equal('descending');
    expect(header(el, 'Career').hasAttribute('aria-sort')).to.equal(false);
    const caption = root(el).querySelector('caption')!.textContent!;
    expect(caption).to.contain('Careers in Minnesota: pay and jobs May 2025, national outlook 2024–34.');
    expect(caption).to.contain('Sorted by median pay, per year, highest first.');
    const text = shadowText(el);
    expect(text).to.contain('Occupational Employment and Wage Statistics, May 2025');
    expect(text).to.contain('Employment Projections 2024-34');
    expect(text).to.contain('Outlook and openings are national (United States, 2024–34)');
    await expect(el).to.be.accessible();
  });

  it('labels whose figures a row shows: an aggregate, a catch-all, an O*NET specialty', async () => {
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" query="clinical laboratory" limit="0"></career-explorer>`));
    const row = rows(el).find((r) => r.textContent!.includes('Medical and Clinical Laboratory Technicians'))!;
    expect(row.querySelector('sup')).to.not.equal(null);
    expect(shadowText(el)).to.contain('BLS figures for 29-2010 Clinical Laboratory Technologists and Technicians, which BLS publishes as one occupation.');
    const all = await settled(await fixture<CareerExplorer>(html`<career-explorer region="US" query="wind energy" limit="0"></career-explorer>`));
    expect(shadowText(all)).to.contain('the catch-all code BLS counts this career in');
  });

  it('sorts by keyboard: a column header button sorts, again reverses, and the order and count are announced', async () => {
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" lang="en"></career-explorer>`));
    const jobs = () => header(el, 'Jobs in Minnesota');
    jobs().querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(jobs().getAttribute('aria-sort')).to.equal('descending');
    const employment = () =>
      rows(el)
        .map((r) => Number(cell(r, 'Jobs in Minnesota')!.replace(/,/g, '')))
        .filter(Number.isFinite);
    const first = employment();
    expect(first).to.deep.equal([...first].sort((a, b) => b - a));
    await waitUntil(() => status(el).startsWith('Sorted by jobs in Minnesota, highest first.'), 'sort announced');
    expect(status(el)).to.match(/\d+ careers match; the first 20 are shown\./);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(jobs().getAttribute('aria-sort')).to.equal('ascending');
    const second = employment();
    expect(second).to.deep.equal([...second].sort((a, b) => a - b));
    await waitUntil(() => status(el).startsWith('Sorted by jobs in Minnesota, lowest first.'), 'reverse announced');
  });

  it('a new order or filter shows each career with its own marks, notes and figures, and the chosen career still marked', async function () {
    this.timeout(30_000);
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" filters lang="en"></career-explorer>`));
    const [index, summary] = await Promise.all([real<DatasetIndex>('index.json'), real<RegionSummary>('regions/MN.json')]);
    const byCode = new Map(careerRows(index, summary).map((row) => [row.code, row]));
    const chosen = codes(el)[3]!;
    rows(el)[3]!.querySelector<HTMLButtonElement>('button.name')!.click();
    await el.updateComplete;
    const check = (what: string) => {
      expect(rows(el).length, what).to.be.greaterThan(0);
      for (const row of rows(el)) {
        const name = row.querySelector<HTMLButtonElement>('button.name')!;
        const career = byCode.get(name.dataset.code!)!;
        const title = row.querySelector('th')!.textContent!;
        expect(name.textContent!.trim(), what).to.equal(career.title);
        expect(title.includes('Bright outlook'), `${what}: ${career.title}'s bright outlook mark`).to.equal(career.bright);
        expect(row.querySelector('th sup') !== null, `${what}: ${career.title}'s note mark`).to.equal(career.subject !== null);
        expect(name.getAttribute('aria-current'), `${what}: ${career.title}`).to.equal(career.code === chosen ? 'true' : 'false');
        const jobs = career.employment === null ? 'Not available' : career.employment.toLocaleString('en-US');
        expect(cell(row, 'Jobs in Minnesota'), `${what}: ${career.title}'s jobs`).to.equal(jobs);
      }
    };
    check('first');
    for (const column of ['Outlook', 'Median pay', 'Openings a year', 'Jobs in Minnesota', 'Career']) {
      const button = [...root(el).querySelectorAll<HTMLButtonElement>('thead button.sort')].find((b) => b.textContent!.trim().startsWith(column))!;
      button.click();
      await el.updateComplete;
      check(`sorted by ${column}`);
    }
    const box = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const typed of ['nur', 'tech', 'a', '']) {
      box.value = typed;
      box.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      await el.updateComplete;
      check(`titles containing "${typed}"`);
    }
    expect(codes(el)).to.include(chosen);
  });

  it('filters by keyboard: typing in the title box and ticking a field narrow the list, and the count is announced', async function () {
    this.timeout(30_000); // WebKit's WebDriver types a key per round trip, and the list re-renders after each
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" filters lang="en"></career-explorer>`));
    const box = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root(el).querySelector('label:has(input[type="search"])')!.textContent).to.contain('Title contains');
    box.focus();
    await sendKeys({type: 'technician'});
    await el.updateComplete;
    expect(names(el).length).to.be.greaterThan(0);
    expect(names(el).every((n) => /technician/i.test(n))).to.equal(true);
    await waitUntil(() => /careers match/.test(status(el)), 'count announced');
    const before = count(el);
    const health = [...root(el).querySelectorAll<HTMLLabelElement>('.fields label')].find((l) => l.textContent!.includes('Healthcare Practitioners'))!;
    root(el).querySelector<HTMLDetailsElement>('details.fields')!.open = true;
    health.querySelector('input')!.focus();
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(codes(el).every((c) => c.startsWith('29-'))).to.equal(true);
    expect(count(el)).to.not.equal(before);
    expect(el.appliedFilters).to.include({major: '29', query: 'technician'});
    await waitUntil(() => status(el) === count(el).replace(/\s+/g, ' '), 'the new count announced');
    await expect(el).to.be.accessible();
  });

  it('"Show more" adds `limit` careers and moves focus to the first new one', async () => {
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" limit="5" sort="employment"></career-explorer>`));
    expect(rows(el)).to.have.length(5);
    root(el).querySelector<HTMLButtonElement>('[part="more"]')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => rows(el).length === 10, 'ten careers shown');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(rows(el)[5]!.querySelector('button.name'));
  });

  it('keeps filters and sort in the URL: a shared link restores them, Back undoes a change', async () => {
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" url-param="careers" major="29" filters></career-explorer>`));
    header(el, 'Median pay, per year').querySelector('button')!.click();
    await el.updateComplete;
    let params = new URL(location.href).searchParams;
    expect(params.get('careers-major')).to.equal('29');
    expect(params.get('careers-sort')).to.equal('median');
    const shared = location.href;
    const again = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" url-param="careers"></career-explorer>`));
    expect(codes(again)).to.deep.equal(codes(el));
    expect(header(again, 'Median pay, per year').getAttribute('aria-sort')).to.equal('descending');
    header(el, 'Career').querySelector('button')!.click();
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('careers-sort')).to.equal(null);
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await el.updateComplete;
    expect(location.href).to.equal(shared);
    expect(header(el, 'Median pay, per year').getAttribute('aria-sort')).to.equal('descending');
    params = new URL(location.href).searchParams;
    expect(params.get('careers-sort')).to.equal('median');
  });

  it('ignores hostile URL values: the list still shows, nothing runs', async () => {
    history.replaceState(
      null,
      '',
      `?careers-major=${encodeURIComponent('<img src=x onerror=alert(1)>')}&careers-sort=__proto__&careers-min-pay=1e309&careers-education=..`,
    );
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" url-param="careers"></career-explorer>`));
    expect(rows(el).length).to.equal(20);
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('downloads the visible list as CSV: every match, figures as numbers, with the sources and dates', async () => {
    const el = await settled(
      await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" education="associate" sort="median" limit="3"></career-explorer>`),
    );
    const saved: Blob[] = [];
    const names: string[] = [];
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return original.call(URL, blob);
    };
    // No real download: Firefox's downloads panel would take the keyboard focus from the tests that follow.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      const change = oneEvent(el, 'career-explorer-change');
      root(el).querySelector<HTMLButtonElement>('[part="download"]')!.click();
      expect((await change).detail.action).to.equal('download');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['careers-MN-2025-05.csv']);
    const text = (await saved[0]!.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal(
      'Career,Code,"Median pay, per year",Jobs in Minnesota,"Projected change 2024–34, percent","Outlook, U.S.","Openings a year, U.S.",Typical entry education,Preparation needed,Bright outlook,Figures for',
    );
    const total = Number(/(\d+) careers match/.exec(count(el))![1]);
    const data = lines.slice(1, lines.indexOf(''));
    expect(data).to.have.length(total, 'every match, not only the three shown');
    const radiology = data.find((line) => line.startsWith('Radiologic Technologists and Technicians,'))!;
    const o = await occupation('29-2034.00');
    expect(radiology).to.contain(`,29-2034.00,${o.wages.states.MN!.annual.median},${o.wages.states.MN!.employment},${o.outlook!.percentChange},`);
    expect(text).to.contain('Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025');
    expect(text).to.contain('Employment Projections 2024-34');
    expect(text).to.contain('CC BY 4.0');
  });

  it('is a leader: choosing a career shows it in a following profile, and the host can cancel', async function () {
    this.timeout(20_000);
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <career-explorer id="list" region="MN" major="29" education="associate" sort="median"></career-explorer>
      <career-profile for="list" region="MN" sections="overview"></career-profile>
    </div>`);
    const el = await settled(wrap.querySelector<CareerExplorer>('career-explorer')!);
    const profile = wrap.querySelector<CareerProfile>('career-profile')!;
    const button = rows(el)
      .find((r) => r.textContent!.includes('Radiologic Technologists'))!
      .querySelector<HTMLButtonElement>('button.name')!;
    const selected = oneEvent(el, 'career-select');
    button.focus();
    await sendKeys({press: 'Enter'});
    expect((await selected).detail).to.deep.equal({occupation: '29-2034.00', region: 'MN', via: 'explorer'});
    await waitUntil(() => profile.occupation === '29-2034.00', 'profile follows');
    await settled(profile);
    expect(shadowText(profile)).to.contain('Radiologic Technologists and Technicians');
    expect(button.getAttribute('aria-current')).to.equal('true');
    el.addEventListener('career-select', (e) => e.preventDefault(), {once: true});
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.name')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(profile.occupation).to.equal('29-2034.00');
  });

  it('speaks Spanish: headers, count, caption and notes in Spanish, English data marked lang="en"', async () => {
    const el = await settled(
      await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" education="associate" sort="median" filters lang="es"></career-explorer>`),
    );
    const text = shadowText(el);
    expect(root(el).querySelector('h3')!.textContent).to.equal('Carreras en Minnesota');
    expect(text).to.contain('Salario mediano, por año');
    expect(text).to.contain('Ordenadas por salario mediano, por año, de mayor a menor.');
    expect(text).to.match(/Coinciden \d+ carreras\./);
    expect(text).to.contain('Título de asociado (2 años)');
    expect(text).to.contain('Descargar esta lista (CSV)');
    expect(text).to.contain('Las perspectivas y las vacantes son nacionales');
    expect(text).to.not.contain('Median pay');
    for (const span of root(el).querySelectorAll('button.name span')) expect(span.getAttribute('lang')).to.equal('en');
    // The projection period in the Spanish form, preparation as levels in words, fields of work in Spanish.
    expect(root(el).querySelector('caption')!.textContent).to.contain('perspectivas nacionales 2024-2034');
    expect(text).to.contain('Nivel 3 de 5 (intermedia)');
    const fields = [...root(el).querySelectorAll('.fields label')].map((l) => l.textContent!.trim());
    expect(fields).to.include('Profesionales y técnicos de la salud');
    expect(
      fields.filter((f) => f.endsWith('Occupations')),
      'no field of work left in English',
    ).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('in Spanish, the notes of whose figures mark the BLS titles English, and so does the live region', async () => {
    const el = await settled(
      await fixture<CareerExplorer>(html`<career-explorer region="MN" major="11" query="manager" limit="0" lang="es"></career-explorer>`),
    );
    const notes = [...root(el).querySelectorAll('[part="notes"] li')];
    const whose = notes.filter((li) => li.textContent!.startsWith('Cifras de la BLS para'));
    expect(whose.length, 'notes of whose figures').to.be.greaterThan(0);
    for (const li of whose) {
      const english = li.querySelector('span[lang="en"]');
      expect(english, li.textContent!).to.not.equal(null);
      expect(li.textContent).to.contain(english!.textContent!);
    }
    const name = root(el).querySelector<HTMLButtonElement>('button.name')!;
    name.click();
    const status = root(el).querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('Se eligió'), 'the choice announced', {timeout: 5_000});
    expect(status.querySelector('span[lang="en"]')!.textContent).to.equal(name.textContent!.trim());
  });

  it('an unknown region lists the nation and says so', async () => {
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="ZZ"></career-explorer>`));
    expect(shadowText(el)).to.contain('“ZZ” is not a state with wage data; national figures are shown.');
    expect(root(el).querySelector('h3')!.textContent).to.equal('Careers in United States');
    expect(header(el, 'Jobs in United States')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('no match: says so with a hint, and the download is disabled', async () => {
    const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" query="zzzqqq" filters></career-explorer>`));
    expect(count(el)).to.equal('No careers match these filters. Try fewer filters.');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector<HTMLButtonElement>('[part="download"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('hostile datasets', () => {
    async function hostile(edit: (summary: RegionSummary, index: DatasetIndex) => unknown) {
      const summary = await real<RegionSummary>('regions/MN.json');
      const index = await real<DatasetIndex>('index.json');
      const changed = edit(structuredClone(summary), structuredClone(index));
      return changed;
    }

    it('renders hostile titles as text, never as markup', async () => {
      const index = await real<DatasetIndex>('index.json');
      const summary = await real<RegionSummary>('regions/MN.json');
      const first = summary.rows[0]!;
      index.occupations[first]!.title = '<img src=x onerror="window.__pwned=1">"><script>window.__pwned=1</script>';
      const source = await stubDataset({'index.json': index, 'regions/MN.json': summary});
      const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" source=${source}></career-explorer>`));
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(shadowText(el)).to.contain('<img src=x onerror=');
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });

    const broken: Record<string, (s: RegionSummary) => unknown> = {
      'columns of different lengths': (s) => ({...s, annualMedian: s.annualMedian.slice(1)}),
      'a row past the index': (s) => ({...s, rows: [...s.rows.slice(0, -1), 999_999]}),
      'another dataset version': (s) => ({...s, datasetVersion: 'something-else'}),
      'another region': (s) => ({...s, region: 'CA'}),
      'a wage as text': (s) => ({...s, annualMedian: ['abc', ...s.annualMedian.slice(1)]}),
      null: () => null,
      'a prototype key': (s) => JSON.parse(JSON.stringify(s).replace('"status":{', '"status":{"__proto__":{"employment":"x"},')),
      'HTML instead of JSON': () => '<!doctype html><p>Not found</p>',
    };
    for (const [what, edit] of Object.entries(broken)) {
      it(`shows the error state and the host's fallback for a summary with ${what}, and leaves neighbours alone`, async () => {
        const summary = await hostile((s) => edit(s));
        const source = await stubDataset({'regions/MN.json': summary});
        const wrap = await fixture<HTMLDivElement>(html`<div>
          <career-explorer region="MN" source=${source}><a href="/careers">All careers</a></career-explorer>
          <career-explorer region="MN" limit="3"></career-explorer>
        </div>`);
        const [bad, good] = [...wrap.querySelectorAll<CareerExplorer>('career-explorer')];
        await settled(bad!, 'error');
        expect(root(bad!).querySelector('[role="alert"]')).to.not.equal(null);
        expect(root(bad!).querySelector('slot')).to.not.equal(null);
        await settled(good!);
        expect(rows(good!)).to.have.length(3);
        await expect(bad!).to.be.accessible();
      });
    }

    it('a missing region file is an error, not an empty list', async () => {
      const source = await stubDataset({});
      const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" source=${source}></career-explorer>`), 'error');
      expect(el.dataset.state).to.equal('error');
    });
  });

  it('with structured-data, describes the careers shown as an ItemList of Occupations, kept in step with the list', async () => {
    const el = await settled(
      await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" education="associate" sort="median" structured-data></career-explorer>`),
    );
    const block = () => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    await waitUntil(block, 'no JSON-LD written');
    const list = JSON.parse(block()!.text);
    expect(list['@type']).to.equal('ItemList');
    expect(list.itemListElement.map((i: {item: {name: string}}) => i.item.name)).to.deep.equal(names(el));
    const first = list.itemListElement[0].item;
    const o = await occupation(codes(el)[0]!);
    expect(first).to.include({'@type': 'Occupation', occupationalCategory: o.code});
    expect(first.occupationLocation).to.deep.equal([{'@type': 'State', name: 'Minnesota'}]);
    expect(first.estimatedSalary[0]).to.include({median: o.wages.states.MN!.annual.median, duration: 'P1Y', currency: 'USD'});
    expect(first.educationRequirements).to.equal("Associate's degree");
    header(el, 'Career').querySelector('button')!.click();
    await waitUntil(() => JSON.parse(block()!.text).itemListElement[0].item.name === names(el)[0], 'JSON-LD follows the new order');
    el.structuredData = false;
    await waitUntil(() => !block(), 'JSON-LD removed');
  });

  describe('chart view', () => {
    it('draws one point per listed career (pay against growth, sized by openings) above the table, and the keyboard walks them', async function () {
      this.timeout(20_000);
      const el = await settled(
        await fixture<CareerExplorer>(html`<career-explorer region="MN" major="29" education="associate" sort="median" view="chart"></career-explorer>`),
      );
      const canvas = root(el).querySelector<HTMLCanvasElement>('canvas')!;
      expect(canvas.getAttribute('role')).to.equal('img');
      expect(canvas.getAttribute('aria-label')).to.contain('Median pay against projected growth');
      expect(root(el).querySelector('table'), 'the table stays as the text alternative').to.not.equal(null);
      await waitUntil(() => Chart.getChart(canvas), 'chart drawn', {timeout: 10_000});
      const chart = Chart.getChart(canvas)!;
      const points = chart.data.datasets[0]!.data as {x: number; y: number; label: string}[];
      expect(points.map((p) => p.label)).to.deep.equal(names(el));
      const first = await occupation(codes(el)[0]!);
      expect(points[0]).to.include({x: first.outlook!.percentChange, y: first.wages.states.MN!.annual.median});
      canvas.focus();
      await sendKeys({press: 'ArrowRight'});
      await waitUntil(() => status(el).startsWith(`${names(el)[0]}: median pay`), 'first point announced');
      await sendKeys({press: 'End'});
      await waitUntil(() => status(el).startsWith(`${names(el).at(-1)}: median pay`), 'last point announced');
      const selected = oneEvent(el, 'career-select');
      await sendKeys({press: 'Enter'});
      expect((await selected).detail.occupation).to.equal(codes(el).at(-1));
      await expect(el).to.be.accessible();
    });

    it('switches between table and chart with the toggle; the table view draws no chart', async () => {
      const el = await settled(await fixture<CareerExplorer>(html`<career-explorer region="MN" limit="5"></career-explorer>`));
      expect(root(el).querySelector('canvas')).to.equal(null);
      const chartButton = [...root(el).querySelectorAll<HTMLButtonElement>('.controls button')].find((b) => b.textContent!.trim() === 'Chart')!;
      chartButton.click();
      await el.updateComplete;
      expect(chartButton.getAttribute('aria-pressed')).to.equal('true');
      const canvas = root(el).querySelector<HTMLCanvasElement>('canvas')!;
      await waitUntil(() => Chart.getChart(canvas), 'chart drawn', {timeout: 10_000});
      [...root(el).querySelectorAll<HTMLButtonElement>('.controls button')].find((b) => b.textContent!.trim() === 'Table')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('canvas')).to.equal(null);
      expect(Chart.getChart(canvas)).to.equal(undefined);
    });
  });
});
