import {html, nothing} from 'lit';
import type {ProgramRef} from '../../../data/dataset-types.js';
import {renderHostSource} from '../../../internal/host-content.js';
import {dataLang, InEnglish, sentence, slashBreaks, titleArg} from '../../../internal/content.js';
import {hostPrograms} from './host.js';
import type {SectionContext, SectionRenderer} from './section.js';

const SHOWN = 10;

/**
 * Programs that prepare for the career: the host's own programs first (with links, marked as the host's), then
 * the public CIP programs of the NCES crosswalk with its source line. Long lists (postsecondary teachers have
 * hundreds) fold behind a disclosure. A specialty's list is its wider occupation's (`programsFrom`), ordered by
 * relevance: the note says whose list it is, the programs close to the specialty's work come first, and the rest
 * wait behind the disclosure.
 */
export const programs: SectionRenderer = (context) => {
  const {
    data: {occupation},
    host,
    messages: m,
    locale,
  } = context;
  const own = host?.programs ?? [];
  const cip = occupation.programs ?? [];
  if (!own.length && !cip.length) return null;
  return html`${own.length ? html`${hostPrograms(own, context)}${renderHostSource(host!.host, host!.updated, m, locale)}` : nothing}
    ${cip.length ? publicPrograms(cip, context) : nothing}`;
};

function publicPrograms(cip: readonly ProgramRef[], context: SectionContext) {
  const {data, messages: m, lang} = context;
  const from = data.occupation.programsFrom;
  // CIP titles are the crosswalk's English: marked so, in a page of another language. The code follows the name.
  const item = (p: ProgramRef) => html`<li><span lang=${dataLang(m)}>${slashBreaks(p.title)}</span> <span class="cip">${p.cip}</span></li>`;
  const list = (items: readonly ProgramRef[]) => html`<ul class="programs">${items.map(item)}</ul>`;
  const first = from ? Math.min(from.relevant, cip.length) : Math.min(SHOWN, cip.length);
  const rest = cip.slice(first);
  const wider = from ? new InEnglish(from.title) : null;
  const summary = !from
    ? m.morePrograms(rest.length)
    : first
      ? sentence(m, m.moreProgramsFrom, rest.length, wider!)
      : sentence(m, m.allProgramsFrom, rest.length, wider!);
  return html`<p>${m.publicPrograms}</p>
    ${from ? html`<p class="note">${sentence(m, m.programsFrom, wider!, titleArg(data, m, lang))} ${m.programsClosest(first)}</p>` : nothing}
    ${first ? list(cip.slice(0, first)) : nothing}
    ${rest.length ? html`<details><summary>${summary}</summary>${list(rest)}</details>` : nothing}`;
}
