import {expect} from '@open-wc/testing';
import type {Occupation} from '../../src/data/dataset-types.js';
import {FIGURE_SECTIONS, figuresSubject, hasFigures} from '../../src/data/figures-subject.js';
import {real} from '../support/stub-dataset.js';

const occupation = (code: string) => real<Occupation>(`occupations/${code}.json`);

describe('figuresSubject', () => {
  it('names the BLS aggregate for every BLS section of an occupation published only inside it', async () => {
    const o = await occupation('29-2012.00');
    for (const section of FIGURE_SECTIONS) {
      expect(figuresSubject(o, section), section).to.deep.equal({
        code: '29-2010',
        title: 'Clinical Laboratory Technologists and Technicians',
        reason: 'aggregate',
      });
    }
  });

  it('names the catch-all "All Other" code of an O*NET specialty', async () => {
    expect(figuresSubject(await occupation('11-9199.09'), 'wages')).to.deep.equal({code: '11-9199', title: 'Managers, All Other', reason: 'all-other'});
  });

  it('names the SOC occupation an O*NET specialty belongs to', async () => {
    expect(figuresSubject(await occupation('11-1011.03'))).to.deep.equal({code: '11-1011', title: 'Chief Executives', reason: 'broader'});
  });

  it("returns null where the figures are the occupation's own: a .00 code (even with specialties), a BLS-only code", async () => {
    for (const code of ['29-2072.00', '11-1011.00', '33-3051.00', '29-2010', '21-1018']) {
      const o = await occupation(code);
      for (const section of [undefined, ...FIGURE_SECTIONS]) expect(figuresSubject(o, section), `${code} ${section}`).to.equal(null);
    }
  });

  it('returns null for a section without figures, nothing to label', async () => {
    const o = await occupation('11-9199.09');
    o.outlook = null;
    o.blsSkills = null;
    expect(hasFigures(o, 'outlook')).to.be.false;
    expect(figuresSubject(o, 'outlook')).to.equal(null);
    expect(figuresSubject(o, 'blsSkills')).to.equal(null);
    expect(figuresSubject(o, 'education')?.code).to.equal('11-9199');
    o.wages = {national: null, states: {}};
    expect(hasFigures(o, 'wages')).to.be.false;
    expect(figuresSubject(o, 'wages')).to.equal(null);
    expect(figuresSubject(o)?.code, 'without a section: the subject of all BLS sections').to.equal('11-9199');
  });

  it('falls back to the SOC code as the title when a host dataset lacks the SOC hierarchy', async () => {
    const o = await occupation('11-1011.03');
    o.socHierarchy = [];
    expect(figuresSubject(o)).to.deep.equal({code: '11-1011', title: '11-1011', reason: 'broader'});
  });
});
