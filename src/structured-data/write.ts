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
 * A Trusted Types policy that passes our own JSON through (it is built by `jsonLdText`, never from markup), shared
 * by every copy of the bundle on the page; `undefined` where the browser has no Trusted Types, `null` where the
 * page's CSP does not allow the policy.
 */
export function policy(): ScriptPolicy | null | undefined {
  const tt = (globalThis as TrustedTypesGlobal).trustedTypes;
  if (!tt) return undefined;
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] === undefined) {
    try {
      holder[POLICY_KEY] = tt.createPolicy(POLICY_NAME, {createScript: (json) => json});
    } catch {
      holder[POLICY_KEY] = null;
    }
  }
  return holder[POLICY_KEY];
}

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
