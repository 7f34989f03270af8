// Types of snippets.js (plain JS so the builder runs without a build step), for the tests.
export interface SnippetSpec {
  tag: string;
  attributes: [string, string][];
  styles: [string, string][];
  scriptUrl: string;
  occupation: string;
  fallback: string;
  /** The chosen attributes a CMS placeholder may set only where the page's head allows them. */
  trusted?: string[];
}
/** The script URL normalised (absolute http(s), no credentials), or the problem to show instead. */
export function checkScriptUrl(text: string): {url: string; problem?: undefined} | {url?: undefined; problem: string};
export function placeholdersMeta(spec: Pick<SnippetSpec, 'trusted'>): string;
export function likelyFile(code: string): string;
export function resourceHints(spec: Pick<SnippetSpec, 'scriptUrl' | 'occupation'> & {tag?: string}): string;
export function themeCss(spec: Pick<SnippetSpec, 'tag' | 'styles'>): string;
/** The flavours are '' when the script URL cannot go into a snippet (see checkScriptUrl). */
export function elementSnippet(spec: SnippetSpec): string;
export function placeholder(spec: SnippetSpec): string;
export function cmsSnippet(spec: SnippetSpec): string;
export function recipe(spec: SnippetSpec): string;
export function fallbackHtml(spec: Pick<SnippetSpec, 'fallback'>): string;
export function prerenderedSnippet(spec: SnippetSpec, prerendered: string): string;
