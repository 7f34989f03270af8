import {expect} from '@open-wc/testing';
import {BLS_SKILL_COURSES, KNOWLEDGE_COURSES, MAX_COURSES, suggestCourses} from '../../src/data/high-school-courses.js';

const load = async (path: string) => (await fetch(`/data/v1/${path}`)).json();

describe('helpful high-school courses (the one mapping table)', () => {
  it('maps every O*NET knowledge area and every BLS skill the dataset holds', async () => {
    const meta = await load('meta.json');
    const knowledge = Object.keys(meta.elements).filter((id) => id.startsWith('2.C'));
    expect(knowledge.length).to.equal(33);
    for (const id of knowledge) expect(KNOWLEDGE_COURSES[id], `${id} ${meta.elements[id].name}`).to.exist;
    const ranked = (await load('occupations/29-2072.00.json')).blsSkills.map((s: {name: string}) => s.name);
    for (const name of ranked) expect(BLS_SKILL_COURSES[name], name).to.exist;
  });

  it('derives from knowledge importance for rated occupations (Registered Nurses)', async () => {
    const s = suggestCourses(await load('occupations/29-1141.00.json'))!;
    expect(s.basis).to.equal('onet-knowledge');
    expect(s.courses.slice(0, 3)).to.deep.equal(['Psychology', 'Customer Service', 'Communication']);
    expect(s.courses).to.include.members(['Anatomy and Physiology', 'Health Science', 'English']);
    expect(s.courses.length).to.be.at.most(MAX_COURSES);
  });

  it('derives from BLS skill ranks and the field for occupations O*NET has not rated (Medical Records Specialists)', async () => {
    const s = suggestCourses(await load('occupations/29-2072.00.json'))!;
    expect(s.basis).to.equal('bls-skills');
    expect(s.courses).to.deep.equal(['Computer Applications', 'English', 'Keyboarding', 'Health Science', 'Anatomy and Physiology']);
  });
});
