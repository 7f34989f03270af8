// In-page helpers the benchmarks share (passed to puppeteer's page.evaluate / evaluateOnNewDocument).

/** In the page: the hosts matching `selector` serialised with their (nested) shadow roots as declarative shadow DOM plus their CSS. */
export function serialiseHosts(selector) {
  const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const css = (root) => root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const children = (node, raw) => [...node.childNodes].map((c) => ser(c, raw)).join('');
  function ser(node, raw = false) {
    if (node.nodeType === Node.TEXT_NODE) return raw ? node.data : text(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    if (tag === 'script') return '';
    const attrs = [...node.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('');
    if (VOID.has(tag)) return `<${tag}${attrs}>`;
    let inner = '';
    if (node.shadowRoot) {
      inner += `<template shadowrootmode="open"><style>${css(node.shadowRoot)}</style>${children(node.shadowRoot)}</template>`;
    }
    inner += tag === 'template' ? children(node.content) : children(node, tag === 'style');
    return `<${tag}${attrs}>${inner}</${tag}>`;
  }
  return [...document.querySelectorAll(selector)].map((h) => ser(h)).join('\n');
}

/** In the page, before anything loads: sums layout-shift entries (without recent input), as CLS does. */
export function recordLayoutShifts() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
}
