// The package entry (src/index.ts, for sites with their own bundler) registers and exports every element of the
// registry: an element left out of it fails here. (The built script-tag entry: tests/bundle/registry.test.ts.)
import {expect} from '@open-wc/testing';
import {ELEMENTS} from '../../src/elements/registry.js';

describe('the package entry and the registry', () => {
  it('registers every element of the registry and exports its class', async () => {
    const entry: Record<string, unknown> = await import('../../src/index.js');
    const exported = new Set(Object.values(entry));
    for (const tag of Object.keys(ELEMENTS)) {
      const element = customElements.get(tag);
      expect(element, `<${tag}> is defined by src/index.ts`).to.exist;
      expect(exported.has(element), `src/index.ts exports the class of <${tag}>`).to.be.true;
    }
  });
});
