import {html, nothing} from 'lit';
import type {CareerRow} from '../../data/career-list.js';
import {InEnglish, sentence} from '../../internal/content.js';
import {formatChange, formatNumber, formatPay, formatPayShort} from '../../internal/locale.js';
import type {Messages} from '../../internal/messages.js';
import {projectionPeriod} from '../../internal/periods.js';
import type {ChartSpec} from './explorer-chart.js';
import {sortMedian, type TableContext} from './explorer-table.js';

/** A career the chart can place: it has a median on the basis shown and a projection. */
export interface ChartPoint {
  row: CareerRow;
  x: number;
  y: number;
  openings: number;
  /** What the tooltip shows when the keyboard reaches it. */
  sentence: string;
  /** The same sentence for the live region, the career's English title marked `lang="en"` in another language. */
  spoken: (m: Messages) => ReturnType<typeof sentence>;
}

/** The listed careers the chart can draw, in list order (the keyboard walks them in that order). */
export function chartPoints(rows: readonly CareerRow[], c: TableContext): ChartPoint[] {
  const {m, locale, pay, meta} = c;
  return rows.flatMap((row) => {
    const y = sortMedian(row, pay, meta);
    if (y === null || row.percentChange === null || row.annualOpenings === null) return [];
    const openings = Math.round(row.annualOpenings * 1000);
    const figures = [formatPay(y, pay, locale), formatChange(row.percentChange, locale), formatNumber(openings, locale)] as const;
    return [
      {
        row,
        x: row.percentChange,
        y,
        openings,
        sentence: m.explorerChartPoint(row.title, ...figures),
        spoken: (m: Messages) => sentence(m, m.explorerChartPoint, new InEnglish(row.title), ...figures),
      },
    ];
  });
}

/** Points sized by openings: the area grows with the openings, from 3 px for the fewest to 15 px for the most. */
export function chartSpec(rows: readonly CareerRow[], c: TableContext, color: string): ChartSpec {
  const points = chartPoints(rows, c);
  const most = Math.max(1, ...points.map((p) => p.openings));
  return {
    points: points.map((p) => ({x: p.x, y: p.y, r: 3 + 12 * Math.sqrt(p.openings / most), label: p.row.title})),
    color,
    formats: {
      x: (value) => formatChange(value, c.locale),
      y: (value) => (c.pay === 'annual' ? formatPayShort(value, c.locale) : formatPay(value, 'hourly', c.locale)),
      xTitle: c.m.explorerChartAxisGrowth(projectionPeriod(c.meta, c.m)),
      yTitle: `${c.m.explorerChartAxisPay}, ${c.m.explorerMedianBasis[c.pay]}`,
      describe: (index) => points[index]?.sentence ?? '',
    },
  };
}

export interface ChartViewContext {
  m: Messages;
  area: string;
  failed: boolean;
  /** How many of the listed careers the chart can place. */
  plotted: number;
  onKey: (event: KeyboardEvent) => void;
}

/**
 * The chart's box above the table (its text alternative, always shown): a focusable canvas named for what it shows,
 * with the keys explained; the swatch carries the accent colour the points are drawn in.
 */
export function renderChart({m, area, failed, plotted, onKey}: ChartViewContext) {
  if (failed) return html`<p class="note">${m.explorerChartUnavailable}</p>`;
  if (!plotted) return nothing;
  return html`<div class="chart bubble" part="chart">
      <canvas role="img" tabindex="0" aria-label=${m.explorerChart(area)} aria-describedby="chart-help" @keydown=${onKey}></canvas>
      <span class="swatch" aria-hidden="true"></span>
    </div>
    <p id="chart-help" class="note">${m.explorerChartHelp}</p>`;
}
