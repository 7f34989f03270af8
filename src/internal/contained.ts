/**
 * What the entry does on a page where its Lit cannot render (render-check.ts), loaded only there: no element is
 * defined, so the host's own content inside each tag and CMS placeholder shows; the room kept for widgets that will
 * not come is given back (whatever dist/career-widgets.css or a snippet's rule reserved), and one console warning
 * per page names the policy to allow.
 */
import loaders from 'career-widgets:elements';

const WARNED_KEY = Symbol.for('career-widgets.cannot-render');

// Runs when loaded (a module with an effect is kept as its own chunk, not merged into the entry).
contain(Object.keys(loaders));

function contain(tags: readonly string[]): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:is(${tags.join(',')}):not(:defined),[data-career-widget]{min-height:auto!important}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable style sheets: the fallback content shows, in the room kept for the widget.
  }
  const marks = globalThis as {[WARNED_KEY]?: boolean};
  if (marks[WARNED_KEY]) return;
  marks[WARNED_KEY] = true;
  console.warn(
    '[career-widgets] Trusted Types: this page does not allow the policy "lit-html", so the widgets show your fallback ' +
      "content. Add lit-html to the trusted-types directive of its Content-Security-Policy (with 'allow-duplicates' if " +
      'another copy of Lit runs on the page).',
  );
}
