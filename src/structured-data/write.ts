import type {OccupationData} from '../data/dataset.js';
import {jsonLdText, occupationSchema, type SchemaOptions} from './occupation-schema.js';

/** Trusted Types policy name a host allows in its CSP (`trusted-types … career-widgets-jsonld`). */
export const POLICY_NAME = 'career-widgets-jsonld';
const MARK = 'data-career-widgets';

type ScriptPolicy = {createScript(input: string): unknown};
type TrustedTypesGlobal = {trustedTypes?: {createPolicy(name: string, rules: {createScript(input: string): string}): ScriptPolicy}};
const POLICY_KEY = Symbol.for('career-widgets.jsonld-policy');
type PolicyHolder = typeof globalThis & {[POLICY_KEY]?: ScriptPolicy | null};

let noted = false;
function note(message: string): void {
  if (noted) return;
  noted = true;
  console.info(`[career-widgets] ${message}`);
}

/**
 * Whether the page's readable CSPs (`<meta http-equiv="Content-Security-Policy">`) let us create a policy named
 * `name`: each that has a `trusted-types` directive must list it (or `*`). Asked before creating one, so a page
 * that does not allow it gets a console note and no violation report. A CSP sent as a header cannot be read by a
 * script: there the policy is tried, and the browser reports it if the page does not allow it.
 */
function metaCspAllows(name: string): boolean {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]')) {
    const directive = meta.content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([key]) => key?.toLowerCase() === 'trusted-types');
    if (directive && !directive.slice(1).some((token) => token === name || token === '*')) return false;
  }
  return true;
}

/**
 * A Trusted Types policy for our JSON-LD, shared by every copy of the bundle on the page; `undefined` where the
 * browser has no Trusted Types, `null` where the page's CSP does not allow the policy. It turns only JSON into a
 * `TrustedScript` (JSON run as a script has no effect), so the shared policy can serve nobody as a way around the
 * page's Trusted Types.
 */
export function policy(): ScriptPolicy | null | undefined {
  const tt = (globalThis as TrustedTypesGlobal).trustedTypes;
  if (!tt) return undefined;
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] === undefined) {
    try {
      holder[POLICY_KEY] = metaCspAllows(POLICY_NAME) ? tt.createPolicy(POLICY_NAME, {createScript: onlyJson}) : null;
    } catch {
      holder[POLICY_KEY] = null;
    }
  }
  return holder[POLICY_KEY];
}

const onlyJson = (text: string): string => {
  JSON.parse(text); // throws for anything that is not JSON
  return text;
};

/**
 * Writes (or replaces) the element's `<script type="application/ld+json">` in the host page's light DOM, as the
 * element's own child so it moves and goes with it (the controller decides which element owns the page's block).
 * Skips with one console note when a Trusted Types CSP does not allow {@link POLICY_NAME}.
 */
export function writeStructuredData(host: Element, data: OccupationData, options: SchemaOptions): void {
  const text = jsonLdText(occupationSchema(data, options));
  const trusted = policy();
  if (trusted === null) {
    note(`structured-data skipped: this page enforces Trusted Types; allow the policy by adding "${POLICY_NAME}" to its trusted-types directive.`);
    return;
  }
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}="structured-data"]`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, 'structured-data');
    host.append(script);
  }
  (script as {text: unknown}).text = trusted ? trusted.createScript(text) : text;
}
