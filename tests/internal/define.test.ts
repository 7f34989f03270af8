import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/internal/define.js';
import {VERSION} from '../../src/internal/version.js';

describe('defineElement', () => {
  it('registers once and ignores a second copy of the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('cw-test-once', First);
    expect(() => defineElement('cw-test-once', Second)).to.not.throw();
    expect(customElements.get('cw-test-once')).to.equal(First);
  });

  it('warns once when another version is already on the page', () => {
    const registry = (globalThis as any)[Symbol.for('career-widgets.registry')];
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const saved = {...registry};
    try {
      registry.version = '0.0.1-other';
      registry.warned = false;
      defineElement('cw-test-a', class extends HTMLElement {});
      defineElement('cw-test-b', class extends HTMLElement {});
    } finally {
      console.warn = warn;
      Object.assign(registry, saved);
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('0.0.1-other');
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
