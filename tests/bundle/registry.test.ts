// The BUILT script-tag entry (dist/career-widgets.js; `npm run build` first) knows every element of the registry:
// it loads each one's code on demand, and dist/career-widgets.css keeps each one's room. This page imports no
// element source, so every definition here comes from the bundle.
import {expect} from '@open-wc/testing';
import {ELEMENTS} from '../../src/elements/registry.js';

const BUNDLE = '/dist/career-widgets.js';

describe('the built entry and the registry', () => {
  it('loads the code of every element of the registry when asked, and defines its tag', async () => {
    const bundle = await import(/* @vite-ignore */ BUNDLE);
    for (const tag of Object.keys(ELEMENTS)) {
      await bundle.loadElement(tag); // (a nested element, or the idle loader, may have defined it already)
      expect(customElements.get(tag) !== undefined, `<${tag}> is defined`).to.be.true;
    }
  });

  it('dist/career-widgets.css keeps the room of every element of the registry', async () => {
    const css = await (await fetch('/dist/career-widgets.css')).text();
    for (const [tag, {height}] of Object.entries(ELEMENTS)) {
      expect(css).to.contain(`:where(${tag}:not(:defined),[data-career-widget="${tag}"]){display:flow-root;min-height:var(--cw-loading-height,${height}em)}`);
    }
  });
});
