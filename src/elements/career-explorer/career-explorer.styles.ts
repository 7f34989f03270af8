import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

export const careerExplorerStyles = css`
  :host {
    --_loading-height: ${ELEMENTS['career-explorer'].height}em;
  }
  [aria-busy='true'] table {
    opacity: 0.6;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-end;
    margin-block-end: 0.75em;
  }
  .filters label:not(.check),
  .sorting label {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.9em;
  }
  /* A select is as wide as its longest option: in a narrow container every control may shrink to the row. */
  .filters > *, .sorting > *, .toolbar > * {
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .filters fieldset {
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.25em 0.6em 0.4em;
  }
  .filters legend {
    font-size: 0.9em;
    padding-inline: 0.25em;
  }
  .fields {
    flex-basis: 100%;
  }
  .fields summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  .fields fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: 0.15em 1em;
    margin-block-start: 0.35em;
  }
  label.check {
    display: inline-flex;
    gap: 0.35em;
    align-items: baseline;
    margin-inline-end: 0.75em;
    font-size: 0.9em;
  }
  select, input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.4em;
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  input[type='checkbox'] {
    padding: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-end;
    margin-block-end: 0.5em;
  }
  .toolbar .controls {
    margin-block-end: 0;
  }
  .sorting {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .download, .more, .clear {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    padding: 0.35em 0.9em;
  }
  .download:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .count {
    font-weight: 600;
  }
  th, td {
    text-align: start;
    vertical-align: top;
    /* Whole words: a narrow card wraps at spaces (Firefox would hyphenate Spanish words with hyphens: auto). */
    hyphens: manual;
  }
  /* Figures line up at the end; the preparation level is words ("Level 3 of 5 (medium)"), read from the start. */
  td.median, td.employment, td.openings,
  th.median, th.employment, th.openings {
    text-align: end;
  }
  thead th {
    vertical-align: bottom;
    font-size: 0.9em;
  }
  button.sort {
    border: 0;
    padding: 0;
    background: none;
    font-weight: 600;
    text-align: inherit;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  th[aria-sort] button.sort {
    text-decoration: underline;
  }
  .arrow {
    color: var(--_accent);
  }
  .plain {
    display: none;
  }
  th.title {
    font-weight: normal;
  }
  button.name {
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.name[aria-current='true'] {
    text-decoration-thickness: 0.15em;
  }
  .bright {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding-inline: 0.4em;
    border: 1px solid var(--_accent-2);
    border-radius: 999px;
    font-size: 0.75em;
    color: var(--_text);
    white-space: nowrap;
  }
  .more {
    margin-block: 0.75em 0.25em;
  }
  .chart.bubble {
    height: 24em;
    /* The canvas takes focus: its ring must not be clipped (the shared chart box hides overflow). */
    overflow: visible;
  }
  .swatch {
    position: absolute;
    color: var(--_accent);
    visibility: hidden;
  }
  /* Narrow: each career a card of labelled figures (stackedRows); the headers' sort buttons give way to the
     "Sort by" control above, so no hidden button takes focus. */
  @container (max-width: 40em) {
    button.sort {
      display: none;
    }
    /* The header row is for screen readers only here (stackedRows): its names stay, visually hidden. */
    .plain {
      display: block;
    }
    td.median, td.employment, td.openings {
      text-align: end;
    }
    tbody th.title {
      margin-block-end: 0.25em;
    }
  }
  @media print {
    .filters, .toolbar, .more {
      display: none;
    }
    button.name, button.sort {
      color: inherit;
      text-decoration: none;
    }
  }
  @media (forced-colors: active) {
    .bright {
      border-color: CanvasText;
    }
  }
`;
