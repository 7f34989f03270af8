import {html, nothing} from 'lit';

/**
 * Numbered notes for table cells: the same sentence gets the same number, so a table of derived figures has one
 * note, not twenty. Marks are visible numbers (not colour or symbols), read out by screen readers as "note 1".
 */
export class Footnotes {
  readonly #notes: string[] = [];
  readonly #content: unknown[] = [];

  /** `label`: the word read out before the number, in the widget's language. */
  constructor(private readonly label = 'note') {}

  /**
   * The mark to place after a value. `content` renders the note when it is more than its text (a sentence
   * with English titles marked `lang="en"`, from `sentence()`); the text still decides which notes are the same.
   */
  mark(note: string, content: unknown = note) {
    let index = this.#notes.indexOf(note);
    if (index < 0) {
      index = this.#notes.push(note) - 1;
      this.#content.push(content);
    }
    return html`<sup><span class="visually-hidden">${this.label} </span>${index + 1}</sup>`;
  }

  render() {
    return this.#notes.length ? html`<ol class="notes" part="notes">${this.#content.map((note) => html`<li>${note}</li>`)}</ol>` : nothing;
  }
}
