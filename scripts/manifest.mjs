// Writes custom-elements.json (repo root) from src/elements/**/*.ts with the
// custom-elements-manifest analyzer in Lit mode. Settings: custom-elements-manifest.config.mjs.
// `--check` writes nothing and exits 1 when the committed custom-elements.json is out of date.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@custom-elements-manifest/analyzer/package.json'));
const cli = join(pkgDir, JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.cem);
export const MANIFEST = join(root, 'custom-elements.json');

/** The manifest's text as the analyzer sees the source now (written to a scratch folder, not the tracked file). */
export function generateManifest() {
  mkdirSync(join(root, '.tmp'), {recursive: true});
  const scratch = mkdtempSync(join(root, '.tmp', 'manifest-'));
  try {
    // The analyzer joins --outdir onto its working directory, so it must be relative.
    const result = spawnSync(
      process.execPath,
      [cli, 'analyze', '--litelement', '--quiet', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, scratch)],
      {cwd: root, stdio: 'inherit'},
    );
    if (result.status !== 0) throw new Error(`manifest: analyzer exited with ${result.status ?? result.signal}`);
    const manifest = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
    // The analyzer lists modules in glob-completion order, which varies between runs: sort them so the
    // committed file only changes when the API does.
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    return `${JSON.stringify(manifest, null, 2)}\n`;
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(root, 'src/elements'))) {
    console.warn('manifest: src/elements/ does not exist yet; the manifest will list no elements.');
  }
  const text = generateManifest();
  if (process.argv.includes('--check')) {
    if (text !== readFileSync(MANIFEST, 'utf8')) {
      console.error('manifest: custom-elements.json is out of date; run `npm run build`.');
      process.exit(1);
    }
    console.log('manifest: custom-elements.json is up to date');
  } else {
    writeFileSync(MANIFEST, text);
    const tags = JSON.parse(text)
      .modules.flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => `<${d.tagName}>`);
    console.log(`manifest: custom-elements.json lists ${tags.length} element(s)${tags.length ? `: ${tags.join(' ')}` : ''}`);
  }
}
