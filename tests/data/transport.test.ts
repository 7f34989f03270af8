import {expect} from '@open-wc/testing';
import {Dataset} from '../../src/data/dataset.js';
import {DEFAULT_FETCH_OPTIONS, fetchJson} from '../../src/data/fetch-json.js';
import {crossOrigin} from '../support/origins.js';
import {failure} from '../support/helpers.js';

/**
 * docs/SECURITY.md, "Transport": every fault through the fault server (tests/support/fault-server.mjs), each with
 * the kind and message a site owner can act on. 404, 500, HTML, wrong content type, hang, drip, BOM and the size
 * cap are in tests/data/dataset.test.ts; the element-level timeout in tests/elements/faults.test.ts.
 */
const fault = (route: string) => new URL(`/__fault/${route}/`, location.href).href;
let unique = 0;
const fresh = () => `?n=${Date.now()}-${++unique}`; // fetchJson shares requests per URL for the whole page

describe('transport faults get the right message', () => {
  it('a server without a CORS header: says CORS may block it', async () => {
    const error = await failure(new Dataset(crossOrigin('/__fault/no-cors/')).meta());
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Access-Control-Allow-Origin');
  });

  it('a redirect to another origin: refused, naming that origin', async () => {
    const error = await failure(new Dataset(fault('redirect')).meta());
    expect(error.kind).to.equal('config');
    expect(error.message).to.contain('redirected to another site');
    expect(error.message).to.contain(new URL(crossOrigin('/')).origin);
  });

  it('a reset mid-body: says the connection broke off', async () => {
    const error = await failure(new Dataset(fault('reset')).index());
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('broke off mid-response');
  });

  it('a Content-Length longer than the body: says the connection broke off', async () => {
    const error = await failure(new Dataset(fault('lying-length/long')).index());
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('broke off');
  });

  it('a Content-Length shorter than the body: the cut file is reported as truncated', async () => {
    const error = await failure(new Dataset(fault('lying-length/short')).index());
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('truncated');
  });

  it('a server that never answers: timeout, and the wait is what the options say', async () => {
    const started = performance.now();
    const error = await failure(fetchJson(`${fault('hang')}meta.json${fresh()}`, undefined, {...DEFAULT_FETCH_OPTIONS, timeoutMs: 1000}));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('within 1 s');
    expect(performance.now() - started).to.be.at.least(950);
  });

  it('a body dripping in (one byte every 200 ms): timeout while arriving', async () => {
    const error = await failure(fetchJson(`${fault('drip')}meta.json${fresh()}`, undefined, {...DEFAULT_FETCH_OPTIONS, timeoutMs: 1000}));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not finish arriving within 1 s');
  });

  it('waits 10 s by default, not longer', () => {
    expect(DEFAULT_FETCH_OPTIONS.timeoutMs).to.equal(10_000);
  });

  it('offline: says the device is offline', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', {configurable: true, get: () => false});
    try {
      const error = await failure(new Dataset('http://127.0.0.1:9/v1/').meta());
      expect(error.kind).to.equal('network');
      expect(error.message).to.contain('this device is offline');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('an unreachable host: network error', async () => {
    const error = await failure(new Dataset('http://127.0.0.1:9/v1/').meta());
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('127.0.0.1:9');
  });

  it('a 50 MB body with an honest Content-Length: refused before it is read', async function () {
    this.timeout(30_000); // the fault server builds the 50 MB body first, slowly on a loaded machine
    const url = `${fault('big')}meta.json?mb=50&${fresh().slice(1)}`;
    const error = await failure(fetchJson(url, undefined, {...DEFAULT_FETCH_OPTIONS, timeoutMs: 25_000}));
    expect(error.message).to.contain('larger than 8 MB');
  });

  it('a 50 MB body without Content-Length: cut off at the size cap (or the deadline) while reading', async function () {
    this.timeout(30_000);
    const url = `${fault('big')}meta.json?mb=50&length=none&${fresh().slice(1)}`;
    const error = await failure(fetchJson(url, undefined, {...DEFAULT_FETCH_OPTIONS, timeoutMs: 15_000}));
    // Chromium and Firefox reach the 8 MB cap in about a second; WebKitGTK under xvfb streams a chunked body so
    // slowly that the deadline can come first. Either way reading stops, in bounded time and memory.
    if (error.kind === 'timeout') expect(error.message).to.contain('did not finish arriving');
    else expect(error.message).to.contain('larger than 8 MB');
  });
});
