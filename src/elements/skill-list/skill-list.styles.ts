import {css} from 'lit';

export const skillListStyles = css`
  :host {
    --_loading-height: 16em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    border-block-end: 1px solid var(--_border);
  }
  li summary,
  .row,
  .bls {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(4em, 10em);
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.4em 0.25em;
    cursor: pointer;
  }
  li summary::-webkit-details-marker {
    display: none;
  }
  .name {
    font-weight: 600;
  }
  summary .name::before {
    content: '▸ ';
    color: var(--_muted);
  }
  details[open] .name::before {
    content: '▾ ';
  }
  .value {
    grid-column: 1 / -1;
    font-size: 0.875em;
    color: var(--_muted);
  }
  meter {
    width: 100%;
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
      grid-column: auto;
      text-align: end;
    }
    li summary,
    .row,
    .bls {
      grid-template-columns: minmax(0, 1fr) 10em 15em;
    }
  }

`;
