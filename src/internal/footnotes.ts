import {html, nothing} from 'lit';

/**
 * Numbered notes for table cells: the same sentence gets the same number, so a table of derived figures has one
 * note, not twenty. Marks are visible numbers (not colour or symbols), read out by screen readers as "note 1".
 */
export class Footnotes {
  readonly #notes: string[] = [];

  /** `label`: the word read out before the number, in the widget's language. */
  constructor(private readonly label = 'note') {}

  /** The mark to place after a value. */
  mark(note: string) {
    let index = this.#notes.indexOf(note);
    if (index < 0) index = this.#notes.push(note) - 1;
    return html`<sup><span class="visually-hidden">${this.label} </span>${index + 1}</sup>`;
  }

  render() {
    return this.#notes.length ? html`<ol class="notes" part="notes">${this.#notes.map((note) => html`<li>${note}</li>`)}</ol>` : nothing;
  }
}
