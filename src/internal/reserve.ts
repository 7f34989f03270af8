import {ELEMENTS, type ElementTag, isElementTag, specOf} from '../elements/registry.js';

/** Space below a widget that something follows, so two widgets (or a widget and the host's text) never touch (the same as `:host(:not(:last-child))` in base.styles.ts). */
export const WIDGET_GAP = 'calc(var(--cw-space, 1em) * 1.5)';

/**
 * The `:not(:defined)` rules that keep each element's room (its registry line's `height`, and `tallerWith`) for
 * these tags (and, with `placeholders`, for their CMS-safe placeholders). Also shipped as `dist/career-widgets.css`
 * (scripts/reserve-css.mjs): a page that links it has the room from its very first paint, even before the script
 * has run. Inside `:where()`: any rule of the host's own for the element wins.
 */
export function reserveCss(tags: readonly string[] = Object.keys(ELEMENTS), placeholders = false): string {
  const known = tags.filter(isElementTag);
  if (!known.length) return '';
  // The space a widget keeps below itself when something follows it (base.styles.ts), kept from the first paint too.
  const waiting = known.map((tag) => `${tag}:not(:defined)`).concat(placeholders ? ['[data-career-widget]'] : []);
  const gap = `:where(${waiting.join(',')}):not(:last-child){margin-block-end:${WIDGET_GAP}}`;
  return known
    .map((tag: ElementTag) => {
      const {height, tallerWith} = specOf(tag);
      const selector = placeholders ? `${tag}:not(:defined),[data-career-widget="${tag}"]` : `${tag}:not(:defined)`;
      const rule = `:where(${selector}){display:flow-root;min-height:var(--cw-loading-height,${height}em)}`;
      if (!tallerWith) return rule;
      const {attribute: name, height: taller} = tallerWith;
      const tallerSelector = placeholders ? `${tag}[${name}]:not(:defined),[data-career-widget="${tag}"][data-${name}]` : `${tag}[${name}]:not(:defined)`;
      return `${rule}\n:where(${tallerSelector}){min-height:var(--cw-loading-height,${taller}em)}`;
    })
    .concat(gap)
    .join('\n');
}

/**
 * Reserves that space for the tags before their code has arrived (`:not(:defined)`), from the entry: the page's
 * first paint then already has the room, and the upgrade to the element's own placeholder of the same height
 * moves nothing. An adopted style sheet, which a strict `style-src` allows (unlike a `<style>` element).
 */
export function reserveSpace(tags: readonly string[], doc: Document = document): void {
  const rules = reserveCss(tags);
  if (!rules) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable style sheets: the page still works, it may move once while loading.
  }
}
