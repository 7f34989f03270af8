import {html} from 'lit';
import {occupationText} from '../../../internal/content.js';
import type {SectionRenderer} from './section.js';

export const overview: SectionRenderer = ({data, messages, lang}) => {
  const {description} = occupationText(data, messages, lang);
  return description.text ? html`<p class="lead" lang=${description.lang}>${description.text}</p>` : null;
};
