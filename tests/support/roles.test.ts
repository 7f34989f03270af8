// The role queries (tests/support/roles.ts) find what a screen reader user meets, through shadow roots, and
// refuse what they would not: hidden elements, a wrong name, several matches where one was asked for.
import {expect, fixture, html} from '@open-wc/testing';
import {accessibleName, getAllByRole, getByRole, queryAllByRole, queryByRole} from './roles.js';

async function host(): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<div><p>Light text</p></div>`);
  const root = el.attachShadow({mode: 'open'});
  root.innerHTML = `
    <h2 id="title">Wages <span hidden>secret</span></h2>
    <section aria-labelledby="title"><button type="button">Show <b>all</b> 12 careers</button></section>
    <button type="button" aria-label="Remove Registered Nurses">×</button>
    <button type="button" hidden>Hidden button</button>
    <label>Sort <select><option>Pay</option><option>Jobs</option></select></label>
    <input type="search" aria-label="Search careers">
    <table><caption>Median pay</caption><tr><th scope="row">Minnesota</th><td>$61,530</td></tr></table>
    <p role="alert">Could not load</p>
    <div id="nested"></div>`;
  const nested = root.getElementById('nested')!.attachShadow({mode: 'open'});
  nested.innerHTML = '<a href="#x">Nested link</a>';
  return el;
}

describe('role queries', () => {
  it('find elements by role and accessible name through shadow roots, nested ones included', async () => {
    const el = await host();
    expect(getByRole(el, 'button', {name: 'Show all 12 careers'}).localName).to.equal('button');
    expect(getByRole(el, 'button', {name: /^Remove /}).textContent).to.equal('×');
    expect(getByRole(el, 'heading', {level: 2}).id).to.equal('title');
    expect(accessibleName(getByRole(el, 'heading'))).to.equal('Wages');
    expect(getByRole(el, 'region', {name: 'Wages'}).localName).to.equal('section');
    expect(getByRole(el, 'combobox', {name: 'Sort Pay'}).localName).to.equal('select');
    expect(getByRole(el, 'searchbox', {name: 'Search careers'}).localName).to.equal('input');
    expect(getByRole(el, 'table', {name: 'Median pay'}).localName).to.equal('table');
    expect(getByRole(el, 'rowheader').textContent).to.equal('Minnesota');
    expect(getByRole(el, 'cell').textContent).to.equal('$61,530');
    expect(getByRole(el, 'alert').textContent).to.equal('Could not load');
    expect(getByRole(el, 'link', {name: 'Nested link'}).getAttribute('href')).to.equal('#x');
    expect(getByRole(el, 'paragraph', {name: undefined, hidden: false}).textContent).to.equal('Light text');
  });

  it('skip hidden elements unless asked, and fail on none or several', async () => {
    const el = await host();
    expect(queryAllByRole(el, 'button')).to.have.length(2);
    expect(queryAllByRole(el, 'button', {hidden: true})).to.have.length(3);
    expect(queryByRole(el, 'button', {name: 'Hidden button'})).to.equal(null);
    expect(() => getByRole(el, 'button', {name: 'Show more'})).to.throw(
      /No element with role "button" and name Show more; with that role: "Show all 12 careers", "Remove Registered Nurses"/,
    );
    expect(() => getByRole(el, 'button')).to.throw(/2 elements with role "button"/);
    expect(() => getAllByRole(el, 'dialog')).to.throw(/No element with role "dialog"/);
  });
});
