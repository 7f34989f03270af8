import {html} from 'lit';
import {term} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

/**
 * Helpful high-school courses (computed by the pipeline): our suggestions from the occupation's field and its O*NET
 * knowledge or BLS skill ranks, labelled as such. Course names are a fixed vocabulary: the catalog's `terms`
 * translate them (a name without a translation stays English, marked `lang="en"`).
 */
export const courses: SectionRenderer = ({data: {occupation}, messages: m}) => {
  const suggestion = occupation.courses;
  if (!suggestion) return null;
  return html`<p>${m.coursesIntro}</p>
    <ul class="courses">${suggestion.courses.map((c) => html`<li>${term(m, c)}</li>`)}</ul>
    <p class="note">${m.coursesBasis[suggestion.basis]}</p>`;
};
