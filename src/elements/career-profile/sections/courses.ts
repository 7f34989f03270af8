import {html} from 'lit';
import {dataLang} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

/** Helpful high-school courses (computed by the pipeline): a suggestion derived from O*NET knowledge or BLS skill ranks, labelled as such. */
export const courses: SectionRenderer = ({data: {occupation}, messages: m}) => {
  const suggestion = occupation.courses;
  if (!suggestion) return null;
  return html`<p>${m.coursesIntro}</p>
    <ul class="courses" lang=${dataLang(m)}>${suggestion.courses.map((c) => html`<li>${c}</li>`)}</ul>
    <p class="note">${m.coursesBasis[suggestion.basis]}</p>`;
};
