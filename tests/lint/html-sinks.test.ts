// Lint (runs in Node with the pipeline tests): no data can reach an HTML, script or URL sink in src/.
//   1. The sinks that parse a string as markup or code do not appear in src/ at all (comments aside): Lit's
//      unsafeHTML / unsafeSVG / unsafeMathML / unsafeStatic, innerHTML, outerHTML, insertAdjacentHTML,
//      document.write, createContextualFragment, DOMParser, srcdoc, eval, new Function, string timers.
//      Everything the widgets show goes through Lit's text bindings, which escape.
//   2. Every URL attribute bound in a template (href, src, action, formaction, xlink:href, poster, data) binds a
//      value that came out of safeUrl() in the same file (or a safeUrl(...) call itself), so a dataset can never
//      plant a javascript: link.
// The checker is tested on bad snippets first, so a broken regular expression cannot pass silently.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

const SINKS: [RegExp, string][] = [
  [/\bunsafe(HTML|SVG|MathML|Static)\b/, 'Lit unsafe* directive'],
  [/\b(innerHTML|outerHTML)\b/, 'markup property'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\s*\.\s*write(ln)?\b/, 'document.write'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bDOMParser\b/, 'DOMParser'],
  [/\bsrcdoc\b/, 'srcdoc'],
  [/(^|[^.\w])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bset(Timeout|Interval)\s*\(\s*[`'"]/, 'string timer'],
];
const URL_BINDING = /\b(href|src|action|formaction|xlink:href|poster|data)\s*=\s*\$\{\s*([^}]+?)\s*\}/g;

/** Source text with comments blanked (strings kept: a sink name inside a template string is still a sink). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Problems in one file's text, as "line N: ..." strings. */
export function lint(source: string): string[] {
  const code = stripComments(source);
  const problems: string[] = [];
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  for (const [pattern, name] of SINKS) {
    const global = new RegExp(pattern.source, 'gm');
    for (const match of code.matchAll(global)) problems.push(`line ${lineOf(match.index!)}: ${name} (${match[0].trim()})`);
  }
  for (const match of code.matchAll(URL_BINDING)) {
    const [, attribute, expression] = match;
    const safe =
      /^safeUrl\(/.test(expression!) ||
      (/^[A-Za-z_$][\w$]*$/.test(expression!) && new RegExp(`\\b(const|let)\\s+${expression}\\s*=\\s*[^;]*\\bsafeUrl\\(`).test(code));
    if (!safe) problems.push(`line ${lineOf(match.index!)}: ${attribute}=\${${expression}} is not from safeUrl()`);
  }
  return problems;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

test('the checker catches every sink and an unchecked URL binding', () => {
  const bad = [
    'import {unsafeHTML} from "lit/directives/unsafe-html.js";',
    'html`${unsafeSVG(x)}`',
    'el.innerHTML = data.title;',
    'el.insertAdjacentHTML("beforeend", s);',
    'document.write(s)',
    'range.createContextualFragment(s)',
    'new DOMParser().parseFromString(s, "text/html")',
    'html`<iframe srcdoc=${s}></iframe>`',
    'eval(s)',
    'new Function(s)()',
    'setTimeout("alert(1)", 1)',
    'html`${unsafeStatic(tag)}`',
    'html`<a href=${source.url}>x</a>`',
    'const link = source.url; html`<a href=${link}>x</a>`',
  ];
  for (const snippet of bad) assert.notDeepEqual(lint(snippet), [], `not caught: ${snippet}`);
  const good = [
    'const href = safeUrl(source?.url); html`<a href=${href}>x</a>`',
    'html`<a href=${safeUrl(s)}>x</a>`',
    '// innerHTML is never used here',
    'html`<p>${data.title}</p>`',
    'const url = "https://example.org/"; // eval( in a comment',
  ];
  for (const snippet of good) assert.deepEqual(lint(snippet), [], `false alarm: ${snippet}`);
});

test('src/ has no HTML or script sink, and every bound URL comes from safeUrl()', () => {
  const all = files(SRC);
  assert.ok(all.length > 10, 'expected the library sources under src/');
  const problems = all.flatMap((file) => lint(readFileSync(file, 'utf8')).map((p) => `${relative(ROOT, file)} ${p}`));
  assert.deepEqual(problems, [], `data could reach an HTML/script/URL sink (see docs/SECURITY.md):\n${problems.join('\n')}`);
});
