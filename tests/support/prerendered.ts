/**
 * Pages pre-rendered by the library's own pre-renderer (served by tests/support/prerender-server.mjs), opened in an
 * iframe as a visitor's browser gets them: declarative shadow DOM parsed from the HTML, the script arriving after.
 */
import {waitUntil} from '@open-wc/testing';

export interface Prerendered {
  url: string;
  rendered: number;
  skipped: {tag: string; line: number; reason: string}[];
}

/** The library's entry from source (every element), as a page's module script. */
export const SOURCE_SCRIPT = '/src/index.ts';
/** The built one-script-tag bundle. */
export const BUNDLE_SCRIPT = '/dist/career-widgets.js';

/**
 * A whole page around `body`, pre-rendered; `script` (if any) is the page's own module script after the content.
 * `datasets` gives the pre-renderer a test's own datasets, by the URL the page's `source` attributes name.
 */
export async function prerenderPage(
  body: string,
  {head = '', lang = 'en', script = SOURCE_SCRIPT as string | null, url = '', datasets = {} as Record<string, Record<string, unknown>>} = {},
): Promise<Prerendered> {
  const page = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>pre-rendered</title>
<style>body { font: 16px/1.4 system-ui, sans-serif; margin: 16px; }</style>${head}</head>
<body>
${body}
${script ? `<script type="module" src="${script}"></script>` : ''}
</body></html>`;
  const response = await fetch(`/__prerender/${url ? `?url=${encodeURIComponent(url)}` : ''}`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({page, datasets}),
  });
  if (!response.ok) throw new Error(`pre-rendering failed: ${await response.text()}`);
  return response.json();
}

export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/**
 * Opens a page in an iframe and resolves once it has loaded. `scripts: false` opens it as a browser with JavaScript
 * turned off would (a sandbox without `allow-scripts`): no script of the page runs, the test still reads the page.
 */
export async function openFrame(url: string, {scripts = true, width = 1000, height = 900} = {}): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  if (!scripts) frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  await settledLayout(frame.contentDocument!);
  return {frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument!};
}

/** An element whose rendering can be asked about (checkVisibility is not in every DOM typing yet). */
export type Visibility = Element & {checkVisibility(options?: {contentVisibilityAuto?: boolean}): boolean};

/** The hosts of the widgets in `root`, nested ones included. */
const widgetHosts = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot && el.localName.includes('-') ? [el, ...widgetHosts(el.shadowRoot)] : []));

/** Each widget's place and size, and whether the browser lays out its content (not while it is skipped, far away). */
const layoutState = (doc: Document) =>
  widgetHosts(doc)
    .map((host) => {
      const {top, height} = host.getBoundingClientRect();
      const content = host.shadowRoot!.querySelector(':not(style)') as Visibility | null;
      return `${Math.round(top)} ${Math.round(height)} ${content?.checkVisibility({contentVisibilityAuto: true})}`;
    })
    .join(', ');

/**
 * Waits until the page's layout holds still from one frame to the next: what a visitor sees. The browser decides
 * which widgets are near the viewport (content-visibility: auto, far.styles.ts) over the first frames, and one laid
 * out at its real height, shorter than the room it kept, brings the next within reach. Before that a read of the
 * layout or of the visible text finds widgets in a state no frame shows for long.
 */
export async function settledLayout(doc: Document): Promise<void> {
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  let last = layoutState(doc);
  for (let i = 0; i < 30; i++) {
    await twoFrames();
    const now = layoutState(doc);
    if (now === last) return;
    last = now;
  }
}

/** Adds the library's script to a page opened without it, as if it arrived late. */
export function addScript({doc}: Frame, src = SOURCE_SCRIPT): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.body.append(script);
}

/** Waits until every element matching `selector` in the frame reports `state` (default `complete`). */
export async function settledIn({doc}: Frame, selector: string, state = 'complete', timeout = 10_000): Promise<void> {
  await waitUntil(
    () => {
      const all = [...doc.querySelectorAll<HTMLElement>(selector)];
      return all.length > 0 && all.every((element) => element.dataset.state === state);
    },
    `expected every ${selector} to be ${state}: ${[...doc.querySelectorAll<HTMLElement>(selector)].map((e) => e.dataset.state).join(', ')}`,
    {timeout},
  );
  // What the visitor then sees. WebKit, when a widget is defined, decides again whether it is near the viewport: until
  // its next frame a nested widget on screen still reads as skipped (a CI run of WebKit caught it so).
  await settledLayout(doc);
}

/** The text a visitor sees in an element and its shadow roots (nested ones included), whitespace collapsed. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      const parent = (n as Text).parentElement;
      if (!parent || parent.checkVisibility?.() !== false) parts.push((n as Text).data);
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = n as Element;
    if (element.localName === 'style' || element.localName === 'script' || element.localName === 'template') return;
    const root = (element as Element).shadowRoot;
    if (root) {
      walk(root); // what the shadow root shows; light children show only where a slot puts them
      return;
    }
    n.childNodes.forEach(walk);
    if (element.localName === 'slot') (element as HTMLSlotElement).assignedNodes({flatten: true}).forEach(walk);
  };
  walk(node);
  return parts
    .join(' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

type Axe = {run: (context: unknown, options?: unknown) => Promise<{violations: {id: string; help: string; nodes: {target: unknown}[]}[]}>};

/** Runs axe-core in the frame (loaded into it once; the frame must allow scripts) and returns the violations. */
export async function axeViolations({doc, win}: Frame) {
  const w = win as typeof win & {axe?: Axe};
  if (!w.axe) {
    const script = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, {once: true});
      script.addEventListener('error', reject, {once: true});
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await loaded;
  }
  const {violations} = await w.axe!.run(doc, {resultTypes: ['violations']});
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
