/**
 * The module that imports Chart.js for bar charts (its bar-chart parts only, so the lazy chunk stays small), and
 * the colours every chart of the library reads (`palette`, also used by the career list's bubble chart).
 * Loaded through a dynamic import by `bar-chart.ts`.
 */
import {BarController, BarElement, CategoryScale, Chart, type ChartData, Legend, LinearScale, Tooltip} from 'chart.js';
import {SYSTEM_SERIES, withProbe} from './chart-colors.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Formats = {format: (value: number) => string; formatTick: (value: number) => string; legend?: boolean};

type BarData = ChartData<'bar', (number | null)[]>;

/**
 * The chart's text and grid colours as rgb() strings. In forced-colours mode canvas pixels are not adjusted by
 * the browser, so the canvas, opted out of forced colours while it is the probe (withProbe), resolves system colour
 * keywords to the visitor's theme; given `data` (the career list's bubble chart), its series are repainted in system colours too (bar charts
 * come with theirs resolved: chart-colors.ts).
 */
export function palette(canvas: HTMLCanvasElement, data?: {datasets: {backgroundColor?: unknown; borderColor?: unknown}[]}) {
  if (!matchMedia('(forced-colors: active)').matches) return {text: getComputedStyle(canvas).color, grid: 'rgba(128, 128, 128, 0.25)'};
  return withProbe(canvas, (probe) => {
    const resolve = (color: string) => {
      probe.style.color = color;
      return getComputedStyle(probe).color;
    };
    data?.datasets.forEach((dataset, i) => {
      dataset.backgroundColor = dataset.borderColor = resolve(SYSTEM_SERIES[i % SYSTEM_SERIES.length]!);
    });
    return {text: resolve('CanvasText'), grid: resolve('GrayText')};
  });
}

export function createBarChart(canvas: HTMLCanvasElement, data: BarData, formats: Formats) {
  const {text: color, grid} = palette(canvas);
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
        legend: {display: formats.legend !== false, labels: {color}},
        tooltip: {callbacks: {label: (item) => `${item.dataset.label}: ${formats.format(Number(item.raw))}`}},
      },
    },
  });
}

/** Formats change with the pay basis (annual / hourly), colours with forced colours, without recreating the chart; call after setting `chart.data`. */
export function setFormats(chart: Chart, formats: Formats) {
  const options = chart.options as any;
  const colors = palette(chart.canvas);
  options.color = colors.text;
  for (const axis of [options.scales.x, options.scales.y]) {
    axis.ticks.color = colors.text;
    axis.grid.color = colors.grid;
    axis.border.color = colors.text;
  }
  options.plugins.legend.labels.color = colors.text;
  options.scales.x.ticks.callback = (value: number) => formats.formatTick(Number(value));
  options.plugins.tooltip.callbacks.label = (item: {dataset: {label?: string}; raw: unknown}) => `${item.dataset.label}: ${formats.format(Number(item.raw))}`;
}
