/**
 * Serves an in-memory dataset at a fake origin by wrapping `window.fetch`, so a test can hand a widget a
 * dataset edited from the real one (hostile strings, top-coded wages, missing sections) without fixture files.
 * The data layer still does the real work: fetch, parse, validate. Requests to other URLs pass through.
 */
type Body = unknown;

const served = new Map<string, Map<string, Body>>();
/** Stub bases that serve the real dataset's file for any path they were not given. */
const passThrough = new Set<string>();
const realFetch = window.fetch.bind(window);
let counter = 0;

window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const base = [...served.keys()].find((b) => url.href.startsWith(b));
  if (!base) return realFetch(input, init);
  const path = url.href.slice(base.length);
  const body = served.get(base)!.get(path);
  if (body === undefined && passThrough.has(base)) {
    const file = await realFetch(`/data/v1/${path}`);
    return new Response(await file.text(), {status: file.status, headers: {'content-type': file.headers.get('content-type') ?? 'application/json'}});
  }
  if (body === undefined) return new Response('not found', {status: 404});
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {headers: {'content-type': 'application/json'}});
};

/** Real dataset file, parsed. */
export async function real<T = any>(path: string): Promise<T> {
  return (await realFetch(`/data/v1/${path}`)).json();
}

/**
 * Serves the real meta and index plus the given files (paths relative to the dataset folder; objects are
 * JSON-encoded, strings sent as they are) at a fresh base URL, and returns that URL. Other paths are 404, or with
 * `others: 'real'` the real dataset's files (a test then replaces only the files it is about).
 */
export async function stubDataset(files: Record<string, Body>, {others = 'missing'}: {others?: 'missing' | 'real'} = {}): Promise<string> {
  const base = `https://stub-${++counter}.dataset.test/v1/`;
  if (others === 'real') passThrough.add(base);
  const map = new Map<string, Body>([
    ['meta.json', await real('meta.json')],
    ['index.json', await real('index.json')],
  ]);
  for (const [path, body] of Object.entries(files)) map.set(path, body);
  served.set(base, map);
  return base;
}
