import {html, nothing} from 'lit';
import {dataLang} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

const SHOWN = 6;

/** O*NET work styles with the highest impact on performance in this occupation, with what each means. */
export const styles: SectionRenderer = ({data: {occupation, meta}, messages: m}) => {
  const found = occupation.workStyles?.filter((s) => s.impact > 0);
  if (!found?.length) return null;
  const top = [...found].sort((a, b) => b.impact - a.impact || (a.name < b.name ? -1 : 1)).slice(0, SHOWN);
  return html`<p>${m.stylesIntro}</p>
    <ul>
      ${top.map((s) => {
        const description = meta.elements[s.id]?.description;
        return html`<li lang=${dataLang(m)}><strong>${s.name}</strong>${description ? html` — ${description}` : nothing}</li>`;
      })}
    </ul>`;
};
