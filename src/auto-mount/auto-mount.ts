import {inSlice} from '../data/slices.js';
import {isElementTag} from '../elements/registry.js';
import {loadElement} from '../internal/define.js';
import {MOUNT_SELECTOR} from './selector.js';

/** The host's own attributes of the placeholder that the element keeps as they are (not `data-` renamed). */
const KEPT = ['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden'];
/** `data-` names the element itself owns; a placeholder must not preset them. */
const RESERVED = new Set(['career-widget', 'state']);

/**
 * Name of the `<meta>` tag, in the page's `<head>`, that lets placeholders set some of the settings only trusted
 * markup may set: `<meta name="career-widgets-placeholders" content="source overlay structured-data">`.
 */
export const PLACEHOLDERS_META_NAME = 'career-widgets-placeholders';

/**
 * What the page lets placeholders set. Anyone who may write a post (a CMS contributor) may write a placeholder,
 * but only the site's template writes the page's head: CMS filters remove `<meta>` from content, and a `<meta>`
 * in the body does not count.
 */
function allowedByPage(): Set<string> {
  const meta = document.head?.querySelector<HTMLMetaElement>(`meta[name="${PLACEHOLDERS_META_NAME}"]`);
  return new Set(
    (meta?.content ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean),
  );
}

/** Where every widget's data comes from (and what stands in for it): the page's to set, on every element. */
const DATA_SOURCE = ['source', 'fallback'];

/**
 * The settings a placeholder for `element` may set only with the page's permission: where its data comes from, and
 * what the element itself declares (`static trustedAttributes`: what it writes outside itself, such as JSON-LD or
 * the page's URL, or other data it reads, such as an overlay).
 */
export function trustedSettings(element: CustomElementConstructor): string[] {
  return [...DATA_SOURCE, ...((element as {trustedAttributes?: readonly string[]}).trustedAttributes ?? [])];
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[career-widgets] ${message}`);
}

/**
 * Upgrades every `[data-career-widget]` placeholder in or at `root` into the element it names, for editors that
 * strip custom tags: `data-<attribute>` becomes `<attribute>` for every attribute the element observes, read from
 * the element class itself (so an element added to the library works without a change here). The placeholder's
 * children move into the element, where they stay the fallback content shown before data and on error.
 */
export function mount(root: ParentNode): void {
  const placeholders = root instanceof Element && root.matches(MOUNT_SELECTOR) ? [root] : [];
  placeholders.push(...root.querySelectorAll(MOUNT_SELECTOR));
  for (const placeholder of placeholders) {
    upgrade(placeholder).catch((error: unknown) => warnOnce(`could not upgrade a placeholder: ${String(error)}`));
  }
}

async function upgrade(placeholder: Element): Promise<void> {
  const tag = (placeholder.getAttribute('data-career-widget') ?? '').trim().toLowerCase();
  if (isElementTag(tag)) await loadElement(tag); // an element whose code loads on demand
  const element = isElementTag(tag) ? customElements.get(tag) : undefined;
  if (!element) {
    warnOnce(`data-career-widget="${tag.slice(0, 40)}" is not a career widget; the placeholder is left as it is.`);
    return;
  }
  // A page builder may add a thousand placeholders at once: they are upgraded a slice at a time.
  await inSlice(() => replace(placeholder, tag, element));
}

function replace(placeholder: Element, tag: string, element: CustomElementConstructor): void {
  if (!placeholder.isConnected || !placeholder.hasAttribute('data-career-widget')) return; // gone, or done meanwhile
  const observed = new Set((element as {observedAttributes?: string[]}).observedAttributes ?? []);
  const allowed = allowedByPage();
  // Settings that change where the data comes from or what is written outside the widget: the page's to give.
  const refused = new Set(trustedSettings(element).filter((name) => !allowed.has(name)));
  const ignored: string[] = [];
  const widget = document.createElement(tag);
  for (const {name, value} of [...placeholder.attributes]) {
    if (KEPT.includes(name)) {
      widget.setAttribute(name, value);
    } else if (name.startsWith('data-')) {
      const bare = name.slice(5);
      if (RESERVED.has(bare)) continue;
      if (refused.has(bare)) {
        ignored.push(bare);
        continue;
      }
      // A documented attribute becomes itself; other data-* (the host's own scripts) stay data-*.
      widget.setAttribute(observed.has(bare) ? bare : name, value);
    }
  }
  // An inline overlay (a JSON script child) is host content like the `overlay` attribute.
  const children = [...placeholder.childNodes].filter((child) => {
    const inlineOverlay = child instanceof Element && child.localName === 'script' && refused.has('overlay');
    if (inlineOverlay) ignored.push('an inline overlay');
    return !inlineOverlay;
  });
  if (ignored.length) {
    warnOnce(
      `a placeholder for <${tag}> cannot set ${ignored.join(', ')} unless the page allows it in its head: ` +
        `<meta name="${PLACEHOLDERS_META_NAME}" content="${ignored.filter((n) => !n.includes(' ')).join(' ') || 'overlay'}">. Ignored.`,
    );
  }
  widget.append(...children);
  placeholder.replaceWith(widget);
}
