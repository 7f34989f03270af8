/**
 * How widgets sit in a host page: room between neighbours, and a finder that tells its visitor what to do before
 * anything is chosen.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/career-profile/career-profile.js';
import '../../src/elements/career-search/career-search.js';
import '../../src/elements/program-careers/program-careers.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import {settled, shadowText} from '../support/helpers.js';

describe('widgets in a host page', function () {
  this.timeout(20_000);

  it('keeps room between two widgets in a row, and none after the last one in its container', async () => {
    const page = await fixture<HTMLElement>(html`<div style="padding: 0; border: 1px solid transparent">
      <program-careers id="careers" cip="51.0707" region="MN"></program-careers>
      <career-profile for="careers" occupation="29-9021" region="MN" sections="overview"></career-profile>
    </div>`);
    const [list, profile] = [page.querySelector('program-careers')!, page.querySelector<CareerProfile>('career-profile')!];
    await settled(list as never);
    await settled(profile);
    const gap = profile.getBoundingClientRect().top - list.getBoundingClientRect().bottom;
    const fontSize = parseFloat(getComputedStyle(list).fontSize);
    expect(gap, 'space between the program list’s source lines and the profile’s title').to.be.at.least(fontSize);
    // The last widget adds nothing under itself: the container's own padding decides.
    expect(page.getBoundingClientRect().bottom - profile.getBoundingClientRect().bottom).to.be.below(2);
  });

  it('says what to do in a finder before anything is chosen (after a search, after a list), in English and Spanish', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <career-search id="find" region="MN"></career-search>
      <career-profile for="find" region="MN"></career-profile>
      <program-careers id="program" cip="51.0707"></program-careers>
      <career-profile for="program"></career-profile>
      <div lang="es"><career-search id="buscar"></career-search><career-profile for="buscar"></career-profile></div>
    </div>`);
    const [afterSearch, afterList, spanish] = [...page.querySelectorAll<CareerProfile>('career-profile')];
    for (const profile of [afterSearch!, afterList!, spanish!]) await settled(profile, 'empty');
    expect(shadowText(afterSearch!)).to.equal('Type a job title in the search box, then choose a career to see it here.');
    expect(shadowText(afterList!)).to.equal('Choose a career’s name in the list to see it here.');
    expect(shadowText(spanish!)).to.equal('Escriba un puesto de trabajo en el cuadro de búsqueda y elija una carrera para verla aquí.');
    // A widget that follows nothing and names nothing is a page to fix: that message stays.
    const alone = await settled(await fixture<CareerProfile>(html`<career-profile></career-profile>`), 'empty');
    expect(shadowText(alone)).to.equal('No occupation chosen.');
    await expect(page).to.be.accessible();
  });
});
