import {html} from 'lit';
import type {SectionRenderer} from './section.js';

export const overview: SectionRenderer = ({data: {occupation}}) =>
  occupation.description ? html`<p class="lead">${occupation.description}</p>` : null;
