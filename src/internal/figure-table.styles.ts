import {css, type CSSResult, unsafeCSS} from 'lit';

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
  /* Until Chart.js sizes it, a canvas is 300px wide: never wider than the widget. */
  .chart canvas {
    display: block;
    max-width: 100%;
  }
  th, td {
    overflow-wrap: normal;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .median th, .median td {
    font-weight: 700;
  }
  /* The percentile's technical name after its plain one ("Low (25th percentile)"): there for professionals, quieter. */
  .term {
    color: var(--_muted);
    font-weight: normal;
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

/**
 * A table whose rows become small labelled blocks when its container is narrower than `maxEm` (a phone, a
 * sidebar), instead of a table that scrolls sideways: "Median" above "Minnesota $61,530" and "United States
 * $51,140", each cell naming its column from its `data-label`. The header row stays for screen readers. A cell
 * whose content is one `<span class="value">` (the figure and its note mark) keeps its figure aligned with the
 * other rows' and its mark beside it.
 * `tableClass` is the table's class, a constant of ours (never data).
 */
export function stackedRows(tableClass: string, maxEm: number): CSSResult {
  const t = unsafeCSS(`.${tableClass}`);
  return css`
    @container (max-width: ${maxEm}em) {
      table${t},
      ${t} caption,
      ${t} tbody,
      ${t} tr,
      ${t} th,
      ${t} td {
        display: block;
      }
      ${t} thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      ${t} tbody tr {
        padding-block: 0.35em;
        border-block-end: 1px solid var(--_border);
      }
      ${t} tbody th,
      ${t} tbody td {
        border: 0;
        padding: 0;
      }
      ${t} tbody td {
        display: flex;
        justify-content: space-between;
        gap: 1em;
      }
      ${t} tbody td::before {
        content: attr(data-label);
        text-align: start;
        font-weight: normal;
      }
      /* A cell's figure and its note mark are one block (the mark stays by its figure), and the mark hangs in a
         gutter every figure keeps, so the figures of a state and of the nation end at the same place. */
      ${t} tbody td > .value {
        text-align: end;
      }
      ${t}:has(sup) tbody td > .value {
        position: relative;
        padding-inline-end: 1.1em;
      }
      ${t} tbody td > .value > sup {
        position: absolute;
        inset-inline-start: calc(100% - 1em);
        inset-block-start: -0.2em;
      }
    }
  `;
}
