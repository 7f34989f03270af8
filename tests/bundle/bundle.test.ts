// The built one-script-tag bundle (dist/career-widgets.js, from `npm run build`) in a plain host page
// that loads it twice. Fails, never skips, when dist/ is missing.
import {expect, waitUntil} from '@open-wc/testing';

const BUNDLE = '/dist/career-widgets.js';
const PAGE = new URL('./bundle-page.html', import.meta.url).href;
/** Medical Records Specialists (SOC 29-2072) in Minnesota: annual median wage, BLS OEWS May 2025. */
const MN_ANNUAL_MEDIAN = '$61,530';
const TAGS = ['career-profile', 'wage-range'] as const;

type BundleWindow = Window & typeof globalThis & {__bundleErrors: string[]};

/** Text of a node including every nested shadow root, whitespace collapsed. */
function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push((n as Text).data);
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.localName === 'style' || el.localName === 'script') return;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/[\s\u00a0\u202f]+/g, ' ');
}

let loaded: Promise<{frame: HTMLIFrameElement; win: BundleWindow}> | undefined;

/** Checks dist/ exists, then opens the host page once in an iframe (same origin) for all tests. */
function loadPage() {
  loaded ??= (async () => {
    const res = await fetch(BUNDLE, {method: 'HEAD', cache: 'no-store'});
    if (!res.ok) throw new Error(`${BUNDLE} is missing (HTTP ${res.status}): run \`npm run build\` before the browser tests`);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = PAGE;
    document.body.append(frame);
    await ready;
    return {frame, win: frame.contentWindow as BundleWindow};
  })();
  return loaded;
}

describe('built bundle in a plain page, loaded twice', function () {
  this.timeout(20_000);

  after(() => {
    void loaded?.then(({frame}) => frame.remove()).catch(() => undefined);
  });

  it('is built and served as JavaScript', async () => {
    const res = await fetch(BUNDLE, {cache: 'no-store'});
    expect(res.status, 'run `npm run build` before the browser tests').to.equal(200);
    expect(res.headers.get('content-type')).to.match(/javascript/);
  });

  it('evaluates both copies without an uncaught error', async () => {
    const {win} = await loadPage();
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname + new URL(e.name).search)
      .filter((p) => p.startsWith(BUNDLE));
    expect(scripts).to.include.members([`${BUNDLE}?load=1`, `${BUNDLE}?load=2`]);
    expect(win.__bundleErrors).to.deep.equal([]);
  });

  it('defines and upgrades both elements, before and after the script tags', async () => {
    const {win} = await loadPage();
    for (const tag of TAGS) {
      // Each element's code is a chunk the entry loads when the tag is in the page.
      await Promise.race([win.customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, 8000))]);
      const ctor = win.customElements.get(tag);
      expect(ctor, `<${tag}> defined`).to.be.a('function');
      const el = win.document.querySelector(tag)!;
      expect(el, `<${tag}> in the page`).to.exist;
      expect(el instanceof ctor!, `<${tag}> upgraded`).to.be.true;
      expect(el.matches(':defined'), `<${tag}> :defined`).to.be.true;
      expect(el.shadowRoot, `<${tag}> has a shadow root`).to.exist;
    }
  });

  it(`shows the Minnesota annual median ${MN_ANNUAL_MEDIAN} in <wage-range>`, async () => {
    const {win} = await loadPage();
    const wage = win.document.querySelector('wage-range')!;
    const shown = () => (wage.shadowRoot ? deepText(wage.shadowRoot) : '(no shadow root)');
    try {
      await waitUntil(() => shown().includes(MN_ANNUAL_MEDIAN), '', {timeout: 15_000, interval: 100});
    } catch {
      throw new Error(`<wage-range> never showed ${MN_ANNUAL_MEDIAN}; it shows: "${shown().trim().slice(0, 300)}"`);
    }
    expect(win.__bundleErrors).to.deep.equal([]);
  });

  it('fetches <career-compare> only because the page uses it, and it compares with real figures', async () => {
    const {win} = await loadPage();
    await waitUntil(() => win.customElements.get('career-compare'), '<career-compare> never defined', {timeout: 15_000});
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/elements/career-compare'));
    expect(chunks, 'the compare chunk was fetched').to.have.length.greaterThan(0);
    const compare = win.document.querySelector('career-compare')!;
    // BLS OEWS May 2025 Minnesota annual medians of 29-2072 and 29-9021
    await waitUntil(() => compare.shadowRoot && deepText(compare.shadowRoot).includes('$90,760'), '<career-compare> never showed its figures', {
      timeout: 15_000,
    });
    expect(deepText(compare.shadowRoot!)).to.contain(MN_ANNUAL_MEDIAN);
    expect(win.__bundleErrors).to.deep.equal([]);
  });

  /** The profile chunk's resource entry, and the paths of what that chunk imports (read from the built file). */
  async function profileChunk(win: BundleWindow) {
    await waitUntil(() => win.document.querySelector('career-profile')?.getAttribute('data-state') === 'complete', 'the profile never completed', {
      timeout: 15_000,
    });
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const entry = (path: string) => entries.find((e) => new URL(e.name).pathname === path);
    const code = await (await fetch('/dist/elements/career-profile.js')).text();
    const imports = [...code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)]
      .map((m) => new URL(m[1]!, new URL('/dist/elements/career-profile.js', location.href)).pathname)
      .filter((path) => path !== '/dist/career-widgets.js');
    return {
      profile: entry('/dist/elements/career-profile.js'),
      entry,
      needed: [...imports, '/dist/data/occupations/29-2072.00.json', '/dist/data/meta.json'],
      imports,
    };
  }

  it('loads what a profile chunk imports, and its data', async () => {
    const {win} = await loadPage();
    const {profile, entry, needed, imports} = await profileChunk(win);
    expect(profile, 'the profile chunk was loaded').to.exist;
    expect(imports, 'the profile chunk imports nested elements and shared chunks').to.include.members([
      '/dist/elements/wage-range.js',
      '/dist/elements/skill-list.js',
    ]);
    for (const path of needed) expect(entry(path), `${path} was requested`).to.exist;
  });

  it("has the entry request, with a profile's chunk, every chunk that chunk imports (not one after another)", async () => {
    const {win} = await loadPage();
    const {imports} = await profileChunk(win);
    // The build writes into the entry, per element, the chunks its code imports (transitively), which the entry
    // requests together with the element's own chunk. (Checked as text: the dev server may re-print the code.)
    const entryCode = await (await fetch(BUNDLE)).text();
    for (const path of imports) {
      const relative = path.replace('/dist/', '');
      expect(entryCode, `the entry requests ${relative} with the profile chunk`).to.contain(relative);
    }
  });

  it('reads the dataset from dist/data/, beside the bundle', async () => {
    const {win} = await loadPage();
    await waitUntil(
      () => win.performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.startsWith('/dist/data/')),
      'no request went to /dist/data/',
      {timeout: 15_000},
    );
    const wrong = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/data/'));
    expect(wrong, 'the bundle must not read the source dataset /data/v1/').to.deep.equal([]);
  });
});
