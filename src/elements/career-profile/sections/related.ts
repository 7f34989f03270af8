import {html} from 'lit';
import {dataLang} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

const SHOWN = 10;

/** Related occupations switch the profile in place (the host can intercept through `career-select`). */
export const related: SectionRenderer = ({data: {occupation}, messages: m, select}) => {
  if (!occupation.related.length) return null;
  return html`<p>${m.relatedIntro}</p>
    <ul class="related" lang=${dataLang(m)}>
      ${occupation.related.slice(0, SHOWN).map((r) => html`<li><button type="button" class="link" @click=${() => select(r.code)}>${r.title}</button></li>`)}
    </ul>`;
};
