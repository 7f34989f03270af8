import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/career-compare/career-compare.js';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/career-search/career-search.js';
import '../../src/elements/program-careers/program-careers.js';
import '../../src/elements/wage-range/wage-range.js';
import type {CareerCompare} from '../../src/elements/career-compare/career-compare.js';
import type {CareerSearch} from '../../src/elements/career-search/career-search.js';
import type {ProgramCareers} from '../../src/elements/program-careers/program-careers.js';
import {bundledDatasetUrl} from '../../src/data/dataset-url.js';
import type {CareerElement} from '../../src/internal/career-element.js';
import {settled, shadowText} from '../support/helpers.js';

/** Faults as a visitor meets them: a hung or broken dataset host, a bounded wait, and the bundled fallback. */
describe('faults within a bounded time, and fallback="bundled"', () => {
  it('shows the error and the host fallback within 10 s when the dataset host hangs', async function () {
    this.timeout(20_000);
    const started = performance.now();
    const el = await fixture<CareerElement>(html`<wage-range occupation="29-2072" source="/__fault/hang/"><p>See our wages page.</p></wage-range>`);
    await settled(el, 'error', 15_000);
    const elapsed = performance.now() - started;
    // The data layer gives up at 10 s exactly; the margin is for rendering on a loaded CI machine.
    expect(elapsed).to.be.within(9_500, 12_000);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(el)).to.contain('took too long');
    expect(shadowText(el)).to.contain('within 10 s');
    await expect(el).to.be.accessible();
  });

  it('waits as long as the timeout attribute says', async () => {
    const started = performance.now();
    const el = await settled(
      await fixture<CareerElement>(html`<wage-range occupation="29-2072" source="/__fault/hang/attribute/" timeout="1"></wage-range>`),
      'error',
    );
    expect(performance.now() - started).to.be.below(6_000);
    expect(shadowText(el)).to.contain('within 1 s');
  });

  it('reads the wait for the whole page from <meta name="career-widgets-timeout">, the attribute first', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'career-widgets-timeout', content: '2'});
    document.head.append(meta);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <wage-range occupation="29-2072" source="/__fault/hang/page/"></wage-range>
        <wage-range occupation="29-2072" source="/__fault/hang/own/" timeout="1"></wage-range>
      </div>`);
      const [page, own] = [...wrap.children] as CareerElement[];
      await settled(page!, 'error');
      await settled(own!, 'error');
      expect(shadowText(page!)).to.contain('within 2 s');
      expect(shadowText(own!)).to.contain('within 1 s');
    } finally {
      meta.remove();
    }
  });

  it('keeps the wait between 1 and 60 s, and ignores a value that is not a number', async () => {
    const {fetchOptionsFor} = await import('../../src/internal/dataset-source.js');
    expect(fetchOptionsFor('0.01').timeoutMs).to.equal(1_000);
    expect(fetchOptionsFor('3600').timeoutMs).to.equal(60_000);
    expect(fetchOptionsFor('soon').timeoutMs).to.equal(10_000);
    expect(fetchOptionsFor('-5').timeoutMs).to.equal(10_000);
    expect(fetchOptionsFor('').timeoutMs).to.equal(10_000);
  });

  it('falls back to the bundled dataset when the host opts in, and says so', async () => {
    const el = await settled(
      await fixture<CareerElement>(html`<wage-range occupation="29-2072" region="MN" source="/__fault/status/503/" fallback="bundled"></wage-range>`),
    );
    const note = el.shadowRoot!.querySelector('[part="fallback-note"]')!;
    expect(note.textContent).to.contain(`${location.host} could not be loaded`);
    expect(note.textContent).to.contain('data included with the widget');
    expect(shadowText(el)).to.contain('$61,530');
    await expect(el).to.be.accessible();
  });

  it("falls back after a hang too, and the profile's nested widgets read the bundled dataset with it", async function () {
    this.timeout(20_000);
    const el = await settled(
      await fixture<CareerElement>(
        html`<career-profile occupation="29-2072" region="MN" source="/__fault/hang/profile/" timeout="1" fallback="bundled" sections="overview wages"></career-profile>`,
      ),
    );
    expect(el.shadowRoot!.querySelectorAll('[part="fallback-note"]')).to.have.length(1);
    const wages = el.shadowRoot!.querySelector<CareerElement>('wage-range')!;
    await settled(wages);
    expect(shadowText(wages)).to.contain('$61,530');
  });

  it('shows the error without the opt-in, and for an occupation the host dataset does not have', async () => {
    const plain = await settled(await fixture<CareerElement>(html`<wage-range occupation="29-2072" source="/__fault/status/503/"></wage-range>`), 'error');
    expect(plain.shadowRoot!.querySelector('[part="fallback-note"]')).to.equal(null);
    // A dataset that loads but lacks the code is the host's choice, not a failure to stand in for.
    const missing = await settled(
      await fixture<CareerElement>(html`<wage-range occupation="99-9999" source="/data/v1/" fallback="bundled"></wage-range>`),
      'error',
    );
    expect(shadowText(missing)).to.contain('nothing in the dataset has this code');
  });
});

/** The widgets that load more than one occupation honour `timeout` and `fallback` the same way. */
describe('timeout and fallback="bundled" on <career-compare> and <program-careers>', () => {
  it("compare: a hanging host shows compare's error and the host's fallback content within its timeout", async function () {
    this.timeout(15_000);
    const started = performance.now();
    const el = await fixture<CareerCompare>(
      html`<career-compare occupations="29-2072,29-9021" source="/__fault/hang/compare/" timeout="2"><p>Compare careers on our site.</p></career-compare>`,
    );
    await settled(el, 'error', 8_000);
    expect(performance.now() - started).to.be.within(1_900, 5_000);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(el)).to.contain('took too long');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Compare careers on our site.');
    await expect(el).to.be.accessible();
  });

  it('compare: fallback="bundled" shows the bundled figures with the note, and its search reads the bundled dataset', async () => {
    const el = await settled(
      await fixture<CareerCompare>(
        html`<career-compare occupations="29-2072,29-9021" region="MN" chart="none" source="/__fault/status/503/" fallback="bundled"></career-compare>`,
      ),
    );
    const notes = el.shadowRoot!.querySelectorAll('[part="fallback-note"]');
    expect(notes).to.have.length(1);
    expect(notes[0]!.textContent).to.contain(`${location.host} could not be loaded`);
    expect(shadowText(el)).to.contain('Medical Records Specialists');
    expect(shadowText(el)).to.contain('$61,530');
    expect(el.shadowRoot!.querySelector('career-search')!.getAttribute('source')).to.equal(bundledDatasetUrl());
    await expect(el).to.be.accessible();
  });

  it('compare: after a hang, the fallback still comes within the timeout', async function () {
    this.timeout(15_000);
    const el = await settled(
      await fixture<CareerCompare>(
        html`<career-compare occupations="29-2072" source="/__fault/hang/compare-fallback/" timeout="1" fallback="bundled"></career-compare>`,
      ),
      'complete',
      6_000,
    );
    expect(el.shadowRoot!.querySelectorAll('[part="fallback-note"]')).to.have.length(1);
    expect(shadowText(el)).to.contain('Medical Records Specialists');
  });

  it('program careers: the timeout bounds the wait, and fallback="bundled" stands in', async function () {
    this.timeout(15_000);
    const hung = await settled(
      await fixture<ProgramCareers>(html`<program-careers cip="51.0707" source="/__fault/hang/programs/" timeout="1"></program-careers>`),
      'error',
      6_000,
    );
    expect(shadowText(hung)).to.contain('took too long');
    const el = await settled(
      await fixture<ProgramCareers>(html`<program-careers cip="51.0707" source="/__fault/status/503/" fallback="bundled"></program-careers>`),
    );
    expect(el.shadowRoot!.querySelectorAll('[part="fallback-note"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

/** The search reads its titles through the same data source as every widget: timeout, meta tag and fallback. */
describe('timeout and fallback="bundled" on <career-search>', () => {
  const box = (search: CareerSearch) => search.shadowRoot!.querySelector('input')!;

  it('gives up on a hanging host after its own timeout, with the error and the host fallback content', async function () {
    this.timeout(15_000);
    const search = await fixture<CareerSearch>(
      html`<career-search source="/__fault/hang/search/" timeout="1"><a href="/careers/">All careers A-Z</a></career-search>`,
    );
    box(search).focus();
    await waitUntil(() => search.state === 'error', 'the search never gave up', {timeout: 8_000});
    await search.updateComplete;
    expect(search.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(search)).to.contain('within 1 s');
    expect(search.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('All careers A-Z');
    await expect(search).to.be.accessible();
  });

  it('shows titles from the bundled dataset with the note when the host opts in', async () => {
    const search = await fixture<CareerSearch>(html`<career-search source="/__fault/status/503/" fallback="bundled"></career-search>`);
    box(search).focus();
    await waitUntil(() => search.state === 'complete', 'the search never loaded the bundled titles', {timeout: 8_000});
    box(search).value = 'medical records';
    box(search).dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'no results', {timeout: 8_000});
    expect(shadowText(search)).to.contain('Medical Records Specialists');
    const note = search.shadowRoot!.querySelector('[part="fallback-note"]')!;
    expect(note.textContent).to.contain(`${location.host} could not be loaded`);
    await expect(search).to.be.accessible();
  });
});
