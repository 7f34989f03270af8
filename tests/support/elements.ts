/**
 * Every element of the registry (src/elements/registry.ts) with its test fixture: the matrix tests (accessibility
 * and states, hostile data, and any other that must hold for every element) loop over `everyElement()`, so a new
 * element is in all of them as soon as it has its registry line and its fixture here. A missing fixture fails the
 * type-check (`satisfies Record<ElementTag, Fixture>`).
 *
 * A new matrix is a file in tests/matrix/ (or beside the behaviour it checks) shaped like this:
 *
 * ```ts
 * for (const {tag} of everyElement()) {
 *   it(`<${tag}> in Spanish`, async () => {
 *     const el = await renderElement(tag, {attributes: {lang: 'es'}});    // complete, from the bundled dataset
 *     expect(englishIn(uiText(el))).to.deep.equal([]);
 *   });
 * }
 * ```
 * (a narrow-width matrix: `renderElement(tag, {width: '320px'})`; an error: `{state: 'error', source: ERROR_SOURCE}`;
 * hostile data: `{source: await hostileSource(tag, rewrite)}`).
 */
import {fixture, html, waitUntil} from '@open-wc/testing';
import {ELEMENTS, type ElementTag} from '../../src/elements/registry.js';
import {real, stubDataset} from './stub-dataset.js';

/** What a test needs to show one element complete from the bundled dataset (data/v1), and to feed it other data. */
export interface Fixture {
  /** The minimal attributes that render it complete from the bundled dataset. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Text the complete element shows from those files (deep: nested widgets included), so a test sees real content. */
  readonly shows: string;
  /**
   * The dataset files whose text it renders with these attributes: what a hostile-data test rewrites (the other
   * files it needs are served as they are).
   */
  readonly reads: readonly string[];
  /** What a visitor does before the element asks for its data (the search loads on first use). */
  readonly activate?: (element: HTMLElement) => void;
}

/** Focuses the element's text box and types `query` (as an input event), as a visitor starts a search. */
const search = (query: string) => (element: HTMLElement) => {
  const box = element.shadowRoot!.querySelector('input')!;
  box.focus();
  box.value = query;
  box.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
};

const MRS = 'occupations/29-2072.00.json'; // Medical Records Specialists
const HIT = 'occupations/29-9021.00.json'; // Health Information Technologists and Medical Registrars

export const FIXTURES = {
  'career-compare': {attributes: {occupations: '29-2072,29-9021', region: 'MN'}, shows: '$90,760', reads: ['meta.json', MRS, HIT]},
  'career-explorer': {attributes: {region: 'MN', major: '29', limit: '5'}, shows: 'Acupuncturists', reads: ['meta.json', 'index.json', 'regions/MN.json']},
  'career-profile': {attributes: {occupation: '29-2072', region: 'MN'}, shows: '$61,530', reads: ['meta.json', MRS]},
  'career-search': {attributes: {region: 'MN'}, shows: 'Medical Records Specialists', reads: ['meta.json', 'index.json'], activate: search('medical records')},
  'program-careers': {attributes: {cip: '51.0707', region: 'MN'}, shows: '$61,530', reads: ['meta.json', 'programs.json', MRS, HIT]},
  'skill-list': {attributes: {occupation: '29-1141'}, shows: 'Social Perceptiveness', reads: ['meta.json', 'occupations/29-1141.00.json']},
  'wage-range': {attributes: {occupation: '29-2072', region: 'MN'}, shows: '$61,530', reads: ['meta.json', MRS]},
} satisfies Record<ElementTag, Fixture>;

// Each element declares its tag for TypeScript users (`HTMLElementTagNameMap`): a registry line without it fails here.
export type DeclaredTags = [ElementTag] extends [keyof HTMLElementTagNameMap] ? true : never;
export const declaredTags: DeclaredTags = true;

/** Every element of the registry with its fixture, in the registry's order. */
export function everyElement(): {tag: ElementTag; fixture: Fixture}[] {
  return (Object.keys(ELEMENTS) as ElementTag[]).map((tag) => ({tag, fixture: FIXTURES[tag] as Fixture}));
}

/** A dataset folder that answers 500 for every file: the error state a transient fault gives (with "Try again"). */
export const ERROR_SOURCE = '/__fault/status/500/';

/**
 * The text of an element's shadow tree as `textContent` reads it (nodes joined as they are), nested widgets' shadow
 * trees included in place, whitespace collapsed.
 */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.localName === 'style') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(element.shadowRoot ?? element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element in `root`'s shadow trees, nested ones included. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  return [...(root instanceof Element ? (root.shadowRoot ?? root) : root).querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? deepElements(el.shadowRoot) : []),
  ]);
}

/** The element's own `data-state`, and every nested widget's: none still loading. */
function settledDeep(element: HTMLElement): boolean {
  const nested = deepElements(element).filter((el): el is HTMLElement => el instanceof HTMLElement && el.localName.includes('-') && !!el.shadowRoot);
  return nested.every((el) => el.dataset.state !== 'loading');
}

/** A dataset serving the element's `reads` files rewritten by `rewrite` (e.g. every text replaced), the rest as they are. */
export async function hostileSource(tag: ElementTag, rewrite: (file: unknown, path: string) => unknown): Promise<string> {
  const files: Record<string, unknown> = {};
  for (const path of (FIXTURES[tag] as Fixture).reads) files[path] = rewrite(await real(path), path);
  return stubDataset(files, {others: 'real'});
}

export interface RenderOptions {
  /** Attributes added to (or replacing) the fixture's: `lang`, `source`, `timeout`… */
  attributes?: Record<string, string>;
  /** Shorthand for the `source` attribute. */
  source?: string;
  /** The host's fallback content, as text in a paragraph child (shown before the script and on error). */
  fallback?: string;
  /**
   * The state to wait for (`data-state`): `complete` (default), `error`, `empty`, `loading`, or `settled` (any but
   * loading: complete, empty or error); nested widgets settle too.
   */
  state?: 'complete' | 'error' | 'empty' | 'loading' | 'settled';
  /** Text to wait for in the complete element instead of the fixture's `shows` (e.g. a string the test planted). */
  shows?: string;
  /** Width of the element's container (`320px`), for narrow layouts. */
  width?: string;
  /** Ms to wait for the state (default 15 s: a whole profile with axe-sized content on a loaded machine). */
  timeout?: number;
}

/**
 * Renders one element as its fixture says (its module is imported first), between two buttons (`#before`,
 * `#after`, for keyboard walks), does what a visitor does first (`activate`), and waits for `state`.
 */
export async function renderElement(tag: ElementTag, options: RenderOptions = {}): Promise<HTMLElement> {
  // The `.ts` URL the dev server serves each element module at (where static imports of `….js` are rewritten to).
  await import(`../../src/elements/${tag}/${tag}.ts`);
  const {attributes = {}, source, fallback, state = 'complete', width, timeout = 15_000} = options;
  const spec: Fixture = FIXTURES[tag];
  const shows = options.shows ?? spec.shows;
  const element = document.createElement(tag);
  const all = {...spec.attributes, ...attributes, ...(source ? {source} : {})};
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  if (fallback) element.append(Object.assign(document.createElement('p'), {textContent: fallback}));
  await fixture<HTMLDivElement>(
    html`<div style=${width ? `width: ${width}` : ''}><button id="before">Before</button>${element}<button id="after">After</button></div>`,
  );
  await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  spec.activate?.(element);
  const SETTLED = ['complete', 'empty', 'error'];
  const reached = () => (state === 'settled' ? SETTLED.includes(element.dataset.state ?? '') : element.dataset.state === state);
  const wanted = () => reached() && (state !== 'complete' || deepText(element).includes(shows)) && (state === 'loading' || settledDeep(element));
  const settledElsewhere = () => state !== 'loading' && state !== 'settled' && SETTLED.includes(element.dataset.state ?? '') && element.dataset.state !== state;
  await waitUntil(() => wanted() || settledElsewhere(), `<${tag}>: never reached data-state="${state}"${state === 'complete' ? ` showing "${shows}"` : ''}`, {
    timeout,
  });
  if (!wanted()) {
    const got = settledElsewhere()
      ? `data-state="${element.dataset.state}": ${deepText(element).slice(0, 300)}`
      : `no "${shows}" in: ${deepText(element).slice(0, 300)}`;
    throw new Error(`<${tag}>: expected data-state="${state}"${state === 'complete' ? ` showing "${shows}"` : ''}, got ${got}`);
  }
  await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  return element;
}
