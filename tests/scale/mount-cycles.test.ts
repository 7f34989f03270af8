import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/wage-range/wage-range.js';
import type {CareerWidget} from '../../src/internal/career-widget.js';
import {memoryAfterGc, type MemorySample} from '../support/cdp.js';
import {onlyIn} from '../support/engine.js';

/**
 * Mount/unmount cycles leave nothing behind: a single-page app (a college catalogue, a job board) that shows and
 * hides widgets all day must not grow. Heap and listener counts come from the DevTools protocol after a forced
 * GC (Chromium only). A quick guard, not a benchmark: `npm run bench` records 1,000 cycles of the built bundle.
 */
const CODES = ['29-2072', '15-1252', '47-2111', '11-9111', '53-3032', '25-2021'];
const REGIONS = ['US', 'MN', 'TX', 'CA'];
/** What a few hundred cycles may leave behind: V8's heap jitters by a few hundred kB between samples. */
const HEAP_TOLERANCE = 2 * 1024 * 1024;
const LISTENER_TOLERANCE = 10;
const NODE_TOLERANCE = 100;

/**
 * Until the widget has finished loading. Not `settled()`: @open-wc's waitUntil leaves its timeout timer running,
 * and that timer's closure keeps the element alive for 8 s, which would read as a leak.
 */
async function finished(el: CareerWidget<unknown>): Promise<void> {
  const deadline = performance.now() + 8000;
  while (el.dataset.state !== 'complete') {
    if (el.dataset.state === 'error' || performance.now() > deadline) throw new Error(`<${el.localName}> ${el.dataset.state}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function cycle(host: HTMLElement, make: (i: number) => CareerWidget<unknown>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const el = make(i);
    host.append(el);
    await finished(el);
    el.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // let timers and observers of the last one finish
}

function wageRange(i: number) {
  return Object.assign(document.createElement('wage-range'), {occupation: CODES[i % CODES.length]!, region: REGIONS[i % REGIONS.length]!});
}

function profile(i: number) {
  return Object.assign(document.createElement('career-profile'), {occupation: CODES[i % CODES.length]!, region: REGIONS[i % REGIONS.length]!});
}

const growth = (before: MemorySample, after: MemorySample) => ({
  heap: after.heapUsed - before.heapUsed,
  listeners: after.jsEventListeners - before.jsEventListeners,
  nodes: after.nodes - before.nodes,
  documents: after.documents - before.documents,
});

describe('mount/unmount cycles (Chromium, DevTools protocol)', () => {
  for (const [tag, make, count] of [
    ['wage-range', wageRange, 300],
    ['career-profile', profile, 60],
  ] as const) {
    it(`${count} cycles of <${tag}> leave heap, listeners and nodes flat`, async function () {
      onlyIn(this, ['chromium'], 'heap and listener counts come from the DevTools protocol');
      this.timeout(120_000);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // Warm up: every code's file, the element chunks, Chart.js and the style sheets are loaded once for good.
      // V8's heap takes some 50 cycles to settle (optimised code, inline caches), then stays flat.
      await cycle(host, make, 50);
      const before = (await memoryAfterGc(tag))!;
      await cycle(host, make, count);
      const after = (await memoryAfterGc(tag))!;
      const grew = growth(before, after);
      expect(after.instances, `live <${tag}> objects after ${count} cycles`).to.be.at.most(before.instances! + 1);
      expect(grew.heap, `heap grew by ${(grew.heap / 1024).toFixed(0)} kB`).to.be.below(HEAP_TOLERANCE);
      expect(grew.listeners, 'event listeners').to.be.at.most(LISTENER_TOLERANCE);
      expect(grew.nodes, 'DOM nodes').to.be.at.most(NODE_TOLERANCE);
      expect(grew.documents, 'documents').to.be.at.most(0);
    });
  }
});
