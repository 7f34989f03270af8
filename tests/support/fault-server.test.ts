// Checks the fault routes themselves (tests/support/fault-server.mjs), so element and data-layer
// failure tests can trust them.
import {expect} from '@open-wc/testing';

const DATA = '/data/v1/meta.json';

async function realMeta(): Promise<string> {
  const res = await fetch(DATA, {cache: 'no-store'});
  expect(res.ok, `${DATA} must exist (run npm run data)`).to.be.true;
  return res.text();
}

describe('fault server', () => {
  it('answers status codes with that status', async () => {
    for (const code of [404, 500, 503]) {
      const res = await fetch(`/__fault/status/${code}/index.json`);
      expect(res.status).to.equal(code);
    }
  });

  it('serves HTML with 200 on /html/', async () => {
    const res = await fetch('/__fault/html/index.json');
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    expect(await res.text()).to.match(/^<!doctype html>/);
  });

  it('never answers on /hang/ until the client aborts', async () => {
    const controller = new AbortController();
    const pending = fetch('/__fault/hang/index.json', {signal: controller.signal});
    const outcome = await Promise.race([pending.then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 400))]);
    expect(outcome).to.equal('still waiting');
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as Error)?.name).to.equal('AbortError');
  });

  it('drips one byte at a time on /drip/', async () => {
    const controller = new AbortController();
    const res = await fetch('/__fault/drip/not-a-dataset-file.json', {signal: controller.signal});
    expect(res.status).to.equal(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.value?.length).to.equal(1);
    controller.abort();
    await reader.cancel().catch(() => undefined);
  });

  it('truncates, mislabels and prefixes a BOM to a real dataset file', async () => {
    const meta = await realMeta();
    const truncated = await (await fetch(`/__fault/truncated/meta.json`)).text();
    expect(truncated.length).to.be.lessThan(meta.length);
    expect(meta.startsWith(truncated)).to.be.true;

    const wrong = await fetch('/__fault/wrong-type/meta.json');
    expect(wrong.headers.get('content-type')).to.match(/^text\/plain/);
    expect(await wrong.text()).to.equal(meta);

    const bom = new Uint8Array(await (await fetch('/__fault/bom/meta.json')).arrayBuffer());
    expect([...bom.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('serves a big JSON body on /big/', async () => {
    const res = await fetch('/__fault/big/index.json?mb=2');
    const body = await res.arrayBuffer();
    expect(body.byteLength).to.be.greaterThan(2_000_000);
  });

  it('counts requests per key', async () => {
    const key = `count-self-test-${Date.now()}`;
    await fetch(`/__fault/count/${key}/meta.json`);
    await fetch(`/__fault/count/${key}/meta.json`);
    const read = await (await fetch(`/__fault/count-read/${key}`)).json();
    expect(read).to.deep.equal({key, count: 2});
    const reset = await (await fetch(`/__fault/count-reset/${key}`)).json();
    expect(reset.count).to.equal(0);
  });

  it('refuses paths that leave their folder', async () => {
    for (const path of ['/__fault/truncated/..%2Fpackage.json', '/__fault/dataset/x/..%2F..%2F..%2Fpackage.json']) {
      const res = await fetch(path);
      expect(res.status, path).to.equal(400);
    }
  });
});
