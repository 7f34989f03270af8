/**
 * The demo host pages as a student reads them on a phone, 320 and 375 px wide, in every engine: each page is
 * loaded in an iframe of that width (its own viewport), with the built bundle (`npm run build` first).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {auditLayout, expandAll} from '../support/layout-audit.js';
import {type FramedPage, nextFrames, openFramed, settledPage} from '../support/phone-frame.js';

const HOST_PAGES = ['/demo/hosts/college-program.html', '/demo/hosts/compare.html', '/demo/hosts/workforce-board.html'];
const PHONES = [320, 375];

async function openPage(path: string, width: number, height = 740): Promise<FramedPage> {
  const page = await openFramed(path, width, height);
  page.win.localStorage.clear(); // the compare page's shortlist: start from its own list
  await settledPage(page.doc);
  return page;
}

describe('host pages on phones', function () {
  this.timeout(120_000);

  for (const path of HOST_PAGES) {
    for (const width of PHONES) {
      it(`${path.split('/').pop()} at ${width} px: whole words, nothing sticking out, everything open`, async () => {
        const page = await openPage(path, width);
        try {
          const closed = auditLayout(page.doc);
          expandAll(page.doc);
          await nextFrames(page.win, 2);
          await settledPage(page.doc);
          expandAll(page.doc); // what the first round revealed (nested widgets' disclosures)
          await nextFrames(page.win, 2);
          const open = auditLayout(page.doc);
          expect(closed.widgets, 'widgets found').to.be.greaterThan(0);
          for (const audit of [closed, open]) {
            expect(audit.brokenWords, 'words broken across lines').to.deep.equal([]);
            expect(audit.overflowing, 'content sticking out sideways').to.deep.equal([]);
            expect(audit.pageOverflow, 'page wider than the screen').to.equal(0);
          }
        } finally {
          page.close();
        }
      });
    }
  }

  it('the college page’s profile at 375 px stays within 3,200 px (the default profile’s phone budget, 3,100 px, plus the page’s own programs)', async () => {
    const page = await openPage('/demo/hosts/college-program.html', 375);
    try {
      const profile = page.doc.querySelector('career-profile')!;
      const height = profile.getBoundingClientRect().height;
      expect(height, `the profile is ${Math.round(height)} px tall`).to.be.at.most(3200);
      // Nothing is lost: the notes on how to read the figures wait behind "About these figures" in each section.
      const help = [...profile.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.help')];
      expect(help.length, 'outlook and education').to.be.at.least(2);
      for (const details of help) {
        const summary = details.querySelector('summary')!;
        expect(summary.checkVisibility(), 'the disclosure shows').to.equal(true);
        expect(summary.textContent).to.equal('About these figures');
        expect(details.querySelector('p')!.checkVisibility(), 'its notes wait until opened').to.equal(false);
        details.open = true;
        expect(details.querySelector('p')!.checkVisibility(), 'its notes show once opened').to.equal(true);
      }
    } finally {
      page.close();
    }
  });

  it('on a wide page the same notes read in place, with no disclosure to open', async () => {
    const page = await openFramed({markup: '<career-profile occupation="29-2072" region="MN"></career-profile>'}, 1100, 900);
    try {
      await settledPage(page.doc);
      const profile = page.doc.querySelector('career-profile')!;
      const help = [...profile.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.help')];
      expect(help.length).to.be.at.least(2);
      for (const details of help) {
        expect(details.open).to.equal(false);
        expect(details.querySelector('summary')!.checkVisibility(), 'no summary').to.equal(false);
        expect(details.querySelector('p')!.checkVisibility(), 'the notes show').to.equal(true);
        expect(details.querySelector('p')!.getBoundingClientRect().height, 'the notes take their room').to.be.greaterThan(10);
      }
      expect(profile.shadowRoot!.querySelector('wage-range')!.shadowRoot!.querySelector('canvas'), 'the wage chart').to.exist;
    } finally {
      page.close();
    }
  });

  it('the workforce board’s search at 375 × 740: results fill the popup, a one-line O*NET credit after them', async () => {
    const page = await openPage('/demo/hosts/workforce-board.html', 375, 740);
    try {
      const search = page.doc.querySelector('career-search')!;
      const input = search.shadowRoot!.querySelector('input')!;
      input.scrollIntoView({block: 'start'}); // as a visitor does, who taps the box: it moves to the top of the screen
      input.focus();
      input.value = 'nurse';
      input.dispatchEvent(new (page.win as typeof window).InputEvent('input', {bubbles: true, composed: true}));
      const listbox = search.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
      await waitUntil(() => listbox.querySelectorAll('[role="option"]').length >= 8, 'no results for "nurse"', {timeout: 10_000});
      await nextFrames(page.win, 2);
      const list = listbox.getBoundingClientRect();
      const viewport = page.doc.documentElement.clientHeight;
      const visible = [...listbox.querySelectorAll('[role="option"]')].filter((option) => {
        const r = option.getBoundingClientRect();
        return r.top >= list.top - 1 && r.bottom <= list.bottom + 1 && r.bottom <= viewport;
      });
      expect(visible.length, `results fully visible at 375 × 740 (list ${Math.round(list.top)}–${Math.round(list.bottom)} px)`).to.be.at.least(7);
      // The credit: short, after the results, on screen: the database and its version, USDOL/ETA, the licence.
      const popup = listbox.parentElement!;
      const credit = popup.querySelector<HTMLElement>('[part~="source"]')!;
      expect(credit.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Job titles: O\*NET® 30\.2 Database by USDOL\/ETA, used under CC BY 4\.0/);
      expect(credit.querySelector<HTMLAnchorElement>('a[rel~="license"]')!.href).to.equal('https://www.onetcenter.org/license_db.html');
      const lineHeight = parseFloat(getComputedStyle(credit).lineHeight);
      expect(credit.getBoundingClientRect().height, 'the credit takes at most two short lines').to.be.below(lineHeight * 2 + 12);
      expect(credit.getBoundingClientRect().bottom, 'the credit is on screen').to.be.at.most(viewport);
      expect(listbox.compareDocumentPosition(credit) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the list').to.be.greaterThan(0);
    } finally {
      page.close();
    }
  });

  for (const width of PHONES) {
    it(`the stacked hourly wage table at ${width} px: figures line up with the United States row, note marks beside their figures`, async () => {
      // Minnesota's hourly figures are derived from annual ones (a note mark each); the nation's are published (none).
      const page = await openFramed({markup: '<wage-range occupation="29-2072" region="MN" pay="hourly" chart="none"></wage-range>'}, width);
      try {
        await settledPage(page.doc);
        const widget = page.doc.querySelector('wage-range')!;
        const rows = [...widget.shadowRoot!.querySelectorAll('tbody tr')];
        expect(rows).to.have.length(4);
        const range = page.doc.createRange();
        const figureEnd = (cell: Element) => {
          const walker = page.doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!/[$\d]/.test(node.textContent!) || node.parentElement!.closest('sup')) continue;
            range.selectNodeContents(node);
            return range.getBoundingClientRect().right;
          }
          throw new Error(`no figure in "${cell.textContent}"`);
        };
        let marks = 0;
        for (const row of rows) {
          const [state, nation] = [...row.querySelectorAll<HTMLElement>('td')];
          expect(state!.dataset.label, 'the state comes first').to.equal('Minnesota');
          expect(getComputedStyle(state!).display, 'stacked').to.equal('flex');
          const label = row.querySelector('th')!.textContent!.trim();
          expect(Math.abs(figureEnd(state!) - figureEnd(nation!)), `${label}: Minnesota's figure ends where the nation's does`).to.be.below(1.5);
          const mark = state!.querySelector('sup');
          if (!mark) continue;
          marks += 1;
          const gap = mark.getBoundingClientRect().left - figureEnd(state!);
          expect(gap, `${label}: the note mark sits right after its figure`).to.be.within(-1, 6);
        }
        expect(marks, 'derived hourly figures carry their note mark').to.be.greaterThan(0);
      } finally {
        page.close();
      }
    });

    it(`compare.html at ${width} px: the chart's legend names every career in full, inside the widget`, async () => {
      const page = await openPage('/demo/hosts/compare.html', width);
      try {
        const compare = page.doc.querySelector('career-compare')!;
        compare.scrollIntoView(); // the chart draws when it comes near the viewport
        await waitUntil(
          () =>
            compare.shadowRoot!.querySelector('[part="legend"]') &&
            getComputedStyle(compare.shadowRoot!.querySelector('[part="legend"]')!).visibility === 'visible',
          'the legend never showed',
          {timeout: 10_000},
        );
        const box = compare.getBoundingClientRect();
        const items = [...compare.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] li')];
        expect(items.map((li) => li.textContent!.trim())).to.deep.equal([
          'Medical Records Specialists',
          'Health Information Technologists and Medical Registrars',
        ]);
        for (const li of items) {
          const r = li.getBoundingClientRect();
          expect(r.left, `${li.textContent} starts inside the widget`).to.be.at.least(box.left - 1);
          expect(r.right, `${li.textContent} ends inside the widget`).to.be.at.most(box.right + 1);
          expect(li.scrollWidth, `${li.textContent} is not cut off`).to.be.at.most(li.clientWidth + 1);
        }
      } finally {
        page.close();
      }
    });
  }
});
