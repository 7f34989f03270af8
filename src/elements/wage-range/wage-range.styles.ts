import {css} from 'lit';

export const wageRangeStyles = css`
  :host {
    --_loading-height: 18em;
    --_bar-1: var(--cw-chart-color-1, var(--_accent));
    --_bar-2: var(--cw-chart-color-2, var(--_accent-2));
  }
  .chart {
    height: 12em;
  }
  th, td {
    text-align: end;
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
    .chart {
      height: 10em;
    }
  }
`;
