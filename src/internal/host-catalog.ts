import {type CatalogMessage, type HostCatalog, loadCatalog, validateCatalog} from '../data/catalog.js';
import {PARAMS} from './catalogs/params.js';
import type {CatalogSource} from './i18n.js';
import {en, type Messages} from './messages.js';
import {plural, type PluralForms} from './plural.js';

/**
 * Turns a host's JSON catalog into a `Messages` object: every key of the English catalog is looked up in the
 * host's; text stays text, `{placeholders}` and plural forms become functions of the same arguments as the
 * English message. What the host leaves out comes from `base` (the built-in catalog of that language, else
 * English), and ONE console note names the keys that fell back to English. Loaded only by pages that register
 * a host catalog.
 */
export async function hostCatalog(key: string, source: CatalogSource, base: Messages): Promise<Messages> {
  const catalog =
    typeof source === 'string' ? await loadCatalog(new URL(source, document.baseURI).href) : validateCatalog(source, `registerMessages("${key}")`);
  const missing: string[] = [];
  const unknown = new Set(Object.keys(catalog.messages));
  const compiled = compile(en, base, catalog, '', missing, unknown) as Messages;
  compiled.lang = catalog.lang;
  compiled.terms = {...base.terms, ...catalog.terms};
  compiled.regions = {...base.regions, ...catalog.regions};
  if (catalog.lang.toLowerCase().split('-')[0] !== key.split('-')[0]) {
    console.warn(`[career-widgets] the catalog registered for "${key}" says it is "${catalog.lang}".`);
  }
  if (unknown.size) console.warn(`[career-widgets] the "${key}" catalog has messages this version does not use: ${[...unknown].join(', ')}.`);
  if (missing.length && base === en) {
    console.info(`[career-widgets] the "${key}" catalog has no text for ${missing.length} messages; English is shown for: ${missing.join(', ')}.`);
  }
  return compiled;
}

const SKIP = new Set(['lang', 'terms', 'regions']);

function compile(reference: object, base: object, catalog: HostCatalog, prefix: string, missing: string[], unknown: Set<string>): object {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(reference)) {
    const path = prefix + name;
    const fallback = (base as Record<string, unknown>)[name];
    if (SKIP.has(path)) {
      out[name] = fallback;
      continue;
    }
    if (typeof value === 'object' && value !== null) {
      out[name] = compile(value, fallback as object, catalog, `${path}.`, missing, unknown);
      continue;
    }
    unknown.delete(path);
    const own = catalog.messages[path];
    if (own === undefined) {
      missing.push(path);
      out[name] = fallback;
    } else {
      out[name] = typeof value === 'function' ? template(own, PARAMS[path] ?? [], catalog.lang) : typeof own === 'string' ? own : own.other;
    }
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
