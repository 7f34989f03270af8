/**
 * The space each element keeps while it loads, in em of its font size: about its usual content at desktop width,
 * so content below it stays put when the data arrives. (A profile on a phone is taller still, but then whatever
 * follows it is off screen either way, so nothing visible moves.) A host sets `--cw-loading-height` on an
 * element for a widget whose content it knows is shorter or taller (a profile with four sections).
 */
export const LOADING_HEIGHT_EM: Readonly<Record<string, number>> = {
  'career-profile': 110,
  'wage-range': 56,
  'skill-list': 36,
  'career-compare': 80, // two careers: chart and table
  'program-careers': 36, // five careers
  'career-search': 6, // the field and its hint; no loading state, so only until its code has arrived
  'career-explorer': 40, // about twenty careers
};

/** Tags whose content is taller with an attribute: the search with its filters. */
const TALLER_WITH: Readonly<Record<string, [attribute: string, em: number]>> = {'career-search': ['filters', 10], 'career-explorer': ['filters', 52]};

/**
 * The `:not(:defined)` rules for these tags (and, with `placeholders`, for their CMS-safe placeholders). Also
 * shipped as `dist/career-widgets.css` (scripts/reserve-css.mjs): a page that links it has the room from its very
 * first paint, even before the script has run. Inside `:where()`: any rule of the host's own for the element wins.
 */
export function reserveCss(tags: readonly string[] = Object.keys(LOADING_HEIGHT_EM), placeholders = false): string {
  return tags
    .filter((tag) => tag in LOADING_HEIGHT_EM)
    .map((tag) => {
      const selector = placeholders ? `${tag}:not(:defined),[data-career-widget="${tag}"]` : `${tag}:not(:defined)`;
      const rule = `:where(${selector}){display:flow-root;min-height:var(--cw-loading-height,${LOADING_HEIGHT_EM[tag]}em)}`;
      const taller = TALLER_WITH[tag];
      if (!taller) return rule;
      const [name, em] = taller;
      const tallerSelector = placeholders ? `${tag}[${name}]:not(:defined),[data-career-widget="${tag}"][data-${name}]` : `${tag}[${name}]:not(:defined)`;
      return `${rule}\n:where(${tallerSelector}){min-height:var(--cw-loading-height,${em}em)}`;
    })
    .join('\n');
}

/**
 * Reserves that space for the tags before their code has arrived (`:not(:defined)`), from the entry: the page's
 * first paint then already has the room, and the upgrade to the element's own placeholder of the same height
 * moves nothing. An adopted style sheet, which a strict `style-src` allows (unlike a `<style>` element).
 */
export function reserveSpace(tags: readonly string[], doc: Document = document): void {
  const rules = reserveCss(tags);
  if (!rules) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable style sheets: the page still works, it may move once while loading.
  }
}
