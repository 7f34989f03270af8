// The English catalog comes in parts: the shared strings in the entry, each element's own with its code. This page
// imports no element up front, so it sees the catalog as a page does before an element's chunk has arrived.
import {expect, fixture, html} from '@open-wc/testing';
import type {SkillList} from '../../src/elements/skill-list/skill-list.js';
import {catalogKey, loadMessages, registerMessages} from '../../src/internal/i18n.js';
import {en} from '../../src/internal/messages.js';
import {settled, shadowText} from '../support/helpers.js';

describe('English strings that load with their element', () => {
  it('join the English catalog, and fill the gaps of a host catalog already in use, when the element loads', async () => {
    const englishBefore = {...en} as Record<string, unknown>;
    expect(englishBefore.skillsHeading, 'skill-list strings are not in the shared part').to.equal(undefined);
    expect(englishBefore.retry).to.equal('Try again');

    registerMessages('hmn', {
      format: 'career-widgets-messages/1',
      lang: 'hmn',
      messages: {noSkills: 'Tsis muaj', importanceValue: 'Tseem ceeb {value} ntawm 5'},
    });
    const hmn = await loadMessages(catalogKey('hmn'));
    expect(hmn.retry, 'English for what the host left out').to.equal('Try again');
    expect(hmn.noSkills, 'the host translates a message of an element not loaded yet').to.equal('Tsis muaj');

    await import('../../src/elements/skill-list/skill-list.js');
    expect(en.skillsHeading('Nurses')).to.equal('Skills: Nurses');
    expect(hmn.skillsHeading('Nurses'), 'English fills the gap once the element has loaded').to.equal('Skills: Nurses');
    expect(hmn.noSkills, 'the host text stays').to.equal('Tsis muaj');

    const el = await settled(await fixture<SkillList>(html`<skill-list occupation="29-1141" lang="hmn" limit="3"></skill-list>`));
    const text = shadowText(el);
    expect(text).to.contain('Tseem ceeb');
    expect(text).not.to.contain('undefined');
    await expect(el).to.be.accessible();
  });
});
