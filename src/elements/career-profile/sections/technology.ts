import {html, nothing} from 'lit';
import type {TechnologyGroup, ToolGroup} from '../../../data/dataset-types.js';
import {dataLang} from '../../../internal/content.js';
import {heading} from '../../../internal/heading.js';
import type {SectionContext, SectionRenderer} from './section.js';

const SHOWN_GROUPS = 8;

/** Technology first (hot technologies marked), then tools; long lists fold behind a disclosure. */
export const technology: SectionRenderer = (context) => {
  const {technology: tech, tools} = context.data.occupation;
  if (!tech.length && !tools.length) return null;
  const {messages: m, level} = context;
  const hasHot = tech.some((g) => g.examples.some((e) => e.hot));
  return html`${tech.length ? html`${heading(level + 1, m.technologyHeading)}${groups(tech.map((g) => techGroup(g, context)), context)}` : nothing}
    ${hasHot ? html`<p class="note"><span class="badge" aria-hidden="true">★</span> ${m.hotNote}</p>` : nothing}
    ${tools.length ? html`${heading(level + 1, m.toolsHeading)}${groups(tools.map(toolGroup), context)}` : nothing}`;
};

function groups(items: unknown[], {messages: m}: SectionContext) {
  const shown = html`<ul class="groups" lang=${dataLang(m)}>${items.slice(0, SHOWN_GROUPS)}</ul>`;
  if (items.length <= SHOWN_GROUPS) return shown;
  return html`${shown}
    <details>
      <summary>${m.moreCategories(items.length - SHOWN_GROUPS)}</summary>
      <ul class="groups" lang=${dataLang(m)}>${items.slice(SHOWN_GROUPS)}</ul>
    </details>`;
}

const techGroup = (group: TechnologyGroup, {messages: m}: SectionContext) =>
  html`<li>
    <span class="group-name">${group.category}</span>:
    ${group.examples.map(
      (e, i) => html`${i ? ', ' : ''}<span class=${e.hot ? 'hot' : ''}>${e.name}${e.hot
          ? html`<span class="badge" aria-hidden="true">★</span><span class="visually-hidden" lang=${m.lang}> (${m.hot})</span>`
          : nothing}</span>`,
    )}
  </li>`;

const toolGroup = (group: ToolGroup) =>
  html`<li><span class="group-name">${group.category}</span>: ${group.examples.join(', ')}</li>`;
