import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/wage-range/wage-range.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import {es} from '../../src/internal/catalogs/es.js';
import {PARAMS} from '../../src/internal/catalogs/params.js';
import {catalogKey, loadMessages, registerMessages} from '../../src/internal/i18n.js';
import {en} from '../../src/internal/messages.js';
// The English catalog in full: every part (an element loads its own; this page needs them all to compare).
import '../../src/internal/messages/career-compare.js';
import '../../src/internal/messages/career-explorer.js';
import '../../src/internal/messages/career-profile.js';
import '../../src/internal/messages/career-search.js';
import '../../src/internal/messages/education-terms.js';
import '../../src/internal/messages/figure-terms.js';
import '../../src/internal/messages/figures-note.js';
import '../../src/internal/messages/host-terms.js';
import '../../src/internal/messages/program-careers.js';
import '../../src/internal/messages/skill-list.js';
import '../../src/internal/messages/wage-range.js';
import {settled} from '../support/helpers.js';
import {uiText} from '../support/i18n.js';

const buttons = (el: WageRange) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());

/** Every key path of a catalog, with what kind of value it holds. */
function shape(node: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'terms' || key === 'regions') out[prefix + key] = 'map';
    else if (typeof value === 'object' && value !== null) Object.assign(out, shape(value, `${prefix}${key}.`));
    else out[prefix + key] = typeof value === 'function' ? `function/${value.length}` : typeof value;
  }
  return out;
}

describe('messages catalogs', () => {
  it('Spanish has every English message, of the same kind and arity (besides the type-check)', () => {
    expect(shape(es)).to.deep.equal(shape(en));
  });

  it('Spanish translates every message (nothing copied from English by mistake)', () => {
    const same = Object.entries(shape(en))
      .filter(([, kind]) => kind === 'string')
      .map(([path]) => path)
      .filter((path) => path.split('.').reduce<any>((o, k) => o[k], en) === path.split('.').reduce<any>((o, k) => o[k], es));
    expect(same.sort()).to.deep.equal(['riasec.S', 'sections.video']); // "Video" and "Social" are the same words in both languages
  });

  it('the generated placeholder table matches the English functions (run npm run i18n when this fails)', () => {
    const fromSource: Record<string, number> = {};
    for (const [path, kind] of Object.entries(shape(en))) if (kind.startsWith('function')) fromSource[path] = Number(kind.split('/')[1]);
    expect(Object.fromEntries(Object.entries(PARAMS).map(([k, v]) => [k, v.length]))).to.deep.equal(fromSource);
  });

  it('counts in the right number in both languages: "1 more task", "1 categoría"', () => {
    const cases: [keyof typeof en & keyof typeof es, string, string, string, string][] = [
      ['moreTasks', '1 more task', '6 more tasks', '1 tarea más', '6 tareas más'],
      ['moreTitles', '1 more title', '2 more titles', '1 título de empleo más', '2 títulos de empleo más'],
      ['morePrograms', '1 more program', '2 more programs', '1 programa más', '2 programas más'],
      [
        'allTechnology',
        'All tools and technology (1 category)',
        'All tools and technology (2 categories)',
        'Todas las herramientas y tecnologías (1 categoría)',
        'Todas las herramientas y tecnologías (2 categorías)',
      ],
    ];
    for (const [key, oneEn, manyEn, oneEs, manyEs] of cases) {
      const [english, spanish] = [en[key], es[key]] as unknown as ((count: number) => string)[];
      expect([english!(1), english!(key === 'moreTasks' ? 6 : 2), spanish!(1), spanish!(key === 'moreTasks' ? 6 : 2)], key).to.deep.equal([
        oneEn,
        manyEn,
        oneEs,
        manyEs,
      ]);
    }
    expect([en.blsRank.low(1), en.blsRank.low(3), es.blsRank.low(1), es.blsRank.low(3)]).to.deep.equal([
      'Low: only 1 of 100 jobs uses it less',
      'Low: only 3 of 100 jobs use it less',
      'Baja: solo 1 de cada 100 empleos la usa menos',
      'Baja: solo 3 de cada 100 empleos la usan menos',
    ]);
  });

  it('picks a catalog by exact tag, then by language, else English', () => {
    expect(catalogKey('es')).to.equal('es');
    expect(catalogKey('es-MX')).to.equal('es');
    expect(catalogKey('ES_us')).to.equal('es');
    expect(catalogKey('fr')).to.equal('en');
    expect(catalogKey('')).to.equal('en');
    expect(catalogKey('not a tag!')).to.equal('en');
  });
});

describe('language choice', () => {
  it('follows the nearest ancestor lang, across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"><section></section></div>`);
    const inner = host.querySelector('section')!.attachShadow({mode: 'open'});
    const el = document.createElement('wage-range');
    el.setAttribute('occupation', '29-2072');
    el.setAttribute('chart', 'none');
    inner.append(el);
    await settled(el);
    expect(buttons(el)).to.deep.equal(['Por año', 'Por hora']);
  });

  it('re-renders when an ancestor or the document switches language, and two languages live side by side', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <wage-range id="a" occupation="29-2072" chart="none"></wage-range>
      <wage-range id="b" occupation="29-2072" chart="none" lang="es"></wage-range>
    </div>`);
    const [a, b] = [wrap.querySelector<WageRange>('#a')!, wrap.querySelector<WageRange>('#b')!];
    await settled(a);
    await settled(b);
    expect(buttons(a)).to.deep.equal(['Per year', 'Per hour']);
    expect(buttons(b)).to.deep.equal(['Por año', 'Por hora']);
    wrap.setAttribute('lang', 'es-US');
    await waitUntil(() => buttons(a)[0] === 'Por año', 'the ancestor switch reached the widget');
    wrap.removeAttribute('lang');
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es';
      await waitUntil(() => buttons(a)[0] === 'Por año');
      document.documentElement.lang = 'en';
      await waitUntil(() => buttons(a)[0] === 'Per year', 'the document switch reached the widget');
      expect(buttons(b)[0]).to.equal('Por año'); // its own lang wins
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('nested widgets of a profile speak the profile language and switch with it', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072" lang="es"></career-profile>`));
    const wages = el.shadowRoot!.querySelector<WageRange>('wage-range')!;
    await settled(wages);
    expect(buttons(wages)).to.deep.equal(['Por año', 'Por hora']);
    el.lang = 'en';
    await waitUntil(() => buttons(el.shadowRoot!.querySelector<WageRange>('wage-range')!)[0] === 'Per year');
  });
});

describe('host catalogs', () => {
  it('a <meta> catalog changes labels without a rebuild, English for the rest with one console note', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'career-widgets-messages', content: '/tests/fixtures/i18n/so.json'});
    meta.dataset.lang = 'so';
    document.head.append(meta);
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args.join(' '));
    try {
      const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="so" chart="none"></wage-range>`));
      expect(buttons(el)).to.deep.equal(['Sanadkii', 'Saacaddii']);
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Mushaharka: Medical Records Specialists');
      expect(el.shadowRoot!.querySelector('h3 [lang="en"]')).to.exist; // the title is marked English
      expect(uiText(el)).to.contain('Middle'); // not translated by the sample: English
      await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="so" chart="none"></wage-range>`);
      expect(notes).to.have.length(1);
      expect(notes[0]).to.contain('"so" catalog has no text for').and.contain('median').and.contain('errorHint.network');
      await expect(el).to.be.accessible();
    } finally {
      console.info = info;
      meta.remove();
    }
  });

  it('registerMessages() adds a language, with plural forms, and adjusts a built-in one', async () => {
    registerMessages('hmn', {
      format: 'career-widgets-messages/1',
      lang: 'hmn',
      messages: {moreTitles: {one: '{count} pawg ntxiv', other: '{count} pawg ntxiv (ntau)'}, annual: 'Ib xyoos'},
    });
    const m = await loadMessages(catalogKey('hmn'));
    expect(m.moreTitles(1)).to.equal('1 pawg ntxiv');
    expect(m.moreTitles(3)).to.equal('3 pawg ntxiv (ntau)');
    expect(m.lang).to.equal('hmn');
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="hmn" chart="none"></wage-range>`));
    expect(buttons(el)[0]).to.equal('Ib xyoos');
    registerMessages('es', {format: 'career-widgets-messages/1', lang: 'es', messages: {annual: 'Anual'}});
    const es2 = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="es" chart="none"></wage-range>`));
    expect(buttons(es2)).to.deep.equal(['Anual', 'Por hora']); // the rest stays Spanish
    registerMessages('es', {format: 'career-widgets-messages/1', lang: 'es', messages: {}});
  });

  it('accepts a catalog with every key of docs/i18n/template.json, vocabulary names and three-level groups included', async () => {
    const template = await (await fetch('/docs/i18n/template.json')).json();
    const messages = Object.fromEntries(Object.keys(template.messages).map((path) => [path, `~${path}`]));
    registerMessages('sm', {format: 'career-widgets-messages/1', lang: 'sm', messages});
    const m = (await loadMessages(catalogKey('sm'))) as any;
    expect(m.blsTerms['Some college, no degree']).to.equal('~blsTerms.Some college, no degree');
    expect(m.explorerDirection.title.ascending).to.equal('~explorerDirection.title.ascending');
    expect(m.annual).to.equal('~annual');
  });

  it('a malformed catalog URL in <meta name="career-widgets-messages"> throws nothing: one warning, English shown', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'career-widgets-messages', content: 'http://[not-a-host/so.json'});
    meta.dataset.lang = 'ff';
    document.head.append(meta);
    const warnings: string[] = [];
    const thrown: unknown[] = [];
    const warn = console.warn;
    const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="ff" chart="none"></wage-range>`));
      await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="ff" chart="none"></wage-range>`));
      expect(buttons(el)).to.deep.equal(['Per year', 'Per hour']);
      expect(catalogKey('ff')).to.equal('en');
      expect(thrown).to.deep.equal([]);
      const about = warnings.filter((w) => w.includes('http://[not-a-host/so.json'));
      expect(about, warnings.join('\n')).to.have.length(1);
      expect(about[0]).to.contain('career-widgets-messages');
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      meta.remove();
    }
  });

  it('a broken catalog is refused with a warning, and the widget shows English', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      registerMessages('vi', '/tests/fixtures/i18n/broken.json');
      const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" lang="vi" chart="none"></wage-range>`));
      expect(buttons(el)).to.deep.equal(['Per year', 'Per hour']);
      expect(warnings.join('\n')).to.contain('messages.retry: expected text, got number');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});

// Type-level: a catalog missing a message is not a `Messages` (es.ts is checked with `satisfies Messages`, so a
// message added to English and not to Spanish fails `tsc`). Checked by `npx tsc -p tsconfig.json`.
const {retry: _retry, ...withoutRetry} = es;
// @ts-expect-error `retry` is missing
export const incomplete: import('../../src/internal/messages.js').Messages = withoutRetry;
