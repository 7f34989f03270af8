// A page pre-rendered by src/ssr, as a visitor's browser gets it: the content is in the HTML (declarative shadow DOM),
// readable before and without any script, and the script takes each widget over (Lit's hydration) without changing
// what is on show. Pages are pre-rendered by the test server (tests/support/prerender-server.mjs) and opened in an
// iframe; the library's script is added after the page has shown, as a late script would arrive.
import {expect, waitUntil} from '@open-wc/testing';
import {drawnFills} from '../support/chart-pixels.js';
import {onlyIn} from '../support/engine.js';
import {addScript, axeViolations, type Frame, openFrame, prerenderPage, settledIn, type Visibility, visibleText} from '../support/prerendered.js';

/** Every element in a widget's shadow tree, nested widgets' shadow trees included. */
function shadowElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? shadowElements(element.shadowRoot) : [])]);
}

/** Where each element of the widgets' shadow trees is, rounded to the pixel. */
function layout(widgets: Element[]): string[] {
  return widgets.flatMap((widget) =>
    shadowElements(widget.shadowRoot!).map((element) => {
      const {x, y, width, height} = element.getBoundingClientRect();
      return `${element.localName}${element.id ? `#${element.id}` : ''} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}x${Math.round(height)}`;
    }),
  );
}

/** Records every node added to or removed from the widgets' shadow trees (nested ones included) from now on. */
function watchNodes(frame: Frame, widgets: Element[]) {
  const changes: string[] = [];
  const observer = new frame.win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) changes.push(`removed ${node.nodeName} from ${(record.target as Element).localName ?? '#shadow-root'}`);
      for (const node of record.addedNodes) changes.push(`added ${node.nodeName} to ${(record.target as Element).localName ?? '#shadow-root'}`);
    }
  });
  for (const root of widgets.flatMap((w) => [w.shadowRoot!, ...shadowElements(w.shadowRoot!).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))])) {
    observer.observe(root, {childList: true, subtree: true});
  }
  return () => {
    observer.disconnect();
    return changes;
  };
}

const nextFrame = (frame: Frame) => new Promise((resolve) => frame.win.requestAnimationFrame(() => frame.win.requestAnimationFrame(resolve)));

/** Dataset files the page requested over the network. */
const dataRequests = (frame: Frame) =>
  frame.win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/data\/v1\/.*\.json$/.test(name));

const COLLEGE_PAGE = `<main>
  <h1>Health Information Technology, AAS</h1>
  <program-careers id="program" cip="51.0707" region="MN" heading-level="2"></program-careers>
  <career-profile for="program" occupation="29-2072" region="MN">
    <a href="https://www.onetonline.org/link/summary/29-2072.00">Medical records specialists (O*NET OnLine)</a>
  </career-profile>
  <wage-range occupation="29-2072" region="MN"></wage-range>
  <skill-list occupation="29-2072"></skill-list>
  <career-search id="find" region="MN"></career-search>
  <career-compare occupations="29-2072,29-9021" region="MN"></career-compare>
  <career-explorer region="MN" limit="5" major="29"></career-explorer>
  <p id="after">The page goes on.</p>
</main>`;
const TAGS = ['program-careers', 'career-profile', 'wage-range', 'skill-list', 'career-compare', 'career-explorer'];

describe('a pre-rendered page', function () {
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  const open = async (...args: Parameters<typeof openFrame>) => {
    const frame = await openFrame(...args);
    frames.push(frame.frame);
    return frame;
  };
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it("shows every widget's content with JavaScript turned off", async () => {
    const page = await prerenderPage(COLLEGE_PAGE);
    expect(page.skipped).to.deep.equal([]);
    expect(page.rendered).to.equal(7);
    const frame = await open(page.url, {scripts: false});
    const text = (tag: string) => visibleText(frame.doc.querySelector(tag)!);
    expect(text('program-careers')).to.contain('Health Information/Medical Records Technology/Technician');
    expect(text('career-profile')).to.match(/Medical Records Specialists.*What they do.*Wages.*\$61,530.*Outlook.*Education/);
    expect(text('career-profile')).to.contain('O*NET');
    expect(text('wage-range')).to.match(/Middle \( median \) \$61,530 \$51,140/);
    expect(text('skill-list')).to.contain('Computers and information technology');
    expect(text('career-search')).to.contain('Find a career');
    expect(text('career-compare')).to.contain('Health Information Technologists');
    expect(text('career-explorer')).to.match(/Registered Nurses|Physicians|Pharmacists/);
    for (const tag of TAGS) expect(text(tag), tag).not.to.contain('Loading career information');
    expect(frame.win.customElements.get('career-profile'), 'no script ran').to.equal(undefined);
  });

  it('passes axe before the script has run and after it has taken the widgets over', async () => {
    const page = await prerenderPage(COLLEGE_PAGE, {script: null});
    const frame = await open(page.url);
    expect(await axeViolations(frame), 'before').to.deep.equal([]);
    addScript(frame);
    await settledIn(frame, TAGS.join(','));
    expect(await axeViolations(frame), 'after').to.deep.equal([]);
  });

  it('is taken over with nothing on show changing: same nodes, same text, same places', async () => {
    const page = await prerenderPage(COLLEGE_PAGE, {script: null});
    const frame = await open(page.url, {height: 6000});
    const widgets = TAGS.map((tag) => frame.doc.querySelector(tag)!).concat(frame.doc.querySelector('career-search')!);
    const text = widgets.map(visibleText);
    const places = layout(widgets);
    const title = frame.doc.querySelector('career-profile')!.shadowRoot!.querySelector('h2');
    const after = frame.doc.getElementById('after')!.getBoundingClientRect().top;
    const changes = watchNodes(frame, widgets);
    addScript(frame);
    await settledIn(frame, TAGS.join(','));
    await nextFrame(frame);
    expect(changes(), 'nodes added or removed').to.deep.equal([]);
    expect(widgets.map(visibleText)).to.deep.equal(text);
    expect(layout(widgets)).to.deep.equal(places);
    expect(frame.doc.querySelector('career-profile')!.shadowRoot!.querySelector('h2')).to.equal(title);
    expect(frame.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(after);
    expect(frame.doc.querySelector('career-search')!.getAttribute('data-state')).to.equal('idle');
  });

  it('downloads none of the data the page carries', async () => {
    const page = await prerenderPage(COLLEGE_PAGE);
    const frame = await open(page.url);
    await settledIn(frame, TAGS.join(','));
    expect(dataRequests(frame)).to.deep.equal([]);
  });

  it('announces career-load for each widget once taken over', async () => {
    const page = await prerenderPage(COLLEGE_PAGE, {script: null});
    const frame = await open(page.url);
    const loaded: string[] = [];
    frame.doc.addEventListener('career-load', (event) => loaded.push((event.target as Element).localName));
    addScript(frame);
    await settledIn(frame, TAGS.join(','));
    await waitUntil(() => loaded.length >= TAGS.length, `career-load from ${loaded.join(', ')}`);
    expect([...loaded].sort()).to.deep.equal([...TAGS].sort());
  });

  describe('after take-over, every control works', () => {
    let frame: Frame;
    beforeEach(async () => {
      const page = await prerenderPage(COLLEGE_PAGE);
      frame = await open(page.url, {height: 6000});
      await settledIn(frame, TAGS.join(','));
    });
    const root = (tag: string) => frame.doc.querySelector(tag)!.shadowRoot!;
    const button = (tag: string, name: RegExp) => [...root(tag).querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent ?? ''))!;

    it('the pay toggle', async () => {
      button('wage-range', /per hour/i).click();
      await waitUntil(() => /Middle \( median \) \$29\.\d\d/.test(visibleText(frame.doc.querySelector('wage-range')!)), 'hourly wages');
      expect(button('wage-range', /per hour/i).getAttribute('aria-pressed')).to.equal('true');
    });

    it('"Show more" in the profile', async () => {
      expect(visibleText(frame.doc.querySelector('career-profile')!)).not.to.contain('Related occupations');
      button('career-profile', /show more/i).click();
      await waitUntil(() => visibleText(frame.doc.querySelector('career-profile')!).includes('Related occupations'), 'more sections');
      expect(button('career-profile', /show fewer/i).getAttribute('aria-expanded')).to.equal('true');
    });

    it('choosing a related career, followed by the page', async () => {
      button('career-profile', /show more/i).click();
      await waitUntil(() => root('career-profile').querySelector('.related button, .related a'), 'related careers');
      const choices: string[] = [];
      frame.doc.addEventListener('career-select', (event) => choices.push((event as CustomEvent).detail.occupation));
      const related = root('career-profile').querySelector<HTMLElement>('.related button')!;
      const name = related.textContent!.trim();
      related.click();
      await waitUntil(() => root('career-profile').querySelector('h2')?.textContent?.includes(name), `the profile shows ${name}`, {timeout: 10_000});
      expect(choices.length).to.equal(1);
    });

    it('a career chosen in the program list, followed by the profile (for)', async () => {
      const career = [...root('program-careers').querySelectorAll<HTMLButtonElement>('button.choose')].find(
        (b) => !/Medical Records/.test(b.textContent ?? ''),
      )!;
      const name = career.textContent!.trim();
      career.click();
      await waitUntil(() => root('career-profile').querySelector('h2')?.textContent?.includes(name), `the profile follows to ${name}`, {timeout: 10_000});
    });

    it('"Show more" in the career list', async () => {
      const rows = () => root('career-explorer').querySelectorAll('tbody tr').length;
      const before = rows();
      button('career-explorer', /show \d+ more career/i).click();
      await waitUntil(() => rows() > before, 'more careers listed');
    });

    it('switching the page to Spanish', async () => {
      frame.doc.documentElement.lang = 'es';
      await waitUntil(() => /Salarios/.test(visibleText(frame.doc.querySelector('wage-range')!)), 'Spanish wages', {timeout: 10_000});
      await waitUntil(() => /Qué hacen|Lo que hacen/i.test(visibleText(frame.doc.querySelector('career-profile')!)), 'Spanish profile', {timeout: 10_000});
    });
  });

  it('is taken over in Spanish when it was pre-rendered in Spanish', async () => {
    const page = await prerenderPage('<wage-range occupation="29-2072" region="MN"></wage-range>', {lang: 'es', script: null});
    const frame = await open(page.url);
    const wages = frame.doc.querySelector('wage-range')!;
    const text = visibleText(wages);
    expect(text).to.contain('Salarios');
    const changes = watchNodes(frame, [wages]);
    addScript(frame);
    await settledIn(frame, 'wage-range');
    // Drawing the chart (a lazy chunk, after the take-over) changes no node either: its colours are resolved on the
    // canvas itself, not on a probe element added beside it (which WebKit, drawing sooner, once showed here).
    const canvas = wages.shadowRoot!.querySelector('canvas')!;
    expect((await drawnFills(canvas, 2)).length, 'the chart drawn: a bar for Minnesota and one for the nation').to.be.at.least(2);
    expect(changes().join('; '), 'nodes added or removed').to.equal('');
    expect(visibleText(wages)).to.equal(text);
  });

  it('renders afresh, in place, what another version of the library pre-rendered', async () => {
    const page = await prerenderPage('<wage-range occupation="29-2072" region="MN"></wage-range><p id="after">after</p>', {script: null});
    const html = (await (await fetch(page.url)).text()).replace(/<!--career-widgets \S+ en-->/, '<!--career-widgets 0.0.1 en-->');
    const older = await prerenderPage(html.replace(/^[\s\S]*?<body>\n|\n<\/body>[\s\S]*$/g, ''), {script: null});
    const frame = await open(older.url);
    const wages = frame.doc.querySelector('wage-range')!;
    const table = wages.shadowRoot!.querySelector('table');
    const text = visibleText(wages);
    const after = frame.doc.getElementById('after')!.getBoundingClientRect().top;
    addScript(frame);
    await settledIn(frame, 'wage-range');
    expect(wages.shadowRoot!.querySelector('table'), 'a new table').not.to.equal(table);
    expect(wages.shadowRoot!.querySelectorAll('table').length).to.equal(1);
    expect(visibleText(wages)).to.equal(text);
    expect(frame.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(after);
  });

  it("renders a career list afresh when the page's URL chose other filters than it was pre-rendered with", async () => {
    const page = await prerenderPage('<career-explorer region="MN" limit="5" url-param="jobs"></career-explorer>', {script: null});
    const frame = await open(`${page.url}?jobs-major=15`);
    const list = frame.doc.querySelector('career-explorer')!;
    const table = list.shadowRoot!.querySelector('table');
    const before = visibleText(list);
    const warnings: string[] = [];
    frame.win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    addScript(frame);
    await settledIn(frame, 'career-explorer');
    await waitUntil(() => visibleText(list) !== before, "the URL's filters shown");
    expect(
      warnings.filter((w) => w.includes('[career-widgets]')),
      'known in advance, not found by a failed hydration',
    ).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('table'), 'a new table').not.to.equal(table);
    expect(list.shadowRoot!.querySelectorAll('table').length).to.equal(1);
    const rows = [...list.shadowRoot!.querySelectorAll('tbody tr')].map(visibleText);
    expect(rows.length).to.equal(5);
    expect(rows.join(' ')).to.match(/Software|Computer|Data|Information/);
  });

  it('without its inline data, downloads the data and then takes the widget over', async () => {
    const page = await prerenderPage('<wage-range occupation="29-2072" region="MN"></wage-range>', {script: null});
    const html = (await (await fetch(page.url)).text()).replace(/<script type="application\/json" data-career-widgets-seed>[^<]*<\/script>/, '');
    const bare = await prerenderPage(html.replace(/^[\s\S]*?<body>\n|\n<\/body>[\s\S]*$/g, ''), {script: null});
    const frame = await open(bare.url);
    const wages = frame.doc.querySelector('wage-range')!;
    const table = wages.shadowRoot!.querySelector('table');
    addScript(frame);
    await settledIn(frame, 'wage-range');
    expect(wages.shadowRoot!.querySelector('table'), 'the same table').to.equal(table);
    expect(dataRequests(frame).length).to.be.greaterThan(0);
  });
});

describe('a long pre-rendered page', function () {
  this.timeout(60_000);
  let frame: Frame | undefined;
  afterEach(() => frame?.frame.remove());

  /** Whether the browser lays out and paints the widget's first words (not while it is skipped, far away). */
  const laidOut = (widget: Element) =>
    ([...widget.shadowRoot!.querySelectorAll('td')][0] as unknown as Visibility).checkVisibility({contentVisibilityAuto: true});

  it('skips laying out the widgets far below, keeps their room when the script takes them over, and shows one scrolled to', async function () {
    onlyIn(this, ['chromium', 'webkit'], 'Firefox lays out every widget (src/internal/far.styles.ts says why)');
    const codes = ['29-2072', '15-1252', '47-2111', '11-9111', '53-3032', '25-2021', '29-1141', '43-4051'];
    const body = codes.map((code) => `<wage-range occupation="${code}" region="MN" chart="none"></wage-range>`).join('\n');
    const page = await prerenderPage(`${body}\n<p id="after">after</p>`, {script: null});
    frame = await openFrame(page.url);
    const {doc, win} = frame;
    const widgets = [...doc.querySelectorAll('wage-range')];
    const last = widgets.at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last widget, screens away').to.be.greaterThan(win.innerHeight * 3);
    expect(laidOut(widgets[0]!), 'the first widget, on screen').to.equal(true);
    expect(laidOut(last), 'the last widget, before the script').to.equal(false);
    const places = () =>
      widgets.map((w) => Math.round(w.getBoundingClientRect().top)).concat(Math.round(doc.getElementById('after')!.getBoundingClientRect().top));
    const before = places(); // once the first frames have laid out what is near (openFrame)
    const text = visibleText(last);

    addScript(frame);
    await settledIn(frame, 'wage-range');
    expect(places(), 'every widget where it was').to.deep.equal(before);
    expect(laidOut(last), 'the last widget, taken over, still far').to.equal(false);

    await waitUntil(
      () => {
        if (last.getBoundingClientRect().top >= win.innerHeight) last.scrollIntoView();
        return laidOut(last);
      },
      'the last widget, scrolled to, was never laid out',
      {timeout: 5000},
    );
    expect(visibleText(last)).to.equal(text);
    expect(last.getAttribute('data-state')).to.equal('complete');
  });
});

describe('a pre-rendered page under a strict CSP (no inline style, Trusted Types)', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('is styled once taken over, though the CSP blocked the styles in its HTML', async () => {
    const page = await prerenderPage('<wage-range occupation="29-2072" region="MN"></wage-range>');
    const opened = await openFrame(`${page.url}?csp=strict`);
    frame = opened.frame;
    await settledIn(opened, 'wage-range');
    const wages = opened.doc.querySelector('wage-range')!;
    // The <style> of the pre-rendered shadow root did not apply; the widget's adopted styles do.
    expect(wages.shadowRoot!.querySelector('style')!.sheet, 'blocked by the CSP').to.equal(null);
    expect(opened.win.getComputedStyle(wages.shadowRoot!.querySelector('h3')!).marginTop).to.equal('0px'); // base.styles: no top margin
    expect(wages.shadowRoot!.querySelectorAll('table').length).to.equal(1);
  });
});
