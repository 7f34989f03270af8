/**
 * The only module that imports Chart.js, and only its bar-chart parts, so the lazy chunk stays small.
 * Loaded through a dynamic import by `bar-chart.ts`.
 */
import {BarController, BarElement, CategoryScale, Chart, type ChartData, Legend, LinearScale, Tooltip} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Formats = {format: (value: number) => string; formatTick: (value: number) => string};

/** Colours resolved by bar-chart.ts from the page's styles, or from system colours in forced-colours mode. */
export interface Palette {
  text: string;
  grid: string;
}

export function createBarChart(canvas: HTMLCanvasElement, data: ChartData<'bar', (number | null)[]>, formats: Formats, palette: Palette) {
  const {text: color, grid} = palette;
  return new Chart(canvas, {
    type: 'bar',
    data,
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color,
      scales: {
        x: {beginAtZero: true, grid: {color: grid}, border: {color}, ticks: {color, maxTicksLimit: 6, callback: (value) => formats.formatTick(Number(value))}},
        y: {grid: {color: grid}, border: {color}, ticks: {color}},
      },
      plugins: {
        legend: {labels: {color}},
        tooltip: {callbacks: {label: (item) => `${item.dataset.label}: ${formats.format(Number(item.raw))}`}},
      },
    },
  });
}

/** Formats change with the pay basis (annual / hourly), colours with forced colours, without recreating the chart. */
export function setFormats(chart: Chart, formats: Formats, palette: Palette) {
  const options = chart.options as any;
  options.color = palette.text;
  for (const axis of [options.scales.x, options.scales.y]) {
    axis.ticks.color = palette.text;
    axis.grid.color = palette.grid;
    axis.border.color = palette.text;
  }
  options.plugins.legend.labels.color = palette.text;
  options.scales.x.ticks.callback = (value: number) => formats.formatTick(Number(value));
  options.plugins.tooltip.callbacks.label = (item: {dataset: {label?: string}; raw: unknown}) => `${item.dataset.label}: ${formats.format(Number(item.raw))}`;
}
