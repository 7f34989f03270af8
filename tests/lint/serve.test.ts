// The demo server (scripts/serve.mjs, what `npm start` and the benchmarks use) serves the repo as a real host does:
// the right content types, gzip for text (the transfer sizes the benchmarks measure), folders redirected to their
// slash, nothing outside the repo, and a free port when the one asked for is taken.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync, gzipSync} from 'node:zlib';
import {ROOT, startServer} from '../../scripts/serve.mjs';

test('serves the demo, the dataset and the sources with their types, gzip for text, and a free port when asked for a taken one', async () => {
  const first = await startServer({root: ROOT, port: 0});
  const second = await startServer({root: ROOT, port: first.port});
  try {
    assert.notEqual(second.port, first.port, 'a taken port falls back to a free one');
    const url = (path: string) => `http://localhost:${first.port}${path}`;
    const gz = {headers: {'accept-encoding': 'gzip'}};

    const meta = await fetch(url('/data/v1/meta.json'), gz);
    assert.equal(meta.status, 200);
    assert.match(meta.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(meta.headers.get('content-encoding'), 'gzip');
    const raw = await fetch(url('/data/v1/meta.json'), {headers: {'accept-encoding': 'identity'}});
    assert.equal(raw.headers.get('content-encoding'), null, 'identity for a client without gzip');
    const file = readFileSync(join(ROOT, 'data/v1/meta.json'));
    assert.equal(await raw.text(), file.toString());

    // Level 6, as a CDN compresses: the bytes on the wire are those a benchmark counts.
    const {request} = await import('node:http');
    const wire = await new Promise<Buffer>((done, fail) => {
      request(url('/data/v1/meta.json'), {headers: {'accept-encoding': 'gzip'}}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(Buffer.concat(chunks)));
      })
        .on('error', fail)
        .end();
    });
    assert.equal(wire.length, gzipSync(file, {level: 6}).length);
    assert.deepEqual(gunzipSync(wire), file);

    const page = await fetch(url('/demo/'));
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await page.text(), /career-widgets/);
    assert.match((await fetch(url('/demo/assets/demo.css'))).headers.get('content-type') ?? '', /^text\/css/);
    assert.match((await fetch(url('/demo/assets/playground.js'))).headers.get('content-type') ?? '', /javascript/);
    assert.match((await fetch(url('/demo/assets/favicon.svg'))).headers.get('content-type') ?? '', /^image\/svg\+xml/);

    const folder = await fetch(url('/demo'), {redirect: 'manual'});
    assert.ok([301, 302].includes(folder.status), `a folder without its slash is redirected (got ${folder.status})`);
    assert.equal(new URL(folder.headers.get('location')!, url('/')).pathname, '/demo/');

    for (const outside of ['/..%2fpackage.json', '/demo/..%2f..%2f..%2fetc/passwd']) {
      assert.ok([403, 404].includes((await fetch(url(outside))).status), `${outside} stays inside the repo`);
    }
    assert.equal((await fetch(url('/no-such-file.js'))).status, 404);
  } finally {
    await first.close();
    await second.close();
  }
});
