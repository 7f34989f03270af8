import {html} from 'lit';
import {dataLang, occupationText} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

/**
 * O*NET's description (or the host's translation of it); for a BLS aggregate the SOC does not define, the SOC
 * definitions of the occupations it combines (not a sentence of ours presented as a definition).
 */
export const overview: SectionRenderer = ({data, messages: m, lang}) => {
  const parts = data.occupation.socParts;
  if (parts?.length) {
    return html`<p>${m.socPartsIntro}</p>
      <dl class="soc-parts" lang=${dataLang(m)}>
        ${parts.map((p) => html`<div><dt>${p.title} (${p.code})</dt><dd>${p.definition}</dd></div>`)}
      </dl>`;
  }
  const {description} = occupationText(data, m, lang);
  return description.text ? html`<p class="lead" lang=${description.lang}>${description.text}</p>` : null;
};
