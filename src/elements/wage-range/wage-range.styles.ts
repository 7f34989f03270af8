import {css} from 'lit';
import {ELEMENTS} from '../registry.js';

export const wageRangeStyles = css`
  :host {
    --_loading-height: ${ELEMENTS['wage-range'].height}em;
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
  }
  @container (max-width: 24em) {
    .chart {
      height: 10em;
    }
  }
`;
