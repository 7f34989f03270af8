// Writes custom-elements.json (repo root) from src/elements/**/*.ts with the
// custom-elements-manifest analyzer in Lit mode. Settings: custom-elements-manifest.config.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@custom-elements-manifest/analyzer/package.json'));
const cli = join(pkgDir, JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.cem);

if (!existsSync(join(root, 'src/elements'))) {
  console.warn('manifest: src/elements/ does not exist yet; the manifest will list no elements.');
}

const result = spawnSync(
  process.execPath,
  [cli, 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs'],
  { cwd: root, stdio: 'inherit' },
);
if (result.status !== 0) {
  console.error(`manifest: analyzer exited with ${result.status ?? result.signal}`);
  process.exit(1);
}

// The analyzer lists modules in glob-completion order, which varies between runs: sort them so the
// committed file only changes when the API does.
const file = join(root, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => `<${d.tagName}>`);
console.log(`manifest: custom-elements.json lists ${tags.length} element(s)${tags.length ? `: ${tags.join(' ')}` : ''}`);
