import {html} from 'lit';
import {dataLang} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

const SHORT_LIST = 10;

/** The seed page's "Typical work tasks": short activity phrases, with the full task statements on demand. */
export const tasks: SectionRenderer = ({data: {occupation}, messages: m}) => {
  const {activities, tasks: statements} = occupation;
  if (!activities.length && !statements.length) return null;
  const full = html`<ul lang=${dataLang(m)}>${statements.map((t) => html`<li>${t.text}</li>`)}</ul>`;
  if (!activities.length) return html`<p>${m.tasksIntro}</p>${full}`;
  return html`<p>${m.tasksIntro}</p>
    <ul lang=${dataLang(m)}>${activities.slice(0, SHORT_LIST).map((a) => html`<li>${a}</li>`)}</ul>
    ${statements.length ? html`<details><summary>${m.allTasks(statements.length)}</summary>${full}</details>` : ''}`;
};
