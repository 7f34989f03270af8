import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/career-compare/career-compare.js';
import type {CareerCompare} from '../../src/elements/career-compare/career-compare.js';
import '../../src/elements/career-search/career-search.js';
import type {CareerSearch} from '../../src/elements/career-search/career-search.js';
import '../../src/elements/program-careers/program-careers.js';
import type {ProgramCareers} from '../../src/elements/program-careers/program-careers.js';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/skill-list/skill-list.js';
import type {SkillList} from '../../src/elements/skill-list/skill-list.js';
import '../../src/elements/wage-range/wage-range.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {settled} from '../support/helpers.js';
import {englishIn, langAttributes, uiText} from '../support/i18n.js';
import {real, stubDataset} from '../support/stub-dataset.js';

const cells = (el: HTMLElement, row: string) => {
  const tr = [...el.shadowRoot!.querySelectorAll(el.localName === 'career-compare' ? '.wide tbody tr' : 'tbody tr')].find(
    (r) => r.querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim() === row,
  );
  return [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
};

async function nestedSettled(el: CareerProfile) {
  for (const child of el.shadowRoot!.querySelectorAll<WageRange>('wage-range, skill-list'))
    await settled(child, child.dataset.state === 'empty' ? 'empty' : 'complete');
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
      'Medical Records Specialists',
      'Qué hacen',
      'Tareas típicas',
      'Herramientas y tecnología',
      'Intereses',
      'Estilos de trabajo',
      'Perspectivas de empleo',
      'Educación y capacitación',
      'Ocupaciones relacionadas',
    ]);
    const text = uiText(el);
    expect(text).to.contain('Los detalles de esta ocupación solo están disponibles en inglés.');
    expect(text).to.contain('Códigos oficiales de ocupación: O*NET-SOC 29-2072.00 · SOC 29-2072');
    // CLDR puts a space before % in es-US in some engines (WebKit), not in others (Chromium, Firefox).
    expect(text).to.match(/La BLS prevé que el número de estos empleos crezca un 7\.1\s?% entre 2024 y 2034\./);
    expect(text).to.match(/Para el conjunto de los empleos, se prevé un crecimiento del 3\.1\s?%\./);
    expect(text).to.contain('Es un crecimiento mucho más rápido que el promedio.');
    expect(text).to.contain('Cifras nacionales, 2024-2034: la Oficina de Estadísticas Laborales de los EE. UU. (BLS) no hace proyecciones para Minnesota.'); // a span of years as Spanish writes it
    expect(text).to.contain('194,800'); // es-US: US digits, as US Spanish career sites write them
    expect(text).to.contain('Empleos en 2024');
    expect(text).to.contain('Vacantes al año (promedio de 2024-2034)');
    expect(text).to.contain('La tabla de salarios cuenta los empleos que informaron los empleadores en mayo de 2025');
    expect(text).to.contain('Educación típica para empezar (BLS, EE. UU.)');
    expect(text).to.contain('Certificado postsecundario (sin título universitario)'); // BLS category, translated
    expect(text).to.contain('un certificado después de la escuela secundaria, más corto que un título');
    expect(text).to.match(/Preparación necesaria\s*:\s*nivel 3 de 5 \(intermedia\)\s*\./);
    expect(text).to.contain('formación en una escuela vocacional, experiencia relacionada en el trabajo o un título de asociado');
    expect(text).to.contain('Alta: se usa más que en 88 de cada 100 empleos'); // BLS skill rank in words
    expect(text).to.match(/7\.0 de 7 \(coincidencia fuerte\)/); // the Conventional interest score
    expect(text).to.contain('Convencional');
    expect(text).to.contain('Fuente: Oficina de Estadísticas Laborales de los EE. UU. (BLS), Proyecciones de Empleo 2024-34');
    expect(text).to.contain('Incluye información de la base de datos O*NET 30.2');
    expect(text).to.contain('(febrero de 2026)');
    expect(englishIn(text)).to.deep.equal([]);
    // High-school course names are a fixed vocabulary: translated by the catalog, none left in English
    const courses = el.shadowRoot!.querySelector('[part="section"].courses')!;
    expect([...courses.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Ciencias de la salud',
      'Anatomía y fisiología',
      'Aplicaciones de computadora',
      'Mecanografía',
      'Inglés',
    ]);
    expect(langAttributes(courses)).to.deep.equal([]);
    expect(uiText(courses)).to.contain('Sugerencias nuestras, basadas en el campo de este trabajo y en las habilidades que más usa');
    // Minnesota's wages, nested, in Spanish with Spanish periods
    const wages = el.shadowRoot!.querySelector<WageRange>('wage-range')!;
    expect(cells(wages, 'Medio (mediana)')).to.deep.equal(['$61,530', '$51,140']);
    expect(cells(wages, 'Número de empleos (mayo de 2025)')).to.deep.equal(['3,150', '194,720']);
    expect(uiText(wages)).to.contain('Bajo: 1 de cada 4 trabajadores gana menos que esta cifra.');
    expect(uiText(wages)).to.contain('Mediana en la encuesta anterior (mayo de 2024): Minnesota $59,310; Estados Unidos $50,250.');
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

  it("<career-profile>: a specialty's programs, whose list they are and the disclosure in Spanish, English titles marked", async () => {
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
    expect(cells(el, 'Medio (mediana)')).to.deep.equal(['$29.58', '$24.59']);
    expect(cells(el, 'Bajo (percentil 25)')[0]).to.match(/^\$23\.89\s*nota 1$/);
    const text = uiText(el);
    expect(text).to.contain('Estimación: la cifra anual ÷ 2,080 horas de trabajo (40 horas × 52 semanas)');
    expect(text).to.contain('Salarios: Medical Records Specialists'.replace('Medical Records Specialists', '')); // title itself is English
    expect(el.shadowRoot!.querySelector('h3 span[lang="en"]')!.textContent).to.equal('Medical Records Specialists');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('salarios, mayo de 2025 (por hora)');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Por año', 'Por hora']);
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.match(
      /^Gráfica de los salarios, de bajo a alto, de Medical Records Specialists, Minnesota, Estados Unidos\./,
    );
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
    const el = await settled(
      await fixture<WageRange>(html`<wage-range occupation="29-2072" region="NY" full-range chart="none" source=${source} lang="es"></wage-range>`),
    );
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Nueva York', 'Estados Unidos']);
    expect(cells(el, 'Muy alto (percentil 90)')[1]).to.match(/^≥ \$239,200\s*nota \d$/);
    expect(cells(el, 'Muy bajo (percentil 10)')[1]).to.match(/^No disponible\s*nota \d$/);
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
    expect(text).to.contain('O*NET no ha calificado las habilidades de este trabajo, así que son estimaciones de la BLS');
    expect(text).to.contain('Computadoras y tecnología de la información');
    expect(text).to.contain('Alta: se usa más que en 88 de cada 100 empleos');
    expect(text).to.contain('Baja: solo 24 de cada 100 empleos la usan menos');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    expect(uiText(el)).to.contain('Baja: casi ningún empleo la usa menos'); // Creativity, the 0th percentile
    expect(englishIn(text)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('<skill-list>: O*NET skills marked English with the note, ratings in words, "Ver la lista completa" and the empty state', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="11-1011.00" lang="es" limit="3"></skill-list>`));
    expect(uiText(el)).to.contain('Los detalles de esta ocupación solo están disponibles en inglés.');
    expect(el.shadowRoot!.querySelector('.name')!.getAttribute('lang')).to.equal('en');
    expect(uiText(el)).to.match(
      /Importancia: \d\.\d de 5 \((algo |muy |sumamente )?importante\), nivel necesario: \d\.\d de 7 \((básico|intermedio|avanzado)\)/,
    );
    expect(el.shadowRoot!.querySelector('button.more')!.textContent!.trim()).to.match(/^Ver la lista completa \(\d+\)$/);
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

  it('<career-compare>: every row label, the education, preparation and skill vocabularies, notes and status in Spanish', async () => {
    const el = await settled(await fixture<CareerCompare>(html`<career-compare occupations="29-2072,29-9021" region="NY" lang="es"></career-compare>`));
    const rows = [...el.shadowRoot!.querySelectorAll('.wide tbody th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Bajo (percentil 25)',
      'Medio (mediana)',
      'Alto (percentil 75)',
      'Empleos en Nueva York (mayo de 2025)',
      'Perspectivas de empleo, Estados Unidos (2024-2034)',
      'Educación típica para empezar (BLS, EE. UU.)',
      'Preparación necesaria',
      'Habilidades principales',
      'Conocimientos principales',
      'Intereses',
      'Código de ocupación',
    ]);
    // The data's fixed vocabularies go through the catalog (term()), not straight to the page.
    expect(cells(el, 'Educación típica para empezar (BLS, EE. UU.)')).to.deep.equal([
      'Certificado postsecundario (sin título universitario)',
      'Título de asociado (2 años)',
    ]);
    expect(cells(el, 'Preparación necesaria')).to.deep.equal(['Nivel 3 de 5 (intermedia)', 'Nivel 3 de 5 (intermedia)']);
    const skills = [...el.shadowRoot!.querySelectorAll('.wide tr.skills td')[0]!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(skills.slice(0, 2)).to.deep.equal(['Computadoras y tecnología de la información', 'Escritura y lectura']);
    expect(cells(el, 'Conocimientos principales')).to.deep.equal(['Sin calificación de O*NET', 'Sin calificación de O*NET']);
    expect(cells(el, 'Perspectivas de empleo, Estados Unidos (2024-2034)')[0]).to.match(/^Mucho más rápido que el promedio \(\+7\.1\s?%\)$/);
    // Career names are the dataset's English, marked so; the notes name them marked too.
    for (const name of el.shadowRoot!.querySelectorAll('.wide button.name')) expect(name.querySelector('[lang="en"]'), name.textContent!).to.exist;
    const notes = el.shadowRoot!.querySelector('[part="notes"]')!;
    expect(notes.textContent).to.contain(
      'O*NET no ha calificado las habilidades de esta carrera, así que en su lugar se muestran las que la BLS clasifica más alto.',
    );
    expect(notes.querySelector('[lang="en"]')!.textContent).to.equal('Medical Records Specialists');
    expect(cells(el, 'Bajo (percentil 25)')[0]).to.not.contain('note');
    const text = uiText(el);
    expect(text).to.contain('Carreras comparadas, Nueva York: salarios y número de empleos en mayo de 2025, salario por año.');
    expect(englishIn(text)).to.deep.equal([]);
    expectValidLangs(el);
    await expect(el).to.be.accessible();
    const empty = await settled(await fixture<CareerCompare>(html`<career-compare lang="es"></career-compare>`), 'empty');
    expect(uiText(empty)).to.contain('Use la búsqueda para agregar carreras y compare hasta 4 lado a lado.');
    await expect(empty).to.be.accessible();
  });

  it('<career-search>: the filters (preparation levels, fields of work), results and suggestions in Spanish, titles marked English', async () => {
    const el = await fixture<CareerSearch>(html`<career-search filters lang="es"></career-search>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('select option').length > 20, 'filters loaded', {timeout: 10_000});
    const [zones, fields] = [...el.shadowRoot!.querySelectorAll('select')].map((s) => [...s.options]);
    expect(zones!.map((o) => o.textContent!.trim())).to.deep.equal([
      'Cualquiera',
      'Nivel 1–2 de 5 (de poca a alguna)',
      'Nivel 3 de 5 (intermedia)',
      'Nivel 4 de 5 (alta)',
      'Nivel 5 de 5 (muy alta)',
    ]);
    expect(fields!).to.have.length(24);
    expect(fields!.map((o) => o.textContent!.trim())).to.include.members([
      'Profesionales y técnicos de la salud',
      'Ocupaciones de apoyo administrativo y de oficina',
    ]);
    expect(fields!.filter((o) => o.lang === 'en')).to.deep.equal([]); // all 23 translated
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'medical coder';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"] .target'), 'results', {timeout: 15_000});
    const option = el.shadowRoot!.querySelector('[role="option"]')!;
    expect(option.querySelector('.title')!.getAttribute('lang')).to.equal('en');
    expect(option.querySelector('.target')!.getAttribute('lang')).to.equal('en');
    expect(option.querySelector('.visually-hidden')!.textContent).to.contain('lleva a');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('Se encontr'), 'count announced');
    await expect(el).to.be.accessible();
    input.value = 'plmbr';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('.suggestion'), 'suggestion');
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.textContent!.replace(/\s+/g, ' ')).to.match(/¿Quiso decir\s*plumber\s*\?/); // "¿" opens the question the template closes
    // Not marked English: since the Spanish vocabulary, a suggestion can be Spanish words as well as English ones.
    expect(empty.querySelector('.suggestion')!.hasAttribute('lang')).to.equal(false);
    expectValidLangs(el);
    await expect(el).to.be.accessible();
  });

  it('<program-careers>: each figure with its basis, area and date, whose education figure it is, in Spanish', async () => {
    const el = await settled(await fixture<ProgramCareers>(html`<program-careers cip="51.0707" region="MN" lang="es"></program-careers>`));
    const heading = el.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent).to.contain('Carreras para las que prepara este programa: ');
    expect(heading.querySelector('[lang="en"]')!.textContent).to.equal('Health Information/Medical Records Technology/Technician');
    const card = el.shadowRoot!.querySelector('[part~="career"]')!;
    const figures = [...card.querySelectorAll('dl div')].map((d) => [
      d.querySelector('dt')!.textContent!.trim(),
      d.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    expect(figures).to.deep.equal([
      ['Salario anual mediano, Minnesota (mayo de 2025)', '$61,530'],
      ['Salario anual mediano, Estados Unidos (mayo de 2025)', '$51,140'],
      ['Perspectivas de empleo, Estados Unidos (2024-2034)', 'Crece mucho más rápido que el promedio'],
      [
        'Educación típica para empezar (BLS, EE. UU.)',
        'Certificado postsecundario (sin título universitario) un certificado después de la escuela secundaria, más corto que un título; de unas semanas a dos años',
      ],
    ]);
    const text = uiText(el);
    expect(text).to.contain('Es el camino más común, no el único; programas como este también preparan para estas carreras.');
    expect(text).to.contain('Código oficial del programa: CIP 51.0707');
    expect(text).to.contain('Fuente: Centro Nacional de Estadísticas Educativas (NCES)');
    expect(englishIn(text)).to.deep.equal([]);
    expectValidLangs(el);
    await expect(el).to.be.accessible();
    const hourly = await settled(await fixture<ProgramCareers>(html`<program-careers cip="50.0501" limit="0" lang="es"></program-careers>`));
    expect(uiText(hourly)).to.contain('Salario por hora mediano, Estados Unidos (mayo de 2025)');
    const none = await settled(await fixture<ProgramCareers>(html`<program-careers lang="es"></program-careers>`), 'empty');
    expect(uiText(none)).to.contain('No se eligió ningún programa.');
    await expect(none).to.be.accessible();
  });

  it('<career-profile>: the empty state (no occupation chosen) in Spanish', async () => {
    const el = await settled(await fixture<CareerProfile>(html`<career-profile lang="es"></career-profile>`), 'empty');
    expect(uiText(el)).to.contain('No se eligió ninguna ocupación.');
    await expect(el).to.be.accessible();
  });

  it('<career-profile>: the error state in Spanish', async () => {
    const el = await settled(
      await fixture<CareerProfile>(
        html`<career-profile occupation="29-2072" source="/__fault/status/500/" lang="es"><a href="#">Fallback</a></career-profile>`,
      ),
      'error',
    );
    expect(uiText(el)).to.contain('La información sobre la carrera no está disponible');
    await expect(el).to.be.accessible();
  });
});
