/**
 * career-widgets: the one-script-tag entry (dist/career-widgets.js). It holds what every widget shares (Lit, the
 * data layer, the base element) and loads each element's own code when its tag (or a CMS placeholder naming it)
 * appears in the page; the loaders are generated at build time from the element registry
 * (src/elements/registry.ts), so a new element needs no change here. Sites with their own bundler import
 * src/index.ts (the package entry) instead.
 */
import loaders from 'career-widgets:elements';
import {watchForMarkup} from './auto-mount/watch.js';
import {defineLazy} from './internal/define.js';
import {canRender} from './internal/render-check.js';
import {reserveSpace} from './internal/reserve.js';

export * from './data/index.js';
export type {
  CareerErrorDetail,
  CareerErrorEvent,
  CareerLoadDetail,
  CareerLoadEvent,
  CareerSelectDetail,
  CareerSelectEvent,
  CareerSelectVia,
} from './internal/events.js';
export {VERSION} from './internal/version.js';
export {loadElement} from './internal/define.js';
export {registerMessages, type CatalogSource} from './internal/i18n.js';
// What every element shares (Lit, @lit/task, the base element, messages, styles) stays in the entry, so an
// element's chunk is one request with nothing behind it.
export {CareerElement} from './internal/career-element.js';

if (canRender()) {
  defineLazy(loaders);
  if (typeof document !== 'undefined') {
    reserveSpace(Object.keys(loaders));
    watchForMarkup();
  }
} else {
  // No element is defined: the host's own content shows (see render-check.ts and contained.ts).
  import('./internal/contained.js').catch(() => undefined);
}
