/**
 * What a student meets on a phone, in a sidebar and on a dark page: whole words, no sideways scroll,
 * readable colours, a visible focus ring on every control, and content that says what it means.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/career-compare/career-compare.js';
import '../../src/elements/program-careers/program-careers.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import type {CareerElement} from '../../src/internal/career-element.js';
import {settled, shadowText} from '../support/helpers.js';
import {engine, onlyIn} from '../support/engine.js';
import {auditLayout, expandAll} from '../support/layout-audit.js';
import {nextFrames, openFramed, settledPage} from '../support/phone-frame.js';
import {contrast, drawnFills} from '../support/chart-pixels.js';

/** Every widget in `root` (nested ones too, which appear once their host renders) has left its loading state. */
async function allSettled(root: Element) {
  const pending = () => {
    const states: string[] = [];
    const visit = (node: Element | ShadowRoot) =>
      node.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot && el.localName.includes('-')) states.push((el as HTMLElement).dataset.state ?? 'loading');
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    if (root.shadowRoot) states.push((root as HTMLElement).dataset.state ?? 'loading');
    visit(root.shadowRoot ?? root);
    return states.includes('loading');
  };
  await waitUntil(() => !pending(), 'widgets still loading', {timeout: 10_000});
  await new Promise((r) => setTimeout(r, 0));
}

/** Everything a visitor can open: disclosures, "show more", "show all", the hourly table, each nested widget. */
async function openEverything(root: Element) {
  expandAll();
  await new Promise((r) => setTimeout(r, 50));
  await allSettled(root);
  expandAll(); // what the first round revealed (nested widgets' disclosures)
  await new Promise((r) => setTimeout(r, 50));
}

const PAGES = [
  '<career-profile occupation="29-2072" region="MN"></career-profile>',
  '<career-profile occupation="29-1141" region="CO"></career-profile>',
  '<career-profile occupation="25-2021" region="CA"></career-profile>',
  '<wage-range occupation="29-2072" region="MN" full-range></wage-range>',
  '<wage-range occupation="29-2072" region="MN" pay="hourly" full-range></wage-range>',
  '<skill-list occupation="15-1211" kind="knowledge" limit="0"></skill-list>',
  '<skill-list occupation="29-2072"></skill-list>',
  '<career-compare occupations="29-2072,29-9021,15-1252" region="MN"></career-compare>',
  '<career-compare occupations="29-2072,29-9021" region="MN" pay="hourly"></career-compare>',
  '<program-careers cip="51.0707" region="MN"></program-careers>',
];

const STATES = [
  '<wage-range occupation="99-9999" region="MN"></wage-range>',
  '<career-profile occupation="not-a-code"></career-profile>',
  '<skill-list></skill-list>',
  '<career-profile occupation="29-2072" source="/__fault/delay/5000/"></career-profile>',
];

function expectClean(what: string, doc: Document = document) {
  const audit = auditLayout(doc);
  expect(audit.widgets, `${what}: widgets found`).to.be.greaterThan(0);
  expect(audit.brokenWords, `${what}: words broken across lines`).to.deep.equal([]);
  expect(audit.overflowing, `${what}: content sticking out sideways`).to.deep.equal([]);
  expect(audit.pageOverflow, `${what}: page wider than the screen`).to.equal(0);
}

describe('readable at any width', function () {
  this.timeout(60_000);
  after(async () => {
    if (engine !== 'webkit') await setViewport({width: 800, height: 600});
  });

  // A page of the widget alone (the built bundle) in an iframe 320 px wide: a phone's viewport in every engine.
  it('never breaks a word or scrolls sideways on a 320 px phone, with everything open', async () => {
    for (const markup of PAGES) {
      const page = await openFramed({markup}, 320, 800);
      try {
        await settledPage(page.doc);
        expandAll(page.doc);
        await nextFrames(page.win, 2);
        await settledPage(page.doc);
        expandAll(page.doc); // what the first round revealed (nested widgets' disclosures)
        await nextFrames(page.win, 2);
        expectClean(`320px ${markup.slice(0, 80)}`, page.doc);
      } finally {
        page.close();
      }
    }
  });

  it('never breaks a word or sticks out of a 240 px container, in every state', async () => {
    if (engine !== 'webkit') await setViewport({width: 1024, height: 800});
    for (const page of [...PAGES, ...STATES]) {
      const wrap = await fixture<HTMLDivElement>(`<div style="width: 240px">${page}</div>`);
      const el = wrap.firstElementChild as CareerElement;
      if (!el.getAttribute('source')) await allSettled(el); // the slow-source one is audited while loading
      await openEverything(el);
      expectClean(`240px ${el.outerHTML.slice(0, 80)} (${el.dataset.state})`);
    }
  });

  it('breaks CIP titles at their slashes, never inside a word, in a narrow column', async () => {
    // "Health Information/Medical Records Administration/Administrator": one run without spaces, wider than the column
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 200px"><career-profile occupation="29-9021" region="MN" sections="programs"></career-profile></div>`,
    );
    const el = wrap.firstElementChild as CareerElement;
    await allSettled(el);
    await openEverything(el);
    expect(shadowText(el)).to.contain('Administration/Administrator');
    expectClean('200px programs of 29-9021');
  });

  it('stacks the wage table into rows when a state and the nation do not fit side by side', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 260px"><wage-range occupation="29-2072" region="MN" chart="none"></wage-range></div>`);
    const el = await settled(wrap.firstElementChild as CareerElement);
    const td = el.shadowRoot!.querySelector('tbody td')!;
    expect(getComputedStyle(td).display).to.equal('flex');
    // The cell names its column (Chromium resolves attr() here; Firefox reports the expression).
    expect(getComputedStyle(td, '::before').content).to.be.oneOf(['"Minnesota"', 'attr(data-label)']);
    await expect(el).to.be.accessible();
  });
});

// ---------------------------------------------------------------- colour

const HOSTS = {
  light: 'color-scheme: light; background: #ffffff; color: #1d1d1f',
  dark: 'color-scheme: dark; background: #121214; color: #e8e8ea',
};

describe('readable on light and dark pages', function () {
  this.timeout(60_000);

  for (const [scheme, style] of Object.entries(HOSTS)) {
    it(`passes axe (colour contrast included) on a ${scheme} host, everything open`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${style + '; padding: 1em'}>
        <career-profile occupation="29-2072" region="MN"></career-profile>
        <wage-range occupation="25-2021" region="CA" pay="hourly"></wage-range>
        <skill-list occupation="15-1211"></skill-list>
        <wage-range occupation="99-9999"></wage-range>
      </div>`);
      for (const el of wrap.children) await allSettled(el);
      await openEverything(wrap);
      for (const el of wrap.children) {
        // As a reader meets it: far from the viewport the browser skips a widget's layout (content-visibility),
        // keeping the room it last took, so a list opened out there would overhang the host's background.
        el.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await expect(el).to.be.accessible();
      }
    });

    it(`draws chart bars at 3:1 or more against a ${scheme} page`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${style}><wage-range occupation="29-2072" region="MN"></wage-range></div>`);
      const el = await settled(wrap.firstElementChild as CareerElement);
      const bars = await drawnFills(el.shadowRoot!.querySelector('canvas')!, 2);
      expect(bars).to.have.length(2);
      for (const {rgb} of bars) expect(contrast(rgb, getComputedStyle(wrap).backgroundColor), `bars rgb(${rgb.join(', ')})`).to.be.at.least(3);
      const link = getComputedStyle(el.shadowRoot!.querySelector('.source a')!).color;
      expect(contrast(link, getComputedStyle(wrap).backgroundColor)).to.be.at.least(4.5);
    });
  }
});

describe('visible focus on every control', function () {
  this.timeout(60_000);

  /** The element that has focus, through shadow roots. */
  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  /** Whether an ancestor's overflow clip hides part of the focus ring (outline + offset around the box). */
  const clipped = (el: Element) => {
    const style = getComputedStyle(el);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const r = el.getBoundingClientRect();
    const up = (node: Element): Element | null => node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
    for (let node = up(el); node; node = up(node)) {
      const s = getComputedStyle(node);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = node.getBoundingClientRect();
      if (r.left - ring < c.left - 0.5 || r.right + ring > c.right + 0.5 || r.top - ring < c.top - 0.5 || r.bottom + ring > c.bottom + 0.5)
        return node.localName + '.' + node.className;
    }
    return null;
  };

  it('shows an unclipped focus ring on each control reached by Tab, light and dark', async function () {
    onlyIn(this, ['chromium'], 'the headless Firefox and WebKit test windows do not take keyboard focus (:focus does not match)');
    for (const style of Object.values(HOSTS)) {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${style + '; padding: 1em'}>
        <button id="start">start</button>
        <career-profile occupation="11-1011" region="MN" sections="overview tasks wages outlook skills technology related"></career-profile>
        <wage-range occupation="29-2072" region="MN"></wage-range>
      </div>`);
      for (const el of wrap.querySelectorAll('career-profile, wage-range')) await allSettled(el);
      wrap.querySelector<HTMLButtonElement>('#start')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 80; i++) {
        await sendKeys({press: 'Tab'});
        const el = deepActive();
        let top: Element = el!;
        while (top && top.getRootNode() instanceof ShadowRoot) top = (top.getRootNode() as ShadowRoot).host;
        if (!el || !wrap.contains(top)) break;
        const s = getComputedStyle(el);
        const name = `${el.localName} "${el.textContent!.trim().slice(0, 30)}"`;
        seen.push(name);
        expect(s.outlineStyle, `${name} outline`).to.not.equal('none');
        expect(parseFloat(s.outlineWidth), `${name} outline width`).to.be.at.least(2);
        expect(contrast(s.outlineColor, getComputedStyle(wrap).backgroundColor), `${name} ring contrast`).to.be.at.least(3);
        expect(clipped(el), `${name} ring clipped by`).to.equal(null);
      }
      expect(
        seen.some((n) => n.includes('Per hour')),
        'reached the pay toggle',
      ).to.be.true;
      expect(
        seen.some((n) => n.startsWith('summary')),
        'reached a disclosure',
      ).to.be.true;
      expect(
        seen.some((n) => n.startsWith('a ')),
        'reached a link',
      ).to.be.true;
    }
  });
});

// ---------------------------------------------------------------- content

describe('a profile a student understands', function () {
  this.timeout(30_000);

  const profile = async (markup: ReturnType<typeof html>) => {
    const el = await fixture<CareerProfile>(markup);
    await allSettled(el);
    return el;
  };

  it('labels a state profile’s outlook as national, gives each job count its year, and explains the two counts in one note', async () => {
    const el = await profile(html`<career-profile occupation="29-2072" region="MN"></career-profile>`);
    const outlook = el.shadowRoot!.querySelector('.outlook')!;
    expect(outlook.querySelector('.scope')!.textContent).to.equal(
      'National figures, 2024–34: the U.S. Bureau of Labor Statistics (BLS) does not project jobs for Minnesota.',
    );
    const figures = [...outlook.querySelectorAll('dl div')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures).to.deep.equal([
      'Jobs in 2024194,800',
      'Jobs in 2034 (projected)208,600',
      'Change+7.1%',
      'Job openings per year (2024–34 average)14,200 new jobs plus jobs people leave',
    ]);
    // The wage table's count says its month; one note says why the two counts differ.
    const wages = el.shadowRoot!.querySelector('wage-range')!;
    expect(shadowText(wages)).to.contain('Number of jobs (May 2025)');
    const notes = outlook.querySelectorAll('.note');
    expect(notes).to.have.length(1);
    expect(notes[0]!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'The wage table counts the jobs employers reported in May 2025; the outlook counts all jobs in 2024, including people who work for themselves.',
    );
    // Without the wage table there is only one count: no explanation needed.
    const alone = await profile(html`<career-profile occupation="29-2072" region="MN" sections="outlook"></career-profile>`);
    expect(shadowText(alone)).to.not.contain('The wage table counts');
    const us = await profile(html`<career-profile occupation="29-2072" sections="outlook"></career-profile>`);
    expect(us.shadowRoot!.querySelector('.scope')!.textContent).to.equal('United States, 2024–34: projections by the U.S. Bureau of Labor Statistics (BLS).');
  });

  it('names the titles elementary teachers report before the alternate titles', async () => {
    const el = await profile(html`<career-profile occupation="25-2021" sections="overview"></career-profile>`);
    const also = el.shadowRoot!.querySelector('.also')!.textContent!;
    expect(also).to.match(/^Also called: Classroom Teacher, Elementary School Teacher, Elementary Teacher, Teacher/);
    expect(also).to.not.contain('Art Educator');
    expect(el.shadowRoot!.querySelector('details.titles summary')!.textContent).to.match(/\d+ more titles/);
    // Codes are out of the reader's way: not under the title, but still on the page, after the content.
    expect(el.shadowRoot!.querySelector('header')!.textContent).to.not.contain('25-2021');
    expect(el.shadowRoot!.querySelector('p.codes')!.textContent).to.equal('Government job codes: O*NET-SOC 25-2021.00 · SOC 25-2021');
  });

  it('shows one complete attribution per profile, and one region landmark', async () => {
    const el = await profile(html`<career-profile occupation="29-2072" region="MN"></career-profile>`);
    await openEverything(el);
    const all = (selector: string) => {
      const found: Element[] = [];
      const visit = (root: ShadowRoot) => {
        found.push(...root.querySelectorAll(selector));
        root.querySelectorAll('*').forEach((e) => e.shadowRoot && visit(e.shadowRoot));
      };
      visit(el.shadowRoot!);
      return found;
    };
    const sources = all('[part="source"]');
    expect(sources).to.have.length(1);
    const text = sources[0]!.textContent!;
    expect(text).to.contain('O*NET 30.2 Database');
    expect(text).to.contain('CC BY 4.0');
    expect(text).to.contain('Occupational Employment and Wage Statistics, May 2025');
    expect(text).to.contain('Employment Projections 2024-34');
    expect(all('section[aria-labelledby], section[aria-label], [role="region"]')).to.have.length(1);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.learn-more a')!;
    expect(link.href).to.equal('https://www.onetonline.org/link/summary/29-2072.00');
    expect(link.textContent).to.contain('Medical Records Specialists');
  });

  it('counts in the right number: "1 more task", "1 more title"', async () => {
    // 53-1041.00 has six task statements (five shown), 27-4099.00 one title beyond the five shown.
    const tasks = await profile(html`<career-profile occupation="53-1041.00" sections="tasks"></career-profile>`);
    expect(tasks.shadowRoot!.querySelector('.tasks summary')!.textContent).to.equal('1 more task');
    const titles = await profile(html`<career-profile occupation="27-4099.00" sections="overview"></career-profile>`);
    expect(titles.shadowRoot!.querySelector('details.titles summary')!.textContent).to.equal('1 more title');
    const many = await profile(html`<career-profile occupation="29-2072" sections="tasks"></career-profile>`);
    expect(many.shadowRoot!.querySelector('.tasks summary')!.textContent).to.equal('12 more tasks');
  });

  it('gives interest scores one decimal and a meaning', async () => {
    const el = await profile(html`<career-profile occupation="29-2072" sections="interests"></career-profile>`);
    const rows = [...el.shadowRoot!.querySelectorAll('table.scores tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.include('Conventional 7.0 of 7 (strong match)'); // O*NET: 6.95
    expect(rows).to.include('Investigative 4.3 of 7 (some match)'); // 4.33
    expect(rows).to.include('Artistic 1.0 of 7 (weak match)');
    expect(el.shadowRoot!.querySelector('table.scores caption')!.textContent).to.equal(
      'How well this career matches each interest (O*NET scores from 1, not at all, to 7, very well)',
    );
  });

  it('puts in-demand and hot technology first, a few per category, the rest behind one disclosure', async () => {
    const el = await profile(html`<career-profile occupation="29-1141" sections="technology"></career-profile>`);
    const section = el.shadowRoot!.querySelector('.technology')!;
    const firstList = section.querySelector('ul.groups')!;
    expect(firstList.children.length).to.be.at.most(4);
    expect(firstList.querySelector('.tag')).to.exist; // the first categories lead with marked technology
    expect(section.querySelectorAll(':scope > details')).to.have.length(1);
    expect(section.querySelector(':scope > details summary')!.textContent).to.match(/All tools and technology \(\d+ categories\)/);
    expect(section.textContent).to.not.contain('★');
  });

  it('explains preparation levels, BLS education categories, ratings and wages in place, in words', async () => {
    const el = await profile(html`<career-profile occupation="29-2072" region="MN"></career-profile>`);
    const text = shadowText(el);
    expect(text).to.contain('Postsecondary nondegree award a certificate after high school, shorter than a degree');
    expect(text).to.contain('no long training once hired'); // BLS's "None" as on-the-job training
    // "Preparation needed: level 3 of 5 (medium)", not "Job Zone Three: Medium Preparation Needed"
    expect(text).to.contain('Preparation needed: level 3 of 5 (medium).');
    expect(text).to.not.contain('Job Zone Three');
    expect(text).to.contain(
      'Most jobs at this level need training at a vocational school, related experience on the job, or an associate’s degree (a 2-year college degree).',
    );
    expect(text).to.not.contain('in this zone');
    expect(text).to.contain(
      'Preparation levels come from O*NET, the U.S. Department of Labor’s database of jobs, which sorts jobs into 5 “job zones” by what people in the job have.',
    );
    expect(text).to.not.contain('Levels 1 and 2'); // said where it matters: at O*NET's merged level
    const cashiers = shadowText(await profile(html`<career-profile occupation="41-2011" sections="education"></career-profile>`));
    expect(cashiers).to.contain('Preparation needed: level 1–2 of 5 (little to some).');
    expect(cashiers).to.contain('Levels 1 and 2 are combined.');
    expect(text).to.contain('“Typical education to start” comes from BLS');
    expect(shadowText(el.shadowRoot!.querySelector('wage-range')!)).to.contain('Middle: half earn less and half earn more.');
    const associate = await profile(html`<career-profile occupation="29-9021" sections="education"></career-profile>`);
    expect(shadowText(associate)).to.contain("Associate's degree a 2-year college degree");
    const skills = await fixture<CareerElement>(html`<skill-list occupation="15-1211"></skill-list>`);
    await settled(skills);
    expect(shadowText(skills)).to.contain('How important: from 1 (not important) to 5 (extremely important).');
    // The disclosure triangle is decoration: not part of the summary's accessible name.
    const name = skills.shadowRoot!.querySelector('summary .name')!;
    expect(getComputedStyle(name, '::before').content).to.contain('/ ""');
  });
});

describe('career-load', () => {
  it('fires again when only the region changes', async () => {
    const el = await fixture<CareerProfile>(html`<career-profile occupation="29-2072" region="MN" sections="overview"></career-profile>`);
    await oneEvent(el, 'career-load');
    setTimeout(() => (el.region = 'CA'));
    const event = await oneEvent(el, 'career-load');
    expect(event.detail).to.deep.equal({occupation: '29-2072.00', title: 'Medical Records Specialists', region: 'CA'});
  });

  it('never fires for a choice replaced before it rendered', async () => {
    const loads: string[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div @career-load=${(e: CustomEvent) => loads.push(e.detail.occupation)}>
      <career-profile occupation="11-1011" source="/__fault/delay/300/" sections="overview"></career-profile>
    </div>`);
    const el = wrap.firstElementChild as CareerProfile;
    await new Promise((r) => setTimeout(r, 50));
    el.occupation = '29-2072';
    await settled(el);
    await new Promise((r) => setTimeout(r, 400));
    expect(loads).to.deep.equal(['29-2072.00']);
  });

  it('shows short visible text while loading, in about the space the profile takes', async () => {
    const el = await fixture<CareerProfile>(html`<career-profile occupation="29-2072" source="/__fault/delay/800/"></career-profile>`);
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.textContent!.trim()).to.equal('Loading career information…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(1200);
    await expect(el).to.be.accessible();
  });
});
