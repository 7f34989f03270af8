import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import {getDataset} from '../../src/data/dataset.js';
import {bundledDatasetUrl} from '../../src/data/dataset-url.js';
import {STANDARD_PERCENTILES, FULL_PERCENTILES} from '../../src/data/wage-model.js';
import {jsonLdText, occupationSchema} from '../../src/structured-data/occupation-schema.js';
import {settled} from '../support/helpers.js';
import type {WageRange} from '../../src/elements/wage-range/wage-range.js';
import {googleOccupationProblems} from './google-occupation.js';

const load = (code: string) => getDataset(bundledDatasetUrl()).load(code);
const jsonLd = (el: Element) => {
  const script = el.querySelector(':scope > script[type="application/ld+json"]');
  return script ? JSON.parse(script.textContent!) : null;
};
const until = async (check: () => unknown, what: string) => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(what);
};

describe('structured data (schema.org Occupation)', () => {
  it('describes Medical Records Specialists in Minnesota with the published May 2025 percentiles', async () => {
    const schema = occupationSchema(await load('29-2072'), {region: 'MN', pay: 'annual', percentiles: FULL_PERCENTILES, details: true});
    expect(googleOccupationProblems(schema)).to.deep.equal([]);
    expect(schema).to.include({
      name: 'Medical Records Specialists',
      occupationalCategory: '29-2072.00',
      educationRequirements: 'Postsecondary nondegree award',
    });
    expect(schema.occupationLocation).to.deep.equal([{'@type': 'State', name: 'Minnesota'}]);
    const [salary] = schema.estimatedSalary as Record<string, unknown>[];
    expect(salary).to.include({currency: 'USD', duration: 'P1Y', percentile25: 49690, median: 61530, percentile75: 70070});
    expect(salary.description).to.contain('Occupational Employment and Wage Statistics, May 2025');
    expect(schema.skills, 'BLS skills stand in where O*NET has no ratings').to.have.length.greaterThan(0);
  });

  it('gives hourly figures as PT1H and the nation where the region is the US', async () => {
    const schema = occupationSchema(await load('29-2072'), {region: 'US', pay: 'hourly', percentiles: STANDARD_PERCENTILES, details: false});
    expect(googleOccupationProblems(schema)).to.deep.equal([]);
    expect(schema.occupationLocation).to.deep.equal([{'@type': 'Country', name: 'United States'}]);
    expect(schema.estimatedSalary).to.deep.include.members([]);
    const [salary] = schema.estimatedSalary as Record<string, unknown>[];
    expect(salary).to.include({duration: 'PT1H', median: 24.59});
    expect(salary).to.not.have.property('percentile10');
    expect(schema).to.not.have.property('description');
  });

  it('names the wider BLS code whose figures they are', async () => {
    const schema = occupationSchema(await load('13-1021.00'), {region: 'MN', pay: 'annual', percentiles: STANDARD_PERCENTILES, details: true});
    expect(googleOccupationProblems(schema)).to.deep.equal([]);
    const [salary] = schema.estimatedSalary as Record<string, unknown>[];
    expect(salary.median).to.equal(80370);
    expect(salary.description).to.contain('SOC 13-1020 Buyers and Purchasing Agents');
  });

  it('writes JSON that cannot close its script element', () => {
    const text = jsonLdText({name: '</script><script>alert(1)</script> & more'});
    expect(text).to.not.match(/[<>&]/);
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script> & more');
  });

  it('is written into the host page by <career-profile structured-data>, once per page, and follows the region', async () => {
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args.map(String).join(' '));
    try {
      const holder = await fixture(html`<div>
        <career-profile occupation="29-2072" region="MN" sections="overview wages" structured-data></career-profile>
        <career-profile occupation="15-1252" sections="overview" structured-data></career-profile>
        <career-profile occupation="15-1211" sections="overview"></career-profile>
      </div>`);
      const [first, second, plain] = [...holder.querySelectorAll('career-profile')] as CareerProfile[];
      await Promise.all([settled(first), settled(second), settled(plain)]);
      await until(() => jsonLd(first), 'no JSON-LD written');
      const schema = jsonLd(first);
      expect(googleOccupationProblems(schema)).to.deep.equal([]);
      expect(schema.estimatedSalary[0].median).to.equal(61530);
      expect(schema.description).to.be.a('string').and.not.be.empty;
      await until(() => notes.some((n) => n.includes('only one Occupation per page')), 'no note for the second profile');
      expect(jsonLd(second), 'Google reads one Occupation per page').to.equal(null);
      expect(jsonLd(plain)).to.equal(null);
      expect(document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
      await expect(first).to.be.accessible();

      first.region = 'US';
      await until(() => jsonLd(first)?.estimatedSalary[0].median === 51140, 'JSON-LD did not follow the region');
      expect(first.querySelectorAll('script').length).to.equal(1);
      first.structuredData = false;
      await first.updateComplete;
      expect(jsonLd(first)).to.equal(null);
    } finally {
      console.info = info;
    }
  });

  it('writes nothing when the element stops wanting it while the writer is still loading', async () => {
    const el = document.createElement('wage-range') as WageRange;
    Object.assign(el, {occupation: '29-2072', region: 'MN', structuredData: true});
    // career-load comes right after the update that asked for the writer (its import is still pending then).
    el.addEventListener('career-load', () => (el.structuredData = false), {once: true});
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    await settled(el);
    await import('../../src/structured-data/write.js'); // the writer has arrived (for the element too)
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(jsonLd(el)).to.equal(null);
    expect(document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(0);
  });

  it("passes the page's JSON-LD to the next element that wants it when the owner turns it off or leaves", async () => {
    const info = console.info;
    console.info = () => undefined;
    try {
      const holder = await fixture(html`<div>
        <wage-range occupation="29-2072" region="MN" structured-data></wage-range>
        <wage-range occupation="15-1252" structured-data></wage-range>
        <wage-range occupation="29-1141" structured-data></wage-range>
      </div>`);
      const [first, second, third] = [...holder.querySelectorAll('wage-range')] as WageRange[];
      await Promise.all([settled(first!), settled(second!), settled(third!)]);
      await until(() => jsonLd(first!), 'the first never wrote its JSON-LD');
      expect(jsonLd(second!)).to.equal(null);

      first!.structuredData = false;
      await until(() => jsonLd(second!)?.occupationalCategory === '15-1252.00', 'the second never took over');
      expect(jsonLd(first!)).to.equal(null);
      expect(jsonLd(third!)).to.equal(null);
      expect(document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);

      second!.remove();
      await until(() => jsonLd(third!)?.occupationalCategory === '29-1141.00', 'the third never took over');
      expect(document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
    } finally {
      console.info = info;
    }
  });

  it('is written by <wage-range structured-data> with the percentiles it shows', async () => {
    const el = await fixture(html`<wage-range occupation="29-2072" region="MN" full-range pay="hourly" structured-data></wage-range>`);
    await settled(el as never);
    await until(() => jsonLd(el), 'no JSON-LD written');
    const salary = jsonLd(el).estimatedSalary[0];
    expect(salary).to.include({duration: 'PT1H', median: 29.58});
    expect(salary).to.have.property('percentile10');
    expect(googleOccupationProblems(jsonLd(el))).to.deep.equal([]);
  });
});
