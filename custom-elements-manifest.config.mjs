// Custom-elements manifest (custom-elements.json at the repo root), generated from the
// elements' class JSDoc (@summary, @slot, @csspart, @cssprop, @event). Run via scripts/manifest.mjs.

/**
 * Elements register through the guarded helper `defineElement('tag', Class)` (src/internal/define.ts),
 * which the analyzer does not know: give those classes their tag name and a definition export.
 */
function defineElementPlugin() {
  const found = new Map(); // module path -> [{ tagName, className }]
  return {
    name: 'career-widgets-define-element',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteralLike(tag)) return;
      const list = found.get(moduleDoc.path) ?? [];
      list.push({tagName: tag.text, className: cls.getText()});
      found.set(moduleDoc.path, list);
    },
    moduleLinkPhase({moduleDoc}) {
      for (const {tagName, className} of found.get(moduleDoc.path) ?? []) {
        const declaration = moduleDoc.declarations?.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.tagName = tagName;
        declaration.customElement = true;
        moduleDoc.exports ??= [];
        if (!moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)) {
          moduleDoc.exports.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: {name: className, module: moduleDoc.path},
          });
        }
      }
    },
  };
}

/** The manifest is the public API: drop `#private` and `private` / `protected` members, which editors should not offer. */
function publicApiOnly() {
  const isPublic = (member) => !member.name?.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected';
  return {
    name: 'career-widgets-public-api-only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  // The shared base class is included so inherited attributes and properties appear on each element.
  globs: ['src/elements/**/*.ts', 'src/internal/career-base.ts', 'src/internal/career-element.ts', 'src/internal/career-widget.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  dev: false,
  plugins: [defineElementPlugin(), publicApiOnly()],
};
