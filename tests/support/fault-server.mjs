// Fault-injecting routes for browser tests, served by Web Test Runner's dev server under /__fault/.
//
// Every prefix below acts as a *dataset base URL*: point the data layer at e.g. `/__fault/truncated/`
// and its requests for `index.json`, `occupations/29-2072.json`, ... all get that fault. `<path>` is a
// path inside the real dataset `data/v1/` unless said otherwise. Responses are never cached
// (`Cache-Control: no-store`), so counts and faults are not hidden by the browser cache.
//
//   /__fault/status/<code>/<path>       answers with HTTP <code> (400–599), short text/plain body
//   /__fault/html/<path>                200 text/html with an HTML page (captive portal / SPA fallback)
//   /__fault/hang/<path>                never answers; the socket is released when the client aborts
//                                       (or after 60 s, or when the server stops)
//   /__fault/drip/<path>                200 application/json, 1 byte every 200 ms of the real file (or of a
//                                       small JSON document if <path> is not a dataset file); the full
//                                       Content-Length is announced up front; stops when the client aborts
//   /__fault/delay/<ms>/<path>          the real file after <ms> milliseconds (0–10000): late responses, races
//   /__fault/truncated/<path>           200 application/json with the first half of the real file
//   /__fault/wrong-type/<path>          the real file (valid JSON) served as text/plain
//   /__fault/big/<path>[?mb=N]          200 application/json, a valid JSON object of about N MB (default 4,
//                                       max 64): {"padding": [...]} — for size caps; `&length=none` sends it
//                                       chunked, without Content-Length (the cap must hold while reading)
//   /__fault/reset/<path>               200 with the full Content-Length, half the real file, then the
//                                       connection is destroyed (a reset mid-body)
//   /__fault/lying-length/long/<path>   Content-Length 1000 bytes more than the real file sends, then the
//                                       connection closes
//   /__fault/lying-length/short/<path>  Content-Length half the real file's length (the client sees a cut body)
//   /__fault/no-cors/<path>             the real file without Access-Control-Allow-Origin (request it from the
//                                       other loopback name, see crossOrigin in tests/support/origins.ts)
//   /__fault/redirect/<path>            302 to /__fault/delay/0/<path> (the real file) on the other loopback name
//                                       (localhost <-> 127.0.0.1): a redirect to another origin, CORS allowed
//   /__fault/bom/<path>                 the real file prefixed with a UTF-8 byte order mark (EF BB BF)
//   /__fault/dataset/<name>/<file>      a hostile dataset: tests/fixtures/hostile/<name>/<file>, content type
//                                       by extension (so tests can use `/__fault/dataset/<name>/` as a base)
//   /__fault/page/<name>                tests/fixtures/pages/<name> (html or js) served with the strict host-page
//                                       CSP below, as a government portal might send it
//   /__fault/cdn/<path>                 dist/<path> (the built library: `npm run build` first) with
//                                       Access-Control-Allow-Origin: *, as a CDN serves it, so a page on the other
//                                       loopback name can load the script, its chunks and its data
//   /__fault/paste?html=<page>          the HTML page in the query string, as a host page on whichever loopback name
//                                       asked for it (a snippet pasted into a site on another origin)
//   /__fault/count/<key>/<path>         the real file, counting each request under <key> (404s count too)
//   /__fault/count-read/<key>           {"key": "<key>", "count": N} — how many requests <key> received
//   /__fault/count-reset/<key>          sets <key>'s count to 0 and answers {"key": "<key>", "count": 0}
//   /__fault/hold/<key>/<name>/<path>   the real file; but a file named <name> (e.g. search.json) is held until
//                                       /__fault/release/<key> (or the client aborts): "the rest arrives later",
//                                       decided by the test, not by a clock
//   /__fault/release/<key>              answers every request held under <key> (and later ones at once)
//
// <key> and <name> are [A-Za-z0-9_.-]+. Paths that try to leave their folder get 400.
// Keys are shared by the whole test run: use a unique key per test (or reset it first).
import {existsSync, readFileSync} from 'node:fs';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DATASET = resolve(REPO, 'data/v1');
const DIST = resolve(REPO, 'dist');
const HOSTILE = resolve(REPO, 'tests/fixtures/hostile');
const PREFIX = '/__fault/';
const NAME = /^[A-Za-z0-9_.-]+$/;
const PAGES = resolve(REPO, 'tests/fixtures/pages');
const HANG_LIMIT_MS = 60_000;
/**
 * A strict host page: no inline script or style, data from the page's own origin only, Trusted Types enforced with
 * the policies docs/SECURITY.md recommends allowing (tests/lint/trusted-types.test.ts keeps the two the same).
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html career-widgets-jsonld',
].join('; ');
const DRIP_INTERVAL_MS = 200;

const TYPES = {
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const JSON_TYPE = TYPES['.json'];

/** Resolves `rel` (URL-encoded, `/`-separated) inside `base`, or null if it would leave it. */
function inside(base, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded === '' || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((s) => s === '..' || s === '.')) return null;
  const file = resolve(base, decoded);
  return file.startsWith(base + sep) ? file : null;
}

function readIfFile(file) {
  try {
    return file && existsSync(file) ? readFileSync(file) : null;
  } catch {
    return null; // a directory, or unreadable
  }
}

/**
 * @returns {{ middleware: (ctx: any, next: () => Promise<void>) => Promise<void>,
 *             plugin: { name: string, serverStop: () => void }, counts: Map<string, number> }}
 */
export function faultServer() {
  /** Cleanup functions of responses still open (hang, drip, delay). */
  const open = new Set();
  const counts = new Map();
  const bigBodies = new Map();
  /** Per hold key: the responses waiting for release, or true once released. */
  const holds = new Map();

  const headers = (type, extra = {}) => ({
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    ...extra,
  });

  function send(res, status, type, body) {
    const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
    res.writeHead(status, headers(type, {'Content-Length': buffer.length}));
    res.end(buffer);
  }
  const sendJson = (res, status, value) => send(res, status, JSON_TYPE, `${JSON.stringify(value)}\n`);
  const notFound = (res, what) => send(res, 404, 'text/plain; charset=utf-8', `fault server: no such file ${what}\n`);
  const badRequest = (res, why) => send(res, 400, 'text/plain; charset=utf-8', `fault server: ${why}\n`);

  /** Registers a long-lived response; `cleanup` runs once, on client abort, finish, or server stop. */
  function track(res, cleanup) {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      open.delete(finish);
      cleanup();
    };
    open.add(finish);
    res.on('close', finish);
    return finish;
  }

  /** The real dataset file at `rel`, or null after answering 400/404. */
  function datasetFile(res, rel) {
    const file = inside(DATASET, rel);
    if (!file) return (badRequest(res, `bad dataset path "${rel}"`), null);
    const body = readIfFile(file);
    if (!body) return (notFound(res, `data/v1/${rel}`), null);
    return body;
  }

  function bigBody(mb) {
    if (!bigBodies.has(mb)) {
      const chunk = 'x'.repeat(1000);
      const items = Array.from({length: mb * 1000}, () => chunk);
      bigBodies.set(mb, Buffer.from(JSON.stringify({note: `about ${mb} MB of padding`, padding: items})));
    }
    return bigBodies.get(mb);
  }

  const routes = {
    status(res, rest) {
      const [code, ...path] = rest;
      const status = Number(code);
      if (!/^\d{3}$/.test(code ?? '') || status < 400 || status > 599) return badRequest(res, `status must be 400–599, not "${code}"`);
      send(res, status, 'text/plain; charset=utf-8', `fault server: status ${status} for ${path.join('/')}\n`);
    },
    html(res) {
      send(res, 200, TYPES['.html'], '<!doctype html>\n<html><head><title>Sign in</title></head><body><h1>Sign in to continue</h1></body></html>\n');
    },
    hang(res) {
      const timer = setTimeout(() => res.destroy(), HANG_LIMIT_MS);
      timer.unref();
      track(res, () => {
        clearTimeout(timer);
        if (!res.destroyed) res.destroy();
      });
    },
    drip(res, rest) {
      const file = inside(DATASET, rest.join('/'));
      const body = readIfFile(file) ?? Buffer.from('{"drip": "one byte every 200 ms"}\n');
      res.writeHead(200, headers(JSON_TYPE, {'Content-Length': body.length}));
      let offset = 0;
      const timer = setInterval(() => {
        if (offset >= body.length) return finish();
        res.write(body.subarray(offset, offset + 1));
        offset += 1;
      }, DRIP_INTERVAL_MS);
      timer.unref();
      const finish = track(res, () => {
        clearInterval(timer);
        if (offset >= body.length) res.end();
        else if (!res.destroyed) res.destroy();
      });
    },
    delay(res, rest) {
      const [ms, ...path] = rest;
      const wait = Number(ms);
      if (!/^\d+$/.test(ms ?? '') || wait > 10_000) return badRequest(res, `delay must be 0–10000 ms, not "${ms}"`);
      const body = datasetFile(res, path.join('/'));
      if (!body) return;
      const timer = setTimeout(() => {
        send(res, 200, JSON_TYPE, body);
      }, wait);
      timer.unref();
      track(res, () => {
        clearTimeout(timer);
        if (!res.writableEnded && !res.destroyed) res.destroy();
      });
    },
    truncated(res, rest) {
      const body = datasetFile(res, rest.join('/'));
      if (body) send(res, 200, JSON_TYPE, body.subarray(0, Math.floor(body.length / 2)));
    },
    'wrong-type'(res, rest) {
      const body = datasetFile(res, rest.join('/'));
      if (body) send(res, 200, 'text/plain; charset=utf-8', body);
    },
    big(res, _rest, url) {
      const mb = Math.min(64, Math.max(1, Number.parseInt(url.searchParams.get('mb') ?? '4', 10) || 4));
      if (url.searchParams.get('length') !== 'none') return send(res, 200, JSON_TYPE, bigBody(mb));
      res.writeHead(200, headers(JSON_TYPE));
      const body = bigBody(mb);
      // Chunks of 64 KB until the client stops reading (it should give up at its cap).
      let offset = 0;
      const pump = () => {
        while (offset < body.length && !res.destroyed) {
          const more = res.write(body.subarray(offset, offset + 65536));
          offset += 65536;
          if (!more) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      track(res, () => {});
      pump();
    },
    reset(res, rest) {
      const body = datasetFile(res, rest.join('/'));
      if (!body) return;
      res.writeHead(200, headers(JSON_TYPE, {'Content-Length': body.length}));
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.destroy(), 50));
    },
    'lying-length'(res, [how, ...rest]) {
      if (how !== 'long' && how !== 'short') return badRequest(res, `lying-length/long or /short, not "${how}"`);
      const body = datasetFile(res, rest.join('/'));
      if (!body) return;
      const declared = how === 'long' ? body.length + 1000 : Math.floor(body.length / 2);
      // Written on the socket: Node's own response object would refuse to send a body that disagrees.
      const socket = res.socket;
      res.detachSocket?.(socket);
      const head = [
        'HTTP/1.1 200 OK',
        `Content-Type: ${JSON_TYPE}`,
        'Cache-Control: no-store',
        'Access-Control-Allow-Origin: *',
        `Content-Length: ${declared}`,
        'Connection: close',
        '',
        '',
      ].join('\r\n');
      socket.write(head);
      socket.write(body, () => setTimeout(() => socket.destroy(), 50));
    },
    'no-cors'(res, rest) {
      const body = datasetFile(res, rest.join('/'));
      if (!body) return;
      res.writeHead(200, {'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', 'Content-Length': body.length});
      res.end(body);
    },
    redirect(res, rest, url) {
      const other = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      res.writeHead(302, headers('text/plain; charset=utf-8', {Location: `${url.protocol}//${other}:${url.port}/__fault/delay/0/${rest.join('/')}`}));
      res.end('moved\n');
    },
    bom(res, rest) {
      const body = datasetFile(res, rest.join('/'));
      if (body) send(res, 200, JSON_TYPE, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    },
    dataset(res, rest) {
      const [name, ...path] = rest;
      if (!NAME.test(name ?? '')) return badRequest(res, `bad hostile dataset name "${name}"`);
      const file = inside(resolve(HOSTILE, name), path.join('/'));
      if (!file) return badRequest(res, `bad path "${path.join('/')}"`);
      const body = readIfFile(file);
      if (!body) return notFound(res, `tests/fixtures/hostile/${name}/${path.join('/')}`);
      send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
    },
    page(res, rest) {
      const file = inside(PAGES, rest.join('/'));
      const body = readIfFile(file);
      if (!body) return notFound(res, `tests/fixtures/pages/${rest.join('/')}`);
      res.writeHead(
        200,
        headers(TYPES[extname(file).toLowerCase()] ?? 'text/plain; charset=utf-8', {
          'Content-Length': body.length,
          'Content-Security-Policy': STRICT_CSP,
        }),
      );
      res.end(body);
    },
    cdn(res, rest) {
      const file = inside(DIST, rest.join('/'));
      if (!file) return badRequest(res, `bad path "${rest.join('/')}"`);
      const body = readIfFile(file);
      if (!body) return notFound(res, `dist/${rest.join('/')} (npm run build first)`);
      send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
    },
    paste(res, _rest, url) {
      const page = url.searchParams.get('html');
      if (!page) return badRequest(res, 'paste needs ?html=<page>');
      send(res, 200, TYPES['.html'], page);
    },
    count(res, rest) {
      const [key, ...path] = rest;
      if (!NAME.test(key ?? '')) return badRequest(res, `bad count key "${key}"`);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const body = datasetFile(res, path.join('/'));
      if (body) send(res, 200, JSON_TYPE, body);
    },
    'count-read'(res, [key]) {
      if (!NAME.test(key ?? '')) return badRequest(res, `bad count key "${key}"`);
      sendJson(res, 200, {key, count: counts.get(key) ?? 0});
    },
    hold(res, rest) {
      const [key, name, ...path] = rest;
      if (!NAME.test(key ?? '') || !NAME.test(name ?? '')) return badRequest(res, `bad hold key or name "${key}/${name}"`);
      const body = datasetFile(res, path.join('/'));
      if (!body) return;
      const waiting = holds.get(key);
      if (path[path.length - 1] !== name || waiting === true) return send(res, 200, JSON_TYPE, body);
      const answer = () => send(res, 200, JSON_TYPE, body);
      const list = waiting ?? [];
      holds.set(key, list);
      list.push(answer);
      track(res, () => {
        const at = list.indexOf(answer);
        if (at >= 0) list.splice(at, 1);
        if (!res.writableEnded && !res.destroyed) res.destroy();
      });
    },
    release(res, [key]) {
      if (!NAME.test(key ?? '')) return badRequest(res, `bad hold key "${key}"`);
      const waiting = holds.get(key);
      holds.set(key, true);
      const released = Array.isArray(waiting) ? waiting.splice(0) : [];
      for (const answer of released) answer();
      sendJson(res, 200, {key, released: released.length});
    },
    'count-reset'(res, [key]) {
      if (!NAME.test(key ?? '')) return badRequest(res, `bad count key "${key}"`);
      counts.set(key, 0);
      sendJson(res, 200, {key, count: 0});
    },
  };

  async function middleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    // Answer on the raw Node response: no etag/304, compression or content-type rewriting by Koa.
    ctx.respond = false;
    ctx.status = 200; // keeps WTR's "404 network requests" list for real misses; the handler sets the true status
    const {res} = ctx;
    const [route, ...rest] = ctx.path.slice(PREFIX.length).split('/');
    const handler = Object.hasOwn(routes, route) ? routes[route] : null;
    if (!handler) return notFound(res, `route ${ctx.path} (see tests/support/fault-server.mjs)`);
    handler(res, rest, new URL(ctx.url, `${ctx.protocol}://${ctx.host}`));
  }

  const plugin = {
    name: 'career-widgets-fault-server',
    serverStop() {
      for (const finish of [...open]) finish();
      bigBodies.clear();
      holds.clear();
    },
  };

  return {middleware, plugin, counts};
}
