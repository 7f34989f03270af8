// The built one-script-tag bundle (dist/career-widgets.js, minified) taking over a pre-rendered page that links
// dist/career-widgets.css, as the builder's snippets do: the room the stylesheet and the entry keep for widgets still
// loading does not apply to pre-rendered ones, so nothing moves when they are defined. Needs `npm run build`.
import {expect} from '@open-wc/testing';
import {addScript, BUNDLE_SCRIPT, openFrame, prerenderPage, settledIn, visibleText} from '../support/prerendered.js';

const PAGE = `<h1>Health Information Technology</h1>
<career-profile occupation="29-2072" region="MN"></career-profile>
<wage-range occupation="29-2072" region="MN"></wage-range>
<career-search></career-search>
<p id="after">The page goes on.</p>`;

describe('the built bundle takes over a pre-rendered page', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('with the reserved-room stylesheet linked, nothing moves and nothing is re-created', async () => {
    const page = await prerenderPage(PAGE, {script: null, head: '<link rel="stylesheet" href="/dist/career-widgets.css">'});
    const opened = await openFrame(page.url, {height: 6000});
    frame = opened.frame;
    const {doc} = opened;
    const profile = doc.querySelector('career-profile')!;
    const title = profile.shadowRoot!.querySelector('h2');
    const text = visibleText(profile);
    const top = () => doc.getElementById('after')!.getBoundingClientRect().top;
    const before = top();
    const heights = ['career-profile', 'wage-range', 'career-search'].map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);
    addScript(opened, BUNDLE_SCRIPT);
    await settledIn(opened, 'career-profile, wage-range');
    expect(profile.shadowRoot!.querySelector('h2'), 'the same title element').to.equal(title);
    expect(visibleText(profile)).to.equal(text);
    expect(top()).to.equal(before);
    expect(['career-profile', 'wage-range', 'career-search'].map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height)).to.deep.equal(heights);
  });
});
