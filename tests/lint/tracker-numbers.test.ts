// Lint (runs in Node): comments and test titles say why, not which tracker entry asked for it. A reference such as
// "issue 12", "ticket #3", "fixes #40" or "(#40)" in src/, scripts/, tests/, data/pipeline/ or demo/ fails, naming the
// file and line; rewrite the comment to say what the code does and why, or drop it. The history of a change is in git.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['src', 'scripts', 'tests', 'data/pipeline', 'demo'];
const TEXT = /\.(ts|mts|mjs|js|html|css)$/;

const REFERENCES = [
  /\b(?:issues?|tickets?|tracker|bugs?|PRs?|pull requests?)\s*#?\d+\b/i,
  /\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?|see|cf\.?)\s+#\d+\b/i,
  /\(#\d+\)/,
];

/** Tracker references in one file's text, as "line N: ..." strings. */
export function trackerReferences(source: string): string[] {
  return source.split('\n').flatMap((line, index) => (REFERENCES.some((pattern) => pattern.test(line)) ? [`line ${index + 1}: ${line.trim()}`] : []));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

test('the checker finds tracker references and lets ordinary text pass', () => {
  for (const bad of [
    '// readable profile (issue 12)',
    ' * Targets of Issue 8: content',
    "test('x (issues 11, item 7)'",
    '// fixes #40',
    '// see #7',
    '/* keeps its room (#31) */',
    '// PR 5 moved it',
  ]) {
    assert.equal(trackerReferences(bad).length, 1, `not caught: ${bad}`);
  }
  for (const good of [
    'color: #333;',
    '// the issue is that Safari rounds',
    'const first = items[0]; // tier 1',
    "'&#39;'",
    '// 2 issues remain: none in data',
  ]) {
    assert.deepEqual(trackerReferences(good), [], `wrongly caught: ${good}`);
  }
});

test('no comment or test title in the tree cites a tracker number', () => {
  const found = FOLDERS.flatMap((folder) => files(join(ROOT, folder)))
    .filter((path) => !path.endsWith('tracker-numbers.test.ts'))
    .flatMap((path) => trackerReferences(readFileSync(path, 'utf8')).map((problem) => `${relative(ROOT, path)} ${problem}`));
  assert.deepEqual(found, [], 'say what the code does and why instead of citing the tracker');
});
