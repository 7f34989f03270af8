import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/skill-list/skill-list.js';
import type {SkillList} from '../../src/elements/skill-list/skill-list.js';
import {settled, shadowText} from '../support/helpers.js';
import {real} from '../support/stub-dataset.js';

const names = (el: SkillList) => [...el.shadowRoot!.querySelectorAll('li .name')].map((n) => n.textContent!.trim());

describe('<skill-list>', () => {
  it('ranks O*NET skills by importance, with level, limited to 10', async () => {
    const source = await real('occupations/15-1211.00.json');
    const expected = source.skills.slice(0, 10).map((s: any) => s.name);
    expect(source.skills.every((s: any, i: number) => i === 0 || source.skills[i - 1].importance >= s.importance)).to.be.true;
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="15-1211.00"></skill-list>`));
    expect(names(el)).to.deep.equal(expected);
    const first = source.skills[0];
    expect(shadowText(el)).to.contain(`How important: ${first.importance.toFixed(1)} of 5 (`);
    expect(shadowText(el)).to.contain('O*NET 30.2 Database (skills and knowledge: O*NET 29.0)');
    await expect(el).to.be.accessible();
  });

  it("names the BLS aggregate whose skill ranks stand in, and no other code for an occupation's own ranks", async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="29-2012.01"></skill-list>`));
    expect(shadowText(el)).to.contain('O*NET has not rated this job’s skills, so these are estimates by BLS');
    expect(shadowText(el)).to.contain('These skill ranks are for 29-2010 Clinical Laboratory Technologists and Technicians, which BLS publishes together');
    await expect(el).to.be.accessible();
    const own = await settled(await fixture<SkillList>(html`<skill-list occupation="29-2072.00"></skill-list>`));
    expect(shadowText(own)).to.contain('these are estimates by BLS');
    expect(shadowText(own)).to.not.contain('are for');
  });

  it('marks an importance O*NET flags as low precision, and says so once', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="27-3043.00" kind="knowledge" lang="en-US"></skill-list>`));
    const values = [...el.shadowRoot!.querySelectorAll('li .value')].map((v) => v.textContent!.trim());
    expect(values[0]).to.equal('How important: 5.0 of 5 (extremely important; low-precision estimate), level needed: 5.0 of 7 (advanced)'); // English Language
    expect(values[1]).to.not.contain('low-precision');
    expect(shadowText(el)).to.contain('O*NET flags some estimates here as low precision');
    await expect(el).to.be.accessible();
  });

  it('says a level was left out for low precision instead of dropping it silently', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="33-3041.00" kind="knowledge"></skill-list>`));
    const item = [...el.shadowRoot!.querySelectorAll('li')].find((li) => li.querySelector('.name')!.textContent!.trim() === 'Psychology')!;
    expect(item.querySelector('.value')!.textContent).to.match(/^How important: [\d.]+ of 5 \([a-z ]+\), level left out: low precision$/);
    const plain = await settled(await fixture<SkillList>(html`<skill-list occupation="15-1211.00"></skill-list>`));
    expect(shadowText(plain)).to.not.contain('low precision');
  });

  it('opens a description from the keyboard and shows all on request', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="15-1211.00" limit="3"></skill-list>`));
    expect(names(el)).to.have.length(3);
    const summary = el.shadowRoot!.querySelector('summary')!;
    summary.focus();
    await sendKeys({press: 'Enter'});
    expect(summary.parentElement!.hasAttribute('open')).to.be.true;
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(names(el).length).to.be.greaterThan(3);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('lists knowledge areas', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list kind="knowledge" occupation="15-1211"></skill-list>`));
    expect(names(el)).to.include('Computers and Electronics');
  });

  it('stands in BLS skill ranks, labelled, where O*NET has no ratings (29-2072)', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="29-2072"></skill-list>`));
    expect(shadowText(el)).to.contain('O*NET has not rated this job’s skills');
    expect(names(el)[0]).to.equal('Computers and information technology'); // 88th percentile, the highest
    expect(shadowText(el)).to.contain('Employment Projections 2024-34');
    await expect(el).to.be.accessible();
  });

  it('says BLS skill ranks in words: a band, then the rank out of 100 jobs, never "0% of occupations"', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="29-2072" limit="0"></skill-list>`));
    const rank = (name: string) =>
      [...el.shadowRoot!.querySelectorAll('li')]
        .find((li) => li.querySelector('.name')!.textContent!.trim() === name)!
        .querySelector('.value')!
        .textContent!.trim();
    expect(rank('Computers and information technology')).to.equal('High: used more than in 88 of 100 jobs'); // 88th percentile
    expect(rank('Writing and reading')).to.equal('Average: used more than in 74 of 100 jobs');
    expect(rank('Mathematics')).to.equal('Low: only 3 of 100 jobs use it less');
    expect(rank('Creativity and innovation')).to.equal('Low: almost no job uses it less'); // 0th percentile
    expect(shadowText(el)).to.contain('How much this job uses each skill, compared with all jobs.');
    expect(shadowText(el)).to.not.match(/\d%/);
  });

  it('says O*NET ratings in words beside the figures, and what the scales mean', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="15-1211.00" limit="3"></skill-list>`));
    const values = [...el.shadowRoot!.querySelectorAll('li .value')].map((v) => v.textContent!.trim());
    expect(values[0]).to.equal('How important: 4.0 of 5 (very important), level needed: 4.0 of 7 (intermediate)'); // Speaking
    expect(shadowText(el)).to.contain(
      'How important: from 1 (not important) to 5 (extremely important). Level needed: how good at it you need to be, from 0 (not at all) to 7 (expert).',
    );
  });

  it('shows the empty state for knowledge O*NET has not rated', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list kind="knowledge" occupation="29-2072"></skill-list>`), 'empty');
    expect(shadowText(el)).to.contain('has not rated the knowledge areas');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading, with space reserved', async () => {
    const el = await fixture<SkillList>(html`<skill-list occupation="15-1211" source="/__fault/delay/800/"></skill-list>`);
    expect(el.dataset.state).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error for an unknown occupation', async () => {
    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="99-9999"><p>Skills: see our catalog.</p></skill-list>`), 'error');
    // The page's own markup is wrong: worded as something to fix, not as an outage.
    expect(shadowText(el)).to.contain('nothing in the dataset has this code');
    expect(shadowText(el)).to.not.contain('not available right now');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
