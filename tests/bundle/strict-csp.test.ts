import {expect, waitUntil} from '@open-wc/testing';

/**
 * The built bundle on a strict host page (CSP with Trusted Types, no inline styles, data only from the page's own
 * origin), loaded twice under two URLs. A widget whose dataset is on a host the CSP does not allow shows its error
 * state and the host's fallback; nothing throws into the page.
 */
describe('built bundle on a strict CSP page', () => {
  let frame: HTMLIFrameElement;
  let win: Window & {__violations: string[]; __errors: string[]};

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.src = '/__fault/page/strict-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as typeof win;
  });

  after(() => frame.remove());

  it('renders the profile with its wage chart and no CSP violation from the widgets', async () => {
    const doc = frame.contentDocument!;
    const profile = doc.getElementById('profile')!;
    await waitUntil(() => profile.dataset.state === 'complete', 'profile never completed', {timeout: 8000});
    const wages = profile.shadowRoot!.querySelector('wage-range')!;
    await waitUntil(() => wages.dataset.state === 'complete', 'nested wages never completed', {timeout: 8000});
    expect(wages.shadowRoot!.textContent).to.contain('$61,530');
    // Charts are drawn when they come near the viewport: bring this one there.
    wages.scrollIntoView();
    await waitUntil(() => wages.shadowRoot!.querySelector('canvas')?.width, 'chart never drawn', {timeout: 8000});
    const ours = win.__violations.filter((v) => !v.includes('127.0.0.1'));
    expect(ours).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('shows the error state and the host fallback when the CSP blocks the dataset host', async () => {
    const blocked = frame.contentDocument!.getElementById('blocked')!;
    await waitUntil(() => blocked.dataset.state === 'error', 'blocked widget never showed its error', {timeout: 8000});
    expect(blocked.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(frame.contentDocument!.getElementById('fallback')!.getClientRects().length).to.be.greaterThan(0);
    expect(win.__violations.some((v) => v.startsWith('connect-src'))).to.be.true;
    expect(win.__errors).to.deep.equal([]);
  });
});
