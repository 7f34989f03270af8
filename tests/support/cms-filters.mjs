// Web Test Runner server command running WordPress's real content filter (tests/support/wp-kses.php), for
// tests/bundle/cms-real.test.ts:
//
//   wp-kses  {html: string, role: 'author' | 'administrator'}
//            -> {filtered: string}: the post as WordPress saves it for that user (an author's through kses,
//               an administrator's with unfiltered_html untouched), or {skipped: string} naming the install line
//               where php or Debian's wordpress package is absent.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const SCRIPT = fileURLToPath(new URL('./wp-kses.php', import.meta.url));
const WORDPRESS = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress/';
export const WP_INSTALL = 'apt-get install -y php-cli wordpress';

function php(args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile('php', args, {timeout: 20_000, maxBuffer: 4 * 1024 * 1024}, (error, stdout, stderr) =>
      error ? reject(Object.assign(error, {stderr})) : resolve(stdout),
    );
    child.stdin.end(input);
  });
}

export function cmsFiltersPlugin() {
  let available;
  return {
    name: 'career-widgets-cms-filters',
    async executeCommand({command, payload}) {
      if (command !== 'wp-kses') return undefined;
      available ??=
        existsSync(`${WORDPRESS}wp-includes/kses.php`) &&
        (await php(['-r', 'echo 1;'], '').then(
          () => true,
          () => false,
        ));
      if (!available) return {skipped: `php-cli or WordPress (${WORDPRESS}) is missing: ${WP_INSTALL}`};
      return {filtered: await php([SCRIPT, payload.role], payload.html)};
    },
  };
}
