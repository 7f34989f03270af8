// Lint (runs in Node): every Trusted Types policy the library creates is listed where a host reads which ones to
// allow, so a page that follows the documentation never reports a violation for one of ours:
//   - the policies: each `createPolicy(…)` in src/ (its name as a literal or a const of the same file), and the
//     one Lit creates in the script-tag bundle ("lit-html", through scripts/rollup-plugins.mjs);
//   - where they must be listed: the recommended CSP in docs/SECURITY.md (its `trusted-types` directive and the
//     directive table), README's structured-data section, and the strict host page the browser tests serve
//     (tests/support/fault-server.mjs STRICT_CSP), which is that recommended CSP.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {STRICT_CSP} from '../support/fault-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Policy names a source file creates: `createPolicy('name'` or `createPolicy(NAME` with `const NAME = 'name'`. */
export function policyNames(source: string): string[] {
  const names: string[] = [];
  for (const [, argument] of source.matchAll(/\.createPolicy\(\s*([^,)]+)/g)) {
    const literal = /^(['"`])([^'"`]+)\1$/.exec(argument!.trim());
    if (literal) {
      names.push(literal[2]!);
      continue;
    }
    const constant = new RegExp(`\\bconst\\s+${argument!.trim()}\\s*=\\s*(['"\`])([^'"\`]+)\\1`).exec(source);
    names.push(constant ? constant[2]! : `<unresolved ${argument!.trim()}>`);
  }
  return names;
}

/** The policy names a CSP's `trusted-types` directive allows (keywords such as 'allow-duplicates' left out). */
export function allowedPolicies(csp: string): string[] {
  const directive = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'trusted-types');
  return (directive ?? []).slice(1).filter((token) => !token.startsWith("'"));
}

/** The first code block under SECURITY.md's "The Content-Security-Policy a host needs", as one line. */
function recommendedCsp(): string {
  const doc = read('docs/SECURITY.md');
  const section = doc.slice(doc.indexOf('## The Content-Security-Policy a host needs'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const created = (): string[] => {
  const fromSrc = files(join(ROOT, 'src')).flatMap((file) => policyNames(readFileSync(file, 'utf8')).map((name) => ({name, file: relative(ROOT, file)})));
  // Lit's own policy in the script-tag bundle: the build patch names it (and fails the build if Lit changes).
  const lit = /createPolicy\("([^"]+)"/.exec(read('scripts/rollup-plugins.mjs'))?.[1];
  return [...new Set([...fromSrc.map((p) => p.name), ...(lit ? [lit] : [])])].sort();
};

test('the checker finds policy names given as literals and as constants', () => {
  assert.deepEqual(
    policyNames(`const P = 'a-b';\ntt.createPolicy(P, {}); tt.createPolicy("c", {}); f.createPolicy( 'd' ,o)\ntype T = {createPolicy(name: string): void}`),
    ['a-b', 'c', 'd'],
  );
  assert.deepEqual(allowedPolicies("default-src 'none'; trusted-types lit-html x-y 'allow-duplicates'"), ['lit-html', 'x-y']);
  assert.deepEqual(allowedPolicies("trusted-types 'none'"), []);
});

test('the library creates the policies this lint knows of (a new one must be documented)', () => {
  assert.deepEqual(created(), ['career-widgets-jsonld', 'lit-html']);
});

test('the CSP SECURITY.md recommends allows every policy the library creates', () => {
  const csp = recommendedCsp();
  assert.match(csp, /require-trusted-types-for 'script'/, `not the recommended CSP: ${csp}`);
  assert.deepEqual(
    created().filter((name) => !allowedPolicies(csp).includes(name)),
    [],
    `docs/SECURITY.md recommends: ${csp}`,
  );
  const table = read('docs/SECURITY.md');
  for (const name of created()) assert.match(table, new RegExp(`\\| \`trusted-types\` \\|[^\\n]*\`${name}\``), `the directive table does not list ${name}`);
});

test('README names the structured-data policy, and the strict test page is the recommended CSP', () => {
  const readme = read('README.md');
  for (const name of created().filter((n) => n !== 'lit-html')) assert.ok(readme.includes(name), `README does not name ${name}`);
  assert.deepEqual(allowedPolicies(STRICT_CSP).sort(), allowedPolicies(recommendedCsp()).sort());
});
