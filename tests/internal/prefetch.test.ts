// The entry starts an element's data requests from its attributes before the element's code has arrived; which
// attribute names the data is the element's registry line (src/elements/registry.ts), not prefetch.ts's knowledge.
import {expect, waitUntil} from '@open-wc/testing';
import {ELEMENTS} from '../../src/elements/registry.js';
import {prefetchData} from '../../src/internal/prefetch.js';

const count = async (key: string) => ((await (await fetch(`/__fault/count-read/${key}`)).json()) as {count: number}).count;

describe('prefetchData', () => {
  it('requests the data an element will show from its attributes, once, before the element exists', async () => {
    const key = `prefetch-${Date.now()}`;
    await fetch(`/__fault/count-reset/${key}`);
    // A tag nobody defines: what the entry sees before an element's chunk has arrived.
    const pending = document.createElement('career-pending');
    pending.setAttribute('occupation', '29-2072');
    pending.setAttribute('source', `/__fault/count/${key}/`);
    prefetchData(pending, ELEMENTS['career-profile'].data);
    prefetchData(pending, ELEMENTS['career-profile'].data); // a second look (the markup observer) adds no request
    await waitUntil(async () => (await count(key)) >= 2, 'meta.json and the occupation file were not requested', {timeout: 5000});
    await new Promise((r) => setTimeout(r, 300));
    expect(await count(key), 'meta.json and 29-2072.00.json, once each').to.equal(2);
  });

  it('requests the meta, index and region summary of a career list, once each', async () => {
    const key = `prefetch-list-${Date.now()}`;
    await fetch(`/__fault/count-reset/${key}`);
    // Not defined in this test page: the entry sees the tag before the element's chunk has arrived.
    const list = document.createElement('career-explorer');
    list.setAttribute('region', 'mn');
    list.setAttribute('source', `/__fault/count/${key}/`);
    prefetchData(list, ELEMENTS['career-explorer'].data);
    prefetchData(list, ELEMENTS['career-explorer'].data);
    await waitUntil(async () => (await count(key)) >= 3, 'meta.json, index.json and regions/MN.json were not requested', {timeout: 5000});
    await new Promise((r) => setTimeout(r, 300));
    expect(await count(key), 'three files, once each').to.equal(3);
  });

  it('reads the attribute the registry names: a program page’s `cip` asks for meta and programs, and the index only to sort by wage', async () => {
    for (const [sort, files] of [
      ['', 2],
      ['wage', 3],
    ] as const) {
      const key = `prefetch-cip-${sort}-${Date.now()}`;
      await fetch(`/__fault/count-reset/${key}`);
      const pending = document.createElement('career-pending');
      pending.setAttribute('cip', '51.0707');
      pending.setAttribute('occupation', '29-2072'); // not what a program's line names: ignored
      if (sort) pending.setAttribute('sort', sort);
      pending.setAttribute('source', `/__fault/count/${key}/`);
      prefetchData(pending, ELEMENTS['program-careers'].data);
      await waitUntil(async () => (await count(key)) >= files, `sort="${sort}": ${files} files were not requested`, {timeout: 5000});
      await new Promise((r) => setTimeout(r, 300));
      expect(await count(key), `sort="${sort}"`).to.equal(files);
    }
  });

  it('asks for nothing, and throws nothing, without an occupation, without a data attribute, or with a bad source', async () => {
    const key = `prefetch-none-${Date.now()}`;
    await fetch(`/__fault/count-reset/${key}`);
    const none = document.createElement('career-pending');
    expect(() => prefetchData(none, ELEMENTS['career-profile'].data)).not.to.throw();
    const compare = document.createElement('career-pending');
    compare.setAttribute('occupation', '29-2072');
    compare.setAttribute('source', `/__fault/count/${key}/`);
    expect(() => prefetchData(compare, undefined)).not.to.throw(); // a line without `data` (the comparison)
    const bad = document.createElement('career-pending');
    bad.setAttribute('occupation', '29-2072');
    bad.setAttribute('source', 'javascript:alert(1)');
    expect(() => prefetchData(bad, ELEMENTS['career-profile'].data)).not.to.throw();
    await new Promise((r) => setTimeout(r, 300));
    expect(await count(key)).to.equal(0);
  });
});
