import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('docs/i18n/template.json and the placeholder table are up to date with the English catalog', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/i18n-template.ts', '--check'], {cwd: ROOT, encoding: 'utf8'});
  assert.equal(run.status, 0, `${run.stderr}${run.stdout}(run npm run i18n)`);
});
