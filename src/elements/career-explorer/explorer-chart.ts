import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {BubbleFormats, BubblePoint} from '../../internal/bubble-chart-setup.js';

type Module = typeof import('../../internal/bubble-chart-setup.js');
let module: Promise<Module> | undefined;
/** Chart.js arrives in its own chunk, the first time a list is shown as a chart, once per page. */
const load = () => (module ??= import('../../internal/bubble-chart-setup.js'));

/** Resolves after the next frame: the list (the chart's text alternative) shows before Chart.js is fetched and drawn. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export interface ChartSpec {
  points: BubblePoint[];
  color: string;
  formats: BubbleFormats;
}

/**
 * The career list's chart view: draws the spec on a canvas the element renders, redraws when it changes, frees it
 * on disconnect, and moves a keyboard "active point" over it. If Chart.js cannot load, `onFail` says so and the
 * table (always shown with the chart) stays.
 */
export class ExplorerChart implements ReactiveController {
  #chart?: import('chart.js').Chart;
  #canvas?: HTMLCanvasElement;
  #generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onFail: () => void,
  ) {
    host.addController(this);
  }

  async draw(canvas: HTMLCanvasElement, spec: ChartSpec): Promise<void> {
    const generation = ++this.#generation;
    if (canvas !== this.#canvas) await afterPaint();
    let chartModule: Module;
    try {
      chartModule = await load();
    } catch {
      this.onFail();
      return;
    }
    if (generation !== this.#generation || !canvas.isConnected) return;
    this.#chart?.destroy();
    this.#canvas = canvas;
    this.#chart = chartModule.createBubbleChart(canvas, spec.points, spec.color, spec.formats);
  }

  /** Highlights point `index` (the keyboard's position), with its tooltip. */
  async activate(index: number): Promise<void> {
    if (!this.#chart) return;
    (await load()).activate(this.#chart, index);
  }

  /** Whether a chart is drawn now (for tests and the keyboard). */
  get drawn(): boolean {
    return Boolean(this.#chart);
  }

  clear(): void {
    this.#generation++;
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#canvas = undefined;
  }

  hostDisconnected(): void {
    this.clear();
  }
}
