// Centennial State Workforce Board (fictional). The search drives the profile and the wage table by itself
// (`for="find"`), and keeps the choice in the address bar (`url-param="career"`). This script only does what a
// page does around them: follow a related occupation picked inside the profile, name the page, switch the
// language, and forward the widgets' analytics events to the site's own analytics (here: the console).
const profile = document.getElementById('profile');
const wages = document.getElementById('wages');
const announce = document.getElementById('announce');
const SITE = 'Centennial State Workforce Board';

// A related occupation clicked inside the profile: the profile switches itself; keep the wage table in step.
profile.addEventListener('career-select', (event) => {
  wages.setAttribute('occupation', event.detail.occupation);
});

// Loaded: name the page after the occupation and tell screen-reader users what changed.
profile.addEventListener('career-load', (event) => {
  const {title} = event.detail;
  document.title = `${title} · Explore Careers · ${SITE}`;
  announce.textContent = `Showing ${title}.`;
});

// The library sends nothing anywhere; a site forwards what it wants to its own analytics.
for (const type of ['career-search', 'career-select', 'career-link']) {
  document.addEventListener(type, (event) => console.info(`[analytics] ${type}`, event.detail));
}

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
