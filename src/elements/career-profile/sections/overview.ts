import {html} from 'lit';
import type {SectionRenderer} from './section.js';

/**
 * O*NET's description; for a BLS aggregate the SOC does not define, the SOC definitions of the occupations it
 * combines (not a sentence of ours presented as a definition).
 */
export const overview: SectionRenderer = ({data: {occupation}, messages: m}) => {
  const parts = occupation.socParts;
  if (parts?.length) {
    return html`<p>${m.socPartsIntro}</p>
      <dl class="soc-parts">
        ${parts.map((p) => html`<div><dt>${p.title} (${p.code})</dt><dd>${p.definition}</dd></div>`)}
      </dl>`;
  }
  return occupation.description ? html`<p class="lead">${occupation.description}</p>` : null;
};
