// Lint (runs in Node): the theming tokens (`--cw-*` custom properties) that the source reads and the ones the docs
// promise are the same set, element by element.
//   1. Every token an element's styles read (`var(--cw-…)` in its own module and what it imports, below other
//      elements' modules: a nested element documents its own) is documented on that element (JSDoc @cssprop, from
//      which custom-elements.json and the README's tables are generated), and every documented one is read.
//      `--cw-loading-height` is read for every element of the registry: src/internal/reserve.ts writes each one's
//      room (dist/career-widgets.css and the loading placeholder) with it.
//   2. Every token the prose of README.md and docs/ names is one the source reads.
// The token reader is tested on a snippet first, so a broken regular expression cannot pass silently.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {importGraph} from './graph.js';
import {ELEMENTS} from '../../src/elements/registry.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const LOADING_HEIGHT = '--cw-loading-height';

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/**
 * The `--cw-*` tokens some source texts (an element's modules together) honour, comments aside: read by `var()`
 * straight into a declaration, or into a private property (`--_accent: var(--cw-color-accent, …)`) that the
 * texts then use (`var(--_accent)`, or by name from script: `getPropertyValue('--_bar-1')`).
 */
export function tokensRead(...sources: string[]): Set<string> {
  const code = sources.map(stripComments).join('\n');
  const aliases = new Map<string, Set<string>>(); // --_accent -> {--cw-color-accent}
  for (const [, name, token] of code.matchAll(/(--_[a-z0-9-]*[a-z0-9])\s*:\s*var\(\s*(--cw-[a-z0-9-]*[a-z0-9])/g)) {
    aliases.set(name!, (aliases.get(name!) ?? new Set()).add(token!));
  }
  const direct = [...code.matchAll(/(--_[a-z0-9-]*[a-z0-9]\s*:\s*)?var\(\s*(--cw-[a-z0-9-]*[a-z0-9])/g)].filter((m) => !m[1]).map((m) => m[2]!);
  const used = new Set([...code.matchAll(/(--_[a-z0-9-]*[a-z0-9])(?![a-z0-9-])(?!\s*:)/g)].map((m) => m[1]!));
  const tokens = new Set(direct);
  for (const [name, read] of aliases) if (used.has(name)) for (const token of read) tokens.add(token);
  return tokens;
}

const graph = importGraph(SRC);
const isElementModule = (path: string) => /^elements\/([^/]+)\/\1\.ts$/.test(path);

/** Tokens read by an element: its module and everything it imports, stopping at other elements' modules. */
function tokensOfElement(tag: string): Set<string> {
  const start = `elements/${tag}/${tag}.ts`;
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const next of graph.get(queue.shift()!) ?? []) {
      if (seen.has(next) || (isElementModule(next) && next !== start)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  const read = tokensRead(...[...seen].map((path) => readFileSync(join(SRC, path), 'utf8'))).add(LOADING_HEIGHT);
  for (const token of READ_BY_SCRIPT[tag as keyof typeof READ_BY_SCRIPT] ?? []) read.add(token);
  return read;
}

/**
 * Tokens an element reads from script rather than CSS: its chart's series colours, which it passes from
 * chart-colors.ts's SERIES_PROPERTIES (one per series it draws) to getPropertyValue. Checked against that list below.
 */
const READ_BY_SCRIPT = {
  'career-compare': ['--cw-chart-color-1', '--cw-chart-color-2', '--cw-chart-color-3', '--cw-chart-color-4'],
  'wage-range': ['--cw-chart-color-1', '--cw-chart-color-2'],
} satisfies Partial<Record<keyof typeof ELEMENTS, string[]>>;

test('the tokens read by script are the series properties of chart-colors.ts, and each element using them names them', () => {
  const series = readFileSync(join(SRC, 'internal/chart-colors.ts'), 'utf8');
  for (const [tag, tokens] of Object.entries(READ_BY_SCRIPT)) {
    for (const token of tokens) assert.ok(series.includes(`'${token}'`), `${token} (${tag}) is not in SERIES_PROPERTIES`);
    assert.match(readFileSync(join(SRC, `elements/${tag}/${tag}.ts`), 'utf8'), /SERIES_PROPERTIES/, `${tag} reads no series colours`);
  }
});

const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const documented = new Map<string, Set<string>>(
  manifest.modules
    .flatMap((m: {declarations?: {tagName?: string; cssProperties?: {name: string}[]}[]}) => m.declarations ?? [])
    .filter((d: {tagName?: string}) => d.tagName)
    .map((d: {tagName: string; cssProperties?: {name: string}[]}) => [d.tagName, new Set((d.cssProperties ?? []).map((p) => p.name))]),
);
const sorted = (set: Iterable<string>) => [...set].sort();

test('the token reader finds what the styles honour and skips comments, plain mentions and unused private names', () => {
  const found = tokensRead(
    `/* var(--cw-in-comment) */ :host { color: var(--cw-color-text, CanvasText); --_gap: var( --cw-space, 1em); --_unused: var(--cw-radius); }
    // var(--cw-line-comment)
    .row { gap: var(--_gap); }`,
    `const note = 'set --cw-not-read on it'; const bar = style.getPropertyValue('--_bar');`,
    `:host { --_bar: var(--cw-chart-color-1, var(--_accent)); }`,
  );
  assert.deepEqual(sorted(found), ['--cw-chart-color-1', '--cw-color-text', '--cw-space']);
});

for (const tag of Object.keys(ELEMENTS)) {
  test(`<${tag}> documents exactly the --cw-* tokens its styles read`, () => {
    const read = tokensOfElement(tag);
    const docs = documented.get(tag) ?? new Set<string>();
    assert.deepEqual(
      {undocumented: sorted([...read].filter((t) => !docs.has(t))), documentedButUnread: sorted([...docs].filter((t) => !read.has(t)))},
      {undocumented: [], documentedButUnread: []},
      `add or remove @cssprop lines in src/elements/${tag}/${tag}.ts, then npm run build`,
    );
  });
}

test('every --cw-* token the README and docs name is one the source reads', () => {
  const read = new Set(Object.keys(ELEMENTS).flatMap((tag) => [...tokensOfElement(tag)]));
  const docs = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs')).flatMap((name) =>
      statSync(join(ROOT, 'docs', name)).isDirectory() ? readdirSync(join(ROOT, 'docs', name)).map((n) => `docs/${name}/${n}`) : [`docs/${name}`],
    ),
  ].filter((file) => file.endsWith('.md'));
  const unknown = docs.flatMap((file) =>
    [...new Set(readFileSync(join(ROOT, file), 'utf8').match(/--cw-[a-z0-9-]*[a-z0-9]/g) ?? [])].filter((t) => !read.has(t)).map((t) => `${file}: ${t}`),
  );
  assert.deepEqual(unknown, []);
});
