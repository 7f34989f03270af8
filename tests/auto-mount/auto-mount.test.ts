import {expect, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import type {CareerExplorer} from '../../src/elements/career-explorer/career-explorer.js';
import {everyElement} from '../support/elements.js';
import {settled, shadowText} from '../support/helpers.js';
import {real, stubDataset} from '../support/stub-dataset.js';

/** Markup as a CMS leaves it: the custom tag stripped to a div, every attribute renamed to data-*. */
function place(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup; // test-authored markup only
  document.body.append(holder);
  return holder;
}

const upgraded = async <T extends Element>(holder: HTMLElement, tag: string) => {
  await waitUntil(() => holder.querySelector(tag), `<${tag}> never replaced the placeholder`, {timeout: 5000});
  return holder.querySelector(tag) as unknown as T;
};

/**
 * Settings that change where a widget's data comes from or what it writes outside itself (the page's JSON-LD, its
 * URL, the visitor's storage, analytics of what the visitor typed, where a career's name sends the visitor).
 * Anyone who can write a post may write a placeholder, so a placeholder sets them only where the page's own
 * template allows it. Listed here, not read from the elements, so an element that forgets to guard one fails.
 */
const GUARDED: Record<string, string> = {
  source: 'https://evil.example/v1/',
  overlay: 'https://evil.example/overlay.json',
  'structured-data': '',
  fallback: 'bundled',
  'url-param': 'page_id',
  shortlist: 'theirs',
  'report-query': '',
  'career-url': 'https://evil.example/careers/{code}',
};
/** Every element of the registry. */
const TAGS = everyElement().map(({tag}) => tag);
const observed = (tag: string) => (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;

describe('auto-mount (CMS-safe placeholders)', () => {
  const holders: HTMLElement[] = [];
  const warnings: string[] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  after(() => {
    console.warn = warn;
  });
  afterEach(() => holders.splice(0).forEach((h) => h.remove()));
  const add = (markup: string) => {
    const holder = place(markup);
    holders.push(holder);
    return holder;
  };

  it('turns a placeholder added after the bundle into the element, with every data-* attribute it documents', async () => {
    const holder = add(`<div data-career-widget="wage-range" data-occupation="29-2072" data-region="MN" data-pay="hourly"
        data-heading-level="4" id="pay" class="host-card" data-tracking="abc" data-state="complete">
        <p>Medical records specialists earn about $30 an hour in Minnesota.</p></div>`);
    const el = await upgraded<WageRange>(holder, 'wage-range');
    expect(holder.querySelector('[data-career-widget]')).to.equal(null);
    expect(el.getAttribute('occupation')).to.equal('29-2072');
    expect(el.region).to.equal('MN');
    expect(el.pay).to.equal('hourly');
    expect(el.headingLevel).to.equal(4);
    expect(el.id).to.equal('pay');
    expect(el.className).to.equal('host-card');
    expect(el.dataset.tracking, 'the host’s own data-* stays data-*').to.equal('abc');
    await settled(el);
    expect(shadowText(el)).to.contain('$29.58');
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    // The placeholder's children are the element's fallback content now.
    expect(el.querySelector('p')!.textContent).to.contain('$30 an hour');
    await expect(el).to.be.accessible();
  });

  it('upgrades a placeholder nested in a block a page builder inserts later', async () => {
    const holder = add('<section><div class="wp-block-html"></div></section>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    holder.querySelector('.wp-block-html')!.innerHTML =
      '<div data-career-widget="skill-list" data-occupation="15-1211" data-kind="knowledge" data-limit="3"></div>';
    const el = await upgraded<HTMLElement & {kind: string; limit: number}>(holder, 'skill-list');
    expect(el.kind).to.equal('knowledge');
    expect(el.limit).to.equal(3);
    await settled(el as never);
  });

  it('upgrades a career-profile placeholder with sections and a heading', async () => {
    const holder = add(
      '<div data-career-widget="Career-Profile" data-occupation="29-2072" data-region="MN" data-sections="wages tasks" data-heading="Medical coder"></div>',
    );
    const el = await upgraded<HTMLElement>(holder, 'career-profile');
    await settled(el as never);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Medical coder');
    expect([...el.shadowRoot!.querySelectorAll('[part="section"]')].map((s) => s.className)).to.deep.equal(['wages', 'tasks']);
  });

  it('upgrades a career-explorer placeholder with its filters, hyphenated attributes included', async () => {
    const holder = add(`<div data-career-widget="career-explorer" data-region="MN" data-major="29" data-education="associate"
        data-sort="median" data-job-zone="3" data-bright-outlook><a href="/careers">All careers</a></div>`);
    const el = await settled(await upgraded<CareerExplorer>(holder, 'career-explorer'));
    expect(el.appliedFilters).to.include({major: '29', education: 'associate', jobZone: '3', bright: 'true'});
    expect(el.sort).to.equal('median');
    expect(shadowText(el)).to.contain('Careers in Minnesota');
  });

  for (const tag of TAGS) {
    it(`<${tag}>: a placeholder cannot set where data comes from or what is written outside the widget`, async () => {
      const guarded = Object.keys(GUARDED).filter((name) => observed(tag).includes(name));
      const attributes = guarded.map((name) => ` data-${name}="${GUARDED[name]}"`).join('');
      const holder = add(`<div data-career-widget="${tag}" data-occupation="29-2072" data-occupations="29-2072" data-cip="51.0707"${attributes}>
        <script type="application/json">{"overlayVersion": 1, "host": {"name": "Anyone"}}</script><p>Fallback</p></div>`);
      const el = await upgraded<HTMLElement>(holder, tag);
      for (const name of guarded) {
        expect(el.hasAttribute(name), `${name} was set`).to.be.false;
        expect(el.hasAttribute(`data-${name}`), `data-${name} was kept`).to.be.false;
      }
      if (guarded.includes('overlay')) expect(el.querySelector('script') === null, 'an inline overlay moved in').to.be.true;
      expect(el.querySelector('p')!.textContent).to.equal('Fallback');
      const warning = warnings.find((w) => w.includes('career-widgets-placeholders') && w.includes(`<${tag}>`));
      expect(warning, 'no warning naming the meta tag that allows them').to.exist;
      for (const name of guarded) expect(warning).to.contain(name);
    });
  }

  it('honours those settings when the page allows them in its head: <meta name="career-widgets-placeholders">', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.title = 'Title from the allowed dataset';
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const meta = Object.assign(document.createElement('meta'), {name: 'career-widgets-placeholders', content: 'source overlay'});
    document.head.append(meta);
    try {
      const holder =
        add(`<div data-career-widget="career-profile" data-occupation="29-2072" data-sections="overview" data-source="${source}" data-structured-data>
        <script type="application/json">{"overlayVersion": 1, "host": {"name": "Allowed College"}}</script></div>`);
      const el = await upgraded<HTMLElement>(holder, 'career-profile');
      expect(el.getAttribute('source')).to.equal(source);
      expect(el.hasAttribute('structured-data'), 'not in the list: still ignored').to.be.false;
      expect(el.querySelector(':scope > script[type="application/json"]') !== null, 'overlay allowed: the inline one moves in').to.be.true;
      await settled(el as never);
      expect(shadowText(el)).to.contain('Title from the allowed dataset');
    } finally {
      meta.remove();
    }
  });

  it('ignores the permission when it is not in the head (content an editor can write)', async () => {
    const holder = add(`<meta name="career-widgets-placeholders" content="source">
      <div data-career-widget="wage-range" data-occupation="29-2072" data-source="https://evil.example/v1/"></div>`);
    const el = await upgraded<HTMLElement>(holder, 'wage-range');
    expect(el.hasAttribute('source')).to.be.false;
    await settled(el as never);
  });

  it('leaves hostile placeholders alone and never creates what an attribute names', async () => {
    const holder = add(`
      <div data-career-widget="script" data-src="https://evil.example/x.js"></div>
      <div data-career-widget="iframe" data-src="javascript:alert(1)"></div>
      <div data-career-widget="img" data-onerror="alert(1)"></div>
      <div data-career-widget="__proto__"></div>
      <div data-career-widget="wage-range onload=alert(1)"></div>
      <div data-career-widget="x-not-ours"></div>
      <div data-career-widget="wage-range" data-occupation="&lt;img src=x onerror=alert(1)&gt;" data-onclick="alert(1)"
        data-source="javascript:alert(1)//" data-style="position:fixed" id="hostile"></div>`);
    const el = await upgraded<WageRange>(holder, 'wage-range');
    expect(el.hasAttribute('onclick')).to.be.false;
    expect(el.dataset.onclick, 'unknown names stay inert data-*').to.equal('alert(1)');
    expect(el.hasAttribute('style')).to.be.false;
    await settled(el, 'error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => warnings.some((w) => w.includes('x-not-ours')), 'no warning for an unknown tag', {timeout: 7000});
    expect(holder.querySelectorAll('script, iframe, img, x-not-ours').length).to.equal(0);
    expect(holder.querySelectorAll('[data-career-widget]').length, 'hostile placeholders untouched').to.equal(6);
    expect(warnings.filter((w) => w.includes('is not a career widget')).length).to.be.greaterThanOrEqual(5);
  });
});
