import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

export const wageRangeStyles = css`
  :host {
    --_loading-height: ${ELEMENTS['wage-range'].height}em;
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
  }
  @container (max-width: 24em) {
    .chart {
      height: 10em;
    }
  }
`;
