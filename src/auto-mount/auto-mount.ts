import {isElementTag} from '../elements/registry.js';
import {loadElement} from '../internal/define.js';
import {MOUNT_SELECTOR} from './selector.js';

/** The host's own attributes of the placeholder that the element keeps as they are (not `data-` renamed). */
const KEPT = ['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden'];
/** `data-` names the element itself owns; a placeholder must not preset them. */
const RESERVED = new Set(['career-widget', 'state']);

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
  if (!placeholder.isConnected || !placeholder.hasAttribute('data-career-widget')) return; // gone, or done meanwhile
  const observed = new Set((element as {observedAttributes?: string[]}).observedAttributes ?? []);
  const widget = document.createElement(tag);
  for (const {name, value} of [...placeholder.attributes]) {
    if (KEPT.includes(name)) {
      widget.setAttribute(name, value);
    } else if (name.startsWith('data-')) {
      const bare = name.slice(5);
      if (RESERVED.has(bare)) continue;
      // A documented attribute becomes itself; other data-* (the host's own scripts) stay data-*.
      widget.setAttribute(observed.has(bare) ? bare : name, value);
    }
  }
  widget.append(...placeholder.childNodes);
  placeholder.replaceWith(widget);
}
