// Web Test Runner server commands that need the DevTools protocol (Chromium only), for tests/support/cdp.ts.
//
//   cdp-emulate-media  {media?: 'print' | 'screen' | '', features?: {name, value}[]}
//                      Emulation.setEmulatedMedia: e.g. forced-colors: active, prefers-color-scheme: dark,
//                      prefers-reduced-motion: reduce (what Windows High Contrast and OS settings do). An empty
//                      call resets. @web/test-runner-commands' emulateMedia cannot set forced-colors.
//   cdp-zoom           {factor: number, width: number, height: number}
//                      Emulation.setDeviceMetricsOverride with deviceScaleFactor and a CSS viewport of
//                      width/factor: what browser zoom does to layout (200% zoom of a 640 px window = 320 CSS px).
//   cdp-reset-zoom     clears the override.
//   cdp-memory         {tag?: string} HeapProfiler.collectGarbage (twice: finalizers free more on the second
//                      pass), then Runtime.getHeapUsage, Memory.getDOMCounters and, given a tag, the live objects of
//                      its class (Runtime.queryObjects): {supported, heapUsed, heapTotal, documents, nodes,
//                      jsEventListeners, instances} for the leak test (tests/scale/).
//
// Other engines answer {supported: false}; tests skip themselves then (tests/support/engine.ts onlyIn).
async function client(session) {
  if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return null;
  const page = session.browser.getPage(session.id);
  page.__cdp ??= await page.createCDPSession();
  return page.__cdp;
}

export function cdpPlugin() {
  return {
    name: 'career-widgets-cdp',
    async executeCommand({command, payload, session}) {
      if (!command.startsWith('cdp-')) return undefined;
      const cdp = await client(session);
      if (!cdp) return {supported: false};
      switch (command) {
        case 'cdp-emulate-media':
          await cdp.send('Emulation.setEmulatedMedia', {media: payload?.media ?? '', features: payload?.features ?? []});
          return {supported: true};
        case 'cdp-zoom': {
          const {factor, width, height} = payload;
          await cdp.send('Emulation.setDeviceMetricsOverride', {
            width: Math.round(width / factor),
            height: Math.round(height / factor),
            deviceScaleFactor: factor,
            mobile: false,
          });
          return {supported: true};
        }
        case 'cdp-reset-zoom':
          await cdp.send('Emulation.clearDeviceMetricsOverride');
          return {supported: true};
        case 'cdp-memory': {
          await cdp.send('HeapProfiler.enable');
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const heap = await cdp.send('Runtime.getHeapUsage');
          const counters = await cdp.send('Memory.getDOMCounters');
          let instances = null;
          if (payload?.tag) {
            // Live objects of the element's class: the plainest sign of a leak (each removed widget kept alive).
            const page = session.browser.getPage(session.id);
            const proto = await page.evaluateHandle((tag) => customElements.get(tag).prototype, payload.tag);
            const found = await page.queryObjects(proto);
            instances = await page.evaluate((list) => list.length, found);
            await Promise.all([proto.dispose(), found.dispose()]);
          }
          return {
            instances,
            supported: true,
            heapUsed: heap.usedSize,
            heapTotal: heap.totalSize,
            documents: counters.documents,
            nodes: counters.nodes,
            jsEventListeners: counters.jsEventListeners,
          };
        }
        default:
          throw new Error(`unknown command ${command} (tests/support/cdp-plugin.mjs)`);
      }
    },
  };
}
