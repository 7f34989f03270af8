import {css} from 'lit';

/**
 * Tables of figures with numbered notes, and the chart box above them: shared by `<wage-range>` and
 * `<career-compare>`, which add their own alignment and sizes. A chart gives way to its table on paper.
 */
export const figureTableStyles = css`
  .chart {
    position: relative;
    width: 100%;
    min-width: 0;
    overflow: hidden;
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
  @media print {
    .chart {
      display: none;
    }
  }
`;
