import {html, render} from 'lit';

const LIT_POLICY_KEY = Symbol.for('career-widgets.lit-policy'); // set by the bundle's Lit once it has its policy
const WARNED_KEY = Symbol.for('career-widgets.cannot-render');
type Marks = typeof globalThis & {[LIT_POLICY_KEY]?: unknown; [WARNED_KEY]?: boolean};

let verdict: boolean | undefined;

/**
 * Whether this copy of Lit can render on this page. Under Trusted Types (`require-trusted-types-for 'script'`) Lit
 * needs its `lit-html` policy, which it creates when its module runs: where the page's `trusted-types` list does not
 * allow it (`'none'`, only the site's own policies, another copy of Lit holding the name), every widget would throw
 * into the page and hide the host's fallback content under an empty shadow root. When the bundle's Lit has no
 * policy, the entry asks once, by rendering one tiny template off the page (a page that does not enforce Trusted
 * Types passes without a report), and defines no element when it fails: the host's content stays as it is, and
 * one console warning per page names the policy to allow.
 */
export function canRender(): boolean {
  if (verdict !== undefined) return verdict;
  verdict = true;
  const marks = globalThis as Marks;
  // The policy is ours (this copy's, or an earlier copy's, whose elements then serve the page): nothing to ask.
  if (typeof document === 'undefined' || !('trustedTypes' in globalThis) || marks[LIT_POLICY_KEY]) return verdict;
  try {
    const probe = document.createElement('div');
    render(html`<i>${'ok'}</i>`, probe);
    verdict = probe.textContent === 'ok'; // a default policy that rewrites Lit's markup breaks it as surely
  } catch {
    verdict = false;
  }
  if (!verdict && !marks[WARNED_KEY]) {
    marks[WARNED_KEY] = true;
    console.warn(`[career-widgets] Trusted Types: this page does not allow the policy "lit-html", so the widgets show your fallback content. Add lit-html to its trusted-types directive (with 'allow-duplicates' if another Lit runs here).`);
  }
  return verdict;
}
