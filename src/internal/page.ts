import {isServer} from 'lit';

/**
 * What a widget reads from the page around it: its base URL, the `<meta>` settings (`career-widgets-source`,
 * `-timeout`, `-overlay`, `-messages`) and the language it sits in. In the browser that is the document; on a
 * server that pre-renders a page there is no document, so the pre-renderer describes the page, element by element.
 */
export interface ServerPage {
  /** The page's URL, against which relative URLs resolve. */
  base: string;
  /** The `lang` in force where the element being rendered sits (its ancestors', else `<html lang>`); empty: none. */
  lang: string;
  /** The page's `<meta name="…" content="…">` settings, by name (the first of each name). */
  meta: Readonly<Record<string, string>>;
  /** The ids that a widget (`for`) or a CMS placeholder (`data-for`) in the page follows. */
  followed?: ReadonlySet<string>;
}

let serverPage: ServerPage = {base: 'https://localhost/', lang: '', meta: {}};

/** On a server: describes the page (and the place in it) of the element about to be pre-rendered. */
export function setServerPage(page: ServerPage): void {
  serverPage = page;
}

/** The page's base URL (`document.baseURI`). */
export const pageBase = (): string => (isServer ? serverPage.base : document.baseURI);

/** The trimmed content of the page's `<meta name="NAME">`, or undefined when it has none (or an empty one). */
export function pageMeta(name: string): string | undefined {
  const content = isServer ? serverPage.meta[name] : document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  return content?.trim() || undefined;
}

/** The language the page declares around a widget that has no `lang` of its own up its own tree. */
export const pageLang = (): string => (isServer ? serverPage.lang : document.documentElement.lang).trim();

/** On a server: whether a widget or placeholder in the page follows the element with this id (see hasFollower). */
export const serverPageFollows = (id: string): boolean => serverPage.followed?.has(id) ?? false;
