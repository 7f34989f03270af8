import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

/** Cards that stack in a narrow column and form a grid where the widget has room (container queries). */
export const programCareersStyles = css`
  :host {
    --_loading-height: ${ELEMENTS['program-careers'].height}em;
  }
  .host {
    border-inline-start: 0.25em solid var(--_accent);
    padding-inline-start: 0.75em;
    margin-block: 0.5em 0.75em;
  }
  .host-label {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  ul.host-programs {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  ul.careers {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 36em) {
    ul.careers {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }
  .career {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    /* Its figures lay out by the card's own width (one column of cards on a phone, a grid on a page). */
    container-type: inline-size;
  }
  .career.chosen {
    border-color: var(--_accent);
    box-shadow: inset 0.25em 0 0 var(--_accent);
  }
  .career [part='heading'] {
    font-size: 1.05em;
    margin-block-end: 0.35em;
  }
  .choose {
    all: unset;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    font-weight: 600;
  }
  .choose:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Each value beside its label, in a column of its own (a value never drops to a line of its own under a
     label that happened to be longer); in a narrow card, every value under its label. */
  dl.figures {
    margin: 0;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.25em 1em;
  }
  dl.figures div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: baseline;
  }
  dl.figures dd {
    text-align: end;
  }
  @container (max-width: 17em) {
    dl.figures,
    dl.figures div {
      display: block;
    }
    dl.figures dd {
      text-align: start;
      margin-block-end: 0.25em;
    }
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  /* A BLS category's plain meaning, under it (the category name alone is jargon). */
  .meaning {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_muted);
  }
  button.more {
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  @media print {
    .career {
      break-inside: avoid;
    }
    /* The base print rules hide buttons; a career's title is one and must print. */
    button.choose {
      display: inline;
      color: inherit;
      text-decoration: none;
    }
    button.more {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .career.chosen {
      border-width: 3px;
    }
  }
`;
