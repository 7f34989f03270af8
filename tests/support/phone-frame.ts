import {waitUntil} from '@open-wc/testing';

/** A page loaded in an iframe: its document and window, and a way to remove it. */
export interface FramedPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window;
  close: () => void;
}

/**
 * Opens `src` (a demo host page, a fixture page) in an iframe `width` × `height` CSS pixels. The iframe is the
 * page's viewport, so its media queries, container queries and page width are a phone's in every engine
 * (WebKitWebDriver cannot resize the test window). Scroll bars are hidden, as on a phone, where they take no
 * room; the viewport's width is checked, so a test never measures some other width by mistake.
 */
export async function openFramed(src: string | {markup: string}, width: number, height = 740): Promise<FramedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (typeof src === 'string') frame.src = src;
  else frame.srcdoc = pageWith(src.markup);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  doc.documentElement.style.setProperty('scrollbar-width', 'none'); // CSSOM: allowed under the pages' style-src 'self'
  await waitUntil(() => doc.documentElement.clientWidth === width, `the framed page's viewport is ${doc.documentElement.clientWidth}px wide, not ${width}px`, {
    timeout: 2000,
  });
  return {frame, doc, win, close: () => frame.remove()};
}

/**
 * A plain page that holds `markup` and loads the built bundle (`/dist/career-widgets.js`), as a host page does:
 * for an iframe's `srcdoc`, whose relative URLs resolve against the test page's.
 */
export const pageWith = (markup: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<script type="module" src="/dist/career-widgets.js"></script></head><body style="margin: 8px">${markup}</body></html>`;

/** Every widget in the document (nested ones too) with its `data-state` (a search is `idle` until used). */
export function widgetStates(doc: Document): {tag: string; state: string}[] {
  const found: {tag: string; state: string}[] = [];
  const visit = (root: Document | ShadowRoot) =>
    root.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot && el.localName.includes('-')) {
        found.push({tag: el.localName, state: (el as HTMLElement).dataset.state ?? 'loading'});
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    });
  visit(doc);
  return found;
}

/** Waits until the page has widgets and none of them is loading (and charts have had a frame to draw). */
export async function settledPage(doc: Document, timeout = 15_000): Promise<void> {
  await waitUntil(
    () => {
      const states = widgetStates(doc);
      return states.length > 0 && states.every((s) => s.state !== 'loading');
    },
    `widgets still loading: ${JSON.stringify(widgetStates(doc))}`,
    {timeout},
  );
  await nextFrames(doc.defaultView!, 2);
}

/** Resolves after `count` frames of `win` have been painted (layout and charts catch up). */
export async function nextFrames(win: Window, count = 1): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
}
