/**
 * No English interface text in a Spanish widget: every element, in every state, everything opened, is walked text
 * node by text node, and each English-looking run must sit inside an element marked `lang="en"` (the dataset's
 * English). The rule and the vocabulary it uses: tests/support/english-runs.ts.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/career-compare/career-compare.js';
import '../../src/elements/career-explorer/career-explorer.js';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/career-search/career-search.js';
import '../../src/elements/program-careers/program-careers.js';
import '../../src/elements/skill-list/skill-list.js';
import '../../src/elements/wage-range/wage-range.js';
import type {ElementTag} from '../../src/elements/registry.js';
import {everyElement, renderElement} from '../support/elements.js';
import {englishRuns, englishVocabulary} from '../support/english-runs.js';
import {expandAll} from '../support/layout-audit.js';
import {real, stubDataset} from '../support/stub-dataset.js';

/** A state of an element to check, as a fixture in Spanish (besides the registry's own fixture, which every element gets). */
interface SpanishState {
  name: string;
  fixture: () => Promise<TemplateResult>;
  then?: (el: HTMLElement) => Promise<void>;
}

/** Types into a search box as a visitor does, and waits for what the search then shows. */
async function type(el: HTMLElement, query: string, shown: string, announced = true) {
  const search = el.localName === 'career-search' ? el : el.shadowRoot!.querySelector<HTMLElement>('career-search')!;
  const input = search.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await waitUntil(() => search.shadowRoot!.querySelector(shown), `search shows ${shown}`, {timeout: 15_000});
  if (announced) await waitUntil(() => search.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim(), 'the count announced', {timeout: 5_000});
}

const noWages = async () => {
  const occupation = await real('occupations/29-2072.00.json');
  occupation.wages = {national: null, states: {}};
  return stubDataset({'occupations/29-2072.00.json': occupation});
};

/**
 * The states of each element of the registry beyond its registry fixture (which each is checked in first): a new
 * element without a line here fails the type-check.
 */
const STATES = {
  'career-profile': [
    {name: 'a certificate-level career in Minnesota', fixture: async () => html`<career-profile occupation="29-2072" region="MN" lang="es"></career-profile>`},
    {name: 'programs, courses and a video', fixture: async () => html`<career-profile occupation="29-9021" region="NY" lang="es"></career-profile>`},
    {
      name: 'O*NET ratings and the education survey',
      fixture: async () => html`<career-profile occupation="11-2033.00" region="CA" lang="es"></career-profile>`,
    },
    {name: 'a BLS aggregate', fixture: async () => html`<career-profile occupation="29-2012.00" lang="es"></career-profile>`},
    {
      name: 'an O*NET specialty under an "All Other" code',
      fixture: async () => html`<career-profile occupation="11-9199.09" region="TX" lang="es"></career-profile>`,
    },
    {name: 'the SOC definitions of a BLS-only code', fixture: async () => html`<career-profile occupation="29-2010" lang="es"></career-profile>`},
    {name: 'no occupation chosen', fixture: async () => html`<career-profile lang="es"></career-profile>`},
    {name: 'an unknown code', fixture: async () => html`<career-profile occupation="99-9999" lang="es"></career-profile>`},
    {name: 'a server error', fixture: async () => html`<career-profile occupation="29-2072" source="/__fault/status/500/" lang="es"></career-profile>`},
  ],
  'wage-range': [
    {
      name: 'hourly, full range, derived figures',
      fixture: async () => html`<wage-range occupation="29-2072" region="MN" pay="hourly" full-range lang="es"></wage-range>`,
    },
    {name: 'an O*NET specialty', fixture: async () => html`<wage-range occupation="11-1011.03" region="NH" lang="es"></wage-range>`},
    {name: 'a SOC code shared with specialties', fixture: async () => html`<wage-range occupation="11-1011.00" lang="es"></wage-range>`},
    {name: 'yearly-only wages asked per hour', fixture: async () => html`<wage-range occupation="25-2021" region="MN" pay="hourly" lang="es"></wage-range>`},
    {name: 'a top-coded previous median', fixture: async () => html`<wage-range occupation="29-1212" region="GA" lang="es"></wage-range>`},
    {name: 'an unknown region', fixture: async () => html`<wage-range occupation="29-2072" region="ZZ" lang="es"></wage-range>`},
    {name: 'no wages', fixture: async () => html`<wage-range occupation="29-2072" source=${await noWages()} lang="es"></wage-range>`},
    {name: 'a server error', fixture: async () => html`<wage-range occupation="29-2072" source="/__fault/status/500/" lang="es"></wage-range>`},
  ],
  'skill-list': [
    {name: 'BLS skill ranks', fixture: async () => html`<skill-list occupation="29-2072" limit="0" lang="es"></skill-list>`},
    {name: 'BLS skill ranks of an aggregate', fixture: async () => html`<skill-list occupation="29-2012.01" lang="es"></skill-list>`},
    {name: 'O*NET skills', fixture: async () => html`<skill-list occupation="15-1211" limit="3" lang="es"></skill-list>`},
    {name: 'low-precision knowledge', fixture: async () => html`<skill-list occupation="27-3043.00" kind="knowledge" lang="es"></skill-list>`},
    {name: 'a level left out', fixture: async () => html`<skill-list occupation="33-3041.00" kind="knowledge" limit="0" lang="es"></skill-list>`},
    {name: 'knowledge not rated', fixture: async () => html`<skill-list occupation="29-2072" kind="knowledge" lang="es"></skill-list>`},
    {name: 'an unknown code', fixture: async () => html`<skill-list occupation="99-9999" lang="es"></skill-list>`},
  ],
  'career-compare': [
    {
      name: 'four careers, notes of whose figures',
      fixture: async () => html`<career-compare occupations="29-2072,29-9021,31-1122,11-1011.03" region="MN" lang="es"></career-compare>`,
    },
    {
      name: 'hourly, an unknown region, codes not found and left out',
      fixture: async () =>
        html`<career-compare occupations="29-2072 99-9999 29-9021 29-1141 15-1252 47-2111" region="ZZ" pay="hourly" shortlist lang="es"></career-compare>`,
    },
    {
      name: 'a career added through the search',
      fixture: async () => html`<career-compare occupations="29-2072" region="NY" lang="es"></career-compare>`,
      then: (el) => type(el, 'nurse', '[role="option"]'),
    },
    {name: 'no careers yet', fixture: async () => html`<career-compare lang="es"></career-compare>`},
    {name: 'a server error', fixture: async () => html`<career-compare occupations="29-2072" source="/__fault/status/500/" lang="es"></career-compare>`},
  ],
  'career-search': [
    {
      name: 'results and filters',
      fixture: async () => html`<career-search filters region="MN" lang="es"></career-search>`,
      then: (el) => type(el, 'nurse', '[role="option"]'),
    },
    {
      name: 'an alternate title leading to an occupation',
      fixture: async () => html`<career-search lang="es"></career-search>`,
      then: (el) => type(el, 'medical coder', '.target'),
    },
    {name: 'a suggestion', fixture: async () => html`<career-search lang="es"></career-search>`, then: (el) => type(el, 'plmbr', '.suggestion')},
    {name: 'no match', fixture: async () => html`<career-search lang="es"></career-search>`, then: (el) => type(el, 'qqqqzzzz', '[part="empty"]')},
    {
      name: 'titles that cannot load',
      fixture: async () => html`<career-search source="/__fault/status/500/" lang="es"></career-search>`,
      then: (el) => type(el, 'nurse', '[role="alert"]', false),
    },
  ],
  'career-explorer': [
    {
      name: 'filters, notes of whose figures, the chart',
      fixture: async () => html`<career-explorer region="MN" major="11,29" filters view="chart" limit="0" lang="es"></career-explorer>`,
    },
    {
      name: 'per hour, an unknown region',
      fixture: async () => html`<career-explorer region="ZZ" pay="hourly" query="nurse" filters lang="es"></career-explorer>`,
    },
    {name: 'no match', fixture: async () => html`<career-explorer region="MN" query="qqqqzzzz" filters lang="es"></career-explorer>`},
    {name: 'a server error', fixture: async () => html`<career-explorer region="MN" source="/__fault/status/500/" lang="es"></career-explorer>`},
  ],
  'program-careers': [
    {name: 'an associate-degree program in Minnesota', fixture: async () => html`<program-careers cip="51.0707" region="MN" lang="es"></program-careers>`},
    {name: 'hourly pay and a shortened list', fixture: async () => html`<program-careers cip="50.0501" region="NY" limit="3" lang="es"></program-careers>`},
    {name: 'an O*NET specialty', fixture: async () => html`<program-careers cip="01.0000" limit="0" lang="es"></program-careers>`},
    {name: 'no program chosen', fixture: async () => html`<program-careers lang="es"></program-careers>`},
    {name: 'an unknown program', fixture: async () => html`<program-careers cip="99.9999" lang="es"></program-careers>`},
  ],
} satisfies Record<ElementTag, SpanishState[]>;

/** Every widget in `root` (nested ones too) has left its loading state. */
async function allSettled(root: Element) {
  const loading = () => {
    const states: string[] = [];
    const visit = (node: Element | ShadowRoot) =>
      node.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot && el.localName.includes('-') && el.localName !== 'career-search') states.push((el as HTMLElement).dataset.state ?? 'loading');
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    if (root.localName !== 'career-search') states.push((root as HTMLElement).dataset.state ?? 'loading');
    visit(root.shadowRoot ?? root);
    return states.includes('loading');
  };
  await waitUntil(() => !loading(), 'widgets still loading', {timeout: 20_000});
}

/** Opens every disclosure and "show more" (twice: the first round reveals nested widgets' own). */
async function openEverything(root: Element) {
  for (let round = 0; round < 2; round++) {
    expandAll();
    await new Promise((r) => setTimeout(r, 50));
    await allSettled(root);
  }
}

describe('no English interface text in Spanish', function () {
  this.timeout(120_000);

  it('the vocabulary knows the English labels and leaves out what Spanish shares', () => {
    const vocabulary = englishVocabulary();
    for (const word of ['median', 'percentile', 'outlook', 'preparation', 'typical', 'openings', 'occupations', 'the', 'of'])
      expect(vocabulary.has(word), word).to.be.true;
    for (const word of ['social', 'video', 'bls', 'net', 'apprenticeship', 'no']) expect(vocabulary.has(word), word).to.be.false;
  });

  it('the rule finds unmarked English and accepts it marked', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="es"><p>Salario <span>per year</span></p><p lang="en">Median pay</p></div>`);
    const host = document.createElement('div');
    host.attachShadow({mode: 'open'}).append(el.cloneNode(true));
    expect(englishRuns(host).map((r) => r.text)).to.deep.equal(['per year']);
  });

  for (const {tag} of everyElement()) {
    it(`<${tag}>: no English-looking text outside lang="en", in every state, everything open`, async () => {
      const problems: string[] = [];
      const check = async (name: string, el: HTMLElement, then?: (el: HTMLElement) => Promise<void>) => {
        await allSettled(el);
        await openEverything(el);
        await then?.(el);
        for (const run of englishRuns(el)) problems.push(`${name}: “${run.text}” (${run.words.join(', ')}) at ${run.where}`);
      };
      await check("the registry's fixture", await renderElement(tag, {attributes: {lang: 'es'}}));
      for (const state of STATES[tag] as SpanishState[]) await check(state.name, await fixture<HTMLElement>(await state.fixture()), state.then);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
