// Centennial State Workforce Board (fictional): one chooser drives the profile and the wage table.
const chooser = document.getElementById('chooser');
const select = document.getElementById('occupation-choice');
const profile = document.getElementById('profile');
const wages = document.getElementById('wages');
const announce = document.getElementById('announce');
const SITE = 'Centennial State Workforce Board';

/** Makes sure the chooser can show `code` (a related occupation may not be listed yet), then selects it. */
function showInChooser(code, title) {
  if (![...select.options].some((o) => o.value === code)) {
    select.append(new Option(title ? `${title}` : code, code));
  }
  select.value = code;
}

/** The address of a career, keeping the other parameters (the language). */
function urlFor(code) {
  const url = new URL(location.href);
  url.searchParams.set('occupation', code);
  return url;
}

function show(code, {push = true} = {}) {
  profile.setAttribute('occupation', code);
  wages.setAttribute('occupation', code);
  if (push) history.pushState({occupation: code}, '', urlFor(code));
}

select.addEventListener('change', () => show(select.value));
chooser.addEventListener('submit', (event) => {
  event.preventDefault();
  show(select.value);
  profile.scrollIntoView({block: 'start'});
});

// A related occupation clicked inside the profile: let the profile switch itself (no preventDefault),
// and keep the chooser, the wage table and the address bar in step.
profile.addEventListener('career-select', (event) => {
  const code = event.detail.occupation;
  showInChooser(code);
  wages.setAttribute('occupation', code);
  history.pushState({occupation: code}, '', urlFor(code));
});

// Loaded: name the page after the occupation and tell screen-reader users what changed.
profile.addEventListener('career-load', (event) => {
  if (event.composedPath()[0] !== profile) return; // nested widgets inside the profile fire their own
  const {occupation, title} = event.detail;
  showInChooser(occupation, title);
  document.title = `${title} · Explore Careers · ${SITE}`;
  announce.textContent = `Showing ${title}.`;
});

window.addEventListener('popstate', () => {
  const code = new URLSearchParams(location.search).get('occupation') ?? '29-1141.00';
  showInChooser(code);
  show(code, {push: false});
});

// Start from the address bar, so a career can be bookmarked and shared.
const initial = new URLSearchParams(location.search).get('occupation');
if (initial) {
  showInChooser(initial);
  show(initial, {push: false});
}

// Every occupation, after the in-demand list.
fetch(new URL('../../dist/data/index.json', document.baseURI))
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
  .then((index) => {
    const current = select.value;
    const featured = new Set([...select.querySelectorAll('optgroup option')].map((o) => o.value));
    // Options added on the fly (related occupations) move into the full list.
    for (const option of [...select.children]) if (option.tagName === 'OPTION') option.remove();
    const all = document.createElement('optgroup');
    all.label = 'All occupations (A–Z)';
    const sorted = index.occupations.filter((o) => !featured.has(o.code)).sort((a, b) => a.title.localeCompare(b.title));
    all.append(...sorted.map((o) => new Option(o.title, o.code)));
    select.append(all);
    showInChooser(current);
  })
  .catch(() => {
    /* the in-demand list still works */
  });

// English / Español: the widgets follow the `lang` of the area they sit in and re-render in place. The choice is
// kept in the address bar (?lang=es) so a Spanish link stays Spanish.
const area = document.getElementById('career-area');
const langButtons = [...document.querySelectorAll('.lang-switch button')];
function setLanguage(lang, {push = true} = {}) {
  area.lang = lang;
  for (const button of langButtons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  if (push) {
    const url = new URL(location.href);
    if (lang === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }
}
for (const button of langButtons) button.addEventListener('click', () => setLanguage(button.dataset.lang));
const initialLang = new URLSearchParams(location.search).get('lang');
if (initialLang === 'es') setLanguage('es', {push: false});
