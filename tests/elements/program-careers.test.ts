import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/elements/program-careers/program-careers.js';
import '../../src/elements/career-profile/career-profile.js';
import type {ProgramCareers} from '../../src/elements/program-careers/program-careers.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import {onlyIn} from '../support/engine.js';
import {settled, shadowText} from '../support/helpers.js';
import {getByRole, queryByRole} from '../support/roles.js';
import {real, stubDataset} from '../support/stub-dataset.js';

const cards = (el: ProgramCareers) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="career"]')];
const titles = (el: ProgramCareers) => cards(el).map((c) => c.querySelector('[part~="choose"]')!.textContent!.trim());
const figure = (card: HTMLElement, label: string) =>
  [...card.querySelectorAll('dl div')]
    .find((d) => d.querySelector('dt')!.textContent!.trim() === label)
    ?.querySelector('dd')!
    .textContent!.replace(/\s+/g, ' ')
    .trim();

describe('<program-careers>', () => {
  it('lists the careers of Health Information Technology with Minnesota and national medians, outlook and entry education', async () => {
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" region="MN" lang="en-US"></program-careers>`));
    expect(titles(el)).to.have.members(['Medical Records Specialists', 'Health Information Technologists and Medical Registrars']);
    const [mrs, hit] = ['Medical Records Specialists', 'Health Information Technologists and Medical Registrars'].map((t) =>
      cards(el).find((c) => c.textContent!.includes(t))!,
    );
    // Every figure says its pay basis, area and survey month (or projection period).
    expect(figure(mrs!, 'Median yearly pay, Minnesota (May 2025)')).to.equal('$61,530');
    expect(figure(hit!, 'Median yearly pay, Minnesota (May 2025)')).to.equal('$90,760');
    expect(figure(mrs!, 'Median yearly pay, United States (May 2025)')).to.equal('$51,140');
    expect(figure(mrs!, 'Job outlook, United States (2024–34)')).to.equal('Growing much faster than average');
    expect(figure(mrs!, 'Typical education to start (BLS, U.S.)')).to.equal(
      'Postsecondary nondegree award a certificate after high school, shorter than a degree',
    );
    expect(figure(hit!, 'Typical education to start (BLS, U.S.)')).to.equal("Associate's degree a 2-year college degree");
    const text = shadowText(el);
    expect(text).to.contain('Careers this program prepares for: Health Information/Medical Records Technology/Technician');
    expect(text).to.contain('Government program code: CIP 51.0707');
    // The code is for professionals: after the careers, not between the heading and them.
    expect(text.indexOf('CIP 51.0707')).to.be.greaterThan(text.indexOf('Health Information Technologists'));
    expect(text).to.contain('Source: National Center for Education Statistics, CIP 2020 to SOC 2018 Crosswalk');
    expect(text).to.contain('Occupational Employment and Wage Statistics, May 2025');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.contain('Careers this program prepares for');
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it("on an associate-degree program's page, says whose a certificate-level career's typical education is and that it is not the only way in", async () => {
    // 51.0707 is taught as an AAS (the demo college's overlay); BLS's typical entry education for 29-2072 is a certificate.
    const page = await fixture<HTMLElement>(html`<div>
      <program-careers id="aas" cip="51.0707" region="MN"></program-careers>
      <career-profile for="aas" occupation="29-2072" region="MN" sections="education"></career-profile>
    </div>`);
    const list = await settled(page.querySelector<ProgramCareers>('program-careers')!);
    const mrs = cards(list).find((c) => c.textContent!.includes('Medical Records Specialists'))!;
    // The label says whose figure it is and for where; the meaning no longer reads as "a degree is not for this job".
    expect(figure(mrs, 'Typical education to start (BLS, U.S.)')).to.equal(
      'Postsecondary nondegree award a certificate after high school, shorter than a degree',
    );
    expect(shadowText(list)).to.contain(
      '“Typical education to start” is BLS’s figure for the whole country: the education most new workers have. It is the most common way in, not the only one; programs like this one also prepare people for these careers.',
    );
    expect(shadowText(list)).to.not.contain('not a degree');
    const profile = await settled(page.querySelector<CareerProfile>('career-profile')!);
    const education = shadowText(profile);
    const entry = [...profile.shadowRoot!.querySelectorAll('dl.education div')].find(
      (d) => d.querySelector('dt')!.textContent === 'Typical education to start (BLS, U.S.)',
    )!;
    expect(entry.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Postsecondary nondegree award a certificate after high school, shorter than a degree',
    );
    expect(education).to.contain(
      '“Typical education to start” comes from BLS: what most new workers across the U.S. have, the most common way in but not the only one.',
    );
    expect(education).to.not.contain('not a degree');
    await expect(list).to.be.accessible();
    await expect(profile).to.be.accessible();
  });

  it('labels an hourly-only median as hourly, and names the code whose figures an O*NET specialty shows', async () => {
    // Actors: BLS publishes hourly wages only.
    const drama = await settled(await fixture<ProgramCareers>(html`<program-careers cip="50.0501" limit="0"></program-careers>`));
    const actors = cards(drama).find((c) => c.querySelector('.choose')!.textContent!.trim() === 'Actors')!;
    expect(figure(actors, 'Median hourly pay, United States (May 2025)')).to.match(/^\$\d+\.\d\d$/);
    expect(actors.textContent).to.not.contain('yearly');
    // 19-4012.01 Precision Agriculture Technicians: BLS figures are those of 19-4012, Agricultural Technicians.
    const agriculture = await settled(await fixture<ProgramCareers>(html`<program-careers cip="01.0000" limit="0"></program-careers>`));
    const precision = cards(agriculture).find((c) => c.textContent!.includes('Precision Agriculture Technicians'))!;
    expect(precision.querySelector('.note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Pay, outlook and education are BLS figures for 19-4012 Agricultural Technicians.',
    );
    const own = cards(agriculture).find((c) => c.querySelector('.choose')!.textContent!.trim() === 'Agricultural Technicians')!;
    expect(own.querySelector('.note')).to.equal(null);
  });

  it('orders by national employment by default, or by national median with sort="wage"', async () => {
    const byJobs = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707"></program-careers>`));
    expect(titles(byJobs)).to.deep.equal(['Medical Records Specialists', 'Health Information Technologists and Medical Registrars']);
    const byPay = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" sort="wage"></program-careers>`));
    expect(titles(byPay)).to.deep.equal(['Health Information Technologists and Medical Registrars', 'Medical Records Specialists']);
    expect(shadowText(byPay)).to.contain('Listed by national median pay, highest first.');
  });

  it('shows `limit` careers, then all of them on request, keeping the list (and focus) in place', async function () {
    this.timeout(40_000); // 45 occupation files and axe over 45 cards, on a shared 2-core machine
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="52.0201" limit="3"></program-careers>`));
    expect(cards(el)).to.have.length(3);
    const total = (await real('programs.json')).programs.find((p: {cip: string}) => p.cip === '52.0201').occupations.length;
    const more = getByRole(el, 'button', {name: /^Show all/});
    expect(more.textContent).to.contain(`Show all ${total} careers`);
    expect(shadowText(el)).to.contain(`Showing 3 of ${total} careers.`);
    more.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.dataset.state).to.not.equal('error');
    await waitUntil(() => cards(el).length === total, 'all careers', {timeout: 30_000});
    expect(queryByRole(el, 'button', {name: /^Show all/})).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is a leader: a chosen career (keyboard) opens in the profile that follows it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <program-careers id="prog" cip="51.0707" region="MN"></program-careers>
      <career-profile for="prog" sections="overview"></career-profile>
    </div>`);
    const list = await settled(page.querySelector<ProgramCareers>('program-careers')!);
    const profile = page.querySelector<CareerProfile>('career-profile')!;
    expect(list.choice).to.equal(null);
    const button = cards(list)[1]!.querySelector('button')!;
    button.focus();
    setTimeout(() => void sendKeys({press: 'Enter'}));
    const event = await oneEvent(list, 'career-select');
    expect(event.detail).to.deep.equal({occupation: '29-9021.00', region: 'MN', via: 'program'});
    expect(event.cancelable).to.equal(true);
    await waitUntil(() => profile.occupation === '29-9021.00', 'profile follows');
    expect(profile.region).to.equal('MN');
    await settled(profile);
    expect(shadowText(profile)).to.contain('Health Information Technologists');
    await list.updateComplete;
    expect(list.choice?.occupation).to.equal('29-9021.00');
    expect(button.getAttribute('aria-current')).to.equal('true');
    // A profile that connects later starts from the choice already made.
    const late = document.createElement('career-profile');
    late.setAttribute('for', 'prog');
    page.append(late);
    await late.updateComplete;
    expect(late.occupation).to.equal('29-9021.00');
  });

  it('lets the host cancel the choice: nothing follows, nothing is marked', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <program-careers id="prog2" cip="51.0707"></program-careers>
      <career-profile for="prog2" occupation="15-1252" sections="overview"></career-profile>
    </div>`);
    const list = await settled(page.querySelector<ProgramCareers>('program-careers')!);
    page.addEventListener('career-select', (e) => e.preventDefault(), {once: true});
    cards(list)[0]!.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(page.querySelector<CareerProfile>('career-profile')!.occupation).to.equal('15-1252');
    expect(list.choice).to.equal(null);
  });

  describe('alone, without a widget that follows it', () => {
    /** Clicks `link` and reports whether its default (following it) was prevented; the test page never leaves. */
    async function click(link: HTMLAnchorElement): Promise<boolean> {
      let prevented = false;
      const keep = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', keep, {once: true});
      link.click();
      window.removeEventListener('click', keep);
      return prevented;
    }

    it('makes each career’s name a link to its O*NET OnLine page, and says so', async () => {
      const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" region="MN"></program-careers>`));
      const links = cards(el).map((c) => c.querySelector<HTMLAnchorElement>('a[part~="choose"]')!);
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://www.onetonline.org/link/summary/29-2072.00',
        'https://www.onetonline.org/link/summary/29-9021.00',
      ]);
      expect(links[0]!.textContent!.trim()).to.equal('Medical Records Specialists');
      expect(shadowText(el)).to.contain('Each career’s name opens its page on O*NET OnLine.');
      await expect(el).to.be.accessible();
      // Followed like any link, after announcing the choice (analytics, or a host that routes itself).
      const selected: unknown[] = [];
      el.addEventListener('career-select', (e) => selected.push(e.detail));
      expect(await click(links[1]!), 'the link is followed').to.equal(false);
      expect(selected).to.deep.equal([{occupation: '29-9021.00', region: 'MN', via: 'program'}]);
      // A host that cancels the choice keeps the visitor on the page.
      el.addEventListener('career-select', (e) => e.preventDefault(), {once: true});
      expect(await click(links[0]!), 'a cancelled choice is not followed').to.equal(true);
    });

    it('leads to the host’s own page with career-url, placeholders filled in; a script URL falls back to O*NET', async () => {
      const el = await settled(
        await fixture<ProgramCareers>(
          html`<program-careers cip="51.0707" region="MN" career-url="/careers/{soc}?code={code}&state={region}"></program-careers>`,
        ),
      );
      const first = cards(el)[0]!.querySelector<HTMLAnchorElement>('a[part~="choose"]')!;
      expect(first.href).to.equal(`${location.origin}/careers/29-2072?code=29-2072.00&state=MN`);
      expect(shadowText(el)).to.not.contain('O*NET OnLine.');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const hostile = await settled(
          await fixture<ProgramCareers>(html`<program-careers cip="51.0707" career-url="javascript:alert('{code}')"></program-careers>`),
        );
        const link = cards(hostile)[0]!.querySelector<HTMLAnchorElement>('a[part~="choose"]')!;
        expect(link.href).to.equal('https://www.onetonline.org/link/summary/29-2072.00');
        expect(warnings.join('\n')).to.contain('career-url="javascript:alert(\'{code}\')" is not an http(s) or mailto URL');
      } finally {
        console.warn = warn;
      }
    });

    it('becomes a choice once a follower joins the page, and the link is then not followed', async () => {
      const page = await fixture<HTMLElement>(html`<div><program-careers id="late-leader" cip="51.0707"></program-careers></div>`);
      const list = await settled(page.querySelector<ProgramCareers>('program-careers')!);
      const link = cards(list)[1]!.querySelector<HTMLAnchorElement>('a[part~="choose"]')!;
      const profile = document.createElement('career-profile') as CareerProfile;
      profile.setAttribute('for', 'late-leader');
      profile.setAttribute('sections', 'overview');
      page.append(profile);
      expect(await click(link), 'the link is not followed').to.equal(true);
      await waitUntil(() => profile.occupation === '29-9021.00', 'the new follower shows the career');
      await list.updateComplete;
      expect(cards(list)[1]!.querySelector('button[part~="choose"]')!.getAttribute('aria-current')).to.equal('true');
    });
  });

  it('leaves out its own heading under the host’s with no-heading, still named for screen readers', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h2>Where this program leads</h2>
      <program-careers cip="51.0707" heading-level="2" no-heading></program-careers>
    </div>`);
    const el = await settled(page.querySelector<ProgramCareers>('program-careers')!);
    const headings = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
    expect(headings).to.deep.equal(['h3', 'h3']); // the two careers' titles, one level below the host's heading
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.contain('Careers this program prepares for');
    expect(shadowText(el)).to.not.contain('Careers this program prepares for');
    await expect(page).to.be.accessible();
  });

  it('says when a region has no state figures, and shows the nation', async () => {
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" region="ZZ"></program-careers>`));
    expect(shadowText(el)).to.not.contain('pay, ZZ');
    expect(figure(cards(el)[0]!, 'Median yearly pay, United States (May 2025)')).to.equal('$51,140');
  });

  for (const [cip, kind, words] of [
    ['51.07', 'config', 'an attribute is wrong'],
    ['99.9999', 'not-found', 'nothing in the dataset has this code'],
  ] as const) {
    it(`shows an accessible ${kind} error with the host's fallback for cip="${cip}"`, async () => {
      const el = await settled(
        await fixture<ProgramCareers>(html`<program-careers cip=${cip}><a href="/programs/him">Program details</a></program-careers>`),
        'error',
      );
      expect(shadowText(el)).to.contain(words);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('is empty without a program, and accessible while loading with space reserved', async () => {
    const empty = await settled(await fixture<ProgramCareers>(html`<program-careers></program-careers>`), 'empty');
    expect(shadowText(empty)).to.contain('No program chosen.');
    await expect(empty).to.be.accessible();
    const loading = await fixture<ProgramCareers>(html`<program-careers cip="51.0707" source="/__fault/delay/800/"></program-careers>`);
    expect(loading.dataset.state).to.equal('loading');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(150);
    await expect(loading).to.be.accessible();
  });

  it('fails cleanly on a dataset without programs.json, and renders hostile program titles as text', async () => {
    const old = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" source=${await stubDataset({})}></program-careers>`), 'error');
    expect(shadowText(old)).to.contain('server returned an error');
    const programs = await real('programs.json');
    programs.programs.find((p: {cip: string}) => p.cip === '51.0707').title = '<img src=x onerror="window.__pwned=1">';
    const source = await stubDataset({
      'programs.json': programs,
      'occupations/29-2072.00.json': await real('occupations/29-2072.00.json'),
      'occupations/29-9021.00.json': await real('occupations/29-9021.00.json'),
    });
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" source=${source}></program-careers>`));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x');
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('lays cards out in one column when narrow and a grid when wide; parts and custom properties reach inside', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <style>
        .themed { --cw-color-accent: rgb(200, 0, 0); }
        .themed::part(career) { background-color: rgb(1, 2, 3); }
      </style>
      <div style="width: 300px"><program-careers class="themed" cip="51.0707"></program-careers></div>
      <div style="width: 900px"><program-careers cip="51.0707"></program-careers></div>
    </div>`);
    const [narrow, wide] = [...wrap.querySelectorAll<ProgramCareers>('program-careers')];
    await settled(narrow!);
    await settled(wide!);
    const columns = (el: ProgramCareers) => getComputedStyle(el.shadowRoot!.querySelector('ul.careers')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow!)).to.equal(1);
    expect(columns(wide!)).to.be.greaterThan(1);
    expect(getComputedStyle(cards(narrow!)[0]!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(cards(narrow!)[0]!.querySelector('[part~="choose"]')!).color).to.equal('rgb(200, 0, 0)');
  });

  it('keeps every value beside its label in a wide card and under it in a narrow one, never some of each', async () => {
    // 52.0201 (business administration) has long outlook and education values beside short pay figures.
    const wrap = await fixture<HTMLElement>(html`<div>
      <div style="width: 240px"><program-careers cip="52.0201" region="MN" limit="4"></program-careers></div>
      <div style="width: 720px"><program-careers cip="52.0201" region="MN" limit="4"></program-careers></div>
      <div style="width: 1000px"><program-careers cip="51.0707" region="MN"></program-careers></div>
    </div>`);
    const layouts = [];
    for (const el of wrap.querySelectorAll<ProgramCareers>('program-careers')) {
      await settled(el);
      for (const card of cards(el)) {
        const pairs = [...card.querySelectorAll('dl div')].map(
          (d) => [d.querySelector('dt')!.getBoundingClientRect(), d.querySelector('dd')!.getBoundingClientRect()] as const,
        );
        const beside = pairs.map(([dt, dd]) => dd.left > dt.left + 1 && Math.abs(dd.top - dt.top) < 6);
        const under = pairs.map(([dt, dd]) => Math.abs(dd.left - dt.left) <= 1 && dd.top >= dt.bottom - 1);
        const layout = beside.every(Boolean) ? 'beside' : under.every(Boolean) ? 'under' : `mixed (${beside.map((b) => (b ? 'beside' : 'under')).join(', ')})`;
        layouts.push(`${Math.round(card.getBoundingClientRect().width)}px: ${layout}`);
      }
    }
    expect(
      layouts.filter((l) => l.includes('mixed')),
      layouts.join('; '),
    ).to.deep.equal([]);
    expect(layouts[0]).to.match(/: under$/);
    expect(layouts.at(-1)).to.match(/: beside$/);
  });

  it("prints the careers (titles included) without the buttons' chrome", async function () {
    onlyIn(this, ['chromium'], 'print media is emulated through the DevTools protocol');
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="52.0201" limit="2"></program-careers>`));
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(cards(el)[0]!.querySelector('[part~="choose"]')!).display).to.not.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('button.more')!).display).to.equal('none');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});

describe("<program-careers> with the host's own content", () => {
  it("lists the host's programs with this CIP code first, marked as the host's", async () => {
    const el = await settled(
      await fixture<ProgramCareers>(html`<program-careers cip="51.0707" region="MN" overlay="/demo/hosts/north-shore-overlay.json"></program-careers>`),
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="host"]'), 'host programs');
    const host = el.shadowRoot!.querySelector('[part~="host"]')!;
    expect(host.textContent).to.contain('Programs at North Shore Technical College');
    expect(host.querySelector('a')!.getAttribute('href')).to.equal('https://northshore.example.edu/programs/health-information-technology');
    expect(host.textContent).to.contain('From North Shore Technical College');
    expect(cards(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows a located error for a broken overlay, and the careers still', async () => {
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" overlay="/__fault/html/overlay.json"></program-careers>`));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="host-error"]'), 'host error');
    expect(shadowText(el)).to.contain('returned an HTML page');
    expect(cards(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
