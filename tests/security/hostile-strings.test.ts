import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/skill-list/skill-list.js';
import '../../src/elements/wage-range/wage-range.js';
import type {CareerElement} from '../../src/internal/career-element.js';
import {deepElements, deepText, everyElement, hostileSource, renderElement} from '../support/elements.js';
import {settled, shadowText} from '../support/helpers.js';
import {poison} from '../support/poison.js';
import {real, stubDataset} from '../support/stub-dataset.js';

/**
 * docs/SECURITY.md, "Strings in any field": each hostile string is written into EVERY text field of every dataset
 * file an element renders text from (its fixture's `reads`: occupation files, meta, the index, the program index:
 * titles, descriptions, tasks, tools, skill names and descriptions, related occupations, attribution lines, source
 * names, program titles), then shown by every element of the registry (tests/support/elements.ts). Nothing may
 * run, no element may be injected, and the text shows as text.
 */

const CODE = '29-2072.00';

/** Every element of the registry, each reading its files with `text` in every text field; the text must show. */
async function renderAll(text: string): Promise<HTMLElement[]> {
  const shows = text.replace(/\s+/g, ' ').trim();
  const widgets: HTMLElement[] = [];
  for (const {tag} of everyElement()) {
    widgets.push(await renderElement(tag, {source: await hostileSource(tag, (file) => poison(file, text)), fallback: 'fallback', shows}));
  }
  return widgets;
}

const HOSTILE: [string, string][] = [
  ['an img with onerror', '<img src=x onerror="window.__pwned=1">'],
  ['a closing quote and a script', '"><script>window.__pwned=2</script>'],
  ['a closing style tag and a script', '</style><script>window.__pwned=3</script>'],
  ['an svg with onload', '<svg onload="window.__pwned=4"></svg>'],
  ['a template expression {{7*7}}', '{{7*7}}'],
  ['a template literal ${7*7}', '${7*7}'],
  ['a right-to-left override U+202E', '\u202Eevil.exe\u202C'],
  ['zero-width characters', 'Medical\u200B\u200C\u200D\u2060\uFEFFRecords'],
];

describe('hostile strings in every text field, shown by every element', () => {
  afterEach(() => {
    delete (window as any).__pwned;
  });

  for (const [what, text] of HOSTILE) {
    it(`shows ${what} as text and runs nothing`, async function () {
      this.timeout(60_000); // six elements, a whole profile and a comparison among them, in WebKit on a loaded machine
      const widgets = await renderAll(text); // each complete, showing the text exactly as written
      await new Promise((resolve) => setTimeout(resolve, 50)); // an onerror/onload would have fired by now
      expect((window as any).__pwned).to.equal(undefined);
      for (const widget of widgets) {
        const injected = deepElements(widget).filter(
          (el) => ['img', 'script', 'svg', 'iframe', 'object', 'embed'].includes(el.localName) || [...el.attributes].some((a) => a.name.startsWith('on')),
        );
        expect(
          injected.map((el) => el.outerHTML.slice(0, 80)),
          widget.localName,
        ).to.deep.equal([]);
        expect(widget.dataset.state, widget.localName).to.equal('complete');
        expect(deepText(widget), widget.localName).to.contain(text.replace(/\s+/g, ' ').trim());
      }
    });
  }

  it('refuses a 10,000-character title with an accessible error and keeps the host fallback', async () => {
    const occupation = await real(`occupations/${CODE}.json`);
    occupation.title = 'A'.repeat(10_000);
    const source = await stubDataset({[`occupations/${CODE}.json`]: occupation});
    const el = await settled(
      await fixture<CareerElement>(html`<career-profile occupation="29-2072" source=${source}><p>Our page about this career</p></career-profile>`),
      'error',
    );
    expect(shadowText(el)).to.contain('damaged or in the wrong format');
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes().length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows a 10,000-character description in full, wrapped inside the widget', async () => {
    const occupation = await real(`occupations/${CODE}.json`);
    occupation.description = `${'word '.repeat(1_999)}end`;
    const source = await stubDataset({[`occupations/${CODE}.json`]: occupation});
    const el = await settled(
      await fixture<CareerElement>(html`<career-profile occupation="29-2072" source=${source} sections="overview" style="width: 320px"></career-profile>`),
    );
    expect(shadowText(el)).to.contain('word word');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('refuses an empty title (it would leave an empty heading) and shows empty text elsewhere without breaking', async () => {
    const blank = await real(`occupations/${CODE}.json`);
    blank.title = '';
    const refused = await settled(
      await fixture<CareerElement>(
        html`<career-profile occupation="29-2072" source=${await stubDataset({[`occupations/${CODE}.json`]: blank})}></career-profile>`,
      ),
      'error',
    );
    expect(shadowText(refused)).to.contain('damaged or in the wrong format');

    const occupation = await real(`occupations/${CODE}.json`);
    // Names of other occupations are titles too (links): keep them; empty every other text.
    const emptied = {...(poison(occupation, '') as object), title: occupation.title, related: occupation.related, siblings: occupation.siblings};
    const source = await stubDataset({[`occupations/${CODE}.json`]: emptied});
    const el = await settled(await fixture<CareerElement>(html`<career-profile occupation="29-2072" region="MN" source=${source}></career-profile>`));
    expect(shadowText(el)).to.contain(occupation.title);
  });

  it('refuses wrong types with an error naming the field, never "[object Object]" or "undefined" on the page', async () => {
    const occupation = await real(`occupations/${CODE}.json`);
    occupation.title = {toString: 'x'};
    occupation.tasks = 'not a list';
    const source = await stubDataset({[`occupations/${CODE}.json`]: occupation});
    const el = await settled(await fixture<CareerElement>(html`<wage-range occupation="29-2072" source=${source}><p>fallback</p></wage-range>`), 'error');
    const text = shadowText(el);
    expect(text).to.contain('title: expected text');
    expect(text).not.to.match(/\[object Object\]|undefined|NaN/);
  });

  it('ignores a "__proto__" key in the occupation and meta files (no prototype pollution)', async () => {
    const inject = (json: string) => json.replace(/^\{/, '{"__proto__":{"polluted":"yes","title":"<b>x</b>"},');
    const source = await stubDataset({
      'meta.json': inject(JSON.stringify(await real('meta.json'))),
      [`occupations/${CODE}.json`]: inject(JSON.stringify(await real(`occupations/${CODE}.json`))),
    });
    const el = await settled(await fixture<CareerElement>(html`<career-profile occupation="29-2072" source=${source} sections="overview"></career-profile>`));
    expect(({} as any).polluted).to.equal(undefined);
    expect(shadowText(el)).to.contain('Medical Records Specialists');
  });

  // The catalogs' vocabularies (`terms`, `blsTerms`, `regions`) are looked up by the data's own text: a name that
  // an object inherits must find nothing there, in English as in a translated widget.
  for (const lang of ['en', 'es']) {
    it(`shows dataset text equal to an Object.prototype member as itself (lang="${lang}", own-property term lookups)`, async () => {
      const names = ['constructor', 'hasOwnProperty', 'toString', 'valueOf', '__proto__', 'isPrototypeOf'];
      const occupation = await real(`occupations/${CODE}.json`);
      occupation.education.bls.typicalEntry = 'constructor';
      occupation.education.bls.workExperience = 'toString';
      occupation.education.bls.onTheJobTraining = 'hasOwnProperty';
      occupation.blsSkills = names.map((name, i) => ({name, percentile: 90 - i}));
      occupation.skills = null;
      const meta = await real('meta.json');
      for (const zone of meta.jobZones) Object.assign(zone, {name: 'valueOf', education: '__proto__'});
      const source = await stubDataset({'meta.json': meta, [`occupations/${CODE}.json`]: occupation});
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <career-profile occupation="29-2072" sections="education" source=${source}></career-profile>
        <skill-list occupation="29-2072" source=${source}></skill-list>
      </div>`);
      const [profile, skills] = [...wrap.children] as CareerElement[];
      await settled(profile!);
      await settled(skills!);
      const text = `${deepText(profile!)} ${deepText(skills!)}`;
      expect(text).not.to.match(/native code|\[object|function /);
      for (const name of names) expect(text, name).to.contain(name);
    });
  }

  it('shows hostile attribute values from the host page as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=5">';
    const el = await settled(await fixture<CareerElement>(html`<wage-range occupation="29-2072" region=${hostile} heading=${hostile}></wage-range>`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as any).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.contain(hostile);
  });
});
