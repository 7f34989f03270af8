import {html} from 'lit';
import type {SectionRenderer} from './section.js';

// Sections that are whole widgets of their own; they share the profile's data through the data layer's cache.
// `exportparts` lets `career-profile::part(heading)` and friends style them like the profile's other sections.
const PARTS = 'heading, table, notes, list, source';

export const wages: SectionRenderer = ({data: {occupation}, messages: m, level, region, source}) =>
  occupation.wages.national || Object.keys(occupation.wages.states).length
    ? html`<wage-range .embedded=${true} exportparts=${PARTS} occupation=${occupation.code} region=${region} source=${source} heading=${m.sections.wages} heading-level=${level}></wage-range>`
    : null;

export const skills: SectionRenderer = ({data: {occupation}, messages: m, level, region, source}) =>
  occupation.skills?.length || occupation.blsSkills?.length
    ? html`<skill-list .embedded=${true} exportparts=${PARTS} kind="skills" limit="5" occupation=${occupation.code} region=${region} source=${source} heading=${m.sections.skills} heading-level=${level}></skill-list>`
    : null;

export const knowledge: SectionRenderer = ({data: {occupation}, messages: m, level, region, source}) =>
  occupation.knowledge?.length
    ? html`<skill-list .embedded=${true} exportparts=${PARTS} kind="knowledge" limit="5" occupation=${occupation.code} region=${region} source=${source} heading=${m.sections.knowledge} heading-level=${level}></skill-list>`
    : null;
