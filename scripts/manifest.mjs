// Writes custom-elements.json (repo root) from src/elements/**/*.ts with the
// custom-elements-manifest analyzer in Lit mode. Settings: custom-elements-manifest.config.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => `<${d.tagName}>`);
console.log(`manifest: custom-elements.json lists ${tags.length} element(s)${tags.length ? `: ${tags.join(' ')}` : ''}`);
