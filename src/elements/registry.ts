/**
 * Every element of the library, by tag: the one list that the script-tag entry's loaders (the build reads the tags
 * here and loads `src/elements/<tag>/<tag>.ts` for each), the reserved room (src/internal/reserve.ts and
 * dist/career-widgets.css), the early data requests (src/internal/prefetch.ts), auto-mount's allowed tags, the
 * demo index and every test matrix (tests/support/elements.ts) read. An element is one folder plus one line here;
 * a test fails when the package entry (src/index.ts), a test fixture or the folder itself is missing.
 *
 * This module imports nothing, so an element's own code can read its line (its loading height) and the build can
 * read the list without bundling anything.
 */
export interface ElementSpec {
  /**
   * Room kept while the element loads, in em of its font size, before its code has arrived and after (its loading
   * placeholder): about its usual content at desktop width, so what follows stays put when the data arrives. (A
   * profile on a phone is taller still, but then whatever follows it is off screen either way.) A host sets
   * `--cw-loading-height` on an element it knows is shorter or taller.
   */
  readonly height: number;
  /** Taller room when the element has this attribute (the search with its filters). */
  readonly tallerWith?: {readonly attribute: string; readonly height: number};
  /**
   * The attribute that names the data the element shows, by what it names (an occupation, a program, a region's
   * list), or the search's first tier of titles: the entry requests that data while the element's code is still on
   * its way (with the `source`, `timeout` and `fallback` every widget reads).
   */
  readonly data?: {readonly occupation: string} | {readonly program: string} | {readonly region: string} | {readonly titles: 'first'};
}

export const ELEMENTS = {
  'career-compare': {height: 80}, // two careers: chart and table
  'career-explorer': {height: 40, tallerWith: {attribute: 'filters', height: 52}, data: {region: 'region'}}, // about twenty careers
  'career-profile': {height: 110, data: {occupation: 'occupation'}},
  'career-search': {height: 6, tallerWith: {attribute: 'filters', height: 10}, data: {titles: 'first'}}, // the field and its hint; it has no loading state
  'program-careers': {height: 36, data: {program: 'cip'}}, // five careers
  'skill-list': {height: 36, data: {occupation: 'occupation'}},
  'wage-range': {height: 56, data: {occupation: 'occupation'}},
} as const satisfies Record<string, ElementSpec>;

/** The tag of an element of this library. */
export type ElementTag = keyof typeof ELEMENTS;

/** Whether `tag` is one of this library's elements (an own property: `constructor` is not a tag). */
export const isElementTag = (tag: string): tag is ElementTag => Object.hasOwn(ELEMENTS, tag);

/** The registry line of a tag, typed as the general shape (optional fields readable on every line). */
export const specOf = (tag: ElementTag): ElementSpec => ELEMENTS[tag];
