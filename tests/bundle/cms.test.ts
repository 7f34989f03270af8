// The built bundle on pages that mimic what CMS editors leave of a snippet (see cms-page.html), and the promise
// that a page without placeholders never loads the auto-mount code.
import {expect, waitUntil} from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & {__bundleErrors: string[]};

async function open(src: string): Promise<{frame: HTMLIFrameElement; win: PageWindow}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = src;
  document.body.append(frame);
  await ready;
  return {frame, win: frame.contentWindow as PageWindow};
}

const scriptsLoaded = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'));

describe('built bundle on a page a CMS editor filtered', function () {
  this.timeout(20_000);
  let page: {frame: HTMLIFrameElement; win: PageWindow};
  before(async () => {
    page = await open(new URL('./cms-page.html', import.meta.url).href);
  });
  after(() => page.frame.remove());

  it('upgrades the placeholders the editor left, with the script in the footer', async () => {
    const doc = page.win.document;
    await waitUntil(() => doc.querySelector('career-profile') && doc.querySelector('wage-range'), 'placeholders never upgraded', {timeout: 8000});
    const profile = doc.querySelector('career-profile')!;
    expect(profile.getAttribute('sections')).to.equal('overview wages');
    await waitUntil(() => profile.getAttribute('data-state') === 'complete', 'profile never completed', {timeout: 10_000});
    const wages = doc.querySelector('wage-range')!;
    await waitUntil(() => wages.getAttribute('data-state') === 'complete', 'wage range never completed', {timeout: 10_000});
    expect(wages.shadowRoot!.textContent).to.contain('$29.58');
    expect(doc.querySelectorAll('[data-career-widget]').length).to.equal(0);
    // data-structured-data survived the editor, and the theme's <meta> allows it: the page carries the Occupation.
    await waitUntil(() => profile.querySelector('script[type="application/ld+json"]'), 'no JSON-LD on the CMS page', {timeout: 5000});
    expect(JSON.parse(profile.querySelector('script[type="application/ld+json"]')!.textContent!).estimatedSalary[0].median).to.equal(61530);
    expect(scriptsLoaded(page.win).some((p) => p.includes('/chunks/auto-mount'))).to.be.true;
    expect(page.win.__bundleErrors).to.deep.equal([]);
  });

  it('upgrades a placeholder the page adds later (a tab, a page builder)', async () => {
    const doc = page.win.document;
    const later = doc.getElementById('later')!;
    const div = doc.createElement('div');
    div.dataset.careerWidget = 'skill-list';
    div.dataset.occupation = '29-2072';
    later.append(div);
    await waitUntil(() => later.querySelector('skill-list')?.getAttribute('data-state') === 'complete', 'late placeholder never upgraded', {timeout: 8000});
  });
});

describe('built bundle on a page without placeholders', function () {
  this.timeout(20_000);
  it('never loads the auto-mount code', async () => {
    const {frame, win} = await open(new URL('./bundle-page.html', import.meta.url).href);
    try {
      const profile = win.document.querySelector('career-profile')!;
      await waitUntil(() => profile.getAttribute('data-state') === 'complete', 'profile never completed', {timeout: 10_000});
      // Markup that is not a placeholder, added later, does not load it either.
      win.document.body.append(win.document.createElement('div'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(scriptsLoaded(win).filter((p) => p.includes('auto-mount'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('built bundle: a widget inside another component’s shadow root', function () {
  this.timeout(20_000);
  it('still upgrades (every element loads once the page is idle)', async () => {
    const {frame, win} = await open(new URL('./bundle-page.html', import.meta.url).href);
    try {
      const host = win.document.createElement('div');
      const root = host.attachShadow({mode: 'open'});
      const skills = win.document.createElement('skill-list');
      skills.setAttribute('occupation', '29-2072');
      root.append(skills);
      win.document.body.append(host);
      await waitUntil(() => skills.getAttribute('data-state') === 'complete', 'skill-list in a shadow root never upgraded', {timeout: 10_000});
    } finally {
      frame.remove();
    }
  });
});
