import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface BarSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

export interface BarChartSpec {
  labels: string[];
  series: BarSeries[];
  /** Formats a tooltip value. */
  format: (value: number) => string;
  /** Formats an axis tick, shorter (`$50K`) so ticks fit a phone-width sidebar. */
  formatTick: (value: number) => string;
}

type ChartModule = typeof import('./chart-setup.js');
let chartModule: Promise<ChartModule> | undefined;

/** Chart.js arrives in its own chunk, fetched the first time a chart is drawn on the page, once. */
const loadChart = () => (chartModule ??= import('./chart-setup.js'));

/**
 * Draws a horizontal bar chart on a canvas the host renders, redrawing when the spec changes and freeing it on
 * disconnect. A chart is always a supplement to a table the host also renders: if Chart.js fails to load (a
 * strict CSP, offline), the controller reports it and the table stays.
 */
export class BarChartController implements ReactiveController {
  #chart?: import('chart.js').Chart;
  #canvas?: HTMLCanvasElement;
  #generation = 0;

  constructor(host: ReactiveControllerHost, private readonly onFail: () => void) {
    host.addController(this);
  }

  async draw(canvas: HTMLCanvasElement, spec: BarChartSpec): Promise<void> {
    const generation = ++this.#generation;
    let module: ChartModule;
    try {
      module = await loadChart();
    } catch {
      this.onFail();
      return;
    }
    if (generation !== this.#generation || !canvas.isConnected) return; // a newer draw, or the canvas went away
    const data = {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({label: s.label, data: s.values, backgroundColor: s.color, borderColor: s.color})),
    };
    if (this.#chart && this.#canvas === canvas) {
      this.#chart.data = data;
      module.setFormats(this.#chart, spec);
      this.#chart.update();
      return;
    }
    this.#chart?.destroy();
    this.#canvas = canvas;
    this.#chart = module.createBarChart(canvas, data, spec);
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#canvas = undefined;
  }
}
