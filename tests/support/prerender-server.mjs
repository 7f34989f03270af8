// Pre-rendered pages for browser tests, served by Web Test Runner's dev server under /__prerender/. The pages are
// pre-rendered by the library's own pre-renderer (src/ssr, loaded from source through tsx in this Node process):
//
//   POST /__prerender/?url=…        body: a page's HTML, or JSON {page, datasets}; answers JSON {url, rendered,
//                                   skipped}: `url` serves the page as the pre-renderer returned it (`?url=` is
//                                   the page address it is told). `datasets` maps a dataset URL (a `source` the
//                                   page uses) to its files ({"meta.json": {...}, ...}), written to a folder on
//                                   disk for the pre-renderer: a test's own (e.g. hostile) dataset.
//   GET  /__prerender/<id>.html     that page (no-store); with ?csp=strict, under the strict host-page CSP of the
//                                   fault server (no inline style, Trusted Types)
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve, sep} from 'node:path';
import {tsImport} from 'tsx/esm/api';
import {STRICT_CSP} from './fault-server.mjs';

const PREFIX = '/__prerender/';

export function prerenderServer() {
  /** @type {Promise<typeof import('../../src/ssr/index.ts')> | undefined} */
  let ssr;
  const pages = new Map();
  let counter = 0;
  return async function prerenderMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      ssr ??= tsImport('../../src/ssr/index.ts', import.meta.url);
      const {prerenderPage} = await ssr;
      try {
        const body = Buffer.concat(chunks).toString('utf8');
        const {page, datasets = {}} = ctx.is('application/json') ? JSON.parse(body) : {page: body};
        const result = await prerenderPage(page, {
          url: ctx.query.url || `${ctx.protocol}://${ctx.host}${PREFIX}`,
          sources: Object.fromEntries(Object.entries(datasets).map(([url, files]) => [url, writeDataset(files)])),
          onSkip: () => undefined,
        });
        const id = `${++counter}.html`;
        pages.set(id, result.html);
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({url: `${PREFIX}${id}`, rendered: result.rendered, skipped: result.skipped});
      } catch (error) {
        ctx.status = 500;
        ctx.body = String(error?.stack ?? error);
      }
      return;
    }
    const page = pages.get(ctx.path.slice(PREFIX.length));
    if (page === undefined) {
      ctx.status = 404;
      ctx.body = 'no such pre-rendered page';
      return;
    }
    ctx.type = 'text/html';
    if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.body = page;
  };
}

/** Writes a test's dataset files to a new folder under the system's temporary folder; returns the folder. */
function writeDataset(files) {
  const root = mkdtempSync(join(tmpdir(), 'career-widgets-dataset-'));
  for (const [path, content] of Object.entries(files)) {
    const file = resolve(root, path);
    if (!file.startsWith(root + sep)) throw new Error(`${path} leaves the dataset folder`);
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}
