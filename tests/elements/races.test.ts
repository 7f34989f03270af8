import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/wage-range/wage-range.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {settled, shadowText} from '../support/helpers.js';

/** Races a real page produces: attributes changed while loading, an element removed mid-load. */
describe('races while loading', () => {
  it('the last of several quick occupation changes wins: no stale render, one career-load', async () => {
    const loads: string[] = [];
    const listener = (event: Event) => loads.push((event as CustomEvent).detail.occupation);
    document.addEventListener('career-load', listener);
    try {
      const el = await fixture<WageRange>(html`<wage-range occupation="15-1211" source="/__fault/delay/400/"></wage-range>`);
      el.occupation = '29-1141';
      await el.updateComplete;
      el.source = '/__fault/delay/150/';
      el.occupation = '29-2072';
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 600)); // long enough for the first, slower request to land
      expect(loads).to.deep.equal(['29-2072.00']);
      expect(shadowText(el)).to.contain('Medical Records Specialists');
      expect(shadowText(el)).not.to.contain('Registered Nurses');
      expect(el.dataset.state).to.equal('complete');
    } finally {
      document.removeEventListener('career-load', listener);
    }
  });

  it('an element removed mid-load fires nothing while detached, throws nothing, and announces its data once when put back', async () => {
    const events: string[] = [];
    const record = (event: Event) => events.push(event.type);
    document.addEventListener('career-load', record);
    document.addEventListener('career-error', record);
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in event ? event.message : event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div><wage-range occupation="29-2072" source="/__fault/delay/401/"></wage-range></div>`);
      const el = wrap.querySelector('wage-range')!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(events).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      wrap.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain('$');
      // The load finished while it was detached: putting it back announces it, once.
      expect(events).to.deep.equal(['career-load']);
      el.remove();
      wrap.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events, 'moving a loaded element does not announce it again').to.deep.equal(['career-load']);
    } finally {
      document.removeEventListener('career-load', record);
      document.removeEventListener('career-error', record);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('a choice changed while detached mid-load: put back, it shows the new one and announces only that', async () => {
    const loads: string[] = [];
    const listener = (event: Event) => loads.push((event as CustomEvent).detail.occupation);
    document.addEventListener('career-load', listener);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div><wage-range occupation="15-1211" source="/__fault/delay/402/"></wage-range></div>`);
      const el = wrap.querySelector('wage-range')!;
      el.remove();
      el.occupation = '29-2072';
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(loads).to.deep.equal([]);
      wrap.append(el);
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.deep.equal(['29-2072.00']);
      expect(shadowText(el)).to.contain('Medical Records Specialists');
    } finally {
      document.removeEventListener('career-load', listener);
    }
  });

  it('an error that arrived while detached is announced once when the element is put back', async function () {
    this.timeout(15_000);
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail.kind);
    document.addEventListener('career-error', listener);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div><wage-range occupation="29-2072" source="/__fault/hang/detached/" timeout="1"></wage-range></div>`);
      const el = wrap.querySelector('wage-range')!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the 1 s timeout passes while detached
      expect(errors).to.deep.equal([]);
      wrap.append(el);
      await settled(el, 'error');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal(['timeout']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    } finally {
      document.removeEventListener('career-error', listener);
    }
  });
});
