import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

export const skillListStyles = css`
  :host {
    --_loading-height: ${ELEMENTS['skill-list'].height}em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    border-block-end: 1px solid var(--_border);
  }
  /* Name, bar and value wrap onto their own lines when the widget is narrow, so a name keeps its whole words
     (a grid column of minmax(0, 1fr) used to squeeze "Computers and Electronics" to four letters a line). */
  li summary,
  .row,
  .bls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.4em 0.25em;
    cursor: pointer;
  }
  .name {
    flex: 1 1 12em;
  }
  meter {
    flex: 1 0 5em;
    max-width: 10em;
  }
  li summary::-webkit-details-marker {
    display: none;
  }
  .name {
    font-weight: 600;
  }
  /* The triangle is decoration: the empty alternative text keeps it out of the summary's accessible name. */
  summary .name::before {
    content: '▸ ' / '';
    color: var(--_muted);
  }
  details[open] .name::before {
    content: '▾ ' / '';
  }
  .value {
    flex: 1 0 100%;
    font-size: 0.875em;
    color: var(--_muted);
  }
  meter {
    height: 0.75em;
  }
  /* Meter bars follow the accent colour (one rule per engine: an unknown pseudo-element voids a whole list). */
  meter::-webkit-meter-bar {
    background: color-mix(in srgb, currentColor 12%, transparent);
    border-radius: var(--_radius);
  }
  meter::-webkit-meter-optimum-value {
    background: var(--_accent);
  }
  meter::-moz-meter-bar {
    background: var(--_accent);
  }
  .description {
    padding: 0 0.25em 0.6em 1.1em;
    margin: 0;
  }
  .more {
    margin-block-start: 0.5em;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  @container (min-width: 36em) {
    .value {
      flex: 0 0 15em;
      text-align: end;
    }
  }

`;
