/// <reference types="node" />
// The pre-renderer (src/ssr) in Node: what it inserts into a page, what it leaves as it was, what it reads and
// carries inline, and that data never becomes markup. The browser's take-over of its output: tests/take-over/.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {prerender, prerenderElement, prerenderPage, type PrerenderOptions} from '../../src/ssr/index.js';
import {HOSTILE_STRINGS, poison} from '../support/poison.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const DATA = join(import.meta.dirname, '../../data/v1');
const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), 'utf8'));
const quiet: PrerenderOptions = {onSkip: () => undefined};

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Health information technology, AAS</title></head>
<body>
  <h1>Health information technology</h1>
  <p>Graduates work as <a href="/careers/medical-records">medical records specialists</a>.</p>
  <career-profile occupation="29-2072" region="MN">
    <a href="https://www.onetonline.org/link/summary/29-2072.00">Medical records specialists (O*NET OnLine)</a>
  </career-profile>
  <aside><wage-range occupation="29-2072" region="MN" pay="hourly"></wage-range></aside>
  <!-- a comment, kept -->
  <script type="module" src="/career-widgets/career-widgets.js"></script>
</body>
</html>
`;

/** Every element in a parsed tree, template contents included. */
function* elements(node: Node): Generator<Element> {
  for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) {
    if (!('tagName' in child)) continue;
    yield child;
    if (child.tagName === 'template') yield* elements((child as DefaultTreeAdapterMap['template']).content);
    yield* elements(child);
  }
}

/**
 * The page with every inserted declarative shadow root (nested templates and all), the pre-rendered mark in the
 * outermost widgets' start tags and the inline data cut out again.
 */
function withoutInsertions(html: string): string {
  let out = html
    .replace(/<script type="application\/json" data-career-widgets-seed>[^<]*<\/script>\n?/g, '')
    .replace(/(<(?:career|wage|skill|program)-[a-z-]+) data-prerendered(?=[\s>])/g, '$1');
  for (let start = out.indexOf('<template shadowroot='); start >= 0; start = out.indexOf('<template shadowroot=')) {
    const tags = /<template[\s>]|<\/template>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (let tag = tags.exec(out); tag; tag = tags.exec(out)) {
      depth += tag[0] === '</template>' ? -1 : 1;
      if (depth === 0) {
        out = out.slice(0, start) + out.slice(tags.lastIndex);
        break;
      }
    }
  }
  return out;
}

/** The JSON of the page's inline data blocks. */
const seeds = (html: string) =>
  [...html.matchAll(/<script type="application\/json" data-career-widgets-seed>([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** Visible text of a shadow root's template (scripts and styles aside), whitespace collapsed. */
function templateText(template: DefaultTreeAdapterMap['template']): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if ('tagName' in node && (node.tagName === 'style' || node.tagName === 'script')) return;
    if ('tagName' in node && node.tagName === 'template') walk((node as DefaultTreeAdapterMap['template']).content);
    for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(child);
  };
  walk(template.content);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const shadowOf = (element: Element) =>
  element.childNodes.find(
    (c): c is DefaultTreeAdapterMap['template'] => 'tagName' in c && c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode'),
  );

describe('prerender: a page of widgets', () => {
  it("inserts a declarative shadow root after each element's start tag and changes nothing else", async () => {
    const {html, rendered, skipped} = await prerenderPage(PAGE, quiet);
    assert.equal(rendered, 2);
    assert.deepEqual(skipped, []);
    assert.equal(withoutInsertions(html), PAGE);
    assert.match(
      html,
      /<career-profile data-prerendered occupation="29-2072" region="MN"><template shadowroot="open" shadowrootmode="open"><!--career-widgets \S+ en-->/,
    );
    assert.match(
      html,
      /<wage-range data-prerendered occupation="29-2072" region="MN" pay="hourly"><template shadowroot="open" shadowrootmode="open"><!--career-widgets/,
    );
  });

  it('renders the content, not the loading placeholder, with its source and date', async () => {
    const document = parse(await prerender(PAGE, quiet));
    const profile = [...elements(document)].find((e) => e.tagName === 'career-profile')!;
    const text = templateText(shadowOf(profile)!);
    assert.match(text, /Medical Records Specialists/);
    assert.match(text, /Minnesota/);
    assert.match(text, /\$\d{2},\d{3}/, 'a yearly wage in dollars');
    assert.match(text, /O\*NET/);
    assert.match(text, /May 2025/);
    assert.doesNotMatch(text, /Loading career information/);
    const aside = [...elements(document)].find((e) => e.tagName === 'aside')!;
    const wages = aside.childNodes.find((e): e is Element => 'tagName' in e && e.tagName === 'wage-range')!;
    assert.match(templateText(shadowOf(wages)!), /\$\d{2}\.\d{2}/, 'pay="hourly" shows hourly wages');
  });

  it('renders the widgets nested in a profile into their own shadow roots, to be hydrated after it', async () => {
    const document = parse(await prerender('<career-profile occupation="29-2072"></career-profile>', quiet));
    const nested = [...elements(document)].find((e) => e.tagName === 'wage-range')!;
    assert.ok(nested.attrs.some((a) => a.name === 'defer-hydration'));
    assert.ok(shadowOf(nested));
  });

  it("renders a program's careers as the browser will: choices for the widget that follows it, links without one", async () => {
    const followed = await prerender('<program-careers id="p" cip="51.0707"></program-careers><career-profile for="p"></career-profile>', quiet);
    const alone = await prerender('<program-careers cip="51.0707"></program-careers>', quiet);
    assert.match(followed, /<button type="button" part="choose"/);
    assert.doesNotMatch(followed, /<a part="choose"/);
    assert.match(alone, /<a part="choose" class="choose" href="https:\/\/www\.onetonline\.org\//);
    const placeholder = await prerender(
      '<program-careers id="p" cip="51.0707"></program-careers><div data-career-widget="career-profile" data-for="p"></div>',
      quiet,
    );
    assert.match(placeholder, /<button type="button" part="choose"/);
  });

  it('marks every widget it rendered, nested ones too, as pre-rendered (the far-widget rule leaves them laid out)', async () => {
    const document = parse(await prerender('<career-profile occupation="29-2072"></career-profile>', quiet));
    const widgets = [...elements(document)].filter((e) => /^(career|wage|skill)-/.test(e.tagName));
    assert.deepEqual(
      widgets.map((e) => [e.tagName, e.attrs.some((a) => a.name === 'data-prerendered')]),
      [
        ['career-profile', true],
        ['wage-range', true],
      ],
    );
  });

  it('carries the files the widgets used, once each, after the content, before </body>', async () => {
    const html = await prerender(PAGE, quiet);
    const [seed, ...others] = seeds(html);
    assert.equal(others.length, 0);
    assert.equal(seed.source, '');
    assert.deepEqual(Object.keys(seed.files).sort(), ['meta.json', 'occupations/29-2072.00.json']);
    assert.deepEqual(seed.files['meta.json'], read('meta.json'));
    assert.ok(html.indexOf('data-career-widgets-seed') > html.lastIndexOf('</career-profile>'));
    assert.match(html, /<\/script>\n<\/body>/);
  });

  it('renders in the language the page declares around each widget', async () => {
    const html = await prerender('<div lang="es"><wage-range occupation="29-2072"></wage-range></div><skill-list occupation="29-2072"></skill-list>', quiet);
    const document = parseFragment(html);
    const [wages, skills] = [...elements(document as unknown as Node)].filter((e) => e.tagName === 'wage-range' || e.tagName === 'skill-list');
    assert.match(html, /<!--career-widgets \S+ es-->/);
    assert.match(templateText(shadowOf(wages!)!), /Salarios|salario/i);
    assert.match(templateText(shadowOf(skills!)!), /Skills|skills/);
  });

  it("renders a region's career list as filtered by its attributes, the table standing in for the chart", async () => {
    const html = await prerender('<career-explorer region="MN" limit="5" major="29" view="chart"></career-explorer>', quiet);
    const list = [...elements(parseFragment(html) as unknown as Node)].find((e) => e.tagName === 'career-explorer')!;
    const shadow = shadowOf(list)!;
    const rows = [...elements(shadow.content as unknown as Node)].filter(
      (e) => e.tagName === 'tr' && e.parentNode && (e.parentNode as Element).tagName === 'tbody',
    );
    assert.equal(rows.length, 5);
    const text = templateText(shadow);
    assert.match(text, /Minnesota/);
    assert.match(text, /Registered Nurses|Physicians|Pharmacists/);
    assert.match(text, /\$\d{2,3},\d{3}/);
    assert.match(text, /Show \d+ more/);
    assert.doesNotMatch(text, /Loading career information/);
    assert.deepEqual(Object.keys(seeds(html)[0].files).sort(), ['index.json', 'meta.json', 'regions/MN.json']);
  });

  it('leaves for the browser what it cannot pre-render, saying why, and carries no data for it', async () => {
    const page = `<html><head><meta name="career-widgets-messages" content="/so.json" data-lang="so"></head><body>
      <career-profile occupation="99-9999"></career-profile>
      <career-compare occupations="29-2072" shortlist></career-compare>
      <wage-range occupation="29-2072" source="https://elsewhere.example/v1/"></wage-range>
      <wage-range lang="so" occupation="29-2072"></wage-range>
      <template><wage-range occupation="29-2072"></wage-range></template>
    </body></html>`;
    const {html, rendered, skipped} = await prerenderPage(page, quiet);
    assert.equal(rendered, 0);
    assert.equal(html, page);
    assert.deepEqual(
      skipped.map((s) => [s.tag, s.line]),
      [
        ['career-profile', 2],
        ['career-compare', 3],
        ['wage-range', 4],
        ['wage-range', 5],
      ],
    );
    assert.match(skipped[0]!.reason, /99-9999 is not in this dataset/);
    assert.match(skipped[1]!.reason, /shortlist/);
    assert.match(skipped[2]!.reason, /--source https:\/\/elsewhere\.example\/v1\/=FOLDER/);
    assert.match(skipped[3]!.reason, /host's catalog/);
  });

  it('leaves a pre-rendered page as it is when run again', async () => {
    const once = await prerender(PAGE, quiet);
    const {html, rendered} = await prerenderPage(once, quiet);
    assert.equal(rendered, 0);
    assert.equal(html, once);
  });

  it("reads a host's dataset from the folder its source URL is mapped to, relative URLs against the page", async () => {
    const html = await prerender('<wage-range occupation="29-2072" source="../careers/v1"></wage-range>', {
      ...quiet,
      url: 'https://example.edu/programs/hit.html',
      sources: {'https://example.edu/careers/v1/': DATA},
    });
    assert.match(html, /<template shadowroot/);
    assert.equal(seeds(html)[0].source, '../careers/v1');
  });

  it('pre-renders one element with its fallback content and inline data', async () => {
    const html = await prerenderElement('wage-range', {occupation: '29-2072', region: 'MN'}, {content: '<a href="https://example.org">Wages</a>'});
    assert.match(html, /^<wage-range data-prerendered occupation="29-2072" region="MN"><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /<\/template><a href="https:\/\/example\.org">Wages<\/a><\/wage-range>\n<script type="application\/json" data-career-widgets-seed>/);
    await assert.rejects(prerenderElement('not-ours', {}), /not an element of career-widgets/);
    await assert.rejects(prerenderElement('wage-range', {'on"x': '1'}), /not an attribute name/);
    await assert.rejects(prerenderElement('wage-range', {occupation: '99-9999'}), /could not be pre-rendered: its data could not be loaded/);
  });
});

describe('prerender: hostile data stays text', () => {
  for (const text of HOSTILE_STRINGS) {
    it(`writes ${JSON.stringify(text)} as text, never as markup`, async () => {
      const folder = mkdtempSync(join(tmpdir(), 'career-widgets-hostile-'));
      mkdirSync(join(folder, 'occupations'));
      writeFileSync(join(folder, 'meta.json'), JSON.stringify(poison(read('meta.json'), text)));
      writeFileSync(join(folder, 'occupations/29-2072.00.json'), JSON.stringify(poison(read('occupations/29-2072.00.json'), text)));
      const source = 'https://hostile.example/v1/';
      const page = `<body><career-profile occupation="29-2072" region="MN" source="${source}" sections="overview tasks wages skills knowledge technology related"></career-profile>
        <skill-list occupation="29-2072" source="${source}"></skill-list></body>`;
      const {html, rendered} = await prerenderPage(page, {...quiet, sources: {[source]: folder}});
      assert.equal(rendered, 2);
      const all = [...elements(parse(html))];
      // Only the library's own markup: no element or attribute that came from the data.
      assert.deepEqual(
        all.filter((e) => ['img', 'svg'].includes(e.tagName)).map((e) => e.tagName),
        [],
      );
      assert.equal(all.filter((e) => e.tagName === 'script').length, 1, 'the inline data is the only script');
      assert.deepEqual(
        all.flatMap((e) => e.attrs.filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        [],
      );
      // The data is in the inline block as JSON, whole, and cannot end it.
      const [seed] = seeds(html);
      assert.equal(seed.files['occupations/29-2072.00.json'].title, text);
      const profile = all.find((e) => e.tagName === 'career-profile')!;
      assert.ok(templateText(shadowOf(profile)!).includes(text), 'the hostile string shows as text');
    });
  }
});
