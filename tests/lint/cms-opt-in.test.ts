// The promise behind auto-mount's opt-in (README "Paste it into a CMS", docs/SECURITY.md): a content author who
// may write a post can write a placeholder with any data-* attribute, but not the <meta> that lets placeholders set
// `source`, `overlay`, `structured-data`. Checked against WordPress's real filter for authors and contributors
// (wp_kses_post, Debian's wordpress package run by php-cli without a database); skipped where those are missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const WORDPRESS = '/usr/share/wordpress/';
const php = ['/usr/bin/php', '/usr/local/bin/php'].find((path) => existsSync(path));
const missing = !php
  ? 'php-cli is not installed (apt-get install php-cli)'
  : !existsSync(join(WORDPRESS, 'wp-includes/kses.php'))
    ? 'wordpress is not installed (apt-get install wordpress)'
    : false;

const BOOTSTRAP = `<?php
define('ABSPATH', '${WORDPRESS}'); define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php'; require ABSPATH . WPINC . '/formatting.php'; require ABSPATH . WPINC . '/kses.php';
function get_option($n, $d = false) { return $d; }
function wp_allowed_protocols() { return ['http', 'https', 'mailto', 'tel']; }
echo wp_kses_post(stream_get_contents(STDIN));
`;

function kses(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kses-'));
  try {
    writeFileSync(join(dir, 'kses.php'), BOOTSTRAP);
    return execFileSync(php!, [join(dir, 'kses.php')], {input: html, encoding: 'utf8'});
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

test("WordPress's post filter keeps a placeholder's data-* but removes the <meta> that trusts placeholders", {skip: missing}, () => {
  const post = [
    '<meta name="career-widgets-placeholders" content="source overlay structured-data">',
    '<div data-career-widget="career-profile" data-occupation="29-2072" data-source="https://evil.example/v1/" data-structured-data="">',
    '<p>Fallback</p></div>',
  ].join('\n');
  const saved = kses(post);
  assert.doesNotMatch(saved, /<meta/i, saved);
  assert.match(saved, /<div data-career-widget="career-profile" data-occupation="29-2072" data-source="https:\/\/evil.example\/v1\/" data-structured-data/);
});
