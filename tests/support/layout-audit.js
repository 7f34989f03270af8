// Layout checks that run in the page, shared by the browser tests (imported) and scripts/screenshots.mjs
// (stringified into page.evaluate, so the function must stay self-contained: no imports, no outer names).
// Both take the document to audit (default: the page's own), so a test can audit a page in an iframe, whose
// width is a phone's in every engine.

/**
 * Audits every career widget in `doc` (any element with a shadow root and `data-state`, nested ones too):
 * - `brokenWords`: words whose text is laid out on two line boxes, i.e. broken inside the word. A break after a
 *   hyphen, slash or dash is a normal line break opportunity and is not counted.
 * - `overflowing`: elements inside a widget that stick out of the widget's box sideways (the cause of a
 *   sideways scroll bar on a phone or a cut-off column in a sidebar).
 * - `pageOverflow`: how many pixels the document is wider than the viewport.
 * @returns {{widgets: number, brokenWords: string[], overflowing: string[], pageOverflow: number}}
 */
export function auditLayout(doc = document) {
  const win = doc.defaultView;
  const getComputedStyle = (el) => win.getComputedStyle(el);
  const widgets = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && el.hasAttribute('data-state')) widgets.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(doc);
  const describe = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const host = el?.getRootNode()?.host;
    return `${host ? host.localName + ' ' : ''}${el?.localName ?? '?'}${el?.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : ''}`;
  };
  const hidden = (el) => {
    for (let node = el; node; node = node.parentElement ?? node.getRootNode()?.host) {
      if (node.classList?.contains('visually-hidden')) return true;
    }
    return false;
  };
  /** Width available to a line of text: the content box of the nearest block-level ancestor. */
  const lineWidth = (el) => {
    let block = el;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return Infinity;
    const s = getComputedStyle(block);
    return block.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  };
  const brokenWords = [];
  const overflowing = [];
  const range = doc.createRange();
  for (const widget of widgets) {
    const box = widget.getBoundingClientRect();
    const walker = doc.createTreeWalker(widget.shadowRoot, win.NodeFilter.SHOW_TEXT | win.NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        if (hidden(node)) continue;
        const r = node.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > box.right + 1 || r.left < box.left - 1) {
          overflowing.push(`${describe(node)}: ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} in ${Math.round(box.width)}px`);
        }
        continue;
      }
      const parent = node.parentElement;
      if (!parent || hidden(parent)) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-/–—]+[-/–—]?/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.bottom)));
        // A single word wider than the whole line ("Esophagogastroduodenoscopes" in a 240px sidebar) has to break.
        const wider = rects.reduce((sum, r) => sum + r.width, 0) > lineWidth(parent);
        if (lines.size > 1 && !wider) brokenWords.push(`${describe(node)}: "${match[0]}"`);
      }
    }
  }
  const pageOverflow = Math.max(0, doc.documentElement.scrollWidth - doc.documentElement.clientWidth);
  return {widgets: widgets.length, brokenWords: [...new Set(brokenWords)], overflowing: [...new Set(overflowing)], pageOverflow};
}

/** Opens every disclosure and "show all" inside the widgets, so the audit sees every state of the content. */
export function expandAll(doc = document) {
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'details') el.open = true;
      if (el.localName === 'button' && el.getAttribute('aria-expanded') === 'false') el.click();
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(doc);
}
