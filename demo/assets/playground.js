// Element playground: live controls -> the element's attributes, an event log, and the current markup.
// Plain JS, no build step. Each page declares on <body>:
//   data-element="wage-range"    the tag being demonstrated (one instance inside #stage)
//   data-dist="../../dist/"      where the built library and its dataset are, relative to the page
// Controls live in #controls; each one names the attribute it drives with data-attr:
//   <select>/<input>             value -> attribute ("" or the control's data-default removes it)
//   <input type=checkbox>        boolean attribute (present / absent)
//   <fieldset data-list>         checkboxes joined with spaces (all checked -> attribute removed = default)
//   data-lang                    the `lang` attribute (numbers follow the nearest lang)

const body = document.body;
const tag = body.dataset.element;
const dist = new URL(body.dataset.dist || '../../dist/', document.baseURI);
const stage = document.getElementById('stage');
const form = document.getElementById('controls');
const occupationSelect = document.getElementById('occupation');
const occupationCode = document.getElementById('occupation-code');
const regionSelect = document.getElementById('region');
const snippet = document.getElementById('snippet');
const log = document.getElementById('event-log');
const stateOut = document.getElementById('state');
const loadStatus = document.getElementById('load-status');

let element = stage.querySelector(tag);

/** The value an attribute has when absent (a control's data-default), so reflected defaults stay out of the snippet. */
const defaultOf = (name) => form.querySelector(`[data-attr="${name}"][data-default]`)?.dataset.default;
const isSet = (name) => element.hasAttribute(name) && element.getAttribute(name) !== defaultOf(name);

/** Attributes shown in the snippet and kept in the address bar, in this order. */
const ATTRS = [
  'occupation',
  'region',
  ...[...form.querySelectorAll('[data-attr]')]
    .map((control) => control.dataset.attr)
    .filter((name, i, all) => name !== 'occupation' && name !== 'region' && all.indexOf(name) === i),
];

// ---------------------------------------------------------------- URL <-> element

function applyQuery() {
  const params = new URLSearchParams(location.search);
  for (const name of ATTRS) {
    if (!params.has(name)) continue;
    const value = params.get(name);
    const control = form.querySelector(`[data-attr="${name}"]`);
    if (control?.type === 'checkbox') element.toggleAttribute(name, value !== 'false');
    else element.setAttribute(name, value);
  }
  if (params.has('lang')) element.setAttribute('lang', params.get('lang'));
}

function writeQuery() {
  const params = new URLSearchParams();
  for (const name of [...ATTRS, 'lang']) {
    if (isSet(name)) params.set(name, element.getAttribute(name));
  }
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// ---------------------------------------------------------------- controls <-> element

function setAttr(name, value) {
  if (value === null || value === '') element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function controlChanged(control) {
  const name = control.dataset.attr;
  if (control.matches('fieldset[data-list]')) {
    const boxes = [...control.querySelectorAll('input[type="checkbox"]')];
    const checked = boxes.filter((box) => box.checked).map((box) => box.value);
    setAttr(name, checked.length === boxes.length || checked.length === 0 ? null : checked.join(' '));
  } else if (control.type === 'checkbox') {
    element.toggleAttribute(name, control.checked);
  } else {
    const value = control.value.trim();
    setAttr(name, value === (control.dataset.default ?? '') ? null : value);
  }
}

/** Reads the element's current attributes back into the controls. */
function syncControls() {
  for (const control of form.querySelectorAll('[data-attr]')) {
    const name = control.dataset.attr;
    const value = element.getAttribute(name);
    if (control.matches('fieldset[data-list]')) {
      const chosen = value ? value.split(/[\s,]+/) : null;
      for (const box of control.querySelectorAll('input[type="checkbox"]')) box.checked = !chosen || chosen.includes(box.value);
    } else if (control.type === 'checkbox') {
      control.checked = value !== null;
    } else if (control === occupationSelect) {
      selectOccupation(value ?? '');
    } else if (control.tagName === 'SELECT') {
      const wanted = value ?? control.dataset.default ?? '';
      control.value = [...control.options].some((o) => o.value === wanted) ? wanted : (control.options[0]?.value ?? '');
    } else {
      control.value = value ?? control.dataset.default ?? '';
    }
  }
  const langControl = form.querySelector('[data-lang]');
  if (langControl) langControl.value = element.getAttribute('lang') ?? '';
}

/** Shows `code` in the picker (matching a SOC code to its .00 occupation) and in the free-text box. */
function selectOccupation(code) {
  const options = [...occupationSelect.options];
  const match = options.find((o) => o.value === code) ?? options.find((o) => o.value === `${code}.00`);
  occupationSelect.value = match ? match.value : '';
  if (occupationCode && document.activeElement !== occupationCode) occupationCode.value = code;
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  const control = event.target.closest('[data-attr], [data-lang]');
  if (!control) return;
  if (control.matches('[data-lang]')) {
    setLang(control.value);
  } else if (control === occupationSelect) {
    if (!occupationSelect.value) return; // the "other code" placeholder
    element.setAttribute('occupation', occupationSelect.value);
    if (occupationCode) occupationCode.value = occupationSelect.value;
  } else {
    controlChanged(control);
  }
  if (control === occupationCode) selectOccupation(occupationCode.value.trim());
  update();
});
// Number and text fields also apply while typing (after a short pause), not only on blur / Enter.
let typing;
form.addEventListener('input', (event) => {
  const control = event.target;
  if (!control.matches('input[type="number"][data-attr], input[type="text"][data-attr]:not(#occupation-code)')) return;
  clearTimeout(typing);
  typing = setTimeout(() => {
    controlChanged(control);
    update();
  }, 400);
});

/**
 * `lang` is read when the element renders, not observed, so a change needs a fresh element.
 * cloneNode keeps every attribute and the fallback content.
 */
function setLang(lang) {
  const fresh = element.cloneNode(true);
  fresh.removeAttribute('data-state');
  if (lang) fresh.setAttribute('lang', lang);
  else fresh.removeAttribute('lang');
  element.replaceWith(fresh);
  element = fresh;
  observe();
}

// The element changes its own attributes too: the wage toggle reflects `pay`, a related occupation
// in <career-profile> changes `occupation`. Keep the controls, snippet and state readout in step.
let observer;
function observe() {
  observer?.disconnect();
  observer = new MutationObserver((records) => {
    if (records.some((r) => r.attributeName === 'data-state')) showState();
    if (records.some((r) => r.attributeName !== 'data-state')) {
      syncControls();
      update();
    }
  });
  observer.observe(element, {attributes: true, attributeFilter: [...ATTRS, 'data-state']});
  showState();
}

function showState() {
  if (!stateOut) return;
  const state = element.dataset.state ?? '(not upgraded yet)';
  stateOut.textContent = state;
  stateOut.dataset.state = state;
}

// ---------------------------------------------------------------- snippet

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function markup() {
  const attrs = [...ATTRS, 'lang']
    .filter(isSet)
    .map((name) => {
      const value = element.getAttribute(name);
      return value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`;
    })
    .join('');
  return [
    '<script type="module" src="/path/to/career-widgets.js"></script>',
    '',
    `<${tag}${attrs}>`,
    '  <!-- fallback: shown before the script runs and on errors -->',
    '  <a href="https://www.bls.gov/ooh/">Career information (BLS)</a>',
    `</${tag}>`,
  ].join('\n');
}

function update() {
  if (snippet) snippet.textContent = markup();
  writeQuery();
}

document.getElementById('copy')?.addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  const text = markup();
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard permission (e.g. plain http on another host): select the text so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
  setTimeout(() => (status.textContent = ''), 4000);
});

// ---------------------------------------------------------------- event log

const cancelSelect = document.getElementById('cancel-select');

function logEvent(event) {
  const origin = event.composedPath()[0];
  const nested = origin !== event.target && origin.localName ? ` (from the nested <${origin.localName}>)` : '';
  let note = '';
  if (event.type === 'career-select' && cancelSelect?.checked) {
    event.preventDefault();
    note = ' — cancelled by the page (preventDefault)';
  }
  log.querySelector('.empty')?.remove();
  const item = document.createElement('li');
  item.className = event.type;
  const time = document.createElement('span');
  time.className = 'time';
  time.textContent = `${new Date().toLocaleTimeString('en-GB')} `;
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = event.type;
  item.append(time, type, `${nested} ${JSON.stringify(event.detail)}${note}`);
  log.prepend(item);
  while (log.children.length > 50) log.lastElementChild.remove();
}

for (const type of ['career-load', 'career-error', 'career-select']) stage.addEventListener(type, logEvent);
document.getElementById('clear-log')?.addEventListener('click', () => {
  log.replaceChildren();
  const empty = document.createElement('li');
  empty.className = 'empty';
  empty.textContent = 'No events yet.';
  log.append(empty);
});

// ---------------------------------------------------------------- pickers from the dataset

async function fetchJson(name) {
  const response = await fetch(new URL(name, dist));
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${name}`);
  return response.json();
}

async function fillPickers() {
  const [index, meta] = await Promise.all([fetchJson('data/index.json'), fetchJson('data/meta.json')]);

  const groups = new Map(index.majorGroups.map((g) => [g.code, Object.assign(document.createElement('optgroup'), {label: g.title})]));
  for (const o of [...index.occupations].sort((a, b) => a.code.localeCompare(b.code))) {
    const group = groups.get(o.major);
    if (!group) continue;
    group.append(new Option(`${o.title} (${o.code})`, o.code));
  }
  const other = new Option('— another code, typed below —', '');
  occupationSelect.replaceChildren(other, ...[...groups.values()].filter((g) => g.children.length));

  const states = Object.entries(meta.regions).sort((a, b) => a[1].localeCompare(b[1]));
  regionSelect.replaceChildren(new Option('United States (US)', 'US'), ...states.map(([code, name]) => new Option(`${name} (${code})`, code)));
  if (loadStatus) loadStatus.textContent = `${index.occupations.length} occupations, ${states.length} states and DC (dataset ${index.datasetVersion}).`;
}

// ---------------------------------------------------------------- start

applyQuery();
observe();
syncControls();
update();
fillPickers()
  .then(syncControls)
  .catch((error) => {
    if (loadStatus) loadStatus.textContent = `Could not load the occupation list (${error.message}); type a code instead.`;
  });
