// Lint (runs in Node with the pipeline tests): the import graph of src/ keeps the house's shape.
//   1. No cycles. Every edge counts: static imports, `import type`, `export … from`, `import()` (also inside types):
//      a circle through a lazy chunk or a type is still a circle a reader has to untangle, and it is one edit away
//      from an evaluation-order bug.
//   2. No element reaches into another element's folder. An element may nest another by its tag, i.e. import that
//      element's own module (`src/elements/<tag>/<tag>.ts`), nothing else of it; what two elements share lives
//      below them (src/data for pure logic, src/internal for shared rendering).
//   3. The layers point one way: src/data (no DOM, no elements) imports nothing outside src/data; nothing but the
//      package entry (src/index.ts) imports an element's module from outside src/elements.
// The checker is tested on a small hand-made graph first, so a broken rule cannot pass silently.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {importGraph, importsOf, type ImportGraph} from './graph.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

/** Each cycle once, as the modules on it in import order, the first repeated at the end (`a.ts -> b.ts -> a.ts`). */
export function cycles(graph: ImportGraph): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (module: string) => {
    if (onPath.has(module)) {
      found.push([...path.slice(path.indexOf(module)), module].join(' -> '));
      return;
    }
    if (done.has(module) || !graph.has(module)) return;
    path.push(module);
    onPath.add(module);
    for (const next of graph.get(module)!) visit(next);
    path.pop();
    onPath.delete(module);
    done.add(module);
  };
  for (const module of [...graph.keys()].sort()) visit(module);
  return found;
}

const elementOf = (module: string) => /^elements\/([^/]+)\//.exec(module)?.[1];
/** The module that defines an element: the only file of an element folder others may import (to nest it by its tag). */
const isElementModule = (module: string) => /^elements\/([^/]+)\/\1\.ts$/.test(module);

/** Imports that cross the house's walls (2. and 3. above), as `from -> to: why`. */
export function wallBreaches(graph: ImportGraph): string[] {
  const breaches: string[] = [];
  for (const [from, imports] of graph) {
    for (const to of imports) {
      const [own, other] = [elementOf(from), elementOf(to)];
      if (other && own !== other && !isElementModule(to)) breaches.push(`${from} -> ${to}: another element's own file`);
      if (other && !own && isElementModule(to) && from !== 'index.ts')
        breaches.push(`${from} -> ${to}: only the package entry imports elements from outside src/elements`);
      if (from.startsWith('data/') && !to.startsWith('data/')) breaches.push(`${from} -> ${to}: the data layer imports only the data layer`);
    }
  }
  return breaches;
}

test('the checker finds cycles of any length and imports across walls', () => {
  assert.deepEqual(
    importsOf(`import type {A} from './a.js';\nexport {B} from '../b.js';\nconst c = () => import('./c.js');\ntype D = import('./d.js').D;\nimport 'lit';`),
    ['./a.js', '../b.js', './c.js', './d.js'],
  );
  const graph: ImportGraph = new Map([
    ['internal/i18n.ts', ['internal/messages.ts']],
    ['internal/messages.ts', ['internal/messages/x.ts']],
    ['internal/messages/x.ts', ['internal/i18n.ts']],
    ['internal/self.ts', ['internal/self.ts']],
    ['elements/a/a.ts', ['elements/b/b.ts', 'elements/b/model.ts', 'elements/a/part.ts']],
    ['elements/a/part.ts', []],
    ['elements/b/b.ts', []],
    ['elements/b/model.ts', ['internal/format.ts']],
    ['structured-data/write.ts', ['elements/b/model.ts', 'elements/b/b.ts']],
    ['data/dataset.ts', ['internal/format.ts']],
    ['index.ts', ['elements/a/a.ts']],
  ]);
  assert.deepEqual(cycles(graph), [
    'internal/i18n.ts -> internal/messages.ts -> internal/messages/x.ts -> internal/i18n.ts',
    'internal/self.ts -> internal/self.ts',
  ]);
  assert.deepEqual(wallBreaches(graph), [
    "elements/a/a.ts -> elements/b/model.ts: another element's own file",
    "structured-data/write.ts -> elements/b/model.ts: another element's own file",
    'structured-data/write.ts -> elements/b/b.ts: only the package entry imports elements from outside src/elements',
    'data/dataset.ts -> internal/format.ts: the data layer imports only the data layer',
  ]);
});

test('src/ has no import cycle', () => {
  const graph = importGraph(SRC);
  assert.ok(graph.size > 50, 'expected the library sources under src/');
  const found = cycles(graph);
  assert.deepEqual(found, [], `import cycles in src/ (break each at its weakest edge):\n${found.join('\n')}`);
});

test('no element imports another element’s files, and the data layer imports nothing above it', () => {
  const breaches = wallBreaches(importGraph(SRC));
  assert.deepEqual(breaches, [], `imports across the house's walls:\n${breaches.join('\n')}`);
});
