import {SEED_SELECTOR} from '../internal/take-over-hook.js';
import {VERSION} from '../internal/version.js';
import type {UsedFile} from './render-element.js';

const SEED_ATTRIBUTE = SEED_SELECTOR.match(/\[(data-[a-z-]+)\]/)![1]!;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<tag name="value" …>`, values escaped; a name that is not an attribute name is refused. */
export function startTag(tag: string, attributes: Readonly<Record<string, string>>, lang?: string): string {
  const all = lang ? {...attributes, lang} : attributes;
  return `<${tag}${Object.entries(all)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`"${name}" is not an attribute name.`);
      return ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('')}>`;
}

/**
 * The inline data of the files widgets used, one block per dataset: `source` is how the widgets name that dataset
 * (their `source` attribute; empty: the page's default), which the browser resolves as they do. `<` is written as
 * `\u003c`, so no text in the data can end the script element.
 */
export function seedScripts(files: readonly UsedFile[], sourceOf: (dataset: string) => string): string {
  const byDataset = new Map<string, Map<string, unknown>>();
  for (const [dataset, path, value] of files) {
    let seed = byDataset.get(dataset);
    if (!seed) byDataset.set(dataset, (seed = new Map()));
    seed.set(path, value);
  }
  return [...byDataset]
    .map(([dataset, seed]) => {
      const json = JSON.stringify({version: VERSION, source: sourceOf(dataset), files: Object.fromEntries(seed)}).replace(/</g, '\\u003c');
      return `<script type="application/json" ${SEED_ATTRIBUTE}>${json}</script>`;
    })
    .join('');
}
