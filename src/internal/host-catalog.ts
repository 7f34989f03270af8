import {type CatalogMessage, type CatalogSource, type HostCatalog, loadCatalog, validateCatalog} from '../data/catalog.js';
import {PARAMS, TEXTS} from './catalogs/params.js';
import {en, type Messages} from './messages.js';
import {plural, type PluralForms} from './plural.js';
import {pageBase} from './page.js';

/**
 * Turns a host's JSON catalog into the messages it translates: every message key of this version (generated
 * into catalogs/params.ts, so the English of elements not loaded yet counts too) is looked up in the host's;
 * text stays text, `{placeholders}` and plural forms become functions of the same arguments as the English
 * message. What the host leaves out is filled in by i18n.ts from `base` (the built-in catalog of that language)
 * and English; ONE console note names the keys that fall back to English. Loaded only by pages that register a
 * host catalog.
 */
export async function hostCatalog(key: string, source: CatalogSource, base: Messages): Promise<Messages> {
  const catalog = typeof source === 'string' ? await loadCatalog(new URL(source, pageBase()).href) : validateCatalog(source, `registerMessages("${key}")`);
  const compiled = compile(catalog) as Messages;
  compiled.lang = catalog.lang;
  compiled.terms = {...base.terms, ...catalog.terms};
  compiled.regions = {...base.regions, ...catalog.regions};
  if (catalog.search) compiled.searchVocabulary = {lang: catalog.lang, ...catalog.search};
  if (catalog.lang.toLowerCase().split('-')[0] !== key.split('-')[0]) {
    console.warn(`[career-widgets] the catalog registered for "${key}" says it is "${catalog.lang}".`);
  }
  const known = new Set([...TEXTS, ...Object.keys(PARAMS)]);
  const unknown = Object.keys(catalog.messages).filter((path) => !known.has(path));
  if (unknown.length) console.warn(`[career-widgets] the "${key}" catalog has messages this version does not use: ${unknown.join(', ')}.`);
  const missing = [...known].filter((path) => catalog.messages[path] === undefined);
  if (missing.length && base === en) {
    console.info(`[career-widgets] the "${key}" catalog has no text for ${missing.length} messages; English is shown for: ${missing.join(', ')}.`);
  }
  return compiled; // i18n.ts fills in what the host left out
}

/**
 * The host's own messages as a catalog object: `sections.overview` becomes `sections: {overview}`, and
 * `explorerDirection.title.ascending` three levels; a message
 * with placeholders or plural forms becomes a function of the same arguments as the English one.
 */
function compile(catalog: HostCatalog): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, params] of [...TEXTS.map((path) => [path, undefined] as const), ...Object.entries(PARAMS)]) {
    const own = catalog.messages[path];
    if (own === undefined) continue;
    // Groups nest as deep as the English ones (`explorerDirection.title.ascending`); the paths are this version's own.
    const names = path.split('.');
    let group = out;
    for (const name of names.slice(0, -1)) group = (group[name] ??= {}) as Record<string, unknown>;
    group[names.at(-1)!] = params ? template(own, params, catalog.lang) : typeof own === 'string' ? own : own.other;
  }
  return out;
}

/** `"Mushahar: {title}"` -> `(title) => "Mushahar: " + title`; `{0}`, `{1}` also name arguments by position. */
function template(message: CatalogMessage, names: readonly string[], lang: string) {
  return (...args: unknown[]) => {
    const fill = (text: string) =>
      text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const index = /^\d+$/.test(name) ? Number(name) : names.indexOf(name);
        return index >= 0 && index < args.length ? String(args[index]) : whole;
      });
    if (typeof message === 'string') return fill(message);
    const countAt = names.indexOf('count');
    const count = Number(args[countAt >= 0 ? countAt : args.findIndex((a) => typeof a === 'number')]);
    return fill(plural(lang, Number.isFinite(count) ? count : 0, message as PluralForms));
  };
}
