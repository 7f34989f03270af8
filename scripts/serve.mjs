// Static server for the repo root (demo pages, dist/, data/): @web/dev-server (the server Web Test Runner uses),
// with no plugins, so files are served exactly as they are, plus what a real host does that it does not: gzip.
//   node scripts/serve.mjs        PORT from the environment, else 8000; a free port if that one is taken.
// Also imported by the benchmark and tool scripts: ROOT and startServer({ root, port }).
import {stat} from 'node:fs/promises';
import {createServer} from 'node:net';
import {promisify} from 'node:util';
import {gzip} from 'node:zlib';
import {resolve} from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {startDevServer} from '@web/dev-server';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const gzipAsync = promisify(gzip);

/** Text types a CDN compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;

async function bodyBuffer(body) {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Readable) {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return null;
}

/**
 * Text files gzip-compressed (level 6, what nginx and most CDNs use) for clients that accept it, as a CDN serves
 * them, so benchmarks over a throttled network measure realistic bytes; the dev server itself sends them as they are.
 */
async function gzipAsHostsDo(ctx, next) {
  await next();
  if (ctx.status !== 200 || ctx.body == null || ctx.response.get('Content-Encoding')) return;
  if (!COMPRESSIBLE.test(ctx.response.type) || !ctx.acceptsEncodings('gzip', 'identity').startsWith('gzip')) return;
  const raw = await bodyBuffer(ctx.body);
  if (!raw) return;
  ctx.body = await gzipAsync(raw, {level: 6});
  ctx.set('Content-Encoding', 'gzip');
  ctx.vary('Accept-Encoding');
}

/** A folder asked for without its trailing slash is redirected, so the page's relative URLs resolve as written. */
function folderSlash(root) {
  return async (ctx, next) => {
    if (!ctx.path.endsWith('/') && !/\.[^/]*$/.test(ctx.path)) {
      let folder = null;
      try {
        folder = resolve(root, `.${decodeURIComponent(ctx.path)}`);
      } catch {
        // a malformed escape: the dev server answers it
      }
      if (
        folder?.startsWith(root) &&
        (await stat(folder).then(
          (info) => info.isDirectory(),
          () => false,
        ))
      )
        return ctx.redirect(`${ctx.path}/${ctx.search}`);
    }
    return next();
  };
}

/** `port` if it is free, else (or for 0) a free port the system picks. */
function freePort(port) {
  const probe = (wanted) =>
    new Promise((done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(wanted, () => {
        const {port: got} = server.address();
        server.close(() => done(got));
      });
    });
  return probe(port).catch((error) => {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    return probe(0);
  });
}

/**
 * Starts the server on `port`; if that port is taken (or 0 is asked for), on the next free one.
 * @returns {Promise<{ server: import('node:http').Server, port: number, close: () => Promise<void> }>}
 */
export async function startServer({root = ROOT, port = 0} = {}) {
  const base = resolve(root);
  const free = await freePort(port);
  if (port && free !== port) console.warn(`Port ${port} is not available; using a free port (${free}) instead.`);
  const devServer = await startDevServer({
    config: {
      rootDir: base,
      port: free,
      hostname: 'localhost',
      watch: false,
      nodeResolve: false,
      middleware: [folderSlash(base), gzipAsHostsDo, noSniff],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return {server: devServer.server, port: free, close: () => devServer.stop()};
}

async function noSniff(ctx, next) {
  await next();
  ctx.set('Cache-Control', 'no-cache');
  ctx.set('X-Content-Type-Options', 'nosniff');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = Number.parseInt(process.env.PORT ?? '', 10);
  const {port, close} = await startServer({port: Number.isFinite(requested) ? requested : 8000});
  console.log(`Serving ${ROOT}`);
  console.log(`Demo: http://localhost:${port}/demo/`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
}
