// The import graph of src/, for the lint tests (import-graph.test.ts, css-tokens.test.ts): every relative import
// of every module, resolved to a path relative to src/.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import ts from 'typescript';

/** Module -> the modules it imports, as paths relative to src/ (`internal/i18n.ts`). */
export type ImportGraph = Map<string, string[]>;

/** The relative imports of one TypeScript file, every kind (see 1. above), as written. */
export function importsOf(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((specifier) => specifier.startsWith('.'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import graph of every module under `root`; imports are resolved (`./x.js` -> `x.ts`) relative to `root`. */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const path of sourceFiles(root)) {
    const imports = importsOf(readFileSync(path, 'utf8')).map((specifier) => relative(root, resolve(dirname(path), specifier.replace(/\.js$/, '.ts'))));
    graph.set(relative(root, path).split('\\').join('/'), [...new Set(imports.map((p) => p.split('\\').join('/')))]);
  }
  return graph;
}
