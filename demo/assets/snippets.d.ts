// Types of snippets.js (plain JS so the builder runs without a build step), for the tests.
export interface FallbackLink {
  href: string;
  text: string;
}
export interface SnippetSpec {
  tag: string;
  /** The element's id, when a follower shows its choice. */
  id?: string;
  attributes: [string, string][];
  styles: [string, string][];
  scriptUrl: string;
  occupation: string;
  fallback: string;
  /** The chosen attributes a CMS placeholder may set only where the page's head allows them. */
  trusted?: string[];
  links?: FallbackLink[];
  /** A widget that follows the element (`for` = id), written after it. */
  follower?: {tag: string; attributes: [string, string][]};
  reserveEm?: number;
}
/** The script URL normalised (absolute http(s), no credentials), or the problem to show instead. */
export function checkScriptUrl(text: string): {url: string; problem?: undefined} | {url?: undefined; problem: string};
export function placeholdersMeta(spec: Pick<SnippetSpec, 'trusted'>): string;
export function likelyFile(code: string): string;
export function onetUrl(code: string): string;
export function fallbackLinks(choice: {
  tag: string;
  occupation?: string;
  title?: string;
  careers?: {code: string; title?: string}[];
  cip?: string;
}): FallbackLink[];
export function resourceHints(spec: Pick<SnippetSpec, 'scriptUrl' | 'occupation'> & {tag?: string; follower?: SnippetSpec['follower']}): string;
export function themeCss(spec: Pick<SnippetSpec, 'tag' | 'styles'>): string;
/** The flavours are '' when the script URL cannot go into a snippet (see checkScriptUrl). */
export function elementSnippet(spec: SnippetSpec): string;
export function placeholder(spec: SnippetSpec): string;
export function cmsSnippet(spec: SnippetSpec): string;
export function recipe(spec: SnippetSpec): string;
export function fallbackHtml(spec: Pick<SnippetSpec, 'fallback' | 'links'>): string;
export function prerenderedSnippet(spec: SnippetSpec, prerendered: string): string;
