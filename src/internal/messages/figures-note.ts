import type {FigureSection, FiguresReason} from '../../data/figures-subject.js';
import {addEnglish} from '../english.js';

/**
 * English strings of the note naming whose BLS figures a section shows (`figures-note.ts`, used by the elements
 * that show BLS figures). They travel with that helper's code, not in the entry.
 */
export const figureNotes = {
  // whose figures (src/data/figures-subject.ts): named wherever another BLS code's figures are shown
  figuresWhat: {
    wages: 'These wages',
    outlook: 'These projections',
    education: 'The typical education, work experience and training shown',
    blsSkills: 'These skill ranks',
  } satisfies Record<FigureSection, string>,
  figuresNote: {
    aggregate: (what: string, code: string, title: string, occupation: string) =>
      `${what} are for ${code} ${title}, which BLS publishes together: it has no separate figures for ${occupation}.`,
    'all-other': (what: string, code: string, title: string, occupation: string) =>
      `${what} are for ${code} ${title}, the catch-all code BLS counts ${occupation} in: it has no separate figures for this occupation.`,
    broader: (what: string, code: string, title: string, occupation: string) =>
      `${what} are for ${code} ${title}, the occupation BLS counts ${occupation} in: it has no separate figures for this specialty.`,
  } satisfies Record<FiguresReason, (what: string, code: string, title: string, occupation: string) => string>,
};

addEnglish(figureNotes);
