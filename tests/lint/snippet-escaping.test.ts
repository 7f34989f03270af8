// The embed builder's WordPress and Drupal recipe (demo/assets/snippets.js) pastes the script URL into PHP
// (functions.php) and YAML (libraries.yml): run both through the real languages (php-cli, Python's YAML) with URLs
// that would break out of a string if they were not escaped. Each language must read back exactly the URL the
// builder accepted. Skipped where php or PyYAML is missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {checkScriptUrl, recipe, type SnippetSpec} from '../../demo/assets/snippets.js';

const php = ['/usr/bin/php', '/usr/local/bin/php'].find((path) => existsSync(path));
const pyyaml = (() => {
  try {
    execFileSync('python3', ['-c', 'import yaml'], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
})();

const HOSTILE = [
  "https://cdn.example/x',[],null,true);print(md5('x'));//", // unescaped, valid PHP that prints 9dd4e461…
  "https://cdn.example/x');print(md5('x'));('.js",
  'https://cdn.example/a\\b/c.js?v=1\\', // backslashes: the URL parser turns them into slashes, the query keeps one
  'https://cdn.example/${x}{$y}"#: [a, b] & *ref !tag %.js',
  'https://cdn.example/career-widgets.js?ver=\'"\n',
];

const spec = (scriptUrl: string): SnippetSpec => ({
  tag: 'wage-range',
  attributes: [['occupation', '29-2072']],
  styles: [],
  scriptUrl,
  occupation: '29-2072',
  fallback: '',
});

/** The PHP the recipe tells a site to put into functions.php. */
const phpOf = (text: string) => text.slice(text.indexOf("add_action('wp_head'"), text.indexOf('}, 10, 2);') + '}, 10, 2);'.length);
/** The libraries.yml block the recipe gives for Drupal. */
const yamlOf = (text: string) => text.slice(text.indexOf('career-widgets:\n  js:'));

test('functions.php: PHP reads back the script URL, and nothing else runs', {skip: php ? false : 'php-cli is not installed'}, () => {
  for (const given of HOSTILE) {
    const url = checkScriptUrl(given).url!;
    const code = [
      'function add_action($hook, $callback) { $callback(); }',
      'function add_filter() {}',
      'function wp_enqueue_script($handle, $src) { echo "SRC " . $src . "\\n"; }',
      phpOf(recipe(spec(given))),
    ].join('\n');
    const out = execFileSync(php!, ['-r', code], {encoding: 'utf8'});
    assert.ok(out.includes(`SRC ${url}\n`), `${given}\n${out}`);
    assert.ok(!out.includes('9dd4e461268c8034f5c8564e155c67a6'), `code from the URL ran:\n${out}`);
    assert.ok(out.includes(`<link rel="modulepreload" href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`), out);
  }
});

test("libraries.yml: YAML reads back the script URL as the library's key", {skip: pyyaml ? false : 'python3 with PyYAML is not installed'}, () => {
  for (const given of HOSTILE) {
    const url = checkScriptUrl(given).url!;
    const script = 'import sys, yaml, json; print(json.dumps(list(yaml.safe_load(sys.stdin.read())["career-widgets"]["js"].keys())))';
    const keys = JSON.parse(execFileSync('python3', ['-c', script], {input: yamlOf(recipe(spec(given))), encoding: 'utf8'}));
    assert.deepEqual(keys, [url], given);
  }
});
