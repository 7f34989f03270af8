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
  summary,
  .row,
  .bls {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(4em, 10em);
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.4em 0.25em;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
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
    summary,
    .row,
    .bls {
      grid-template-columns: minmax(0, 1fr) 10em 15em;
    }
  }
  @media print {
    details > .description {
      display: block;
    }
  }
`;
