import {css} from 'lit';

export const wageRangeStyles = css`
  :host {
    --_loading-height: 18em;
    --_bar-1: var(--cw-chart-color-1, var(--_accent));
    --_bar-2: var(--cw-chart-color-2, var(--_accent-2));
  }
  .chart {
    position: relative;
    width: 100%;
    min-width: 0;
    overflow: hidden;
    height: 12em;
    margin-block-end: 0.75em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.35em;
  }
  th, td {
    overflow-wrap: normal;
    hyphens: auto;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'], thead th:first-child {
    text-align: start;
    font-weight: normal;
  }
  thead th {
    font-weight: 600;
  }
  .median th, .median td {
    font-weight: 700;
  }
  sup {
    font-size: 0.75em;
    color: var(--_muted);
  }
  ol.notes {
    font-size: 0.875em;
    color: var(--_muted);
    padding-inline-start: 1.5em;
    margin-block: 0.5em;
  }
  @container (max-width: 22em) {
    th, td {
      padding-inline: 0.25em;
    }
    .chart {
      height: 10em;
    }
  }
  @media print {
    .chart {
      display: none;
    }
  }
`;
