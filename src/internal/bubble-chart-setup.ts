/**
 * Chart.js's bubble chart, for the career list's chart view: one point per career, median pay (y) against projected
 * growth (x), sized by openings, each labelled with its career's title beside it. Loaded through a dynamic import
 * only when a list is shown as a chart.
 */
import {BubbleController, Chart, LinearScale, PointElement, Tooltip, type Plugin} from 'chart.js';
import {palette} from './chart-setup.js';

Chart.register(BubbleController, PointElement, LinearScale, Tooltip);

export interface BubblePoint {
  x: number;
  y: number;
  r: number;
  label: string;
}

export interface BubbleFormats {
  x: (value: number) => string;
  y: (value: number) => string;
  xTitle: string;
  yTitle: string;
  /** The sentence a point's tooltip (and the live region) says. */
  describe: (index: number) => string;
}

/** Each point's title beside it, shortened: the chart is readable without hovering, and the table has the rest. */
const labels: Plugin<'bubble'> = {
  id: 'career-labels',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0);
    const points = chart.data.datasets[0]?.data as BubblePoint[] | undefined;
    if (!points || points.length > 30) return;
    const {ctx} = chart;
    ctx.save();
    ctx.fillStyle = String(chart.options.color);
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    meta.data.forEach((element, i) => {
      const point = points[i]!;
      const text = point.label.length > 24 ? `${point.label.slice(0, 23)}…` : point.label;
      ctx.fillText(text, element.x + point.r + 3, element.y);
    });
    ctx.restore();
  },
};

export function createBubbleChart(canvas: HTMLCanvasElement, points: BubblePoint[], color: string, formats: BubbleFormats) {
  // `color` is computed CSS (`rgb(11, 92, 173)`): the fill is the same colour, see-through where points overlap.
  const fill = color.replace(/^rgb\((.*)\)$/, 'rgba($1, 0.55)');
  const data = {datasets: [{data: points, backgroundColor: fill, borderColor: color}]};
  const {text, grid} = palette(canvas, data);
  const axis = (title: string, format: (value: number) => string) => ({
    grid: {color: grid},
    border: {color: text},
    ticks: {color: text, maxTicksLimit: 6, callback: (value: string | number) => format(Number(value))},
    title: {display: true, text: title, color: text},
  });
  return new Chart(canvas, {
    type: 'bubble',
    data,
    plugins: [labels],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: text,
      scales: {x: axis(formats.xTitle, formats.x), y: axis(formats.yTitle, formats.y)},
      plugins: {tooltip: {callbacks: {label: (item) => formats.describe(item.dataIndex)}}},
    },
  });
}

/** Shows point `index` as the keyboard's active point: highlighted, with its tooltip. */
export function activate(chart: Chart, index: number) {
  const element = chart.getDatasetMeta(0).data[index];
  if (!element) return;
  chart.setActiveElements([{datasetIndex: 0, index}]);
  chart.tooltip?.setActiveElements([{datasetIndex: 0, index}], {x: element.x, y: element.y});
  chart.update();
}
