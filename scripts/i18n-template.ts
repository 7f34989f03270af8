// `npm run i18n` (tsx): writes, from the English catalog (src/internal/messages.ts and every element's part in
// src/internal/messages/) and the dataset (data/v1):
//  1. docs/i18n/template.json: a host catalog listing every message key with its English text, function-valued
//     messages with {named} placeholders, and every term of the data's fixed vocabularies: copy it, set "lang",
//     translate the values, delete what you leave in English.
//  2. src/internal/catalogs/params.ts: the placeholder names of each function-valued message, which the
//     minified bundle cannot read from the functions themselves, and the key of every text message: what a
//     host catalog is compiled against, whichever elements' English parts a page has loaded.
// `npm run i18n -- --check` writes nothing and fails when either file is out of date (the test suite runs it).
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CATALOG_FORMAT} from '../src/data/catalog.js';
import {en} from '../src/internal/messages.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const MAPS = new Set(['terms', 'regions']); // open-ended maps keyed by the data's English text or state code

/**
 * `(title, period) => ...` -> ['title', 'period'] (the source's names; tsx does not minify). A leading `_` marks an
 * argument English does not show (TypeScript's unused-parameter rule); other languages may: `_to` is `{to}`.
 */
export function paramNames(fn: Function): string[] {
  const match = /^(?:function[^(]*)?\(?([^)=]*)\)?\s*=>|^function[^(]*\(([^)]*)\)/.exec(fn.toString());
  return (match?.[1] ?? match?.[2] ?? '')
    .split(',')
    .map((p) =>
      p
        .replace(/[:=].*$/s, '')
        .trim()
        .replace(/^_/, ''),
    )
    .filter(Boolean);
}

// Every element's English part joins `en` when imported; two parts defining one key would silently shadow.
const seen = new Map<string, string>(Object.keys(en).map((key) => [key, 'messages.ts']));
for (const name of readdirSync(join(ROOT, 'src/internal/messages')).sort()) {
  const part = await import(`../src/internal/messages/${name}`);
  for (const value of Object.values(part)) {
    for (const key of Object.keys(value as object)) {
      if (seen.has(key)) throw new Error(`message "${key}" is defined in both ${seen.get(key)} and messages/${name}`);
      seen.set(key, `messages/${name}`);
    }
  }
}

const messages: Record<string, unknown> = {};
const params: Record<string, string[]> = {};
const texts: string[] = [];
(function walk(node: Record<string, unknown>, prefix: string) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix + key;
    if (MAPS.has(path) || path === 'lang') continue;
    if (typeof value === 'function') {
      const names = paramNames(value);
      params[path] = names;
      const text = String(value(...names.map((n) => `{${n}}`)));
      // A message that cuts or changes an argument (`to.slice(-2)`) would hand translators a broken placeholder.
      if (/[{}]/.test(names.reduce((rest, n) => rest.replaceAll(`{${n}}`, ''), text))) {
        throw new Error(`${path}: the English message alters a placeholder ("${text}"); pass the value it shows as an argument instead`);
      }
      messages[path] = names.includes('count') ? {one: text, other: text} : text;
    } else if (typeof value === 'object' && value !== null) walk(value as Record<string, unknown>, `${path}.`);
    else {
      messages[path] = value;
      texts.push(path);
    }
  }
})(en, '');

/** Every value of the data's fixed vocabularies the library renders, so a translator sees them all. */
function vocabulary(): Record<string, string> {
  const dir = join(ROOT, 'data/v1');
  const terms = new Set<string>();
  // (Job zones show as preparation levels, in the catalog's own words: `preparationLevel`, `preparationMeaning`.)
  // The search's field-of-work filter lists the SOC major groups.
  for (const group of JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).majorGroups ?? []) terms.add(group.title);
  for (const name of readdirSync(join(dir, 'occupations')).sort()) {
    const occupation = JSON.parse(readFileSync(join(dir, 'occupations', name), 'utf8'));
    const bls = occupation.education?.bls;
    if (bls) for (const v of [bls.typicalEntry, bls.workExperience, bls.onTheJobTraining]) terms.add(v);
    for (const share of occupation.education?.distribution ?? []) terms.add(String(share.label).split(' - ')[0]!.trim());
    for (const skill of occupation.blsSkills ?? []) terms.add(skill.name);
    for (const course of occupation.courses?.courses ?? []) terms.add(course);
  }
  return Object.fromEntries([...terms].sort().map((t) => [t, t]));
}

const regions = JSON.parse(readFileSync(join(ROOT, 'data/v1/meta.json'), 'utf8')).regions as Record<string, string>;
const template = {
  $comment:
    'Template for a career-widgets messages catalog: set "lang", translate the values, keep {placeholders} as they are, delete what you leave in English (English is shown for it). See docs/i18n/README.md.',
  format: CATALOG_FORMAT,
  lang: 'xx',
  messages,
  terms: vocabulary(),
  regions,
};

const outputs: [string, string][] = [
  ['docs/i18n/template.json', `${JSON.stringify(template, null, 2)}\n`],
  [
    'src/internal/catalogs/params.ts',
    `// Generated by \`npm run i18n\` from src/internal/messages.ts and src/internal/messages/: do not edit.\n` +
      `/** Placeholder names of each function-valued message, in argument order (host catalogs write {name}). */\n` +
      `export const PARAMS: Record<string, readonly string[]> = {\n` +
      Object.entries(params)
        .map(([key, names]) => `  ${/^\w+$/.test(key) ? key : `'${key}'`}: [${names.map((n) => `'${n}'`).join(', ')}],\n`)
        .join('') +
      `};\n` +
      `/** Keys of the text messages (a host catalog's other keys are unknown to this version). */\n` +
      `export const TEXTS: readonly string[] = [\n${texts.map((path) => `  ${JSON.stringify(path)},\n`).join('')}];\n`,
  ],
];

let stale = 0;
for (const [file, content] of outputs) {
  const path = join(ROOT, file);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    console.error(`${file} is out of date: run npm run i18n`);
    stale++;
  } else {
    writeFileSync(path, content);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
