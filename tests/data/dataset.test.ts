import {expect} from '@open-wc/testing';
import {Dataset, getDataset} from '../../src/data/dataset.js';
import {DatasetError} from '../../src/data/errors.js';
import {normaliseDatasetUrl} from '../../src/data/dataset-url.js';
import {failure} from '../support/helpers.js';

const REAL = new URL('/data/v1/', location.href).href;
const fault = (route: string) => new URL(`/__fault/${route}/`, location.href).href;

describe('Dataset', () => {
  it('resolves a SOC code to its .00 O*NET occupation and offers the siblings', async () => {
    const dataset = getDataset(REAL);
    const soc = await dataset.resolve('11-1011');
    expect(soc.entry.code).to.equal('11-1011.00');
    expect(soc.alternatives.map((a) => a.code)).to.include('11-1011.03');
    const exact = await dataset.resolve('11-1011.03');
    expect(exact.entry.title).to.equal('Chief Sustainability Officers');
    expect(exact.fallback).to.be.false;
  });

  it('falls back to the SOC code when an O*NET code is unknown, and says so', async () => {
    const resolution = await getDataset(REAL).resolve('29-2072.07');
    expect(resolution.entry.code).to.equal('29-2072.00');
    expect(resolution.fallback).to.be.true;
  });

  it('loads Minnesota medical records specialists with the published figures', async () => {
    const {occupation, meta} = await getDataset(REAL).load('29-2072');
    expect(occupation.title).to.equal('Medical Records Specialists');
    expect(occupation.wages.states.MN!.annual.median).to.equal(61530);
    expect(occupation.wages.national!.hourly.median).to.equal(24.59);
    expect(meta.wages.period).to.equal('May 2025');
  });

  it('rejects malformed codes and unknown occupations with actionable messages', async () => {
    const dataset = getDataset(REAL);
    const bad = await failure(dataset.resolve('<img src=x onerror=alert(1)>'));
    expect(bad.kind).to.equal('config');
    expect(bad.message).to.contain('29-2072');
    const missing = await failure(dataset.resolve('99-9999'));
    expect(missing.kind).to.equal('not-found');
    expect(missing.message).to.contain('99-9999');
  });

  it('makes one request per file however many widgets ask', async () => {
    const key = `once-${Date.now()}`;
    const dataset = new Dataset(fault(`count/${key}`));
    await Promise.all(Array.from({length: 20}, () => dataset.index()));
    const count = await (await fetch(`/__fault/count-read/${key}`)).json();
    expect(count.count).to.equal(1);
  });

  it('loads a profile with two parallel requests, meta and the file the code names, without the index', async () => {
    const key = `load-${Date.now()}`;
    const {occupation, resolution} = await new Dataset(fault(`count/${key}`)).load('11-1011');
    expect(occupation.code).to.equal('11-1011.00');
    // The same resolution the index gives: the entry and the SOC code's other occupations.
    const fromIndex = await getDataset(REAL).resolve('11-1011');
    expect(resolution.entry).to.deep.equal(fromIndex.entry);
    expect(resolution.alternatives.map((a) => [a.code, a.title, a.kind])).to.deep.equal(fromIndex.alternatives.map((a) => [a.code, a.title, a.kind]));
    expect(resolution.fallback).to.be.false;
    const count = await (await fetch(`/__fault/count-read/${key}`)).json();
    expect(count.count).to.equal(2);
    // A specialty whose median is its SOC occupation's: the entry says whose, as index.json does.
    const specialty = await new Dataset(REAL).load('11-1011.03');
    expect(specialty.resolution.entry).to.deep.equal((await getDataset(REAL).resolve('11-1011.03')).entry);
  });

  it('falls back to the index when the code names no file (an unknown O*NET code)', async () => {
    const key = `fallback-${Date.now()}`;
    const {occupation, resolution} = await new Dataset(fault(`count/${key}`)).load('29-2072.07');
    expect(occupation.code).to.equal('29-2072.00');
    expect(resolution.fallback).to.be.true;
    const count = await (await fetch(`/__fault/count-read/${key}`)).json();
    expect(count.count).to.equal(4); // meta, the missing guess, index, the resolved file
  });

  it('lets one caller give up without cancelling the shared request', async () => {
    const dataset = new Dataset(fault('delay/300'));
    const controller = new AbortController();
    const first = dataset.meta(controller.signal);
    const second = dataset.meta();
    controller.abort(new Error('element removed'));
    await failure(first.catch((e) => Promise.reject(new DatasetError('config', String(e)))));
    expect((await second).schemaVersion).to.equal(1);
  });

  const transport: [string, string, string][] = [
    ['500', 'status/500', 'http'],
    ['404', 'status/404', 'http'],
    ['an HTML page', 'html', 'parse'],
    ['a truncated body', 'truncated', 'parse'],
  ];
  for (const [what, route, kind] of transport) {
    it(`reports ${what} as a ${kind} error`, async () => {
      const error = await failure(new Dataset(fault(route)).index());
      expect(error.kind).to.equal(kind);
      expect(error.message).to.contain('/__fault/');
    });
  }

  it('gives up on a server that never answers', async () => {
    const error = await failure(new Dataset(fault('hang'), {timeoutMs: 300, maxBytes: 1e6}).meta());
    expect(error.kind).to.equal('timeout');
  });

  it('gives up on a body that drips in', async () => {
    const error = await failure(new Dataset(fault('drip'), {timeoutMs: 400, maxBytes: 1e6}).meta());
    expect(error.kind).to.equal('timeout');
  });

  it('refuses a body over the size cap', async () => {
    const error = await failure(new Dataset(fault('big'), {timeoutMs: 5000, maxBytes: 1024 * 1024}).meta());
    expect(error.message).to.contain('larger than');
  });

  it('reads a file with a byte order mark and one served as text/plain', async () => {
    expect((await new Dataset(fault('bom')).meta()).schemaVersion).to.equal(1);
    expect((await new Dataset(fault('wrong-type')).meta()).schemaVersion).to.equal(1);
  });

  it('resolves again after the index failed once (the "Try again" button)', async () => {
    const dataset = new Dataset(fault('status/503'));
    await failure(dataset.resolve('29-2072'));
    // Point the same instance's next index request at a working copy by swapping fetch for one call.
    const real = window.fetch;
    window.fetch = (input, init) => real(String(input).replace('/__fault/status/503/', '/data/v1/'), init);
    try {
      expect((await dataset.resolve('29-2072')).entry.code).to.equal('29-2072.00');
    } finally {
      window.fetch = real;
    }
  });

  it('forgets a failed request so a later attempt can succeed', async () => {
    const key = `retry-${Date.now()}`;
    const dataset = new Dataset(fault(`count/${key}`));
    await failure(dataset.occupation('00-0000.00'));
    await failure(dataset.occupation('00-0000.00'));
    const count = await (await fetch(`/__fault/count-read/${key}`)).json();
    expect(count.count).to.equal(2);
  });
});

describe('normaliseDatasetUrl', () => {
  const base = 'https://college.example/programs/page.html';
  it('resolves relative folders against the page and adds the trailing slash', () => {
    expect(normaliseDatasetUrl('../career-data', base)).to.equal('https://college.example/career-data/');
  });
  for (const hostile of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x']) {
    it(`refuses ${JSON.stringify(hostile)}`, () => {
      expect(() => normaliseDatasetUrl(hostile, base)).to.throw(DatasetError);
    });
  }
});
