import {html, nothing} from 'lit';
import {renderHostSource} from '../../../internal/host-content.js';
import {dataLang, slashBreaks} from '../../../internal/content.js';
import {hostPrograms} from './host.js';
import type {SectionRenderer} from './section.js';

const SHOWN = 10;

/**
 * Programs that prepare for the career: the host's own programs first (with links, marked as the host's), then
 * the public CIP programs of the NCES crosswalk with its source line. Long lists (postsecondary teachers have
 * hundreds) fold behind a disclosure.
 */
export const programs: SectionRenderer = (context) => {
  const {data: {occupation}, host, messages: m, locale} = context;
  const own = host?.programs ?? [];
  const cip = occupation.programs ?? [];
  if (!own.length && !cip.length) return null;
  // CIP titles are the crosswalk's English: marked so, in a page of another language.
  const item = (p: {cip: string; title: string}) => html`<li><span class="cip">${p.cip}</span> <span lang=${dataLang(m)}>${slashBreaks(p.title)}</span></li>`;
  return html`${own.length ? html`${hostPrograms(own, context)}${renderHostSource(host!.host, host!.updated, m, locale)}` : nothing}
    ${cip.length
      ? html`<p>${m.publicPrograms}</p>
          <ul class="programs">${cip.slice(0, SHOWN).map(item)}</ul>
          ${cip.length > SHOWN
            ? html`<details><summary>${m.morePrograms(cip.length - SHOWN)}</summary><ul class="programs">${cip.slice(SHOWN).map(item)}</ul></details>`
            : nothing}
`
      : nothing}`;
};
