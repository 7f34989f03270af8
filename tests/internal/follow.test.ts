import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/wage-range/wage-range.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {emit} from '../../src/internal/events.js';
import {settled, shadowText} from '../support/helpers.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('for: widgets follow a choice made elsewhere on the page', () => {
  it('a wage range follows the occupation and region a leader announces', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div id="leader"></div>
      <wage-range for="leader" occupation="29-2072" region="US"></wage-range>
    </div>`);
    const wages = page.querySelector<WageRange>('wage-range')!;
    await settled(wages);
    emit(page.querySelector('#leader')!, 'career-select', {occupation: '29-9021.00', region: 'MN', via: 'search'});
    await tick();
    expect(wages.occupation).to.equal('29-9021.00');
    expect(wages.region).to.equal('MN');
    await settled(wages);
    expect(shadowText(wages)).to.contain('Health Information Technologists');
  });

  it('ignores choices from other elements, and choices the host cancelled', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div id="leader"></div><div id="other"></div>
      <wage-range for="leader" occupation="29-2072"></wage-range>
    </div>`);
    const wages = page.querySelector<WageRange>('wage-range')!;
    emit(page.querySelector('#other')!, 'career-select', {occupation: '15-1252'});
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('career-select', cancel); // registered after the follower's listener: still honoured
    try {
      emit(page.querySelector('#leader')!, 'career-select', {occupation: '15-1252'});
      await tick();
    } finally {
      document.removeEventListener('career-select', cancel);
    }
    expect(wages.occupation).to.equal('29-2072');
  });

  it('follows a profile whose visitor picked a related career, and starts from a leader already switched', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <career-profile id="main" occupation="29-2072" sections="related"></career-profile>
      <wage-range for="main" region="MN"></wage-range>
    </div>`);
    const profile = page.querySelector<CareerProfile>('career-profile')!;
    const wages = page.querySelector<WageRange>('wage-range')!;
    await settled(profile);
    expect(wages.occupation).to.equal('29-2072'); // the leader's current choice, read on connect
    const related = profile.shadowRoot!.querySelector<HTMLButtonElement>('.related button')!;
    const chosen = related.textContent!.trim();
    related.click();
    await tick();
    expect(wages.occupation).to.not.equal('29-2072');
    expect(wages.region).to.equal('MN'); // a profile passes on no region: the follower keeps its own
    await settled(wages);
    await settled(profile);
    expect(shadowText(profile)).to.contain(chosen);
  });

  it('re-attaches when `for` changes, and stops following when it is removed', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div id="a"></div><div id="b"></div>
      <wage-range for="a" occupation="29-2072"></wage-range>
    </div>`);
    const wages = page.querySelector<WageRange>('wage-range')!;
    wages.for = 'b';
    await wages.updateComplete;
    emit(page.querySelector('#a')!, 'career-select', {occupation: '15-1252'});
    await tick();
    expect(wages.occupation).to.equal('29-2072');
    emit(page.querySelector('#b')!, 'career-select', {occupation: '15-1252'});
    await tick();
    expect(wages.occupation).to.equal('15-1252');
    wages.remove();
    emit(page.querySelector('#b')!, 'career-select', {occupation: '29-2072'});
    await tick();
    expect(wages.occupation).to.equal('15-1252');
  });
});
