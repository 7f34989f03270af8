import {LitElementRenderer, render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import type {LitElement} from 'lit';
import {html, literal, type StaticValue} from 'lit/static-html.js';
import {readFilesInMemory, watchFileUse} from '../data/dataset.js';
import {type ElementTag, isElementTag} from '../elements/registry.js';
import {catalogKey} from '../internal/i18n.js';
import {resolveLang} from '../internal/locale.js';
import {setServerPage, type ServerPage} from '../internal/page.js';
import {PRERENDERED_ATTRIBUTE} from '../internal/take-over-hook.js';
import {prerenderMark} from '../internal/take-over.js';

/**
 * Each element's tag as a static value for the one template that renders it: literals, so no text from a page can
 * become markup (a new registry line without its literal fails the type-check).
 */
const TAG_LITERALS = {
  'career-compare': literal`career-compare`,
  'career-explorer': literal`career-explorer`,
  'career-profile': literal`career-profile`,
  'career-search': literal`career-search`,
  'program-careers': literal`program-careers`,
  'skill-list': literal`skill-list`,
  'wage-range': literal`wage-range`,
} satisfies Record<ElementTag, StaticValue>;

/** What an element of this library offers to be pre-rendered (see CareerWidget.prepare). */
interface Preparable extends LitElement {
  prepare(): Promise<boolean>;
}

const isPreparable = (element: unknown): element is Preparable => typeof (element as Preparable | null)?.prepare === 'function';

/** The prepared instance the next render of its tag uses (set just before, taken by the renderer). */
let prepared: Preparable | undefined;

/**
 * Lit's renderer for the one element being pre-rendered: it renders the instance that was prepared (attributes set,
 * data and messages loaded) instead of constructing a new one. Elements nested in its shadow DOM (a profile's wages)
 * get Lit's own renderer; their data is already in memory by then.
 */
/**
 * Lit's renderer for the elements nested in the one being pre-rendered (a profile's wages): each is marked as
 * pre-rendered in its start tag, as the pre-renderer marks the outermost in the page (see PRERENDERED_ATTRIBUTE).
 */
class NestedRenderer extends LitElementRenderer {
  override connectedCallback(): void {
    if (isElementTag(this.tagName)) this.element.setAttribute(PRERENDERED_ATTRIBUTE, '');
    super.connectedCallback();
  }
}

class PreparedRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return prepared !== undefined && prepared.constructor === ctor;
  }

  constructor(tagName: string) {
    super(tagName);
    this.element = prepared!;
    prepared = undefined;
  }
}

/**
 * The files the page's widgets loaded so far, validated, by URL: what a widget nested in another's template renders
 * from (Lit's server renderer renders it at once, unprepared; see CareerWidget.peek).
 */
const inMemory = new Map<string, unknown>();
readFilesInMemory((url) => inMemory.get(url));

/** Forgets the files of the page rendered before. */
export const forgetFilesInMemory = (): void => inMemory.clear();

/** A dataset file a widget's render used: the dataset's URL, the file's path in it, its content. */
export type UsedFile = [dataset: string, path: string, value: unknown];

export type Rendered = {shadow: string; files: UsedFile[]} | {skipped: string};

/**
 * Renders one element of this library, as the page gives it (tag, attributes, where it stands), to the content of
 * its declarative shadow root: `<template shadowrootmode="open">…</template>`, starting with the mark the browser's
 * take-over checks, and the dataset files it used (what the page must carry for the take-over). The element loads
 * its data through the data layer (which the caller may have given the dataset files on disk) with the same code as
 * in the browser, then Lit's SSR renders its first render. An element that cannot show its content without the
 * browser is skipped, with the reason. One at a time: the page description and the watch on files are global.
 */
export async function renderElement(tag: string, attributes: ReadonlyArray<readonly [string, string]>, page: ServerPage): Promise<Rendered> {
  const files: UsedFile[] = [];
  const stop = watchFileUse((url, path, value) => {
    files.push([url, path, value]);
    inMemory.set(new URL(path, url).href, value);
  });
  try {
    const rendered = await renderShadow(tag, attributes, page);
    return 'shadow' in rendered ? {...rendered, files} : rendered;
  } finally {
    stop();
  }
}

async function renderShadow(
  tag: string,
  attributes: ReadonlyArray<readonly [string, string]>,
  page: ServerPage,
): Promise<{shadow: string} | {skipped: string}> {
  const Element = isElementTag(tag) ? customElements.get(tag) : undefined;
  if (!Element || !isElementTag(tag)) return {skipped: 'not an element of this library'};
  setServerPage(page);
  const element = new Element();
  if (!isPreparable(element)) return {skipped: 'this element cannot be pre-rendered'};
  for (const [name, value] of attributes) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  let ready: boolean;
  try {
    ready = await element.prepare();
  } catch (error) {
    return {skipped: `its data could not be loaded: ${(error as Error)?.message ?? error}`};
  }
  if (!ready) return {skipped: "what it shows depends on the browser (its data fell back to another dataset, or a visitor's shortlist)"};
  setServerPage(page); // the same page for its nested elements: other elements may have been prepared meanwhile
  // Pre-rendered, the widget shows its content before its code defines it: the room career-widgets.css (or a host's
  // rule) keeps for a widget still loading must not be added to it. Only until it is defined. The room itself, not
  // --cw-loading-height, is cancelled: the far rule (far.styles.ts) keeps that height for the widget while it is far
  // from the viewport, the same before and after the script defines it, so nothing moves then. (`!important` in
  // the shadow root wins over the page's rules, important or not.)
  const mark = `<!--${prerenderMark(catalogKey(resolveLang(element)))}--><style>:host(:not(:defined)){min-height:0!important}</style>`;
  prepared = element;
  const tagName = TAG_LITERALS[tag];
  let output: string;
  try {
    output = await collectResult(render(html`<${tagName}></${tagName}>`, {elementRenderers: [PreparedRenderer, NestedRenderer]}));
  } catch (error) {
    return {skipped: `it could not be rendered without a browser (${(error as Error)?.message ?? error})`};
  } finally {
    prepared = undefined;
  }
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf('</template>');
  if (start < 0 || end < start) return {skipped: 'Lit rendered no shadow root for it'};
  const open = output.indexOf('>', start) + 1;
  return {shadow: `${output.slice(start, open)}${mark}${output.slice(open, end)}</template>`};
}
