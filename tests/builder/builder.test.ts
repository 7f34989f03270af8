// The embed builder (demo/builder.html with the built library), used as a web editor would: by keyboard, then
// the CMS-safe snippet pasted into a plain page. Needs `npm run build`.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {cmsSnippet, elementSnippet, placeholder, prerenderedSnippet, recipe} from '../../demo/assets/snippets.js';
import {engine} from '../support/engine.js';
import {crossOrigin} from '../support/origins.js';

let frame: HTMLIFrameElement;
let doc: Document;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => doc.getElementById(id) as T;
const press = async (key: string) => sendKeys({press: key});

async function openFrame(src: string, width = 1100) {
  const f = document.createElement('iframe');
  f.style.cssText = `width: ${width}px; height: 1400px; border: 0`;
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, {once: true}));
  f.src = src;
  document.body.append(f);
  await loaded;
  return f;
}

/** A plain page (what a CMS page is) on this origin with `html` pasted into its body; remove it when done. */
async function pasteIntoPage(html: string, width = 800): Promise<HTMLIFrameElement> {
  const page = document.createElement('iframe');
  page.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
  page.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
  document.body.append(page);
  await loaded;
  return page;
}

/** axe-core run inside the builder's own window (an element of another document is refused by the host's axe). */
async function axeViolations(): Promise<string[]> {
  const win = frame.contentWindow as Window & {axe?: {run: (context: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}};
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    doc.head.append(script);
    await loaded;
  }
  const {violations} = await win.axe!.run(doc);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('embed builder', function () {
  this.timeout(40_000);

  before(async () => {
    frame = await openFrame('/demo/builder.html');
    doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelectorAll('input[name="element"]').length > 0, 'builder never listed the elements', {timeout: 10_000});
  });
  after(() => frame.remove());

  it('lists every element of custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules
      .flatMap((m: {declarations?: {tagName?: string}[]}) => m.declarations ?? [])
      .map((d: {tagName?: string}) => d.tagName)
      .filter(Boolean)
      .sort();
    const listed = [...doc.querySelectorAll<HTMLInputElement>('input[name="element"]')].map((i) => i.value).sort();
    expect(listed).to.deep.equal(tags);
  });

  it('passes axe, preview included', async () => {
    await waitUntil(() => doc.querySelector('career-profile')?.getAttribute('data-state') === 'complete', 'preview never completed', {timeout: 10_000});
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('finds "medical coder", Minnesota and two sections by keyboard, and the CMS-safe snippet works in a plain page', async () => {
    const search = $<HTMLInputElement>('occupation-search');
    search.focus();
    search.select();
    await sendKeys({type: 'medical coder'});
    // Results of the last keystroke (earlier ones show while it is searched).
    await waitUntil(() => doc.getElementById('result-0')?.textContent?.includes('Medical Records Specialists'), 'no results for "medical coder"', {
      timeout: 10_000,
    });
    expect(search.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown');
    expect(search.getAttribute('aria-activedescendant')).to.equal('result-0');
    expect(doc.getElementById('result-0')!.textContent).to.contain('Medical Records Specialists');
    await press('Enter');
    expect($('occupation-chosen').textContent).to.contain('29-2072.00');
    expect(search.getAttribute('aria-expanded')).to.equal('false');

    // Region: Tab to the select, then type the state's name.
    await press('Tab');
    expect(doc.activeElement).to.equal($('region'));
    await sendKeys({type: 'Minnesota'});
    $('region').dispatchEvent(new Event('change')); // headless selects by typing without a change event until blur
    expect($<HTMLSelectElement>('region').value).to.equal('MN');

    // Sections: keep wages and overview, wages first (toggle with Space, move with the buttons by Enter).
    for (const id of [
      'tasks',
      'conditions',
      'technology',
      'skills',
      'knowledge',
      'interests',
      'styles',
      'local',
      'outlook',
      'education',
      'certifications',
      'programs',
      'courses',
      'video',
      'related',
    ]) {
      $(`section-${id}`).focus();
      await press(engine === 'firefox' ? ' ' : 'Space'); // Firefox's WebDriver BiDi knows the key by its character
    }
    doc.querySelector<HTMLButtonElement>('li[data-section="wages"] [data-up]')!.focus();
    for (let i = 0; i < 8; i += 1) await press('Enter');
    const cms = $('snippet-cms').textContent!;
    expect(cms).to.contain('data-career-widget="career-profile"');
    expect(cms).to.contain('data-occupation="29-2072.00"');
    expect(cms).to.contain('data-region="MN"');
    expect(cms).to.contain('data-sections="wages overview"');
    expect($('snippet-element').textContent).to.contain('<link rel="preload" as="fetch" crossorigin href="');

    // The preview follows, and once it has its content the snippet reserves its measured height.
    const preview = doc.querySelector('#preview career-profile')!;
    expect(preview.getAttribute('sections')).to.equal('wages overview');
    // It may grow after it loads (a chart drawn, a nested widget loaded); the snippet follows it.
    const fontSize = parseFloat(getComputedStyle(preview).fontSize);
    const reserved = () => Number(/--cw-loading-height: (\d+)em;/.exec($('snippet-element').textContent!)?.[1] ?? NaN) * fontSize;
    await waitUntil(
      () => {
        const height = preview.getBoundingClientRect().height;
        return reserved() >= height && reserved() <= height + fontSize;
      },
      'the snippet never reserved the measured height',
      {timeout: 10_000},
    );
    expect(reserved()).to.be.within(preview.getBoundingClientRect().height, preview.getBoundingClientRect().height + fontSize);
    expect($('snippet-element').textContent).to.contain('career-profile:not(:defined) {');

    // Paste into a plain page (what a CMS page is), script URL and all.
    const page = await pasteIntoPage(`<h1>Health Information Technology</h1>\n${cms}\n`, 700);
    try {
      const pasted = page.contentDocument!;
      await waitUntil(() => pasted.querySelector('career-profile')?.getAttribute('data-state') === 'complete', 'pasted snippet never rendered', {
        timeout: 10_000,
      });
      const profile = pasted.querySelector('career-profile')!;
      expect([...profile.shadowRoot!.querySelectorAll('[part="section"]')].map((s) => s.className)).to.deep.equal(['wages', 'overview']);
      const wages = profile.shadowRoot!.querySelector('wage-range')!;
      await waitUntil(() => wages.shadowRoot?.textContent?.includes('$61,530'), 'Minnesota wages not shown', {timeout: 8000});
    } finally {
      page.remove();
    }
  });

  it('makes pre-rendered code whose content shows before the script, which then takes it over unchanged', async () => {
    $('make-prerendered').click();
    await waitUntil(() => $('snippet-prerendered').textContent!.includes('shadowrootmode'), `no pre-rendered code: ${$('prerendered-status').textContent}`, {
      timeout: 20_000,
    });
    const code = $('snippet-prerendered').textContent!;
    expect(code).to.match(/^<link rel="modulepreload" href="[^"]+career-widgets\.js">/);
    expect(code).to.contain(
      '<career-profile data-prerendered occupation="29-2072.00" region="MN" sections="wages overview"><template shadowroot="open" shadowrootmode="open"><!--career-widgets',
    );
    expect(code).to.contain('<script type="application/json" data-career-widgets-seed>');
    expect(code).to.match(/<script type="module" src="[^"]+career-widgets\.js"><\/script>$/);

    // Pasted into a plain page: the content is there at once; the script adopts it as it is.
    const page = document.createElement('iframe');
    page.style.cssText = 'width: 700px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
    page.srcdoc = `<!doctype html><html lang="en"><body><h1>Health Information Technology</h1>\n${code}\n</body></html>`;
    document.body.append(page);
    await loaded;
    try {
      const profile = page.contentDocument!.querySelector('career-profile')!;
      const wages = () => profile.shadowRoot!.querySelector('wage-range')!;
      const table = wages().shadowRoot!.querySelector('table');
      expect(wages().shadowRoot!.textContent).to.contain('$61,530');
      await waitUntil(() => profile.getAttribute('data-state') === 'complete', 'the pasted widget was never taken over', {timeout: 10_000});
      expect(wages().shadowRoot!.querySelector('table'), 'the pre-rendered table, adopted').to.equal(table);
      const data = page.contentWindow!.performance.getEntriesByType('resource').filter((e) => /\/data\/.*\.json$/.test(e.name));
      expect(data.map((e) => e.name)).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('refuses a script URL that is not absolute http(s) with a clear message, and leaves no stale snippet', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    frame.contentWindow!.addEventListener('error', onError);
    const url = $<HTMLInputElement>('script-url');
    const good = url.value;
    const set = (value: string) => {
      url.value = value;
      url.dispatchEvent(new Event('change'));
    };
    try {
      for (const bad of [
        'javascript:alert(1)',
        'career-widgets.js',
        '//cdn.example/career-widgets.js',
        'https://user:secret@cdn.example/career-widgets.js',
        'https://[broken/x.js',
      ]) {
        set(bad);
        expect(url.getAttribute('aria-invalid'), bad).to.equal('true');
        const problem = doc.getElementById(
          url
            .getAttribute('aria-describedby')!
            .split(' ')
            .find((id) => id.includes('problem'))!,
        )!;
        expect(problem.textContent, bad).to.match(/https:\/\//);
        expect(problem.getClientRects().length, 'the message is visible').to.be.greaterThan(0);
        for (const id of ['snippet-element', 'snippet-cms', 'snippet-recipe']) {
          expect($(id).textContent, `${id} for ${bad}`).not.to.contain('<script').and.not.to.contain('wp_enqueue_script');
        }
      }
      expect(errors).to.deep.equal([]);
      set(good);
      expect(url.getAttribute('aria-invalid')).to.equal(null);
      expect($('snippet-element').textContent).to.contain(`<script type="module" src="${good}"></script>`);
      expect(await axeViolations()).to.deep.equal([]);
    } finally {
      frame.contentWindow!.removeEventListener('error', onError);
    }
  });

  it('switches the preview width and the element, and its options follow the manifest', async () => {
    doc.querySelector<HTMLInputElement>('input[name="width"][value="360"]')!.click();
    expect($('preview').style.width).to.equal('360px');
    doc.querySelector<HTMLInputElement>('input[name="element"][value="wage-range"]')!.click();
    await waitUntil(() => doc.querySelector('#preview wage-range'), 'preview did not switch', {timeout: 5000});
    const pay = $<HTMLSelectElement>('opt-pay');
    expect([...pay.options].map((o) => o.value)).to.deep.equal(['annual', 'hourly']);
    pay.value = 'hourly';
    pay.dispatchEvent(new Event('change'));
    expect($('snippet-element').textContent).to.match(/<wage-range occupation="29-2072.00" region="MN" pay="hourly">/);
    $<HTMLInputElement>('opt-structured-data').click();
    expect($('snippet-cms').textContent).to.contain('data-structured-data');
    // A placeholder sets structured data only where the page's head allows it: the snippets say how.
    await waitUntil(
      () => $('snippet-cms').textContent!.includes('<meta name="career-widgets-placeholders" content="structured-data">'),
      'the CMS snippet does not name the meta tag',
      {timeout: 5000},
    );
    expect($('snippet-recipe').textContent).to.contain(`echo '<meta name="career-widgets-placeholders" content="structured-data">', "\\n";`);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('builds a career list: region and filters from the manifest, a live preview, both snippets', async () => {
    doc.querySelector<HTMLInputElement>('input[name="width"][value="full"]')!.click();
    doc.querySelector<HTMLInputElement>('input[name="element"][value="career-explorer"]')!.click();
    await waitUntil(() => doc.querySelector('#preview career-explorer'), 'preview did not switch', {timeout: 5000});
    expect($('occupation-search').closest<HTMLElement>('.field')!.hidden, 'a list names no occupation').to.equal(true);
    const major = $<HTMLInputElement>('opt-major');
    major.value = '29';
    major.dispatchEvent(new Event('change'));
    const sort = $<HTMLSelectElement>('opt-sort');
    expect([...sort.options].map((o) => o.value)).to.include.members(['title', 'median', 'openings']);
    sort.value = 'median';
    sort.dispatchEvent(new Event('change'));
    expect($('snippet-element').textContent).to.match(/<career-explorer region="MN" major="29" sort="median">/);
    expect($('snippet-cms').textContent).to.contain('data-career-widget="career-explorer" data-region="MN" data-major="29" data-sort="median"');
    await waitUntil(() => doc.querySelector('#preview career-explorer')?.getAttribute('data-state') === 'complete', 'preview never completed', {
      timeout: 10_000,
    });
    expect(await axeViolations()).to.deep.equal([]);
  });
});

describe('builder snippets', () => {
  const spec = {
    tag: 'wage-range',
    attributes: [
      ['occupation', '29-2072'],
      ['heading', 'Pay "now" <b>&</b>'],
      ['full-range', ''],
    ] as [string, string][],
    styles: [['--cw-color-accent', '#aa0000']] as [string, string][],
    scriptUrl: 'https://cdn.example/cw/career-widgets.js',
    occupation: '29-2072',
    fallback: '<script>alert(1)</script>',
  };
  it('escapes every value and hints the files the data layer loads first', () => {
    const html = elementSnippet(spec);
    expect(html).to.contain('heading="Pay &quot;now&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
    expect(html).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).to.contain('href="https://cdn.example/cw/data/occupations/29-2072.00.json"');
    expect(html).to.contain('<link rel="modulepreload" href="https://cdn.example/cw/career-widgets.js">');
    expect(html).to.contain('<link rel="modulepreload" href="https://cdn.example/cw/elements/wage-range.js">');
    expect(placeholder(spec)).to.match(/^<div data-career-widget="wage-range" data-occupation="29-2072" data-heading="[^"]*" data-full-range>/);
    expect(cmsSnippet(spec)).to.contain('<script type="module" src="https://cdn.example/cw/career-widgets.js"></script>');
    const prerendered = prerenderedSnippet(spec, '<wage-range occupation="29-2072"><template shadowrootmode="open"></template></wage-range>');
    expect(prerendered).to.contain('--cw-color-accent: #aa0000;');
    expect(prerendered).not.to.contain('--cw-loading-height');
    expect(prerendered.split('\n').at(-1)).to.equal('<script type="module" src="https://cdn.example/cw/career-widgets.js"></script>');
  });

  it('writes a script URL with quotes escaped for PHP, YAML and HTML (it stays one string in each)', () => {
    const hostile = {...spec, scriptUrl: "https://cdn.example/x');system('id');('\"><b>.js"};
    const php = recipe(hostile)
      .split('\n')
      .find((line) => line.includes('wp_enqueue_script('))!;
    expect(php).to.equal(`  wp_enqueue_script('career-widgets', 'https://cdn.example/x\\');system(\\'id\\');(\\'%22%3E%3Cb%3E.js', [], null, true);`);
    const yaml = recipe(hostile)
      .split('\n')
      .find((line) => line.includes('type: external'))!;
    expect(yaml).to.equal(`    "https://cdn.example/x');system('id');('%22%3E%3Cb%3E.js": { type: external, attributes: { type: module }, minified: true }`);
    expect(elementSnippet(hostile)).to.contain(`<script type="module" src="https://cdn.example/x');system('id');('%22%3E%3Cb%3E.js"></script>`);
    for (const bad of ['javascript:alert(1)', 'career-widgets.js', 'https://u:p@cdn.example/x.js']) {
      for (const flavour of [elementSnippet, cmsSnippet, recipe]) expect(flavour({...spec, scriptUrl: bad}), bad).to.equal('');
      expect(prerenderedSnippet({...spec, scriptUrl: bad}, '<wage-range></wage-range>'), bad).to.equal('');
    }
  });
});

describe('the builder’s default snippet', function () {
  this.timeout(60_000);
  let builder: HTMLIFrameElement;
  let bdoc: Document;
  const byId = <T extends HTMLElement = HTMLElement>(id: string) => bdoc.getElementById(id) as T;

  before(async () => {
    // The builder shipped in dist/, served as a CDN serves dist/ (with CORS), as a college would host it.
    builder = await openFrame('/__fault/cdn/builder.html');
    bdoc = builder.contentDocument!;
    await waitUntil(() => bdoc.querySelector('#preview career-profile')?.getAttribute('data-state') === 'complete', 'the builder’s preview never completed', {
      timeout: 15_000,
    });
  });
  after(() => builder.remove());

  /** Opens `html` as a page on the other loopback name and resolves with what it reports about its widget. */
  async function pasteOnAnotherOrigin(html: string, tag: string): Promise<{origin: string; state: string | null; title: string; fallback: string}> {
    const reporter = `<script>setInterval(function () {
      var el = document.querySelector('${tag}');
      var title = el && el.shadowRoot && el.shadowRoot.querySelector('#title');
      var link = el && el.querySelector('a');
      parent.postMessage({from: 'pasted', origin: location.origin, state: el && el.getAttribute('data-state'), title: title ? title.textContent.trim() : '', fallback: link ? link.href : ''}, '*');
    }, 200);</script>`;
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title></head><body><h1>Careers at our college</h1>\n${html}\n${reporter}</body></html>`;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 900px; border: 0';
    let last: {origin: string; state: string | null; title: string; fallback: string} | undefined;
    const done = new Promise<typeof last>((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || event.data?.from !== 'pasted') return;
        last = event.data;
        if (last!.state === 'complete' || last!.state === 'error') {
          window.removeEventListener('message', listen);
          resolve(last);
        }
      };
      window.addEventListener('message', listen);
    });
    frame.src = crossOrigin(`/__fault/paste?html=${encodeURIComponent(page)}`);
    document.body.append(frame);
    try {
      const report = await Promise.race([done, new Promise<undefined>((resolve) => setTimeout(resolve, 20_000))]);
      if (!report) throw new Error(`the pasted page never finished; last report: ${JSON.stringify(last)}`);
      return report;
    } finally {
      frame.remove();
    }
  }

  it('uses the script the builder was loaded from, and works pasted into a page on another origin', async () => {
    const scriptUrl = byId<HTMLInputElement>('script-url').value;
    expect(scriptUrl).to.equal(new URL('/__fault/cdn/career-widgets.js', location.href).href);
    const snippet = byId('snippet-element').textContent!;
    expect(snippet).to.contain(`<script type="module" src="${scriptUrl}"></script>`);
    expect(snippet).to.contain('<a href="https://www.onetonline.org/link/summary/29-2072.00">Medical Records Specialists (O*NET OnLine)</a>');
    const report = await pasteOnAnotherOrigin(snippet, 'career-profile');
    expect(report.origin, 'the page is on another origin').to.not.equal(location.origin);
    expect(report.state).to.equal('complete');
    expect(report.title).to.equal('Medical Records Specialists');
    expect(report.fallback).to.equal('https://www.onetonline.org/link/summary/29-2072.00');
  });

  it('says when the script URL is a local address other sites cannot reach, and not for a real site', async () => {
    const warning = byId('script-url-warning');
    expect(warning.hidden, `warning for ${byId<HTMLInputElement>('script-url').value}`).to.equal(false); // the test server is on a loopback name
    expect(warning.textContent).to.contain('is a local address');
    expect(byId('script-url').getAttribute('aria-describedby')).to.contain('script-url-warning');
    const input = byId<HTMLInputElement>('script-url');
    for (const [url, local] of [
      ['https://www.example.edu/career-widgets/career-widgets.js', false],
      ['http://192.168.1.20/career-widgets.js', true],
      ['http://[::1]:8000/dist/career-widgets.js', true],
      ['https://intranet.local/cw/career-widgets.js', true],
      ['https://cdn.example.org/cw/career-widgets.js', false],
    ] as const) {
      input.value = url;
      input.dispatchEvent(new Event('change'));
      expect(warning.hidden, url).to.equal(!local);
    }
    expect(byId('snippet-element').textContent).to.contain('<script type="module" src="https://cdn.example.org/cw/career-widgets.js"></script>');
    input.value = new URL('/__fault/cdn/career-widgets.js', location.href).href;
    input.dispatchEvent(new Event('change'));
  });

  it('keeps a visible O*NET OnLine link in a page where the script cannot load', async () => {
    const snippet = byId('snippet-cms').textContent!.replace(/src="[^"]*career-widgets\.js"/, 'src="/__fault/status/404/career-widgets.js"');
    const page = await pasteIntoPage(snippet);
    try {
      const link = page.contentDocument!.querySelector('a')!;
      expect(link.textContent).to.equal('Medical Records Specialists (O*NET OnLine)');
      expect(link.getClientRects().length, 'the link is visible').to.be.greaterThan(0);
    } finally {
      page.remove();
    }
  });

  it('offers the linked profile for a program’s careers, and the pasted pair works', async () => {
    bdoc.querySelector<HTMLInputElement>('input[name="element"][value="program-careers"]')!.click();
    await waitUntil(() => byId('opt-cip'), 'program options never showed', {timeout: 5000});
    const cip = byId<HTMLInputElement>('opt-cip');
    cip.value = '51.0707';
    cip.dispatchEvent(new Event('change'));
    const follow = byId<HTMLInputElement>('opt-follower');
    expect(follow.labels![0]!.textContent).to.contain('Show the chosen career’s profile below it');
    expect(byId('snippet-element').textContent).to.contain('href="https://www.onetonline.org/crosswalk/CIP?s=51.0707"');
    follow.click();
    const snippet = byId('snippet-element').textContent!;
    expect(snippet).to.match(/<program-careers id="program-careers-1" cip="51.0707">/);
    expect(snippet).to.contain('<career-profile for="program-careers-1"></career-profile>');
    expect(snippet).to.contain('elements/career-profile.js');
    const cms = byId('snippet-cms').textContent!;
    expect(cms).to.contain('<div data-career-widget="program-careers" id="program-careers-1" data-cip="51.0707">');
    expect(cms).to.contain('<div data-career-widget="career-profile" data-for="program-careers-1"></div>');

    // The CMS-safe pair in a plain page: choosing a career opens it in the profile.
    const page = await pasteIntoPage(cms);
    try {
      const pasted = page.contentDocument!;
      await waitUntil(() => pasted.querySelector('program-careers')?.getAttribute('data-state') === 'complete', 'pasted list never rendered', {
        timeout: 15_000,
      });
      const list = pasted.querySelector('program-careers')!;
      const choose = list.shadowRoot!.querySelector<HTMLElement>('[part~="choose"]')!;
      expect(choose.localName, 'with a follower, a name is a choice').to.equal('button');
      choose.click();
      const profile = pasted.querySelector('career-profile')!;
      await waitUntil(
        () => profile.shadowRoot?.querySelector('#title')?.textContent?.includes('Medical Records Specialists'),
        'the profile never showed the chosen career',
        {timeout: 15_000},
      );
    } finally {
      page.remove();
    }
  });
});
