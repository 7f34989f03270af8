import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

export const careerCompareStyles = css`
  :host {
    --_loading-height: ${ELEMENTS['career-compare'].height}em;
  }
  [aria-busy='true'] table {
    opacity: 0.6;
  }
  .search {
    margin-block: 0.5em;
  }
  .status:empty {
    margin: 0;
  }
  .shortlist button, .remove {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    padding: 0.2em 0.7em;
    font-size: 0.875em;
  }
  .chart {
    height: 12em;
  }
  .chart[data-count='3'], .chart[data-count='4'] {
    height: 18em;
  }
  ul.legend {
    list-style: none;
    margin: 0 0 0.25em;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.875em;
  }
  /* Room kept from the start; shown with the bars, in their colours. */
  ul.legend:not(.drawn) {
    visibility: hidden;
  }
  ul.legend li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    min-width: 0;
  }
  .swatch {
    flex: none;
    inline-size: 1.5em;
    block-size: 0.8em;
    border-radius: 0.15em;
    /* Painted in the colour resolved for the canvas, also in forced colours (system colours, chart-colors.ts). */
    forced-color-adjust: none;
  }
  th, td {
    text-align: start;
    vertical-align: top;
  }
  th[scope='row'] {
    font-weight: normal;
    color: var(--_muted);
    width: 11em;
  }
  /* Already muted with its row header: muting again (75% of 75%) fell under 4.5:1 on a dark-grey text colour. */
  th[scope='row'] .term {
    color: inherit;
  }
  thead th {
    vertical-align: bottom;
  }
  button.name {
    display: block;
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
  button.remove {
    margin-block-start: 0.35em;
  }
  ol.top {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  /* Narrow containers: one card per career, each a table of its own figures. */
  .cards {
    display: none;
    list-style: none;
    padding: 0;
    margin: 0 0 0.75em;
  }
  .cards > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-block-end: 0.75em;
  }
  .cards th[scope='row'] {
    width: 42%;
  }
  .cards tr:last-child > * {
    border-block-end: 0;
  }
  @container (max-width: 40em) {
    .wide {
      display: none;
    }
    .cards {
      display: block;
    }
  }
  /* A phone's card is too narrow for a label column beside a figure column without breaking words
     ("Postsecondary", "(nationwide)"): each figure goes under its label. */
  @container (max-width: 26em) {
    .cards :is(table, thead, tbody, tr, th, td) {
      display: block;
    }
    .cards thead th {
      padding-inline: 0;
    }
    .cards tbody tr {
      padding-block: 0.35em;
      border-block-end: 1px solid var(--_border);
    }
    .cards tbody tr:last-child {
      border-block-end: 0;
    }
    .cards tbody :is(th, td) {
      width: auto;
      padding: 0;
      border: 0;
    }
  }
  @container (max-width: 52em) {
    .many .wide {
      display: none;
    }
    .many .cards {
      display: block;
    }
  }
  @media print {
    .search, .status, .shortlist, ul.legend {
      display: none;
    }
    /* The career names are buttons on screen; on paper they are the column headings. */
    button.name {
      display: block;
      color: inherit;
      text-decoration: none;
    }
  }
`;
