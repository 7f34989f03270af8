import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {resolveSeriesColors} from './chart-colors.js';

export interface BarSeries {
  label: string;
  values: (number | null)[];
  /** The host's custom properties for this series' colour, tried in order before the default (chart-colors.ts). */
  colors: readonly string[];
}

export interface BarChartSpec {
  labels: string[];
  series: BarSeries[];
  /** Formats a tooltip value. */
  format: (value: number) => string;
  /** Formats an axis tick, shorter (`$50K`) so ticks fit a phone-width sidebar. */
  formatTick: (value: number) => string;
  /** False when the host renders its own legend (from `onColors`) instead of Chart.js's. */
  legend?: boolean;
  /** Called with the colours drawn, one per series, for a legend of the host's. */
  onColors?: (colors: string[]) => void;
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

/**
 * Resolves after the next frame has been painted. A chart waits for it: the content (with the table that holds the
 * chart's figures) shows first, and fetching, evaluating Chart.js and drawing (tens of milliseconds, several times
 * that on a phone) come after, instead of holding back the first frame with the content.
 */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Display settings that change the colours a chart must use (see chart-setup.ts); a change redraws every chart. */
const COLOR_QUERIES = ['(forced-colors: active)', '(prefers-color-scheme: dark)'];
let colorLists: MediaQueryList[] | undefined;
/**
 * The same MediaQueryList objects for every chart: `matchMedia()` returns a new one on each call, and removing a
 * listener from another list than the one it was added to does nothing (every removed widget stayed in memory).
 */
const colorQueries = () => (colorLists ??= COLOR_QUERIES.map((query) => matchMedia(query)));

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
  #last?: {canvas: HTMLCanvasElement; build: () => BarChartSpec};
  readonly #redraw = () => {
    if (this.#last && this.#chart) void this.draw(this.#last.canvas, this.#last.build);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFail: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const list of colorQueries()) list.addEventListener('change', this.#redraw);
  }

  /**
   * `spec` is built only when the chart is really drawn: reading colours means `getComputedStyle`, a forced style
   * recalculation per call, which on a page of 20 profiles cost seconds when done on every update of every widget.
   */
  async draw(canvas: HTMLCanvasElement, build: () => BarChartSpec): Promise<void> {
    // A widget updated while out of the page (removed while loading, or its update came in a later slice) draws
    // when it is put back: a detached canvas would wait for the viewport forever, and keep the widget in memory.
    if (!canvas.isConnected) return;
    const generation = ++this.#generation;
    if (canvas !== this.#canvas) {
      forget(this.#pending);
      this.#pending = canvas;
      await nearViewport(canvas);
      await afterPaint();
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
    const spec = build();
    // Kept so a switch to forced colours or another colour scheme redraws with colours read anew.
    this.#last = {canvas, build};
    const colors = resolveSeriesColors(
      this.host,
      canvas,
      spec.series.map((s) => s.colors),
    );
    spec.onColors?.(colors);
    const data = {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({label: s.label, data: s.values, backgroundColor: colors[i]!, borderColor: colors[i]!})),
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
    for (const list of colorQueries()) list.removeEventListener('change', this.#redraw);
    this.#last = undefined;
    this.#generation++;
    forget(this.#pending);
    this.#pending = undefined;
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#canvas = undefined;
  }
}
