// Dependency-free static server for the repo root (demo pages, dist/, data/).
//   node scripts/serve.mjs        PORT from the environment, else 8000; a free port if that one is taken.
// Also imported by scripts/bench.mjs: createHandler(root) and startServer({ root, port }).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

export const contentType = (path) => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/**
 * Maps a URL path to a file under root, or null when it would leave root
 * (`..`, encoded `%2e%2e`, backslashes, NUL bytes).
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Text types a CDN compresses. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
/** gzip level 6 (what nginx and most CDNs use), kept per file and modification time. */
const gzipped = new Map();
async function gzipOf(file, info) {
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  let body = gzipped.get(key);
  if (!body) gzipped.set(key, (body = gzipSync(await readFile(file), { level: 6 })));
  return body;
}

/**
 * A node:http request handler serving files under `root`. Text files are sent gzip-compressed to clients that
 * accept it, as a CDN serves them (so benchmarks over a throttled network measure realistic bytes).
 */
export function createHandler(root = ROOT) {
  const base = resolve(root);
  return async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveInside(base, url.pathname);
    if (!file) return send(res, 403, 'Forbidden\n');
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          return send(res, 301, 'Moved\n', { Location: `${url.pathname}/${url.search}` });
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      return send(res, 404, `Not found: ${url.pathname}\n`);
    }
    if (!info.isFile()) return send(res, 404, `Not found: ${url.pathname}\n`);
    const type = contentType(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = await gzipOf(file, info);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
      });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  };
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port);
  });
}

/**
 * Starts a server on `port` (0 = any free port); if the port is taken, falls back to a free one.
 * @returns {Promise<{ server: import('node:http').Server, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = ROOT, port = 0 } = {}) {
  const server = createServer(createHandler(root));
  let actual;
  try {
    actual = await listen(server, port);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    console.warn(`Port ${port} is not available (${error.code}); using a free port instead.`);
    actual = await listen(server, 0);
  }
  const close = () =>
    new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections?.();
    });
  return { server, port: actual, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = Number.parseInt(process.env.PORT ?? '', 10);
  const { port, close } = await startServer({ port: Number.isFinite(requested) ? requested : 8000 });
  console.log(`Serving ${ROOT}`);
  console.log(`Demo: http://localhost:${port}/demo/`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
}
