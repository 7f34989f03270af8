// The README's CMS table checked against the real filters, not a simulation: each snippet form the builder writes
// goes through WordPress's own content filter (Debian's wordpress package run by php-cli: an author's post through
// kses, an administrator's with unfiltered_html) and through CKEditor 5, the editor of Drupal 10, configured as
// Drupal's "Basic HTML" and "Full HTML" formats configure it. What comes out is then served to a visitor with the
// built bundle (the snippet's own script where it survived, else the theme's site-wide one, as the README says),
// and the test reads what the visitor sees: the widget's figures, or the snippet's fallback text. The builder's
// pre-rendered form (made by its own pre-rendering worker) goes through the same filters, and the README's
// pre-rendered column is checked against what they did to it.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type * as CKEditor5 from 'ckeditor5';
import {cmsSnippet, elementSnippet, fallbackHtml, prerenderedSnippet, type SnippetSpec} from '../../demo/assets/snippets.js';

const FALLBACK = 'Medical Records Specialists: wages on O*NET OnLine';
const SPEC: SnippetSpec = {
  tag: 'wage-range',
  attributes: [
    ['occupation', '29-2072'],
    ['region', 'MN'],
    ['pay', 'hourly'],
  ],
  styles: [],
  scriptUrl: new URL('/dist/career-widgets.js', location.href).href,
  occupation: '29-2072',
  fallback: FALLBACK,
};
/** The Minnesota hourly median of 29-2072 in data/v1 (what the widget shows when it works). */
const MEDIAN = '$29.58';
const FORMS = {'script + element': elementSnippet(SPEC), placeholder: cmsSnippet(SPEC)};
type Form = keyof typeof FORMS;

/**
 * 'styles and data as text': a filter kept the text of a pre-rendered snippet's `<style>` and inline data but not
 * their elements, so the visitor reads CSS and JSON in the post.
 */
type Seen = 'widget' | 'fallback' | 'styles and data as text';

/** The text a visitor reads in the page's own markup (shadow roots apart). */
const pageText = (doc: Document) => doc.body.innerText;
const showsStylesOrData = (text: string) => text.includes('--cw-loading-height') || text.includes('"datasetVersion"');

/** A visitor's page of the filtered post; `themeScript`: the site loads the bundle once in its footer. */
async function visit(content: string, themeScript: boolean): Promise<Seen> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const footer = themeScript ? `<footer><script type="module" src="${SPEC.scriptUrl}"></script></footer>` : '';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body><main>${content}</main>${footer}</body></html>`;
  document.body.append(frame);
  try {
    await loaded; // module scripts have run by now; placeholders upgrade and widgets load after
    const doc = frame.contentDocument!;
    if (showsStylesOrData(pageText(doc))) return 'styles and data as text';
    const widget = () => doc.querySelector('wage-range');
    // Without any script (the filter took it, the theme has none) a placeholder stays the host's markup.
    const scripted = doc.querySelector('script[type="module"]') !== null;
    if (scripted && (doc.querySelector('[data-career-widget]') || widget())) {
      await waitUntil(() => ['complete', 'error'].includes(widget()?.getAttribute('data-state') ?? ''), 'the widget never finished', {timeout: 10_000});
      const text = widget()!.shadowRoot!.textContent!;
      // Once: a pre-rendered widget taken over or rendered afresh never shows its content twice.
      const parts = widget()!.shadowRoot!.querySelectorAll('[part="base"]').length;
      if (parts !== 1) throw new Error(`the widget shows its content ${parts} times`);
      if (widget()!.getAttribute('data-state') === 'complete' && text.includes(MEDIAN)) return 'widget';
      throw new Error(`the widget shows neither its figures nor the fallback: ${text.slice(0, 200)}`);
    }
    expect(doc.body.innerText, 'the fallback text').to.contain(FALLBACK);
    return 'fallback';
  } finally {
    frame.remove();
  }
}

async function wordpress(html: string, role: 'author' | 'administrator', context: Mocha.Context): Promise<string> {
  const answer = await executeServerCommand<{filtered?: string; skipped?: string}, {html: string; role: string}>('wp-kses', {html, role});
  if (answer?.skipped) {
    console.warn(`WordPress tests skipped: ${answer.skipped}`);
    if (context.test) context.test.title += ` [skipped: ${answer.skipped}]`;
    context.skip();
  }
  return answer!.filtered!;
}

describe('WordPress, its real content filter (kses)', function () {
  this.timeout(30_000);

  it("an author's post (no unfiltered_html) loses the script and the element: the visitor sees the fallback", async function () {
    const filtered = await wordpress(FORMS['script + element'], 'author', this);
    expect(filtered).not.to.contain('<script');
    expect(filtered).not.to.contain('<wage-range');
    expect(await visit(filtered, true)).to.equal('fallback');
  });

  it("an author's placeholder keeps every data- attribute: with the script site-wide, the visitor sees the widget", async function () {
    const filtered = await wordpress(FORMS.placeholder, 'author', this);
    expect(filtered).not.to.contain('<script');
    expect(filtered).to.contain('<div data-career-widget="wage-range" data-occupation="29-2072" data-region="MN" data-pay="hourly">');
    expect(await visit(filtered, false), 'without the site-wide script').to.equal('fallback');
    expect(await visit(filtered, true)).to.equal('widget');
  });

  for (const form of Object.keys(FORMS) as Form[]) {
    it(`an administrator's post (unfiltered_html) keeps the ${form} snippet whole: its own script shows the widget`, async function () {
      const filtered = await wordpress(FORMS[form], 'administrator', this);
      expect(filtered).to.equal(FORMS[form]);
      expect(await visit(filtered, false)).to.equal('widget');
    });
  }
});

/**
 * CKEditor 5 as Drupal 10's standard profile sets up its formats: Drupal turns a format's "Allowed HTML tags" into
 * General HTML Support rules (core/modules/ckeditor5), and "Full HTML", which has no HTML filter, into one rule
 * allowing every element with every attribute.
 */
async function drupalEditor() {
  // CKEditor's self-contained browser build: its npm entry imports CommonJS packages the test server cannot serve.
  const url = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
  const ck: typeof CKEditor5 = await import(/* @vite-ignore */ url);
  const plugins = [
    ck.Essentials,
    ck.Paragraph,
    ck.Heading,
    ck.Bold,
    ck.Italic,
    ck.Code,
    ck.Link,
    ck.List,
    ck.BlockQuote,
    ck.SourceEditing,
    ck.GeneralHtmlSupport,
  ];
  return {ClassicEditor: ck.ClassicEditor, plugins};
}
/** Basic HTML's tags beyond its toolbar's own (its "Source editing" list, Drupal 10.x standard profile). */
const BASIC_HTML: CKEditor5.MatcherObjectPattern[] = [
  {name: 'cite'},
  {name: 'dl'},
  {name: 'dt'},
  {name: 'dd'},
  {name: 'a', attributes: {hreflang: true}},
  {name: 'blockquote', attributes: {cite: true}},
  {name: 'ul', attributes: {type: true}},
  {name: 'ol', attributes: {type: true, start: true}},
  {name: /^h[2-6]$/, attributes: {id: true}},
];
/** What the README tells a Drupal site to add to Basic HTML's allowed tags, for the attributes this snippet uses. */
const README_ADDITION: CKEditor5.MatcherObjectPattern = {
  name: 'div',
  attributes: {'data-career-widget': true, 'data-occupation': true, 'data-region': true, 'data-pay': true},
};
const FORMATS: Record<string, CKEditor5.EditorConfig['htmlSupport']> = {
  'Basic HTML': {allow: BASIC_HTML},
  "Basic HTML with the README's addition": {allow: [...BASIC_HTML, README_ADDITION]},
  'Full HTML': {allow: [{name: /.*/, attributes: true, classes: true, styles: true}]},
};

/** The snippet pasted into the editor's source view and saved: what `editor.getData()` gives Drupal to store. */
async function ckeditor(html: string, format: string): Promise<string> {
  const {ClassicEditor, plugins} = await drupalEditor();
  const element = document.createElement('div');
  document.body.append(element);
  const editor = await ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins,
    toolbar: ['heading', 'bold', 'italic', 'code', 'link', 'bulletedList', 'numberedList', 'blockQuote', 'sourceEditing'],
    htmlSupport: FORMATS[format],
  });
  try {
    editor.setData(html);
    return editor.getData();
  } finally {
    await editor.destroy();
    element.remove();
  }
}

describe("Drupal 10's editor, CKEditor 5", function () {
  this.timeout(30_000);

  it("Basic HTML as installed drops the placeholder's div and the script: the visitor sees the fallback", async () => {
    for (const form of Object.keys(FORMS) as Form[]) {
      const saved = await ckeditor(FORMS[form], 'Basic HTML');
      expect(saved, form).not.to.contain('data-career-widget');
      expect(saved, form).not.to.contain('<script');
      expect(await visit(saved, true), form).to.equal('fallback');
    }
  });

  it("Basic HTML with the README's allowed tags keeps the placeholder: with the script through the theme, the visitor sees the widget", async () => {
    const saved = await ckeditor(FORMS.placeholder, "Basic HTML with the README's addition");
    expect(saved).to.contain('data-career-widget="wage-range"');
    expect(saved).not.to.contain('<script');
    expect(await visit(saved, true)).to.equal('widget');
    const element = await ckeditor(FORMS['script + element'], "Basic HTML with the README's addition");
    expect(await visit(element, true), 'script + element').to.equal('fallback');
  });

  for (const form of Object.keys(FORMS) as Form[]) {
    it(`Full HTML keeps the ${form} snippet's widget and script: the visitor sees the widget without the theme's script`, async () => {
      const saved = await ckeditor(FORMS[form], 'Full HTML');
      expect(saved).to.contain('<script type="module"');
      expect(await visit(saved, false)).to.equal('widget');
    });
  }
});

/** The builder's pre-rendered snippet for SPEC, made as the builder makes it: by its worker (dist/builder/). */
async function builderPrerendered(): Promise<string> {
  const worker = new Worker('/dist/builder/prerender-worker.js', {type: 'module'});
  try {
    const html = await new Promise<string>((resolve, reject) => {
      worker.addEventListener('message', ({data}) => (data.error ? reject(new Error(data.error)) : resolve(data.html)));
      worker.addEventListener('error', () => reject(new Error("the builder's pre-renderer did not start (npm run build)")));
      worker.postMessage({id: 1, tag: SPEC.tag, attributes: Object.fromEntries(SPEC.attributes), content: fallbackHtml(SPEC)});
    });
    return prerenderedSnippet(SPEC, html);
  } finally {
    worker.terminate();
  }
}

/** What a visitor with JavaScript off sees of the page: the widget's figures, its fallback, or neither. */
async function withoutScript(content: string): Promise<'figures' | 'fallback' | 'nothing' | 'styles and data as text'> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin'); // no allow-scripts: no script of the page runs
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body><main>${content}</main></body></html>`;
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    if (showsStylesOrData(pageText(doc))) return 'styles and data as text';
    const shadow = doc.querySelector('wage-range')?.shadowRoot;
    if (shadow?.textContent?.includes(MEDIAN)) return 'figures';
    return pageText(doc).includes(FALLBACK) ? 'fallback' : 'nothing';
  } finally {
    frame.remove();
  }
}

/**
 * The README's CMS table, pre-rendered column: what each filter did to the pre-rendered snippet, as the tests below
 * show it. The README must say exactly this (checked below), so the table cannot drift from the filters.
 */
const PRERENDERED_CELLS = {
  'WordPress, **Custom HTML** block': 'kept whole (tested): the content shows without JavaScript, and the script takes it over',
  'WordPress, **classic editor** or Custom HTML by authors/contributors':
    'do not use (tested): the template, element and scripts are removed, and the styles and inline data show in the post as text',
  'Drupal, **Full HTML**':
    'do not use (tested): CKEditor 5 keeps the element and scripts but empties the `<template>`: nothing shows without JavaScript, and the script renders the widget afresh from the inline data',
  'Drupal, **Basic HTML**': 'do not use (tested): only text is kept, the styles and inline data as a paragraph of text',
};

describe('the pre-rendered snippet through the same filters', function () {
  this.timeout(60_000);
  let snippet = '';
  before(async () => {
    snippet = await builderPrerendered();
  });

  it("WordPress, an administrator's post (unfiltered_html) keeps it whole: the content shows without JavaScript, and the script takes it over", async function () {
    const filtered = await wordpress(snippet, 'administrator', this);
    expect(filtered).to.equal(snippet);
    expect(await withoutScript(filtered)).to.equal('figures');
    expect(await visit(filtered, false)).to.equal('widget');
  });

  it("WordPress, an author's post (kses) loses the template, the element and the scripts but keeps their text: styles and data show as text", async function () {
    const filtered = await wordpress(snippet, 'author', this);
    for (const gone of ['<template', '<wage-range', '<script', '<style']) expect(filtered).not.to.contain(gone);
    expect(await withoutScript(filtered)).to.equal('styles and data as text');
    expect(await visit(filtered, true)).to.equal('styles and data as text');
  });

  it('CKEditor 5, Basic HTML keeps only text: the styles and data land in a paragraph', async () => {
    const saved = await ckeditor(snippet, 'Basic HTML');
    for (const gone of ['<template', '<wage-range', '<script', '<style']) expect(saved).not.to.contain(gone);
    expect(await visit(saved, true)).to.equal('styles and data as text');
  });

  it('CKEditor 5, Full HTML empties the template: nothing without JavaScript; with it, the widget rendered afresh, once, from the inline data', async () => {
    const saved = await ckeditor(snippet, 'Full HTML');
    expect(saved).to.match(/<template shadowroot="open" shadowrootmode="open"><\/template>/);
    expect(saved).to.contain('<script type="application/json" data-career-widgets-seed');
    expect(saved).to.contain('<script type="module"');
    expect(await withoutScript(saved)).to.equal('nothing');
    expect(await visit(saved, false)).to.equal('widget');
  });

  it("the README's CMS table says what these tests show", async () => {
    const readme = await (await fetch('/README.md')).text();
    const lines = readme.split('\n');
    const start = lines.findIndex((line) => line.startsWith('| CMS, where you paste'));
    const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
    const rows = lines.slice(start, end);
    const header = rows[0]!.split(' | ');
    const column = header.findIndex((cell) => cell.startsWith('pre-rendered'));
    expect(column, 'a pre-rendered column').to.be.greaterThan(0);
    for (const [row, cell] of Object.entries(PRERENDERED_CELLS)) {
      const line = rows.find((r) => r.startsWith(`| ${row}`));
      expect(line, row).to.exist;
      expect(line!.split(' | ')[column], row).to.equal(cell);
    }
  });
});
