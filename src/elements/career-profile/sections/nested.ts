import {html} from 'lit';
import type {SectionRenderer} from './section.js';

// Sections that are whole widgets of their own; they share the profile's data through the data layer's cache.

export const wages: SectionRenderer = ({data: {occupation}, messages: m, level, region, source}) =>
  occupation.wages.national || Object.keys(occupation.wages.states).length
    ? html`<wage-range occupation=${occupation.code} region=${region} source=${source} heading=${m.sections.wages} heading-level=${level}></wage-range>`
    : null;

export const skills: SectionRenderer = ({data: {occupation}, messages: m, level, source}) =>
  occupation.skills?.length || occupation.blsSkills?.length
    ? html`<skill-list kind="skills" occupation=${occupation.code} source=${source} heading=${m.sections.skills} heading-level=${level}></skill-list>`
    : null;

export const knowledge: SectionRenderer = ({data: {occupation}, messages: m, level, source}) =>
  occupation.knowledge?.length
    ? html`<skill-list kind="knowledge" occupation=${occupation.code} source=${source} heading=${m.sections.knowledge} heading-level=${level}></skill-list>`
    : null;
