// The embed builder: pick a widget (listed from custom-elements.json, so new elements appear without edits here),
// an occupation by title, region and options; preview it at three widths; copy one of three snippets.
// Plain JS, no build step; reads the built library through <body data-dist> and the manifest through data-manifest.
import {checkScriptUrl, cmsSnippet, elementSnippet, fallbackHtml, fallbackLinks, prerenderedSnippet, recipe} from './snippets.js';

const $ = (id) => document.getElementById(id);
const body = document.body;
const dist = new URL(body.dataset.dist || '../dist/', document.baseURI);
const status = $('builder-status');
/** Attributes with a control of their own (occupation, region) or none (page wiring, not appearance). */
const SPECIAL = new Set(['occupation', 'region', 'source', 'for', 'lang']);

const state = {tag: '', occupation: '29-2072.00', title: 'Medical Records Specialists', values: new Map(), styles: new Map(), follow: false, titles: new Map()};
let elements = [];
let dataset;
let lib;

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};
const unquote = (value) => (value ?? '').replace(/^'(.*)'$/, '$1');
/** Code spans of a JSDoc description: the choices an attribute documents (`annual` (default) or `hourly`). */
const codeSpans = (text) => [...(text ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);

async function start() {
  try {
    let manifest;
    [lib, manifest] = await Promise.all([
      import(new URL('career-widgets.js', dist).href),
      fetch(new URL(body.dataset.manifest || '../custom-elements.json', document.baseURI)).then((r) => r.json()),
    ]);
    dataset = lib.getDataset(lib.bundledDatasetUrl());
    elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .sort((a, b) => a.tagName.localeCompare(b.tagName));
    $('script-url').value = defaultScriptUrl();
    renderElementChoice();
    const meta = await dataset.meta();
    for (const [code, name] of Object.entries(meta.regions).sort((a, b) => a[1].localeCompare(b[1]))) {
      $('region').append(el('option', {value: code, textContent: name}));
    }
    $('occupation-search').value = state.title;
    showChosen();
    update();
  } catch (error) {
    status.textContent = `The builder could not start: ${error.message}. Run npm run build first.`;
  } finally {
    $('main').classList.remove('starting');
  }
}

// ------------------------------------------------------------------------------------------- widget choice

function renderElementChoice() {
  const box = $('element-choice');
  elements.forEach((d, i) => {
    const input = el('input', {
      type: 'radio',
      name: 'element',
      value: d.tagName,
      checked: d.tagName === 'career-profile' || (i === 0 && !elements.some((e) => e.tagName === 'career-profile')),
    });
    input.setAttribute('aria-describedby', `summary-${d.tagName}`);
    box.append(el('label', {className: 'choice'}, input, ` <${d.tagName}>`, el('small', {id: `summary-${d.tagName}`, textContent: d.summary ?? ''})));
  });
  box.addEventListener('change', () => chooseElement(box.querySelector('input:checked').value));
  chooseElement(box.querySelector('input:checked').value);
}

/** An element whose choice another widget can show: it announces `career-select` and follows nothing itself. */
const isLeader = (d) => (d.events ?? []).some((e) => e.name === 'career-select') && !(d.attributes ?? []).some((a) => a.name === 'for');

function chooseElement(tag) {
  state.tag = tag;
  state.values.clear();
  state.styles.clear();
  state.follow = false;
  const d = elements.find((e) => e.tagName === tag);
  const names = new Set((d.attributes ?? []).map((a) => a.name));
  for (const id of ['occupation-search', 'region']) $(id).closest('.field').hidden = !names.has(id === 'region' ? 'region' : 'occupation');
  renderOptions(d);
  renderTheme(d);
  update();
  // Which of its attributes a placeholder may set only with the page's permission: the element class says.
  lib.loadElement(tag).then(
    () => state.tag === tag && renderSnippets(),
    () => undefined,
  );
}

// ------------------------------------------------------------------------------------------------ options

function renderOptions(d) {
  const box = $('options');
  box.replaceChildren(box.querySelector('legend'));
  if (isLeader(d)) box.append(followControl(d));
  for (const attr of d.attributes ?? []) {
    if (SPECIAL.has(attr.name)) continue;
    box.append(controlFor(attr));
  }
}

function controlFor(attr) {
  const id = `opt-${attr.name}`;
  const type = attr.type?.text ?? 'string';
  const fallback = unquote(attr.default);
  const set = (value) => {
    if (value === null || value === fallback) state.values.delete(attr.name);
    else state.values.set(attr.name, value);
    update();
  };
  const help = el('small', {id: `${id}-help`, className: 'note', textContent: attr.description ?? ''});
  if (attr.name === 'sections') return sectionsControl(attr, set);
  if (type === 'boolean') {
    const input = el('input', {type: 'checkbox', id});
    input.setAttribute('aria-describedby', help.id);
    input.addEventListener('change', () => set(input.checked ? '' : null));
    return el('div', {className: 'field'}, el('label', {htmlFor: id}, input, ` ${attr.name}`), help);
  }
  let input;
  if (attr.name === 'heading-level') {
    input = el('select', {id}, ...[1, 2, 3, 4, 5, 6].map((n) => el('option', {value: String(n), textContent: `h${n}`, selected: String(n) === fallback})));
  } else if (type === 'number') {
    input = el('input', {type: 'number', id, value: fallback, min: '0'});
  } else {
    const choices = type === 'string' ? [] : codeSpans(attr.description);
    input = choices.length
      ? el('select', {id}, ...choices.map((c) => el('option', {value: c, textContent: c, selected: c === fallback})))
      : el('input', {type: 'text', id, value: fallback});
  }
  input.setAttribute('aria-describedby', help.id);
  input.addEventListener('change', () => set(input.value.trim() || null));
  return el('div', {className: 'field'}, el('label', {htmlFor: id, textContent: attr.name}), input, help);
}

/** For a search, a program's careers or a comparison: a profile below it that shows the career the visitor chooses. */
function followControl(d) {
  const input = el('input', {type: 'checkbox', id: 'opt-follower'});
  const help = el('small', {
    id: 'opt-follower-help',
    className: 'note',
    textContent:
      d.tagName === 'program-careers'
        ? 'The career a visitor chooses opens in full below the list. Without it, each career’s name links to its O*NET OnLine page (or to your own page: career-url).'
        : 'The career a visitor chooses opens in full below it.',
  });
  input.setAttribute('aria-describedby', help.id);
  input.addEventListener('change', () => {
    state.follow = input.checked;
    update();
  });
  return el('div', {className: 'field'}, el('label', {htmlFor: input.id}, input, ' Show the chosen career’s profile below it (<career-profile for>)'), help);
}

/** Sections: a checkbox per section (from the attribute's documentation) and buttons to move them. */
function sectionsControl(attr, set) {
  const all = (codeSpans(attr.description)[0] ?? '').split(/\s+/).filter(Boolean);
  const list = el('ul', {className: 'order'});
  const emit = () => {
    const chosen = [...list.querySelectorAll('input:checked')].map((i) => i.value);
    set(chosen.length && chosen.join(' ') !== all.join(' ') ? chosen.join(' ') : null);
  };
  const move = (li, by) => {
    const sibling = by < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    if (by < 0) sibling.before(li);
    else sibling.after(li);
    li.querySelector(by < 0 ? '[data-up]' : '[data-down]').focus();
    $('copy-status').textContent = `${li.dataset.section} moved ${by < 0 ? 'up' : 'down'}.`;
    emit();
  };
  for (const section of all) {
    const id = `section-${section}`;
    const box = el('input', {type: 'checkbox', id, value: section, checked: true});
    box.addEventListener('change', emit);
    const up = el('button', {type: 'button', textContent: '↑'});
    up.dataset.up = '';
    up.setAttribute('aria-label', `Move ${section} up`);
    const down = el('button', {type: 'button', textContent: '↓'});
    down.dataset.down = '';
    down.setAttribute('aria-label', `Move ${section} down`);
    const li = el('li', {}, el('label', {htmlFor: id}, box, ` ${section}`), up, down);
    li.dataset.section = section;
    up.addEventListener('click', () => move(li, -1));
    down.addEventListener('click', () => move(li, 1));
    list.append(li);
  }
  return el('fieldset', {className: 'field'}, el('legend', {textContent: 'Sections and their order'}), list);
}

// -------------------------------------------------------------------------------------------------- theme

function renderTheme(d) {
  const box = $('theme');
  box.replaceChildren(box.querySelector('legend'));
  for (const prop of d.cssProperties ?? []) {
    const id = `css${prop.name}`;
    const label = el('label', {htmlFor: id, textContent: `${prop.description ?? prop.name} (${prop.name})`});
    if (/color/.test(prop.name)) {
      const use = el('input', {type: 'checkbox', id: `${id}-use`});
      use.setAttribute('aria-label', `Set ${prop.name}`);
      const input = el('input', {type: 'color', id, value: '#0b5cad'});
      const apply = () => {
        if (use.checked) state.styles.set(prop.name, input.value);
        else state.styles.delete(prop.name);
        update();
      };
      use.addEventListener('change', apply);
      input.addEventListener('input', () => ((use.checked = true), apply()));
      box.append(el('div', {className: 'swatch'}, use, input, label));
    } else {
      const input = el('input', {type: 'text', id, placeholder: 'default'});
      input.addEventListener('change', () => {
        const value = input.value.trim();
        // A custom property value cannot close the rule or start another: refuse ; { } < >.
        if (value && !/[;{}<>]/.test(value)) state.styles.set(prop.name, value);
        else state.styles.delete(prop.name);
        update();
      });
      box.append(el('div', {className: 'field'}, label, input));
    }
  }
}

// ---------------------------------------------------------------------------------------- occupation search

const search = $('occupation-search');
const results = $('occupation-results');
let matches = [];
let active = -1;
let searchToken = 0;

/** The library's own title search (the same matcher `<career-search>` uses): official and reported titles; at most 12. */
async function find(query) {
  const matcher = await dataset.searcher();
  const {hits} = matcher.search(query.trim(), {limit: 12});
  return hits.map((hit) => ({entry: hit.entry, via: hit.field === 'title' || hit.field === 'code' ? undefined : hit.text}));
}

function renderResults() {
  results.replaceChildren(
    ...matches.map(({entry, via}, i) => {
      const option = el(
        'li',
        {id: `result-${i}`, role: 'option'},
        `${entry.title} (${entry.code})`,
        via ? el('small', {textContent: `also called ${via}`}) : null,
      );
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(i === active));
      option.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
      option.addEventListener('click', () => choose(i));
      return option;
    }),
  );
  const open = matches.length > 0;
  results.hidden = !open;
  search.setAttribute('aria-expanded', String(open));
  if (active >= 0) {
    search.setAttribute('aria-activedescendant', `result-${active}`);
    $(`result-${active}`)?.scrollIntoView({block: 'nearest'});
  } else search.removeAttribute('aria-activedescendant');
}

function close() {
  matches = [];
  active = -1;
  renderResults();
}

function choose(i) {
  const {entry} = matches[i];
  state.occupation = entry.code;
  state.title = entry.title;
  search.value = entry.title;
  close();
  showChosen();
  update();
}

function showChosen() {
  $('occupation-chosen').textContent = `Showing: ${state.title} (${state.occupation})`;
}

search.addEventListener('input', async () => {
  const token = ++searchToken;
  const query = search.value;
  if (query.trim().length < 2) return close();
  status.textContent = '';
  const found = await find(query).catch(() => []);
  if (token !== searchToken) return; // a later keystroke won
  matches = found;
  active = -1;
  renderResults();
  $('occupation-chosen').textContent = found.length ? `${found.length} occupations match; use the arrow keys to choose.` : 'No occupation matches.';
});

search.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!matches.length) return;
    event.preventDefault();
    active = (active + (event.key === 'ArrowDown' ? 1 : -1) + matches.length) % matches.length;
    renderResults();
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (active >= 0) choose(active);
    else if (matches.length === 1) choose(0);
  } else if (event.key === 'Escape' && matches.length) {
    event.preventDefault();
    close();
  }
});
search.addEventListener('blur', () => setTimeout(close, 100));

// ------------------------------------------------------------------------------------- preview and snippets

function spec() {
  const d = elements.find((e) => e.tagName === state.tag);
  const names = new Set((d?.attributes ?? []).map((a) => a.name));
  const attributes = [];
  if (names.has('occupation')) attributes.push(['occupation', state.occupation]);
  const region = $('region').value;
  if (names.has('region') && region !== 'US') attributes.push(['region', region]);
  attributes.push(...state.values);
  const guarded = customElements.get(state.tag)?.trustedAttributes ?? [];
  const careers = (state.values.get('occupations') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((code) => ({code, title: state.titles.get(code)}));
  const id = state.follow ? `${state.tag}-1` : undefined;
  return {
    trusted: attributes.map(([name]) => name).filter((name) => guarded.includes(name)),
    tag: state.tag,
    id,
    attributes,
    styles: [...state.styles],
    scriptUrl: $('script-url').value.trim() || defaultScriptUrl(),
    occupation: names.has('occupation') ? state.occupation : '',
    fallback: $('fallback').value.trim(),
    links: fallbackLinks({
      tag: state.tag,
      occupation: names.has('occupation') ? state.occupation : '',
      title: state.title,
      careers,
      cip: state.values.get('cip'),
    }),
    follower: id ? {tag: 'career-profile', attributes: [['for', id], ...(region !== 'US' ? [['region', region]] : [])]} : undefined,
    reserveEm: state.reserveEm,
  };
}

/** The script beside this builder: the copy of dist/ it was loaded from. */
const defaultScriptUrl = () => new URL('career-widgets.js', dist).href;

/**
 * True for an address only this computer or its local network can reach (a page elsewhere cannot load a script from
 * it): localhost, loopback, private and link-local ranges, `.local` names, and files.
 */
function isLocal(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '0.0.0.0') return true;
  const v4 = host.split('.').map(Number);
  if (v4.length === 4 && v4.every((n) => Number.isInteger(n) && n >= 0 && n <= 255)) {
    const [a, b] = v4;
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  return host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

/** Says, next to the field, when the script URL is one that pages on other sites cannot load. */
function warnIfLocal(url) {
  const warning = $('script-url-warning');
  warning.hidden = !isLocal(url);
  warning.textContent = warning.hidden
    ? ''
    : `${new URL(url).host || 'This'} is a local address: a page on another site cannot load the script from it. Upload the dist/ folder to your web server or CDN (served with Access-Control-Allow-Origin if the page is on another site) and enter its URL here before copying.`;
}

/** Titles of the careers a comparison names (for its fallback links), looked up once each. */
async function lookUpTitles(codes) {
  const missing = codes.filter((code) => !state.titles.has(code));
  if (!missing.length) return;
  await Promise.all(
    missing.map(async (code) => {
      try {
        const {entry} = await dataset.resolve(code);
        state.titles.set(code, entry.title);
      } catch {
        state.titles.set(code, undefined);
      }
    }),
  );
  renderSnippets();
}

/**
 * The snippets for the current choices (and the measured height, once the preview has its content). A script URL
 * that cannot go into a snippet gets its message beside the field, and no snippet (nothing stale to copy).
 */
function renderSnippets(s = spec()) {
  const {problem} = checkScriptUrl(s.scriptUrl);
  const input = $('script-url');
  const message = $('script-url-problem');
  message.textContent = problem ?? '';
  message.hidden = !problem;
  if (problem) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  warnIfLocal(problem ? '' : s.scriptUrl); // a URL that cannot be used gets the problem alone
  $('snippet-element').textContent = elementSnippet(s);
  $('snippet-cms').textContent = cmsSnippet(s);
  $('snippet-recipe').textContent = recipe(s);
  for (const button of document.querySelectorAll('[data-copy]')) button.disabled = Boolean(problem);
  if (prerenderer) void renderPrerendered(s);
}

// ------------------------------------------------------------------------------------------ pre-rendered code

/**
 * The pre-rendered code comes from the library's own pre-renderer (the code behind `career-widgets prerender`: Lit's
 * server rendering of the same elements) run in a Web Worker, so the code is exactly what a build step would write
 * and the script can adopt it as it is. Serialising the preview's DOM instead would give markup the script cannot
 * adopt, styles as this browser reads them, and the preview's state. The worker (about 100 kB) loads on first use.
 */
let prerenderer;
let prerenderId = 0;
const pending = new Map();

function prerender(s) {
  if (!prerenderer) {
    prerenderer = new Worker(new URL('builder/prerender-worker.js', dist), {type: 'module'});
    prerenderer.addEventListener('message', ({data}) => {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    });
    prerenderer.addEventListener('error', () => {
      for (const [id, resolve] of pending) resolve({id, error: 'the pre-renderer could not start'});
      pending.clear();
    });
  }
  const id = ++prerenderId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    // The leader's id, which its follower's `for` names, is the element's own: it goes in the start tag as given.
    const attributes = Object.fromEntries(s.id ? [['id', s.id], ...s.attributes] : s.attributes);
    prerenderer.postMessage({id, tag: s.tag, attributes, content: fallbackHtml(s), followed: Boolean(s.follower)});
  });
}

let prerenderedFor = '';

async function renderPrerendered(s) {
  const key = JSON.stringify([s.tag, s.id, s.attributes, s.fallback, s.links, s.follower, s.styles, s.scriptUrl]);
  if (key === prerenderedFor) return;
  prerenderedFor = key;
  const id = prerenderId + 1;
  $('prerendered-status').textContent = 'Rendering the widget…';
  const result = await prerender(s);
  if (id !== prerenderId) return; // a later choice is being rendered
  const code = $('snippet-prerendered');
  const copy = document.querySelector('[data-copy="snippet-prerendered"]');
  const snippet = result.error ? '' : prerenderedSnippet(s, result.html); // '' for a bad script URL (see renderSnippets)
  code.closest('pre').hidden = copy.hidden = !snippet;
  code.textContent = snippet;
  $('prerendered-status').textContent = result.error
    ? `No pre-rendered code for this choice: ${result.error}`
    : !snippet
      ? 'No pre-rendered code until the script URL is corrected.'
      : `Ready: ${Math.round(code.textContent.length / 1000)} kB of code, the content and the figures it shows included.`;
}

$('make-prerendered').addEventListener('click', () => {
  $('make-prerendered').hidden = true;
  void renderPrerendered(spec());
});

/**
 * Widgets far from the viewport skip their layout (content-visibility: auto) and measure as their loading height:
 * the previewed one and those nested in it are laid out wherever the preview is scrolled (an inline style on a host
 * beats its own :host rule).
 */
function layOut(widget) {
  widget.style.contentVisibility = 'visible';
  for (const node of widget.shadowRoot?.querySelectorAll('*') ?? []) if (node.localName.includes('-')) layOut(node);
}

/** The previewed widget's height in em (rounded up), to reserve in the page while the real one loads. */
function measure(widget) {
  layOut(widget);
  const fontSize = parseFloat(getComputedStyle(widget).fontSize) || 16;
  state.reserveEm = Math.ceil(widget.getBoundingClientRect().height / fontSize);
  renderSnippets();
}

let previewSize;

function update() {
  if (!state.tag) return;
  const s = spec();
  const widget = document.createElement(s.tag);
  if (s.id) widget.id = s.id;
  for (const [name, value] of s.attributes) widget.setAttribute(name, value);
  for (const [name, value] of s.styles) widget.style.setProperty(name, value); // CSSOM: allowed under style-src 'self'
  if (s.fallback) widget.append(el('p', {textContent: s.fallback}));
  widget.append(el('p', {}, ...s.links.flatMap(({href, text}, i) => [i ? ' · ' : null, el('a', {href, textContent: text})])));
  // Measured once loaded and again whenever it changes height (a chart drawn or a nested widget loaded later), so
  // the snippet reserves the height the visitor ends up seeing.
  previewSize?.disconnect();
  const size = new ResizeObserver(() => {
    if (widget.isConnected && widget.getAttribute('data-state') === 'complete') measure(widget);
  });
  previewSize = size;
  widget.addEventListener('career-load', () => requestAnimationFrame(() => (measure(widget), size.observe(widget))), {once: true});
  state.reserveEm = undefined;
  const follower = s.follower ? document.createElement(s.follower.tag) : null;
  for (const [name, value] of s.follower?.attributes ?? []) follower.setAttribute(name, value);
  $('preview').replaceChildren(...[widget, follower].filter(Boolean));
  renderSnippets(s);
  void lookUpTitles(s.tag === 'career-compare' ? (state.values.get('occupations') ?? '').split(/[\s,]+/).filter(Boolean) : []);
}

for (const id of ['region', 'script-url', 'fallback']) $(id).addEventListener('change', update);
document.querySelector('.widths').addEventListener('change', (event) => {
  const width = event.target.value;
  $('preview').style.width = width === 'full' ? '' : `${width}px`;
  const widget = $('preview').firstElementChild;
  if (widget?.getAttribute('data-state') === 'complete') requestAnimationFrame(() => measure(widget));
});
document.querySelector('.builder-snippets').addEventListener('click', async (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) return;
  const code = $(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(code.textContent);
    $('copy-status').textContent = `Copied: ${button.textContent.replace(/^Copy /, '')}.`;
  } catch {
    getSelection().selectAllChildren(code);
    $('copy-status').textContent = 'Selected: press Ctrl+C (Cmd+C on a Mac) to copy.';
  }
});

start();
