import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/skill-list/skill-list.js';
import type {SkillList} from '../../src/elements/skill-list/skill-list.js';
import '../../src/elements/wage-range/wage-range.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {settled} from '../support/helpers.js';
import {englishIn, langAttributes, uiText} from '../support/i18n.js';
import {real, stubDataset} from '../support/stub-dataset.js';

const cells = (el: WageRange, row: string) => {
  const tr = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.trim() === row);
  return [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
};

async function nestedSettled(el: CareerProfile) {
  for (const child of el.shadowRoot!.querySelectorAll<WageRange>('wage-range, skill-list')) await settled(child, child.dataset.state === 'empty' ? 'empty' : 'complete');
}

/** Every lang attribute is a well-formed language tag (axe checks html-lang; this checks the rest). */
function expectValidLangs(el: Element) {
  for (const lang of langAttributes(el)) expect(() => Intl.getCanonicalLocales(lang), `lang="${lang}"`).to.not.throw();
}

describe('Spanish (lang="es")', function () {
  // A whole profile with its nested widgets, checked by axe: slow on WebKit on a loaded 2-core machine.
  this.timeout(30_000);

  it('<career-profile occupation="29-2072" region="MN" lang="es">: every label, note, number and source line in Spanish', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072" region="MN" lang="es"></career-profile>`));
    // The compact default shows five sections; "Show more" opens the rest.
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Mostrar más sobre esta carrera')!;
    more.click();
    await el.updateComplete;
    await nestedSettled(el);
    const headings = [...el.shadowRoot!.querySelectorAll('h2, h3, h4')].map((h) => h.textContent!.trim());
    expect(headings).to.include.members([
      'Medical Records Specialists', 'Qué hacen', 'Tareas típicas', 'Herramientas y tecnología', 'Intereses',
      'Estilos de trabajo', 'Perspectivas de empleo', 'Educación y capacitación', 'Ocupaciones relacionadas',
    ]);
    const text = uiText(el);
    expect(text).to.contain('Los detalles de esta ocupación solo están disponibles en inglés.');
    expect(text).to.contain('Código O*NET-SOC 29-2072.00');
    // CLDR puts a space before % in es-US in some engines (WebKit), not in others (Chromium, Firefox).
    expect(text).to.match(/Se proyecta que el empleo cambie un \+7\.1\s?% de 2024 a 2034/);
    expect(text).to.contain('Es un crecimiento mucho más rápido que el promedio.');
    expect(text).to.contain('194,800'); // es-US: US digits, as US Spanish career sites write them
    expect(text).to.contain('Vacantes al año (promedio)');
    expect(text).to.contain('Certificado postsecundario (sin título universitario)'); // BLS category, translated
    expect(text).to.contain('Zona de trabajo tres: Preparación intermedia necesaria');
    expect(text).to.contain('formación en una escuela vocacional, experiencia relacionada en el trabajo o un título de asociado');
    expect(text).to.contain('Convencional');
    expect(text).to.contain('Fuente: Oficina de Estadísticas Laborales de los EE. UU. (BLS), Proyecciones de Empleo 2024-34');
    expect(text).to.contain('Incluye información de la base de datos O*NET 30.2');
    expect(text).to.contain('(febrero de 2026)');
    expect(englishIn(text)).to.deep.equal([]);
    // High-school course names are a fixed vocabulary: translated by the catalog, none left in English
    const courses = el.shadowRoot!.querySelector('[part="section"].courses')!;
    expect([...courses.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(
      ['Ciencias de la salud', 'Anatomía y fisiología', 'Aplicaciones de computadora', 'Mecanografía', 'Inglés'],
    );
    expect(langAttributes(courses)).to.deep.equal([]);
    expect(uiText(courses)).to.contain('Sugerencias nuestras, basadas en el campo de este trabajo y en las habilidades que más usa');
    // Minnesota's wages, nested, in Spanish with Spanish periods
    const wages = el.shadowRoot!.querySelector<WageRange>('wage-range')!;
    expect(cells(wages, 'Mediana')).to.deep.equal(['$61,530', '$51,140']);
    // One attribution for the whole profile, the nested wages' source included.
    expect(text).to.contain('Estadísticas de Empleo y Salarios Ocupacionales, mayo de 2025');
    expect(uiText(wages)).to.contain('Estados Unidos');
    // The occupation content is marked as English
    const title = el.shadowRoot!.querySelector('#title span')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('.lead')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('.tasks ul')!.getAttribute('lang')).to.equal('en');
    // The English licence notice stays available
    const original = el.shadowRoot!.querySelector('.source details.original')!;
    expect(original.querySelector('summary')!.textContent).to.equal('Aviso de licencia en inglés');
    expect(original.querySelector('[lang="en"]')!.textContent).to.contain('Used under the CC BY 4.0 license');
    expectValidLangs(el);
    await expect(el).to.be.accessible();
  });

  it('<career-profile>: a specialty\'s programs, whose list they are and the disclosure in Spanish, English titles marked', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="11-9199.09" sections="programs" lang="es"></career-profile>`));
    const programs = el.shadowRoot!.querySelector('[part="section"].programs')!;
    const text = uiText(programs);
    expect(text).to.contain('La tabla de correspondencia asigna estos programas a , la ocupación más amplia que incluye a ; no tiene una lista propia para .');
    expect(text).to.contain('Primero aparecen los 2 más cercanos al trabajo propio de esta ocupación.');
    expect(uiText(programs.querySelector('summary')!)).to.equal('126 programas más de la lista de');
    const english = [...programs.querySelectorAll('.note [lang="en"], summary [lang="en"]')].map((e) => e.textContent);
    expect(english).to.deep.equal(['Managers, All Other', 'Wind Energy Operations Managers', 'Wind Energy Operations Managers', 'Managers, All Other']);
    expectValidLangs(el);
    await expect(el).to.be.accessible();
  });

  it('<wage-range>: labels, hourly notes and the chart label in Spanish', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="MN" lang="es" pay="hourly"></wage-range>`));
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Minnesota', 'Estados Unidos']);
    expect(cells(el, 'Mediana')).to.deep.equal(['$29.58', '$24.59']);
    expect(cells(el, 'Percentil 25')[0]).to.match(/^\$23\.89\s*nota 1$/);
    const text = uiText(el);
    expect(text).to.contain('Cifra derivada de la anual');
    expect(text).to.contain('Salarios: Medical Records Specialists'.replace('Medical Records Specialists', '')); // title itself is English
    expect(el.shadowRoot!.querySelector('h3 span[lang="en"]')!.textContent).to.equal('Medical Records Specialists');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('salarios, mayo de 2025 (por hora)');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Por año', 'Por hora']);
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.match(/^Gráfica de los percentiles salariales/);
    expect(englishIn(text)).to.deep.equal([]);
    expectValidLangs(el);
    await expect(el).to.be.accessible();
  });

  it('<wage-range>: top-coded and unpublished notes, and a state spelled in Spanish', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.wages.national.annual.p90 = null;
    occupation.wages.national.status['annual.p90'] = 'top-coded';
    occupation.wages.national.annual.p10 = null;
    occupation.wages.national.status['annual.p10'] = 'not-available';
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" region="NY" full-range chart="none" source=${source} lang="es"></wage-range>`));
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Nueva York', 'Estados Unidos']);
    expect(cells(el, 'Percentil 90')[1]).to.match(/^≥ \$239,200\s*nota \d$/);
    expect(cells(el, 'Percentil 10')[1]).to.match(/^No disponible\s*nota \d$/);
    const text = uiText(el);
    expect(text).to.contain('la BLS no publica salarios exactos a partir de esta cantidad');
    expect(text).to.contain('La BLS no publica esta cifra para esta zona');
    await expect(el).to.be.accessible();
  });

  it('<wage-range>: the empty state in Spanish', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    occupation.wages = {national: null, states: {}};
    const source = await stubDataset({'occupations/29-2072.00.json': occupation});
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" source=${source} lang="es"></wage-range>`), 'empty');
    expect(uiText(el)).to.contain('La BLS no publica salarios para esta ocupación.');
    expect(uiText(el)).to.contain('Fuente: Oficina de Estadísticas Laborales');
    await expect(el).to.be.accessible();
  });

  it('the error state in Spanish, with the developer detail marked English', async () => {
    const el = await settled(await fixture<WageRange>(html`<wage-range occupation="29-2072" source="/__fault/status/500/" lang="es"></wage-range>`), 'error');
    const text = uiText(el);
    expect(text).to.contain('La información sobre la carrera no está disponible en este momento.');
    expect(text).to.contain('El servidor de datos respondió con un error.');
    expect(text).to.contain('Detalles para el administrador del sitio');
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Intentar de nuevo');
    expect(el.shadowRoot!.querySelector('.error-detail')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('<skill-list>: BLS skill names translated, the stand-in note in Spanish', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="29-2072" lang="es"></skill-list>`));
    const text = uiText(el);
    expect(text).to.contain('Habilidades:');
    expect(text).to.contain('O*NET no ha calificado las habilidades de esta ocupación.');
    expect(text).to.contain('Computadoras y tecnología de la información');
    expect(text).to.match(/Más alta que en el 88\s?% de las ocupaciones/);
    expect(englishIn(text)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('<skill-list>: O*NET skills marked English with the note, "Mostrar todas" and the empty state', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="11-1011.00" lang="es" limit="3"></skill-list>`));
    expect(uiText(el)).to.contain('Los detalles de esta ocupación solo están disponibles en inglés.');
    expect(el.shadowRoot!.querySelector('.name')!.getAttribute('lang')).to.equal('en');
    expect(uiText(el)).to.match(/Importancia \d\.\d de 5 ?, nivel \d\.\d de 7/);
    expect(el.shadowRoot!.querySelector('button.more')!.textContent!.trim()).to.match(/^Mostrar todas \(\d+\)$/);
    await expect(el).to.be.accessible();
    const empty = await settled(await fixture<SkillList>(html`<skill-list occupation="29-2072" kind="knowledge" lang="es"></skill-list>`), 'empty');
    expect(uiText(empty)).to.contain('O*NET no ha calificado las áreas de conocimiento de esta ocupación.');
    await expect(empty).to.be.accessible();
  });

  it('<skill-list>: the error state in Spanish', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="99-9999" lang="es"></skill-list>`), 'error');
    expect(uiText(el)).to.contain('nada en los datos tiene este código');
    await expect(el).to.be.accessible();
  });

  it('<career-profile>: the empty state (no occupation chosen) in Spanish', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile lang="es"></career-profile>`), 'empty');
    expect(uiText(el)).to.contain('No se eligió ninguna ocupación.');
    await expect(el).to.be.accessible();
  });

  it('<career-profile>: the error state in Spanish', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile occupation="29-2072" source="/__fault/status/500/" lang="es"><a href="#">Fallback</a></career-profile>`), 'error');
    expect(uiText(el)).to.contain('La información sobre la carrera no está disponible');
    await expect(el).to.be.accessible();
  });
});
