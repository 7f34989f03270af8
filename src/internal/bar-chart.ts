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

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/**
 * Resolves when `canvas` comes within a screen's height of the viewport. A page of 50 profiles then draws the
 * two charts a visitor sees, not 50 (each costs tens of milliseconds on the main thread); the table beside each
 * chart is there from the start, so nothing is lost while a chart waits.
 */
function nearViewport(canvas: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        waiting.get(entry.target)?.();
        waiting.delete(entry.target);
      }
    },
    {rootMargin: '100% 0px'},
  );
  return new Promise((resolve) => {
    waiting.set(canvas, resolve);
    observer!.observe(canvas);
  });
}

const FORCED_COLORS = '(forced-colors: active)';
/** Display settings that change the colours a chart must use; a change redraws every chart. */
const COLOR_QUERIES = [FORCED_COLORS, '(prefers-color-scheme: dark)'];
/**
 * Series colours in forced-colours mode (Windows High Contrast): system colours, which the visitor's theme sets
 * to contrast with its background. Canvas pixels are not adjusted by the browser, so the chart must ask.
 */
const SYSTEM_SERIES = ['Highlight', 'LinkText', 'VisitedText', 'CanvasText'];

/**
 * The chart's text, grid and series colours as rgb() strings. A probe element opted out of forced colours
 * resolves system colour keywords to the visitor's theme (a canvas cannot read them itself).
 */
function palette(canvas: HTMLCanvasElement, series: string[]) {
  const forced = matchMedia(FORCED_COLORS).matches;
  if (!forced) return {text: getComputedStyle(canvas).color, grid: 'rgba(128, 128, 128, 0.25)', series};
  const probe = document.createElement('span');
  probe.style.cssText = 'position: absolute; visibility: hidden; forced-color-adjust: none;';
  canvas.after(probe);
  const resolve = (color: string) => {
    probe.style.color = color;
    return getComputedStyle(probe).color;
  };
  const result = {text: resolve('CanvasText'), grid: resolve('GrayText'), series: series.map((_, i) => resolve(SYSTEM_SERIES[i % SYSTEM_SERIES.length]!))};
  probe.remove();
  return result;
}

function forget(canvas: Element | undefined) {
  if (!canvas) return;
  observer?.unobserve(canvas);
  waiting.delete(canvas);
}

/**
 * Draws a horizontal bar chart on a canvas the host renders, redrawing when the spec changes and freeing it on
 * disconnect. A chart is always a supplement to a table the host also renders: if Chart.js fails to load (a
 * strict CSP, offline), the controller reports it and the table stays.
 */
export class BarChartController implements ReactiveController {
  #chart?: import('chart.js').Chart;
  #canvas?: HTMLCanvasElement;
  /** A canvas waiting to come into view. */
  #pending?: HTMLCanvasElement;
  #generation = 0;
  /** The last spec drawn, redrawn when the visitor switches forced colours or light/dark. */
  #last?: {canvas: HTMLCanvasElement; spec: BarChartSpec};
  readonly #redraw = () => {
    if (this.#last && this.#chart) void this.draw(this.#last.canvas, this.#last.spec);
  };

  constructor(host: ReactiveControllerHost, private readonly onFail: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const query of COLOR_QUERIES) matchMedia(query).addEventListener('change', this.#redraw);
  }

  async draw(canvas: HTMLCanvasElement, spec: BarChartSpec): Promise<void> {
    const generation = ++this.#generation;
    if (canvas !== this.#canvas) {
      forget(this.#pending);
      this.#pending = canvas;
      await nearViewport(canvas);
      if (generation !== this.#generation) return;
    }
    let module: ChartModule;
    try {
      module = await loadChart();
    } catch {
      this.onFail();
      return;
    }
    if (generation !== this.#generation || !canvas.isConnected) return; // a newer draw, or the canvas went away
    this.#last = {canvas, spec};
    const colors = palette(canvas, spec.series.map((s) => s.color));
    const data = {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({label: s.label, data: s.values, backgroundColor: colors.series[i], borderColor: colors.series[i]})),
    };
    if (this.#chart && this.#canvas === canvas) {
      this.#chart.data = data;
      module.setFormats(this.#chart, spec, colors);
      this.#chart.update();
      return;
    }
    this.#chart?.destroy();
    this.#canvas = canvas;
    this.#chart = module.createBarChart(canvas, data, spec, colors);
  }

  hostDisconnected(): void {
    for (const query of COLOR_QUERIES) matchMedia(query).removeEventListener('change', this.#redraw);
    this.#last = undefined;
    this.#generation++;
    forget(this.#pending);
    this.#pending = undefined;
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#canvas = undefined;
  }
}
