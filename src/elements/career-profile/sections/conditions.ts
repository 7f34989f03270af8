import {html} from 'lit';
import type {WorkContextItem} from '../../../data/dataset-types.js';
import {dataLang} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

const SHOWN = 7;
/** Top of each O*NET work-context scale (CX: 1-5, CT: 1-3), so items on different scales can be ranked together. */
const SCALE_MAX: Record<string, number> = {CX: 5, CT: 3};

const strength = (item: WorkContextItem) => (item.value - 1) / ((SCALE_MAX[item.scale] ?? 5) - 1);

/**
 * The seed page's "Typical working conditions": the work-context items that rate highest for this occupation.
 * Only present when the host's dataset was built with O*NET's `Work Context.txt`.
 */
export const conditions: SectionRenderer = ({data: {occupation}, messages: m}) => {
  const items = occupation.workContext;
  if (!items?.length) return null;
  const top = [...items].sort((a, b) => strength(b) - strength(a) || (a.name < b.name ? -1 : 1)).slice(0, SHOWN);
  return html`<ul lang=${dataLang(m)}>
    ${top.map((item) => html`<li>${item.name}</li>`)}
  </ul>`;
};
