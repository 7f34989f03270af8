/**
 * Queries by role and accessible name, as a screen reader user finds things, through shadow roots (nested widgets
 * included) and across slots' light-DOM children. A test reads `getByRole(el, 'button', {name: /Show more/})`
 * instead of a class or tag selector, so it keeps passing when the markup changes but what a user meets does not.
 *
 * The role and name computation covers what these widgets and the demo pages use (explicit `role`, the implicit
 * roles of HTML elements, `aria-labelledby`, `aria-label`, `<label>`, `alt`, `<caption>`, `<legend>`, text content,
 * `title`), following the HTML-AAM and accname rules for those cases; it is not a full accname implementation.
 * Hidden elements (`hidden`, `aria-hidden="true"`, `display: none`, `visibility: hidden`, `inert`) are skipped.
 */

export interface RoleOptions {
  /** The accessible name: equal to a string (whitespace collapsed), or matching a RegExp. */
  name?: string | RegExp;
  /** A heading's level (1-6). */
  level?: number;
  /** Include elements hidden from assistive technology. */
  hidden?: boolean;
}

const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
  email: 'textbox',
  tel: 'textbox',
  text: 'textbox',
  url: 'textbox',
};

const TAG_ROLES: Record<string, string> = {
  article: 'article',
  aside: 'complementary',
  button: 'button',
  caption: 'caption',
  dd: 'definition',
  details: 'group',
  dialog: 'dialog',
  dt: 'term',
  fieldset: 'group',
  figure: 'figure',
  hr: 'separator',
  li: 'listitem',
  main: 'main',
  meter: 'meter',
  nav: 'navigation',
  ol: 'list',
  optgroup: 'group',
  option: 'option',
  output: 'status',
  p: 'paragraph',
  progress: 'progressbar',
  table: 'table',
  tbody: 'rowgroup',
  textarea: 'textbox',
  tfoot: 'rowgroup',
  thead: 'rowgroup',
  tr: 'row',
  ul: 'list',
};

/** The role of `el`: its first `role` token, else the implicit role of its tag (null when it has none). */
export function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : null;
  if (tag === 'img') return el.getAttribute('alt') === '' ? 'presentation' : 'img';
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (el.hasAttribute('list') && ['text', 'search', 'email', 'tel', 'url'].includes(type)) return 'combobox';
    return INPUT_ROLES[type] ?? null;
  }
  if (tag === 'select') return el.hasAttribute('multiple') || Number(el.getAttribute('size') ?? 0) > 1 ? 'listbox' : 'combobox';
  if (tag === 'section' || tag === 'form') return accessibleName(el) ? (tag === 'form' ? 'form' : 'region') : null;
  if (tag === 'th') return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
  if (tag === 'td') return el.closest('table')?.getAttribute('role') === 'grid' ? 'gridcell' : 'cell';
  if (tag === 'header' || tag === 'footer') {
    if (el.parentElement?.closest('article, aside, main, nav, section')) return null;
    return tag === 'header' ? 'banner' : 'contentinfo';
  }
  return TAG_ROLES[tag] ?? null;
}

/** The heading level of a heading (`aria-level`, else hN's N). */
export function levelOf(el: Element): number | null {
  const aria = Number(el.getAttribute('aria-level'));
  if (aria > 0) return aria;
  const match = /^h([1-6])$/.exec(el.localName);
  return match ? Number(match[1]) : null;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// By node type, not instanceof: a test may query a page in an iframe, whose elements are of another realm.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const styleOf = (el: Element) => (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
const isShadowHost = (root: Element | ShadowRoot | Document): root is Element => root.nodeType === Node.ELEMENT_NODE;

/** The root (document or shadow root) `el` is in, for id references. */
const rootOf = (el: Element) => el.getRootNode() as Document | ShadowRoot;

/** Whether `el` is hidden from assistive technology (itself or an ancestor, across shadow boundaries). */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    if (styleOf(node).display === 'none') return true;
  }
  return styleOf(el).visibility === 'hidden';
}

/** The text `el` contributes to a name from its content: text nodes, slotted and shadow content, and images' alt. */
function textOf(node: Node, referenced = false): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  // A node named by aria-labelledby counts even when hidden; its hidden descendants do not.
  if (node.localName === 'style' || node.localName === 'script' || (!referenced && isHidden(node))) return '';
  if (node.localName === 'img') return node.getAttribute('alt') ?? '';
  // A control inside a label contributes its value, not its options.
  if (node.localName === 'select') return ` ${(node as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''} `;
  if (node.localName === 'input' || node.localName === 'textarea') {
    const control = node as HTMLInputElement;
    return control.type === 'checkbox' || control.type === 'radio' ? '' : ` ${control.value} `;
  }
  const label = node.getAttribute('aria-label');
  if (label?.trim()) return ` ${label} `;
  if (node.localName === 'slot')
    return (node as HTMLSlotElement)
      .assignedNodes({flatten: true})
      .map((n) => textOf(n))
      .join('');
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  const text = [...children].map((n) => textOf(n)).join('');
  // Blocks separate their words; inline elements do not.
  return /^(block|flex|grid|list-item|table.*)$/.test(styleOf(node).display) ? ` ${text} ` : text;
}

const NAMED_FROM_CONTENT = new Set([
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'heading',
  'link',
  'listitem',
  'menuitem',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'tooltip',
  'treeitem',
]);

/** The accessible name of `el` (accname's steps for the cases these widgets use), whitespace collapsed. */
export function accessibleName(el: Element): string {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const root = rootOf(el);
    const parts = labelledby
      .split(/\s+/)
      .map((id) => root.getElementById?.(id) ?? (root as ShadowRoot).querySelector?.(`#${CSS.escape(id)}`))
      .filter((ref): ref is Element => !!ref)
      .map((ref) => textOf(ref, true));
    if (parts.length) return collapse(parts.join(' '));
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return collapse(label);
  const tag = el.localName;
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'meter' || tag === 'progress' || tag === 'output') {
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length) return collapse([...labels].map((l) => textOf(l)).join(' '));
    if (tag === 'input' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)) return collapse((el as HTMLInputElement).value);
  }
  if (tag === 'img') return collapse(el.getAttribute('alt') ?? el.getAttribute('title') ?? '');
  if (tag === 'table') {
    const caption = el.querySelector(':scope > caption');
    if (caption) return collapse(textOf(caption));
  }
  if (tag === 'fieldset') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return collapse(textOf(legend));
  }
  const role = roleOf(el);
  if (role && NAMED_FROM_CONTENT.has(role)) {
    const text = collapse(textOf(el).replace(/^ | $/g, ''));
    if (text) return text;
  }
  return collapse(el.getAttribute('title') ?? '');
}

/** Every element under `root` (its shadow root if it has one, else its children), nested shadow trees included, in tree order. */
function composedElements(root: Element | ShadowRoot | Document): Element[] {
  const start = isShadowHost(root) ? (root.shadowRoot ?? root) : root;
  const out: Element[] = [];
  const walk = (parent: ParentNode) => {
    for (const child of parent.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(start);
  // A widget's light-DOM children (fallback, slotted content) are part of what a user meets too.
  if (isShadowHost(root) && root.shadowRoot) for (const child of root.children) out.push(child, ...composedElements(child).filter((el) => el !== child));
  return out;
}

const nameMatches = (actual: string, wanted: string | RegExp) => (typeof wanted === 'string' ? actual === collapse(wanted) : wanted.test(actual));

/** Every element under `root` with `role` (and the name and level asked for). */
export function queryAllByRole(root: Element | ShadowRoot | Document, role: string, options: RoleOptions = {}): HTMLElement[] {
  return composedElements(root).filter(
    (el): el is HTMLElement =>
      roleOf(el) === role &&
      (options.hidden || !isHidden(el)) &&
      (options.level === undefined || levelOf(el) === options.level) &&
      (options.name === undefined || nameMatches(accessibleName(el), options.name)),
  );
}

/** The one element under `root` with `role` (and name), or null when there is none; throws when there are several. */
export function queryByRole(root: Element | ShadowRoot | Document, role: string, options: RoleOptions = {}): HTMLElement | null {
  const found = queryAllByRole(root, role, options);
  if (found.length > 1)
    throw new Error(`${found.length} elements with role "${role}"${describe(options)}: ${found.map((el) => `"${accessibleName(el)}"`).join(', ')}`);
  return found[0] ?? null;
}

/** The one element under `root` with `role` (and name); throws, listing what there is, when there is none or several. */
export function getByRole(root: Element | ShadowRoot | Document, role: string, options: RoleOptions = {}): HTMLElement {
  const found = queryByRole(root, role, options);
  if (found) return found;
  const same = queryAllByRole(root, role, {hidden: options.hidden});
  const names = same.map((el) => `"${accessibleName(el)}"`).join(', ');
  throw new Error(`No element with role "${role}"${describe(options)}${same.length ? `; with that role: ${names}` : ''}`);
}

/** Every element under `root` with `role` (and name); throws when there is none. */
export function getAllByRole(root: Element | ShadowRoot | Document, role: string, options: RoleOptions = {}): HTMLElement[] {
  const found = queryAllByRole(root, role, options);
  if (!found.length) throw new Error(`No element with role "${role}"${describe(options)}`);
  return found;
}

function describe({name, level}: RoleOptions): string {
  return `${name === undefined ? '' : ` and name ${String(name)}`}${level === undefined ? '' : ` at level ${level}`}`;
}
