// Lint (runs in Node): docs/SECURITY.md's "Every hostile case and its test" cannot drift from the tests.
//   - Every test the table names exists: `tests/…test.ts`: a name; another name (a name is an `it` title, or
//     `describe > it`; a title written as a template literal stands for every title it can produce).
//   - Every test of a security test file is named in the table. A security test file is one under tests/security/,
//     or one that says so in its opening comment by citing docs/SECURITY.md: a test added there is a case the
//     document must show a reviewer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const SELF = 'tests/lint/security-map.test.ts';
const SECTION = '## Every hostile case and its test';

/** A test's title as a pattern: a template literal's `${…}` parts match any text. */
export interface Title {
  kind: 'it' | 'describe'; // node:test's `test` is an `it`
  source: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unescapeJs = (text: string) => text.replace(/\\(.)/g, '$1');

/** The `it(…)`, `test(…)` and `describe(…)` titles of a test file, in order. */
export function titles(source: string): Title[] {
  const found: Title[] = [];
  const call = /(?<![.\w$])(it|test|describe)(?:\.skip|\.only)?\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|\$\{[^}]*\}|[^`\\$]|\$(?!\{))*)`)/g;
  for (const match of source.matchAll(call)) {
    const [, kind, single, double, template] = match;
    const text = single ?? double ?? template!;
    const pattern =
      template === undefined
        ? escapeRegExp(unescapeJs(text))
        : text
            .split(/\$\{[^}]*\}/)
            .map((part) => escapeRegExp(unescapeJs(part)))
            .join('.+?');
    found.push({kind: kind === 'describe' ? 'describe' : 'it', source: text, pattern: new RegExp(`^${pattern}$`, 's')});
  }
  return found;
}

/** Whether `name` (an `it` title, or `describe > it`) is a test of the file with these titles. */
export function names(name: string, fileTitles: Title[]): boolean {
  const its = fileTitles.filter((t) => t.kind === 'it');
  if (its.some((t) => t.pattern.test(name))) return true;
  const split = name.indexOf(' > ');
  if (split < 0) return false;
  const [outer, inner] = [name.slice(0, split), name.slice(split + 3)];
  return fileTitles.some((t) => t.kind === 'describe' && t.pattern.test(outer)) && names(inner, fileTitles);
}

/** A test named in the table: the file, the name as written, and the row's case. */
export interface Citation {
  file: string;
  name: string;
  row: string;
}

/**
 * The tests a table cell names: `` `tests/x.test.ts`: name; name; `tests/y.test.ts`: name ``. A note in brackets
 * after a name, `(C: …)`, is not part of it.
 */
export function citations(cell: string, row: string): Citation[] {
  const out: Citation[] = [];
  const refs = [...cell.matchAll(/`(tests\/[^`]+?\.test\.ts)`:\s*/g)];
  refs.forEach((ref, i) => {
    const end = i + 1 < refs.length ? refs[i + 1]!.index! : cell.length;
    const text = cell.slice(ref.index! + ref[0].length, end).replace(/[;\s]+$/, '');
    for (const name of splitNames(text)) out.push({file: ref[1]!, name, row});
  });
  return out;
}

/** Names separated by `; `, except inside brackets (a note may hold a `;`). */
function splitNames(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (char === ';' && depth <= 0 && /\s/.test(text[i + 1] ?? ' ')) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out.filter(Boolean);
}

/** Every citation in the document's table section. */
export function tableCitations(doc: string): Citation[] {
  const start = doc.indexOf(SECTION);
  assert.ok(start >= 0, `docs/SECURITY.md has no "${SECTION}" section`);
  const out: Citation[] = [];
  for (const line of doc.slice(start).split('\n')) {
    if (!line.startsWith('|') || /^\|\s*(case|-)/.test(line)) continue;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1);
    if (cells.length < 2) continue;
    out.push(...citations(cells.at(-1)!, cells[0]!.trim()));
  }
  return out;
}

/** Whether a citation names a test of the file, with or without a trailing note in brackets. */
function found(citation: Citation, fileTitles: Title[]): boolean {
  if (names(citation.name, fileTitles)) return true;
  const bare = citation.name.replace(/\s*\([^()]*\)$/, '');
  return bare !== citation.name && names(bare, fileTitles);
}

function testFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? testFiles(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Under tests/security/, or its opening comment (before the first `describe`/`test`) cites docs/SECURITY.md. */
export function isSecurityFile(path: string, source: string): boolean {
  if (path.startsWith('tests/security/')) return true;
  const opening = source.slice(0, source.search(/^(describe|test|for)\b/m) >>> 0);
  return opening.includes('docs/SECURITY.md');
}

const doc = read('docs/SECURITY.md');
const cited = tableCitations(doc);

test('every test docs/SECURITY.md names exists', () => {
  assert.ok(cited.length > 50, `only ${cited.length} tests found in the table: has its format changed?`);
  const missing = cited.filter((c) => !existsSync(join(ROOT, c.file)) || !found(c, titles(read(c.file))));
  assert.deepEqual(
    missing.map((c) => `${c.row}: ${c.file}: ${c.name}`),
    [],
    'docs/SECURITY.md names tests that do not exist (renamed or removed?)',
  );
});

test('every test of a security test file is named in docs/SECURITY.md', () => {
  const unlisted: string[] = [];
  for (const file of testFiles('tests').map((path) => relative(ROOT, join(ROOT, path)).split('\\').join('/'))) {
    const source = read(file);
    if (file === SELF || !isSecurityFile(file, source)) continue; // this file's own examples are not tests
    const mine = cited.filter((c) => c.file === file);
    for (const title of titles(source).filter((t) => t.kind === 'it')) {
      // A title names a listed test when one of the table's names for this file is one of the titles it produces.
      const listed = mine.some(
        (c) =>
          title.pattern.test(c.name) ||
          title.pattern.test(c.name.replace(/\s*\([^()]*\)$/, '')) ||
          c.name.endsWith(` > ${title.source}`) ||
          [...c.name.matchAll(/ > /g)].some((m) => title.pattern.test(c.name.slice(m.index! + 3))),
      );
      if (!listed) unlisted.push(`${file}: ${title.source}`);
    }
  }
  assert.deepEqual(unlisted, [], "security tests missing from docs/SECURITY.md's table of cases");
});

test('the checker finds a renamed test and an unlisted one', () => {
  const fileTitles = titles("describe('outer', () => {\n  it('keeps it', () => {});\n  for (const x of xs) it(`shows ${x} as text`, () => {});\n});");
  assert.equal(names('keeps it', fileTitles), true);
  assert.equal(names('outer > keeps it', fileTitles), true);
  assert.equal(names('shows "<b>" as text', fileTitles), true);
  assert.equal(names('keeps it no more', fileTitles), false);
  assert.equal(names('other > keeps it', fileTitles), false);
  assert.deepEqual(
    citations('`tests/a.test.ts`: one; two (C: why; how); `tests/b.test.ts`: three', 'case').map((c) => `${c.file}:${c.name}`),
    ['tests/a.test.ts:one', 'tests/a.test.ts:two (C: why; how)', 'tests/b.test.ts:three'],
  );
  assert.equal(isSecurityFile('tests/data/x.test.ts', '/** docs/SECURITY.md, "URLs" */\ndescribe('), true);
  assert.equal(isSecurityFile('tests/data/x.test.ts', "describe('x', () => { /* docs/SECURITY.md */ });"), false);
});
