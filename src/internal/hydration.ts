/**
 * Lit's hydration support (`@lit-labs/ssr-client`), applied to this library's own LitElement: a lazy chunk, loaded
 * only by pages with pre-rendered widgets, before their elements are defined (see define.ts). Lit's module sets a
 * global hook for the next LitElement to load; the page's own Lit (if any) is not this library's business, so the
 * hook is put back as it was and called here for this copy of Lit alone.
 */
import {pageHydrationHook} from './hydration-hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';
import {readSeeds} from './seeds.js';
import {takeOver} from './take-over.js';
import {setTakeOver} from './take-over-hook.js';

type Hook = (lit: {LitElement: typeof LitElement}) => void;
const global = globalThis as {litElementHydrateSupport?: Hook};
const install = global.litElementHydrateSupport;
global.litElementHydrateSupport = pageHydrationHook as Hook | undefined;

/**
 * Patches LitElement once, unless the page's build already did (Lit's own hook, when this copy is shared), and
 * gives the data layer the page's inline data before any widget asks for it.
 */
export function installHydration(): void {
  if (!(LitElement as unknown as {observedAttributes?: string[]}).observedAttributes?.includes('defer-hydration')) install?.({LitElement});
  setTakeOver(takeOver);
  readSeeds();
}
