import {DatasetError} from './errors.js';

export interface FetchOptions {
  /** Milliseconds before the whole request (headers and body) is given up. */
  timeoutMs: number;
  /** Largest body accepted, in bytes; a dataset file is far smaller, so more means a wrong URL or an attack. */
  maxBytes: number;
  /** What the error for a larger body adds after the limit; by default that a dataset file never is that large. */
  tooLargeNote?: string;
}

/**
 * 10 s: long enough for a dataset file on a slow phone connection (the largest a widget loads is ~300 KB), short
 * enough that a visitor facing a hung host sees the error and the host page's fallback before giving up.
 */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Bounds a host may set the wait to (`timeout` attribute, `career-widgets-timeout` meta tag), in milliseconds. */
export const TIMEOUT_RANGE_MS = {min: 1_000, max: 60_000} as const;

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: 8 * 1024 * 1024};

/** One in-flight or settled request per URL for the whole page, however many widgets ask. */
const requests = new Map<string, Promise<unknown>>();
/**
 * Resolves once no dataset file is loading (at once when none is): code the page may need later (the other
 * elements' chunks) waits for it, so on a slow connection it does not take bandwidth from the data on screen.
 */
export async function whenNoDataLoading(): Promise<void> {
  for (let asked = -1; asked !== requests.size;) {
    asked = requests.size;
    await Promise.allSettled(requests.values());
  }
}

/**
 * Fetches and parses a JSON file once per page. The shared request is never cancelled by one consumer (others
 * may be waiting on it); `signal` only detaches this caller. A failed request is forgotten so a later render
 * can try again.
 */
export function fetchJson(url: string, signal?: AbortSignal, options = DEFAULT_FETCH_OPTIONS): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = load(url, options);
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return detachable(request, signal);
}

/** Forgets every cached response (tests, and hosts that swap datasets at run time). */
export function clearRequestCache(): void {
  requests.clear();
}

async function load(url: string, {timeoutMs, maxBytes, tooLargeNote}: FetchOptions): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      // The request is exactly what `<link rel="preload" as="fetch" crossorigin href="…">` makes (CORS, the default
      // same-origin credentials, no extra headers), so a host's preload hint is reused instead of fetched twice.
      // Cross-origin datasets still get no cookies.
      response = await fetch(url, {signal: controller.signal});
    } catch {
      throw controller.signal.aborted
        ? new DatasetError('timeout', `No answer from ${url} within ${timeoutMs / 1000} s.`, url)
        : new DatasetError('network', unreachable(url), url);
    }
    // A dataset host that sends its files elsewhere (a hijacked or expired domain, a captive portal) is not trusted
    // to: the host page chose this origin. Same-origin redirects (http -> https on the same name aside) are fine.
    if (response.redirected && response.url && new URL(response.url).origin !== new URL(url).origin) {
      throw new DatasetError('config', `${url} redirected to another site (${new URL(response.url).origin}); use the final address if you trust it.`, url);
    }
    if (!response.ok) {
      // A missing file means a wrong dataset URL far more often than a missing occupation (codes are checked
      // against the index first), so a 404 is reported as the server error it is.
      const hint = response.status === 404 ? ' (not found): check the dataset URL' : '';
      throw new DatasetError('http', `${url} answered HTTP ${response.status}${hint}.`, url);
    }
    const text = await readText(response, url, {maxBytes, tooLargeNote}, controller.signal, timeoutMs);
    return parse(text, url, response.headers.get('content-type') ?? '');
  } finally {
    clearTimeout(timer);
  }
}

async function readText(response: Response, url: string, limit: Pick<FetchOptions, 'maxBytes' | 'tooLargeNote'>, signal: AbortSignal, timeoutMs: number) {
  const {maxBytes} = limit;
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(url, limit);
  // Read in chunks so a body larger than declared (or undeclared) is cut off instead of filling memory.
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel();
        throw tooLarge(url, limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw signal.aborted
      ? new DatasetError('timeout', `${url} did not finish arriving within ${timeoutMs / 1000} s.`, url)
      : new DatasetError('network', `The connection to ${url} broke off mid-response.`, url);
  }
  // Some engines (WebKit) accept a connection that closes before the announced length; the body is then cut. A
  // compressed body's Content-Length counts compressed bytes, which the decoded body is never shorter than.
  if (declared > 0 && size < declared) {
    throw new DatasetError('network', `The connection to ${url} broke off mid-response (${size} of ${declared} bytes).`, url);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // TextDecoder drops a leading UTF-8 BOM by default.
  return new TextDecoder('utf-8', {fatal: false}).decode(bytes);
}

function parse(text: string, url: string, contentType: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text) || contentType.includes('html');
    throw new DatasetError(
      'parse',
      looksHtml ? `${url} returned an HTML page, not JSON: check the dataset URL.` : `${url} is not valid JSON (the file may be truncated).`,
      url,
    );
  }
}

/** Why a request failed before any answer: the browser does not say, so name the causes this case allows. */
function unreachable(url: string): string {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return `Could not reach ${url}: this device is offline.`;
  const crossOrigin = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
  const csp = "or blocked by the page's Content-Security-Policy";
  return crossOrigin
    ? `Could not read ${url}: unreachable, no CORS header (Access-Control-Allow-Origin), ${csp} (connect-src).`
    : `Could not reach ${url} (offline, ${csp}).`;
}

const tooLarge = (url: string, {maxBytes, tooLargeNote = 'a dataset file never is'}: Pick<FetchOptions, 'maxBytes' | 'tooLargeNote'>) =>
  new DatasetError('invalid', `${url} is larger than ${Math.round(maxBytes / 1048576)} MB; ${tooLargeNote}.`, url);

/** Lets one caller stop waiting on a shared promise without cancelling it for the others. */
export function detachable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
