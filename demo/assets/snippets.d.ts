// Types of snippets.js (plain JS so the builder runs without a build step), for the tests.
export interface SnippetSpec {
  tag: string;
  attributes: [string, string][];
  styles: [string, string][];
  scriptUrl: string;
  occupation: string;
  fallback: string;
}
export function likelyFile(code: string): string;
export function resourceHints(spec: Pick<SnippetSpec, 'scriptUrl' | 'occupation'> & {tag?: string}): string;
export function themeCss(spec: Pick<SnippetSpec, 'tag' | 'styles'>): string;
export function elementSnippet(spec: SnippetSpec): string;
export function placeholder(spec: SnippetSpec): string;
export function cmsSnippet(spec: SnippetSpec): string;
export function recipe(spec: SnippetSpec): string;
export function fallbackHtml(spec: Pick<SnippetSpec, 'fallback'>): string;
export function prerenderedSnippet(spec: SnippetSpec, prerendered: string): string;
