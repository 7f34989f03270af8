import {isServer} from 'lit';
import type {CatalogSource} from '../data/catalog.js';
import {borrowEnglish, fillFrom} from './english.js';
import {en, type Messages} from './messages.js';

/**
 * Which catalog of messages serves which language. English is in the entry; every other catalog is loaded the
 * first time a widget on the page needs it, so an English-only page pays nothing for languages it never shows:
 * - built in: Spanish (`catalogs/es.ts`, its own chunk);
 * - from the host: a JSON catalog per language (docs/i18n/README.md), registered with
 *   `<meta name="career-widgets-messages" content="URL" data-lang="so">` or `registerMessages('so', url)`.
 *   A host catalog for a built-in language (`es`) overrides single messages of it.
 */

/** Name of the `<meta>` tag through which a host adds (or adjusts) a language. */
export const MESSAGES_META_NAME = 'career-widgets-messages';

export type {CatalogSource};

/** The catalogs the library ships besides English (which is in the entry), each its own chunk. */
const BUILT_IN = {
  es: () => import('./catalogs/es.js').then((module) => module.es),
} satisfies Record<string, () => Promise<Messages>>;

/** The languages the library ships, English first: the one list (locale.ts reads it too). */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(BUILT_IN)];

const isBuiltIn = (key: string): key is keyof typeof BUILT_IN => Object.hasOwn(BUILT_IN, key);

const ready = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<Messages>>();
const hostSources = new Map<string, CatalogSource>();
const listeners = new Set<() => void>();
const metaSeen = new WeakSet<Element>();

/** Lower-cased, `_` read as `-` (`es_MX` -> `es-mx`). */
const normalise = (lang: string) => lang.trim().toLowerCase().replace(/_/g, '-');

/**
 * The catalog that serves `lang`: a catalog registered for the exact tag (`pt-br`), else for its language
 * (`es-MX` -> `es`), else English. Nothing declared anywhere on the page means English.
 */
export function catalogKey(lang: string): string {
  readMetaTags();
  const tag = normalise(lang);
  if (!tag) return 'en';
  const base = tag.split('-')[0]!;
  for (const key of [tag, base]) if (ready.has(key) || hostSources.has(key) || isBuiltIn(key)) return key;
  return 'en';
}

/** The catalog for a key from `catalogKey`, if it is in memory; else undefined (then call `loadMessages`). */
export function messagesFor(key: string): Messages | undefined {
  return ready.get(key);
}

/** Loads a catalog once per page, whichever widget asks first; a catalog that fails to load falls back to English. */
export function loadMessages(key: string): Promise<Messages> {
  const done = ready.get(key);
  if (done) return Promise.resolve(done);
  let request = pending.get(key);
  if (!request) {
    request = load(key)
      .catch((error: unknown) => {
        console.warn(`[career-widgets] messages for "${key}" could not be loaded; English is shown. ${(error as Error)?.message ?? error}`);
        return en;
      })
      .then((messages) => {
        borrowEnglish(messages); // English for what a host catalog left out, elements loaded now and later included
        ready.set(key, messages);
        pending.delete(key);
        return messages;
      });
    pending.set(key, request);
  }
  return request;
}

async function load(key: string): Promise<Messages> {
  const builtIn = isBuiltIn(key) ? BUILT_IN[key] : undefined;
  const source = hostSources.get(key);
  const base = builtIn ? await builtIn() : en;
  if (source === undefined) return base;
  // The host-catalog compiler (validation, placeholders, plurals) is only fetched by pages that use one.
  const {hostCatalog} = await import('./host-catalog.js');
  const messages = await hostCatalog(key, source, base);
  fillFrom(messages, base); // what the host left out: the built-in catalog's text (English is filled in after)
  return messages;
}

/**
 * Adds a language (or adjusts a built-in one) from a catalog in the documented JSON format: a URL (fetched and
 * validated like the dataset) or the object itself. Widgets already showing that language re-render.
 */
export function registerMessages(lang: string, source: CatalogSource): void {
  const key = normalise(lang);
  if (!key) return;
  hostSources.set(key, source);
  ready.delete(key);
  pending.delete(key);
  for (const listener of listeners) listener();
}

/** Called whenever a catalog is registered, so widgets re-render in it. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `<meta name="career-widgets-messages" content="URL" data-lang="so">` tags in the page, each read once. (A server
 * that pre-renders has no page to read: it leaves widgets in a host's language for the browser.)
 */
function readMetaTags(): void {
  if (isServer) return;
  for (const meta of document.querySelectorAll<HTMLMetaElement>(`meta[name="${MESSAGES_META_NAME}"]`)) {
    if (metaSeen.has(meta)) continue;
    metaSeen.add(meta);
    const lang = meta.dataset.lang ?? '';
    const content = meta.content.trim();
    let url = '';
    try {
      url = content && new URL(content, document.baseURI).href;
    } catch {
      // not a URL (a typo in the host's tag must not throw into the page): warned below
    }
    if (lang.trim() && url) {
      const key = normalise(lang);
      hostSources.set(key, url);
      ready.delete(key); // a language already in use is reloaded with the host's catalog over it
    } else console.warn(`[career-widgets] <meta name="${MESSAGES_META_NAME}" content="${content}"> needs a URL and data-lang="LANGUAGE".`);
  }
}
