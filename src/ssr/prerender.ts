/// <reference types="node" />
import {fileURLToPath} from 'node:url';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {forgetDatasets, provideFiles} from '../data/dataset.js';
import {bundledDatasetUrl} from '../data/dataset-url.js';
import {datasetUrlFor} from '../internal/dataset-source.js';
import {isElementTag} from '../elements/registry.js';
import {MESSAGES_META_NAME} from '../internal/i18n.js';
import {setServerPage, type ServerPage} from '../internal/page.js';
import {PRERENDERED_ATTRIBUTE} from '../internal/take-over-hook.js';
import {DatasetFolder} from './dataset-files.js';
import {seedScripts, startTag} from './element-html.js';
import {forgetFilesInMemory, renderElement, type UsedFile} from './render-element.js';
import '../index.js'; // every element of the library, registered

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /**
   * The page's address, against which relative URLs in it resolve (a `source` of `/careers/v1/`); default
   * `https://localhost/`.
   */
  url?: string;
  /**
   * Dataset folders on disk for the datasets the page's widgets name (their `source`, or the page's
   * `career-widgets-source` meta tag), by URL (relative URLs resolve against `url`): `{'/careers/v1/': './careers'}`.
   * Widgets with no `source` read the dataset bundled with this package unless `data` says otherwise.
   */
  sources?: Readonly<Record<string, string>>;
  /** Folder of the dataset for widgets without a `source` (default: the dataset bundled with the package). */
  data?: string;
  /** Told of each widget left as it was (its reason); default: a console warning. */
  onSkip?: (skip: Skipped) => void;
}

/** A widget the pre-renderer left as it was, which the browser then renders as on any page. */
export interface Skipped {
  tag: string;
  /** Where it starts in the page (1-based line). */
  line: number;
  reason: string;
}

/** What a page pre-render did. */
export interface PrerenderResult {
  html: string;
  /** Widgets rendered to declarative shadow DOM. */
  rendered: number;
  skipped: Skipped[];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Pre-renders every career-widgets element in an HTML page (a whole document or a fragment) to declarative shadow
 * DOM (`<template shadowrootmode="open">`) with Lit's SSR, from the dataset files on disk, and returns the page
 * with nothing else changed: each shadow root is inserted right after its element's start tag, and the data the
 * widgets rendered from follows in one `<script type="application/json" data-career-widgets-seed>` per dataset,
 * before `</body>` (or at the end), so the browser's script takes the widgets over without downloading it again.
 * Widgets that cannot be pre-rendered (see the README) are left as they were. Calls run one after another.
 */
export function prerender(page: string, options: PrerenderOptions = {}): Promise<string> {
  return prerenderPage(page, options).then((result) => result.html);
}

/** {@link prerender}, with what was rendered and what was left as it was. */
export function prerenderPage(page: string, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const run = queue.then(() => renderPage(page, options));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Pre-renders one element: `prerenderElement('career-profile', {occupation: '29-2072', region: 'MN'})` returns
 * `<career-profile occupation="29-2072" region="MN"><template shadowrootmode="open">…</template></career-profile>`
 * followed by its inline data. `content` is the element's own HTML content (its fallback link), kept as given;
 * `lang` the language of the page it goes into.
 */
export async function prerenderElement(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  options: PrerenderOptions & {content?: string; lang?: string} = {},
): Promise<string> {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag) || !isElementTag(tag)) throw new Error(`<${tag}> is not an element of career-widgets.`);
  const wrapper = options.lang ? startTag('div', {lang: options.lang}) : '<div>';
  const wrapped = `${wrapper}\n${startTag(tag, attributes)}${options.content ?? ''}</${tag}>\n</div>`;
  const {html, skipped} = await prerenderPage(wrapped, options);
  if (skipped.length) throw new Error(`<${tag}> could not be pre-rendered: ${skipped[0]!.reason}`);
  return html.slice(`${wrapper}\n`.length).replace(/\n<\/div>/, '');
}

async function renderPage(source: string, options: PrerenderOptions): Promise<PrerenderResult> {
  forgetDatasets(); // each page starts afresh, so its inline data is what its widgets used, no more
  forgetFilesInMemory();
  const document = parse(source, {sourceCodeLocationInfo: true});
  const base = new URL(options.url ?? 'https://localhost/').href;
  const meta = metaTags(document);
  const hostLanguages = new Set(
    metaElements(document)
      .filter((m) => attr(m, 'name') === MESSAGES_META_NAME)
      .map((m) => (attr(m, 'data-lang') ?? '').trim().toLowerCase().split(/[-_]/)[0]),
  );
  const folders = datasetFolders(options, base, meta);
  const followed = followedIds(document);
  /** The files the rendered widgets used (the page's inline data), and how the page's widgets name each dataset. */
  const used: UsedFile[] = [];
  const sources = new Map<string, string>();
  const inserts: {at: number; text: string}[] = [];
  const skipped: Skipped[] = [];
  let rendered = 0;

  for (const {element, lang} of widgets(document)) {
    const tag = element.tagName;
    const line = element.sourceCodeLocation?.startLine ?? 0;
    const skip = (reason: string) => {
      skipped.push({tag, line, reason});
      (options.onSkip ?? ((s: Skipped) => console.warn(`[career-widgets] <${s.tag}> on line ${s.line} is left for the browser: ${s.reason}.`)))({
        tag,
        line,
        reason,
      });
    };
    const startTagAt = element.sourceCodeLocation?.startTag;
    const at = startTagAt?.endOffset;
    if (!startTagAt || at === undefined) continue; // not in the source as written (cannot happen for a custom element's start tag)
    const attributes = element.attrs.map(({name, value}) => [name, value] as const);
    const page: ServerPage = {base, lang, meta, followed};
    setServerPage(page);
    const why = reasonToLeave(element, lang, hostLanguages);
    if (why) {
      skip(why);
      continue;
    }
    let url: string;
    try {
      url = datasetUrlFor(attr(element, 'source') ?? '');
    } catch (error) {
      skip((error as Error).message);
      continue;
    }
    const folder = folders.get(url);
    if (!folder) {
      skip(`no folder on disk for its dataset ${url} (give one: --source ${url}=FOLDER)`);
      continue;
    }
    const result = await renderElement(tag, attributes, page);
    if ('skipped' in result) {
      skip(result.skipped);
      continue;
    }
    rendered += 1;
    used.push(...result.files);
    if (!sources.has(url)) sources.set(url, attr(element, 'source') ?? '');
    inserts.push({at, text: result.shadow});
    // Marked in its start tag, right after the tag name (whatever follows, quoted or not): see PRERENDERED_ATTRIBUTE.
    if (attr(element, PRERENDERED_ATTRIBUTE) === undefined) inserts.push({at: startTagAt.startOffset + 1 + tag.length, text: ` ${PRERENDERED_ATTRIBUTE}`});
  }

  const seedText = seedScripts(used, (dataset) => sources.get(dataset) ?? dataset);
  if (seedText) {
    const body = findBody(document);
    const end = body?.sourceCodeLocation?.endTag?.startOffset ?? source.length;
    inserts.push({at: end, text: end === source.length ? `\n${seedText}\n` : `${seedText}\n`});
  }
  let html = source;
  for (const {at, text} of inserts.sort((a, b) => b.at - a.at)) html = html.slice(0, at) + text + html.slice(at);
  return {html, rendered, skipped};
}

/** Why an element is left for the browser before trying, or null. */
function reasonToLeave(element: Element, lang: string, hostLanguages: Set<string>): string | null {
  if (element.childNodes.some((child) => child.nodeName === 'template' && attr(child as Element, 'shadowrootmode') !== undefined)) {
    return 'it is pre-rendered already';
  }
  if (hostLanguages.has(lang.toLowerCase().split(/[-_]/)[0] ?? '')) return `its language (${lang}) comes from the host's catalog, which the browser loads`;
  return null;
}

/**
 * The dataset folder for each dataset URL the page may use: the bundled dataset (or `data`), and each of `sources`
 * resolved against the page. Each is given to the data layer for this page.
 */
function datasetFolders(options: PrerenderOptions, base: string, meta: Record<string, string>): Map<string, DatasetFolder> {
  const folders = new Map<string, DatasetFolder>();
  const bundled = bundledDatasetUrl();
  folders.set(bundled, new DatasetFolder(options.data ?? fileURLToPath(bundled)));
  setServerPage({base, lang: '', meta});
  for (const [url, folder] of Object.entries(options.sources ?? {})) folders.set(datasetUrlFor(url), new DatasetFolder(folder));
  for (const [url, folder] of folders) provideFiles(url, folder.read);
  return folders;
}

/** The page's career-widgets elements, outermost only, outside `<template>` contents, with the `lang` they sit in. */
function* widgets(root: Node, lang = ''): Generator<{element: Element; lang: string}> {
  for (const child of (root as Element).childNodes ?? []) {
    if (!('tagName' in child)) continue;
    const own = attr(child, 'lang');
    const here = own !== undefined ? own.trim() : lang;
    if (isElementTag(child.tagName)) yield {element: child, lang: here};
    else yield* widgets(child, here);
  }
}

const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

function* elements(root: Node): Generator<Element> {
  for (const child of (root as Element).childNodes ?? []) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
  }
}

const metaElements = (document: Node) => [...elements(document)].filter((e) => e.tagName === 'meta');

/** `<meta name="…" content="…">`, the first of each name. */
function metaTags(document: Node): Record<string, string> {
  const meta: Record<string, string> = Object.create(null);
  for (const element of metaElements(document)) {
    const name = attr(element, 'name');
    if (name && !Object.hasOwn(meta, name)) meta[name] = attr(element, 'content') ?? '';
  }
  return meta;
}

const findBody = (document: Node): Element | undefined => [...elements(document)].find((e) => e.tagName === 'body');

/**
 * The ids the page's widgets follow (`for` on a custom element) or its CMS placeholders will (`data-for`): a leader
 * followed by one renders its choices as buttons, not links, as it will in the browser.
 */
function followedIds(document: Node): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(document)) {
    const id = element.tagName.includes('-') ? attr(element, 'for') : attr(element, 'data-career-widget') !== undefined ? attr(element, 'data-for') : undefined;
    if (id) ids.add(id);
  }
  return ids;
}
