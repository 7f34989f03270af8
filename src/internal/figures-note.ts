import {html, nothing} from 'lit';
import type {Occupation} from '../data/dataset-types.js';
import {figuresSubject, type FigureSection} from '../data/figures-subject.js';
import type {Messages} from './messages.js';
import './messages/figures-note.js'; // this helper's English strings (see messages.ts)

/**
 * The sentence naming the BLS code whose figures a section shows, or null when they are the occupation's own.
 * Every element showing BLS figures (wages, outlook, education, skill ranks, compare, structured data) uses it.
 */
export function figuresNoteText(m: Messages, occupation: Occupation, section: FigureSection): string | null {
  const subject = figuresSubject(occupation, section);
  return subject ? m.figuresNote[subject.reason](m.figuresWhat[section], subject.code, subject.title, occupation.title) : null;
}

/** The same sentence as a note paragraph, or nothing. */
export function renderFiguresNote(m: Messages, occupation: Occupation, section: FigureSection) {
  const text = figuresNoteText(m, occupation, section);
  return text ? html`<p class="note">${text}</p>` : nothing;
}
