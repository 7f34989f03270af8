import {html, nothing} from 'lit';
import type {TechnologyExample, TechnologyGroup, ToolGroup} from '../../../data/dataset-types.js';
import {dataLang} from '../../../internal/content.js';
import {heading} from '../../../internal/heading.js';
import type {Messages} from '../../../internal/messages.js';
import type {SectionRenderer} from './section.js';

/** Categories and examples per category shown before the one disclosure that holds everything. */
const TECH_GROUPS = 4;
const TOOL_GROUPS = 3;
const EXAMPLES = 3;

/** In demand for this career, then hot across careers, then the rest (O*NET's order within each). */
const weight = (e: TechnologyExample) => (e.inDemand ? 2 : 0) + (e.hot ? 1 : 0);
const byWeight = (examples: TechnologyExample[]) =>
  examples
    .map((e, i) => ({e, i}))
    .sort((a, b) => weight(b.e) - weight(a.e) || a.i - b.i)
    .map(({e}) => e);
const groupWeight = (g: TechnologyGroup) => g.examples.reduce((sum, e) => sum + weight(e), 0);

/**
 * Tools and technology a student can take in: the categories with the most in-demand and hot technologies first,
 * a few examples each, and every category of both lists behind one disclosure (a registered nurse's profile has
 * 167 categories; a wall of product names helps nobody).
 */
export const technology: SectionRenderer = ({data: {occupation}, messages: m, level}) => {
  const {technology: tech, tools} = occupation;
  if (!tech.length && !tools.length) return null;
  const ranked = tech
    .map((g, i) => ({g, i}))
    .sort((a, b) => groupWeight(b.g) - groupWeight(a.g) || a.i - b.i)
    .map(({g}) => g);
  const hasMarks = tech.some((g) => g.examples.some((e) => e.hot || e.inDemand));
  const hidden = Math.max(0, tech.length - TECH_GROUPS) + Math.max(0, tools.length - TOOL_GROUPS);
  const moreExamples = tech.some((g) => g.examples.length > EXAMPLES) || tools.some((g) => g.examples.length > EXAMPLES);
  return html`${
    tech.length
      ? html`${heading(level + 1, m.technologyHeading)}
          <ul class="groups" lang=${dataLang(m)}>${ranked.slice(0, TECH_GROUPS).map((g) => techGroup(g, m, EXAMPLES))}</ul>`
      : nothing
  }
    ${
      tools.length
        ? html`${heading(level + 1, m.toolsHeading)}
          <ul class="groups" lang=${dataLang(m)}>${tools.slice(0, TOOL_GROUPS).map((g) => toolGroup(g, m, EXAMPLES))}</ul>`
        : nothing
    }
    ${hasMarks ? html`<p class="note">${m.inDemandNote}</p>` : nothing}
    ${
      hidden || moreExamples
        ? html`<details>
          <summary>${m.allTechnology(tech.length + tools.length)}</summary>
          ${tech.length ? html`${heading(level + 1, m.technologyHeading)}<ul class="groups" lang=${dataLang(m)}>${ranked.map((g) => techGroup(g, m))}</ul>` : nothing}
          ${tools.length ? html`${heading(level + 1, m.toolsHeading)}<ul class="groups" lang=${dataLang(m)}>${tools.map((g) => toolGroup(g, m))}</ul>` : nothing}
        </details>`
        : nothing
    }`;
};

/** Marks are words, not glyphs: "In demand" and "Hot" read the same to everyone. */
const techGroup = (group: TechnologyGroup, m: Messages, limit = Infinity) => {
  const examples = byWeight(group.examples);
  return html`<li>
    <span class="group-name">${group.category}</span>:
    ${examples
      .slice(0, limit)
      .map(
        (e, i) =>
          html`${i ? ', ' : ''}${e.name}${e.inDemand ? html` <span class="tag" lang=${m.lang}>${m.inDemand}</span>` : e.hot ? html` <span class="tag" lang=${m.lang}>${m.hotShort}</span>` : nothing}`,
      )}${examples.length > limit ? html` <span class="more-count" lang=${m.lang}>${m.moreExamples(examples.length - limit)}</span>` : nothing}
  </li>`;
};

const toolGroup = (group: ToolGroup, m: Messages, limit = Infinity) =>
  html`<li>
    <span class="group-name">${group.category}</span>: ${group.examples.slice(0, limit).join(', ')}${
      group.examples.length > limit ? html` <span class="more-count" lang=${m.lang}>${m.moreExamples(group.examples.length - limit)}</span>` : nothing
    }
  </li>`;
