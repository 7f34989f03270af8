import {html, render} from 'lit';

/** Set by the script-tag bundle's Lit once it has its Trusted Types policy (scripts/rollup-plugins.mjs). */
const LIT_POLICY_KEY = Symbol.for('career-widgets.lit-policy');

/**
 * Whether this copy of Lit can render on this page. Under Trusted Types (`require-trusted-types-for 'script'`) Lit
 * needs its `lit-html` policy, which it creates when its module runs: where the page's `trusted-types` list does not
 * allow it (`'none'`, only the site's own policies, another copy of Lit holding the name), every widget would throw
 * into the page and hide the host's fallback content under an empty shadow root. So when the bundle's Lit has no
 * policy (or the browser has no Trusted Types), the entry asks once, by rendering one tiny template off the page (a
 * page that does not enforce Trusted Types passes without a report); when that fails it defines no element (see
 * contained.ts).
 */
export function canRender(): boolean {
  if (typeof document === 'undefined' || (globalThis as {[LIT_POLICY_KEY]?: unknown})[LIT_POLICY_KEY]) return true;
  try {
    const probe = document.createElement('div');
    render(html`<i>${'ok'}</i>`, probe);
    return probe.textContent === 'ok'; // a default policy that rewrites Lit's markup breaks it as surely
  } catch {
    return false;
  }
}
