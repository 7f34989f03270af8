import {html, nothing} from 'lit';
import type {Occupation} from '../data/dataset-types.js';
import {figuresSubject, type FigureSection} from '../data/figures-subject.js';
import {InEnglish, markedSentence} from './content.js';
import type {Messages} from './messages.js';
import './messages/figures-note.js'; // this helper's English strings (see messages.ts)

/**
 * The sentence naming the BLS code whose figures a section shows, or null when they are the occupation's own:
 * its text, and its content with the BLS and O*NET titles (English data) marked `lang="en"` in another language.
 * Every element showing BLS figures (wages, outlook, education, skill ranks, compare, structured data) uses it.
 */
export function figuresNote(m: Messages, occupation: Occupation, section: FigureSection) {
  const subject = figuresSubject(occupation, section);
  if (!subject) return null;
  const args = [m.figuresWhat[section], subject.code, new InEnglish(subject.title), new InEnglish(occupation.title)] as const;
  return markedSentence(m, m.figuresNote[subject.reason], ...args);
}

/** The same sentence as a note paragraph, or nothing. */
export function renderFiguresNote(m: Messages, occupation: Occupation, section: FigureSection) {
  const note = figuresNote(m, occupation, section);
  return note ? html`<p class="note">${note.content}</p>` : nothing;
}
