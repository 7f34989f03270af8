import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/elements/career-profile/career-profile.js';
import type {CareerProfile} from '../../src/elements/career-profile/career-profile.js';
import {onlyIn} from '../support/engine.js';
import {settled, shadowText} from '../support/helpers.js';
import {real, stubDataset} from '../support/stub-dataset.js';

const headings = (el: CareerProfile) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.trim());
const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
const section = (el: CareerProfile, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="section"].${id}`);

const OVERLAY = {
  overlayVersion: 1,
  host: {name: 'North Shore Technical College', url: 'https://northshore.example.edu/'},
  updated: '2026-09',
  occupations: {
    '29-9021': {
      certifications: [{name: 'Registered Health Information Technician (RHIT)', issuer: 'AHIMA', url: 'https://www.ahima.org/'}],
      notes: ['Sample note: our graduates work at regional hospitals.'],
      wages: [{label: 'Duluth area (sample)', p25: 52000, median: 60000, p75: 70000, source: 'NSTC graduate survey (sample)', date: '2026-06'}],
    },
  },
  programs: {
    '51.0707': {
      programs: [
        {
          name: 'Health Information Technology',
          credential: 'AAS',
          length: '2 years',
          cost: '$12,400',
          delivery: 'Online',
          url: 'https://northshore.example.edu/hit',
        },
      ],
    },
  },
};

const inline = (overlay: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(overlay);
  return script;
};

/** Opens every section (the default shows the first ones and the rest behind "Show more"). */
async function expand(el: CareerProfile) {
  const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more[aria-expanded="false"]');
  if (more) {
    more.click();
    await el.updateComplete;
  }
  return el;
}

async function profile(template: ReturnType<typeof html>) {
  return expand(await settled(await fixture<CareerProfile>(template)));
}

/** The profile's one attribution line (its sections and nested widgets share it). */
const attribution = (el: CareerProfile) => text(el.shadowRoot!.querySelector('[part="source"]')!);

describe("<career-profile>: programs, courses, video and the host's own content", () => {
  it('without host content shows courses, programs and the video placeholder (29-9021 in Minnesota); no certifications', async function () {
    this.timeout(30_000); // the whole profile, checked by axe
    const el = await profile(html`<career-profile occupation="29-9021" region="MN"></career-profile>`);
    const h = headings(el);
    for (const title of ['Helpful high-school courses', 'Programs that prepare for this career', 'Video', 'Outlook', 'Education & training'])
      expect(h).to.include(title);
    expect(h).to.not.include('Certifications');
    expect(h).to.not.include('Local information');
    const programs = text(section(el, 'programs')!);
    expect(programs).to.contain('Health Information/Medical Records Technology/Technician 51.0707'); // the name first, its code after
    expect(attribution(el)).to.contain('CIP 2020 to SOC 2018 Crosswalk');
    const courses = text(section(el, 'courses')!);
    expect(courses).to.contain('Computer Applications');
    expect(courses).to.contain('Our suggestions, based on this job’s field and the skills it uses most (BLS skill ranks');
    expect(courses).to.contain('not a school’s required list');
    expect(courses).to.contain('Health Science'); // the field of a healthcare occupation
    await expect(el).to.be.accessible();
  });

  it("a specialty's programs: says they are the wider occupation's, the closest to its work first, the rest one keypress away", async function () {
    this.timeout(30_000); // 128 programs, checked by axe
    const el = await profile(html`<career-profile occupation="11-9199.09" sections="programs" lang="en-US"></career-profile>`);
    const programs = section(el, 'programs')!;
    expect(text(programs)).to.contain(
      'The crosswalk lists these programs for Managers, All Other, the wider occupation that includes Wind Energy Operations Managers; it has no list of its own for Wind Energy Operations Managers. The 2 closest to this job’s own work come first.',
    );
    const visible = [...programs.querySelectorAll(':scope > ul.programs li')].map(text);
    expect(visible.map((t) => t.replace(/ \S+$/, ''))).to.deep.equal(['Research and Development Management', 'Science/Technology Management']);
    const details = programs.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    expect(text(summary)).to.equal('126 more programs listed for Managers, All Other');
    expect(details.open).to.be.false;
    expect(text(details)).to.contain('Library and Information Science'); // listed, after the relevant ones
    await expect(el).to.be.accessible();
    summary.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => details.open, 'the disclosure opens from the keyboard');
    expect((details.querySelector('ul li') as HTMLElement).offsetParent, 'the rest are shown').to.not.equal(null);
    // A SOC occupation's own list: no such note, the first ten in CIP order.
    const own = await profile(html`<career-profile occupation="11-9199.00" sections="programs"></career-profile>`);
    expect(text(section(own, 'programs')!)).to.not.contain('wider occupation');
    expect(section(own, 'programs')!.querySelectorAll(':scope > ul.programs li').length).to.equal(10);
  });

  it('loads nothing from the video host until the visitor asks; then a native player, and a link out when it fails', async () => {
    const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('careeronestop')).length;
    const el = await profile(html`<career-profile occupation="29-2072" sections="video"></career-profile>`);
    const video = section(el, 'video')!;
    expect(text(video)).to.contain('Career video: Medical Records Specialists');
    expect(attribution(el)).to.contain('Video: CareerOneStop, U.S. Department of Labor');
    expect(video.querySelector('video, img, iframe')).to.equal(null);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('careeronestop')).length).to.equal(before);
    await expect(el).to.be.accessible();
    const play = video.querySelector<HTMLButtonElement>('button.play')!;
    play.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => video.querySelector('video, .video-failed'), 'the player replaces the placeholder');
    const player = video.querySelector('video');
    if (player) {
      // (Offline, the load may already have failed by now: then the fallback below is what the visitor has.)
      expect(player.hasAttribute('controls')).to.be.true;
      expect(player.getAttribute('src')).to.equal('https://cdn.careeronestop.org/OccVids/OccupationVideos/29-2072.00.mp4');
    }
    // No internet here: the video fails, and the visitor gets a way out.
    await waitUntil(() => video.querySelector('.video-failed'), 'fallback after a failed load', {timeout: 8000});
    expect(text(video)).to.contain('The video could not be played here.');
    expect(video.querySelector('a')!.getAttribute('href')).to.contain('29-2072.00.mp4');
    await expect(el).to.be.accessible();
  });

  it("says whose video it is when it is another occupation's", async () => {
    const el = await profile(html`<career-profile occupation="11-1021" sections="video"></career-profile>`);
    const said = text(section(el, 'video')!);
    expect(said).to.contain('Career video: Chief Executives');
    expect(said).to.contain('this is the video for Chief Executives');
  });

  it("with host content (inline) shows the college's programs first, certifications, notes and local wages, marked as the college's", async () => {
    const el = document.createElement('career-profile') as CareerProfile;
    el.setAttribute('occupation', '29-9021');
    el.setAttribute('region', 'MN');
    el.append(inline(OVERLAY));
    await expand(await settled(await fixture<CareerProfile>(el)));
    await waitUntil(() => section(el, 'certifications'), 'certifications appear');
    const programs = section(el, 'programs')!;
    const host = programs.querySelector('[part~="host"]')!;
    expect(programs.firstElementChild!.nextElementSibling).to.equal(host, "the host's programs come first, after the heading");
    expect(host.textContent).to.contain('Programs at North Shore Technical College');
    expect(host.querySelector('a')!.getAttribute('href')).to.equal('https://northshore.example.edu/hit');
    expect(text(programs)).to.contain('From North Shore Technical College (updated September 2026)');
    expect(text(section(el, 'certifications')!)).to.contain('Registered Health Information Technician (RHIT) (issued by AHIMA)');
    expect(text(section(el, 'certifications')!)).to.contain('From North Shore Technical College');
    const local = section(el, 'local')!;
    expect(local.querySelector('caption')!.textContent).to.contain('Local wages from North Shore Technical College');
    expect(text(local)).to.contain('$60,000');
    await expect(el).to.be.accessible();
  });

  it('keeps the public content and shows a located error for bad host content', async () => {
    const bad = structuredClone(OVERLAY) as any;
    bad.programs['51.0707'].programs[0].url = 'javascript:alert(1)';
    const el = document.createElement('career-profile') as CareerProfile;
    el.setAttribute('occupation', '29-9021');
    el.setAttribute('sections', 'overview programs certifications');
    el.append(inline(bad));
    await expand(await settled(await fixture<CareerProfile>(el)));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="host-error"]'), 'host error');
    const error = el.shadowRoot!.querySelector('[part~="host-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('programs.51.0707.programs[0].url');
    expect(error.textContent).to.contain('not an absolute https, http or mailto link');
    expect(text(section(el, 'overview')!)).to.contain('healthcare information');
    expect(text(section(el, 'programs')!)).to.contain('51.0707');
    expect(section(el, 'certifications')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("reads host content by URL (attribute or page-wide meta tag), with the dataset's fetch errors", async () => {
    const source = await stubDataset({'overlay.json': OVERLAY, 'occupations/29-9021.00.json': await real('occupations/29-9021.00.json')});
    const el = await profile(
      html`<career-profile occupation="29-9021" source=${source} overlay=${`${source}overlay.json`} sections="certifications"></career-profile>`,
    );
    await waitUntil(() => section(el, 'certifications'), 'certifications by URL');
    const meta = document.createElement('meta');
    meta.name = 'career-widgets-overlay';
    meta.content = '/__fault/status/500/overlay.json';
    document.head.append(meta);
    try {
      const broken = await profile(html`<career-profile occupation="29-9021" sections="overview"></career-profile>`);
      await waitUntil(() => broken.shadowRoot!.querySelector('[part~="host-error"]'), 'host error from meta');
      expect(shadowText(broken)).to.contain('HTTP 500');
      expect(broken.dataset.state).to.equal('complete');
    } finally {
      meta.remove();
    }
  });

  it('renders hostile host strings as text and drops unsafe links', async () => {
    const hostile = structuredClone(OVERLAY) as any;
    hostile.host.name = '<img src=x onerror="window.__pwned=1">';
    hostile.occupations['29-9021'].notes = ['"><script>window.__pwned=2</script>'];
    const el = document.createElement('career-profile') as CareerProfile;
    el.setAttribute('occupation', '29-9021');
    el.setAttribute('sections', 'local');
    el.append(inline(hostile));
    await expand(await settled(await fixture<CareerProfile>(el)));
    await waitUntil(() => section(el, 'local'), 'local');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(shadowText(el)).to.contain('From <img src=x');
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('each new section stands alone through `sections`', async () => {
    for (const id of ['courses', 'programs', 'video']) {
      const el = await profile(html`<career-profile occupation="29-2072" sections=${id}></career-profile>`);
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(1);
      expect(section(el, id)).to.exist;
    }
  });

  it('prints the new sections: the video gives way to its caption, programs stay', async function () {
    onlyIn(this, ['chromium'], 'print media is emulated through the DevTools protocol');
    const el = await profile(html`<career-profile occupation="29-2072" sections="programs video"></career-profile>`);
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('.video-placeholder')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('figcaption')!).display).to.not.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('ul.programs')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});
