// The built bundle writing JSON-LD on pages that enforce Trusted Types (CSP in a meta tag).
import {expect, waitUntil} from '@open-wc/testing';
import {googleOccupationProblems} from './google-occupation.js';

type PageWindow = Window & {__violations: string[]; __errors: string[]; __warnings: string[]; __notes: string[]};

/** A page of tests/fixtures/pages: its own meta CSP, or (`/__fault/page/…`) the recommended CSP as a header. */
async function open(name: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = name.startsWith('/') ? name : `/tests/fixtures/pages/${name}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as PageWindow;
  const profile = frame.contentDocument!.getElementById('profile')!;
  await waitUntil(() => profile.dataset.state === 'complete', 'profile never completed', {timeout: 10_000});
  return {frame, win, profile};
}

describe('structured data under Trusted Types', function () {
  this.timeout(20_000);

  it('writes the JSON-LD through its own policy when the CSP allows it', async () => {
    const {frame, win, profile} = await open('jsonld-tt-allowed.html');
    try {
      await waitUntil(() => profile.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', {timeout: 5000});
      const schema = JSON.parse(profile.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(googleOccupationProblems(schema)).to.deep.equal([]);
      expect(schema.estimatedSalary[0].median).to.equal(61530);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('writes it with no violation report under the CSP docs/SECURITY.md recommends', async () => {
    const {frame, win, profile} = await open('/__fault/page/jsonld-recommended.html');
    try {
      await waitUntil(() => profile.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', {timeout: 5000});
      expect(JSON.parse(profile.querySelector('script[type="application/ld+json"]')!.textContent!).estimatedSalary[0].median).to.equal(61530);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('skips it with a console note, and nothing else breaks, when the CSP does not allow the policy (checked first: no violation)', async () => {
    const {frame, win, profile} = await open('jsonld-tt-denied.html');
    try {
      await waitUntil(() => win.__notes.some((n) => n.includes('career-widgets-jsonld')), 'no console note', {timeout: 5000});
      expect(profile.querySelector('script')).to.equal(null);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
      const wages = profile.shadowRoot!.querySelector('wage-range')!;
      await waitUntil(() => wages.shadowRoot?.textContent?.includes('$61,530'), 'the wages never showed', {timeout: 5000});
    } finally {
      frame.remove();
    }
  });
});
