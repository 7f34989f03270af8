import {css} from 'lit';
import {LOADING_HEIGHT_EM} from '../../internal/reserve.js';

export const wageRangeStyles = css`
  :host {
    --_loading-height: ${LOADING_HEIGHT_EM['wage-range']}em;
    --_bar-1: var(--cw-chart-color-1, var(--_accent));
    --_bar-2: var(--cw-chart-color-2, var(--_accent-2));
  }
  .chart {
    height: 12em;
  }
  .series-1 {
    color: var(--_bar-1);
  }
  .series-2 {
    color: var(--_bar-2);
  }
  /* Until Chart.js sizes it, a canvas is 300px wide: never wider than the widget. */
  .chart canvas {
    display: block;
    max-width: 100%;
  }
  th, td {
    text-align: end;
    /* Whole words: a row label wraps between words, never with a hyphen inside one. */
    hyphens: manual;
  }
  th[scope='row'], thead th:first-child {
    text-align: start;
    font-weight: normal;
  }
  thead th {
    font-weight: 600;
  }
  @container (max-width: 22em) {
    th, td {
      padding-inline: 0.25em;
    }
  }
  /* Too narrow for a state column beside the nation's (a phone, a sidebar): each row becomes a small block,
     "Median" above "Minnesota $61,530" and "United States $51,140". The header row stays for screen readers. */
  @container (max-width: 24em) {
    table.columns-2,
    .columns-2 caption,
    .columns-2 tbody,
    .columns-2 tr,
    .columns-2 th,
    .columns-2 td {
      display: block;
    }
    .columns-2 thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .columns-2 tbody tr {
      padding-block: 0.35em;
      border-block-end: 1px solid var(--_border);
    }
    .columns-2 tbody th,
    .columns-2 tbody td {
      border: 0;
      padding: 0;
    }
    .columns-2 tbody td {
      display: flex;
      justify-content: space-between;
      gap: 1em;
    }
    .columns-2 tbody td::before {
      content: attr(data-label);
      text-align: start;
      font-weight: normal;
    }
    .chart {
      height: 10em;
    }
  }
`;
