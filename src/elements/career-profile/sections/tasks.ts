import {html, nothing} from 'lit';
import {dataLang} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

/** Task statements shown before "N more tasks": fewer in the compact default profile, which must fit a program page on a phone. */
const SHOWN = 5;
const SHOWN_COMPACT = 3;

/**
 * O*NET's task statements, core tasks first (as O*NET OnLine and CAREERwise show them): the first few, the rest
 * on demand. The short activity phrases ("Maintain security.") are vague on their own; they stand in only for an
 * occupation without task statements.
 */
export const tasks: SectionRenderer = ({data: {occupation}, messages: m, compact}) => {
  const {activities, tasks: statements} = occupation;
  const items = statements.length ? statements.map((t) => t.text) : activities;
  if (!items.length) return null;
  const shown = compact ? SHOWN_COMPACT : SHOWN;
  const rest = items.slice(shown);
  return html`<p>${m.tasksIntro}</p>
    <ul lang=${dataLang(m)}>${items.slice(0, shown).map((t) => html`<li>${t}</li>`)}</ul>
    ${
      rest.length
        ? html`<details><summary>${m.moreTasks(rest.length)}</summary><ul lang=${dataLang(m)}>${rest.map((t) => html`<li>${t}</li>`)}</ul></details>`
        : nothing
    }`;
};
