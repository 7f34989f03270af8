import {warnOnce} from './warn.js';

/**
 * Chart series colours as real sRGB colours, resolved by the widget itself. A canvas takes a colour string at face
 * value: Chart.js cannot read `light-dark()` or a custom property, and a string it cannot parse silently became
 * black (two careers in one colour, bars that vanish on a dark page). So every colour is resolved here, in the
 * widget's own context (its `color-scheme`, `currentColor`), to `rgb()` through a canvas pixel, checked, and only
 * then drawn; the same values paint any legend, so the swatches always match the bars.
 */

/**
 * The default series colours, [light page, dark page]: each at 3:1 or more against white and near-black
 * backgrounds, and far apart from the others. The first four are the documented defaults of series 1-4; the
 * last two stand in when a host colour takes one of the first four.
 */
export const SERIES_PALETTE: readonly (readonly [light: string, dark: string])[] = [
  ['#0b5cad', '#8ab4f8'], // blue
  ['#7a4e00', '#e9b25f'], // amber
  ['#1b6e3a', '#7fd19b'], // green
  ['#6b3fa0', '#d7aefb'], // purple
  ['#a3324a', '#f4a3b4'], // red
  ['#00687a', '#6fd3e6'], // teal
];

/**
 * The host's custom properties for each series' colour, tried in order: the chart's own, then (series 1 and 2) the
 * accents, which the widgets' other marks share.
 */
export const SERIES_PROPERTIES: readonly (readonly string[])[] = [
  ['--cw-chart-color-1', '--cw-color-accent'],
  ['--cw-chart-color-2', '--cw-color-accent-2'],
  ['--cw-chart-color-3'],
  ['--cw-chart-color-4'],
];

/** Series colours in forced-colours mode: system colours, which the visitor's theme sets to contrast with its background. */
export const SYSTEM_SERIES = ['Highlight', 'LinkText', 'VisitedText', 'CanvasText'];

/** WCAG 1.4.11: graphical objects at 3:1 or more against what is next to them. */
export const MIN_CONTRAST = 3;
/** CIE76 colour difference below which two series read as one colour. */
export const MIN_DISTANCE = 20;

export type Rgba = readonly [r: number, g: number, b: number, a: number];

let pixel: CanvasRenderingContext2D | null | undefined;

/** The sRGB bytes a canvas paints for `color` (any CSS colour a canvas accepts), or null if it does not accept it. */
export function toRgba(color: string): Rgba | null {
  pixel ??= document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  if (!pixel) return null;
  // A string the canvas cannot parse leaves fillStyle as it was: two different starting values tell it apart.
  pixel.fillStyle = '#010203';
  pixel.fillStyle = color;
  const first = pixel.fillStyle;
  pixel.fillStyle = '#040506';
  pixel.fillStyle = color;
  if (first === '#010203' && pixel.fillStyle === '#040506') return null;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

export const rgbString = ([r, g, b, a]: Rgba): string => (a >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round(a * 1000) / 1000})`);

/** `top` painted over the opaque `bottom`. */
const over = ([r, g, b, a]: Rgba, [r2, g2, b2]: Rgba): Rgba => [r * a + r2 * (1 - a), g * a + g2 * (1 - a), b * a + b2 * (1 - a), 1];

const linear = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance. */
const luminance = ([r, g, b]: Rgba) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** CIE76 difference (Euclidean distance in CIELAB, D65) of two opaque colours. */
export function distance(a: Rgba, b: Rgba): number {
  const lab = ([r, g, b]: Rgba) => {
    const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
    const xyz = [
      (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047,
      0.2126 * lr + 0.7152 * lg + 0.0722 * lb,
      (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883,
    ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29)) as [number, number, number];
    return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

/**
 * What the chart is drawn on: the first backgrounds up the tree from `start` (through shadow roots) painted over
 * each other down to an opaque one, else over the page's canvas colour.
 */
function backgroundOf(start: Element, probe: HTMLElement): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = start; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const color = toRgba(getComputedStyle(node).backgroundColor);
    if (!color || color[3] === 0) continue;
    layers.push(color);
    if (color[3] >= 1) break;
  }
  let base: Rgba = layers.at(-1)?.[3] === 1 ? layers.pop()! : (resolveIn(probe, 'Canvas') ?? [255, 255, 255, 1]);
  for (const layer of layers.reverse()) base = over(layer, base);
  return base;
}

/** A colour as the widget sees it (its colour scheme, its text colour), as canvas bytes; null if not a colour. */
function resolveIn(probe: HTMLElement, value: string): Rgba | null {
  if (!CSS.supports('color', value)) return null;
  probe.style.setProperty('color', value); // CSSOM: allowed under a strict style-src
  return toRgba(getComputedStyle(probe).color);
}

/**
 * The colour of each series, as `rgb()` strings a canvas and a legend use alike. `candidates[i]` names the
 * host's custom properties for series i, tried in order (`--cw-chart-color-1`, then `--cw-color-accent`); a host
 * value that is not a colour, or is transparent, is skipped with a console warning, and one that is too close to
 * the background or to another series is used but warned about. A series without a usable host colour takes the
 * next default of {@link SERIES_PALETTE} (its light or dark variant, whichever stands out on this background)
 * that stands apart from the background and from the series before it. In forced-colours mode, system colours.
 */
export function resolveSeriesColors(host: HTMLElement, canvas: HTMLCanvasElement, candidates: readonly (readonly string[])[]): string[] {
  return withProbe(canvas, (probe) => {
    if (matchMedia('(forced-colors: active)').matches) {
      return candidates.map((_, i) => rgbString(resolveIn(probe, SYSTEM_SERIES[i % SYSTEM_SERIES.length]!) ?? [0, 0, 0, 1]));
    }
    const background = backgroundOf(canvas, probe);
    const hostStyle = getComputedStyle(host);
    const tag = host.localName;
    const chosen: Rgba[] = [];
    const fromHost: boolean[] = [];
    const usedDefaults = new Set<number>();
    candidates.forEach((properties, i) => {
      let color: Rgba | null = null;
      for (const property of properties) {
        const value = hostStyle.getPropertyValue(property).trim();
        if (!value) continue;
        const resolved = resolveIn(probe, value);
        if (!resolved || resolved[3] === 0) {
          warnOnce(
            `<${tag}>: ${property}: "${value}" is ${resolved ? 'transparent' : 'not a colour'}; series ${i + 1} of the chart uses ${properties.length > 1 && property !== properties.at(-1) ? 'the next property or ' : ''}the default colour instead.`,
          );
          continue;
        }
        color = over(resolved, background);
        if (contrast(color, background) < MIN_CONTRAST) {
          warnOnce(
            `<${tag}>: ${property}: "${value}" is too close to the background behind the chart (${contrast(color, background).toFixed(1)}:1, ${MIN_CONTRAST}:1 needed).`,
          );
        }
        break;
      }
      fromHost.push(color !== null);
      if (!color) {
        const index = pickDefault(i, background, chosen, usedDefaults);
        usedDefaults.add(index);
        color = standOut(SERIES_PALETTE[index]!, background);
      }
      chosen.push(color);
    });
    chosen.forEach((color, i) => {
      const twin = chosen.findIndex((other, j) => j < i && distance(color, other) < MIN_DISTANCE);
      if (twin >= 0 && (fromHost[i] || fromHost[twin]))
        warnOnce(`<${tag}>: chart series ${twin + 1} and ${i + 1} have colours too close to tell apart; set --cw-chart-color-${i + 1}.`);
    });
    return chosen.map(rgbString);
  });
}

/** The canvas's own inline properties that a probe sets, restored after it. */
const PROBED = ['color', 'forced-color-adjust'] as const;

/**
 * Runs `read` with the canvas as the probe on which colours resolve in the widget's context (its colour scheme, the
 * text colour it inherits), opted out of forced colours, then puts the canvas's own inline style back. Not a probe
 * element of its own: adding one to the shadow root and removing it is a change a host's mutation observer, or a
 * take-over that promises nothing on show is re-created, would see. Style changes go through the CSSOM, which a
 * strict `style-src` allows; `color` does not change the layout, so the chart's resize observer is not woken.
 */
export function withProbe<T>(canvas: HTMLCanvasElement, read: (probe: HTMLElement) => T): T {
  const hadStyle = canvas.hasAttribute('style');
  const saved = PROBED.map((name) => [name, canvas.style.getPropertyValue(name), canvas.style.getPropertyPriority(name)] as const);
  canvas.style.setProperty('forced-color-adjust', 'none');
  try {
    return read(canvas);
  } finally {
    for (const [name, value, priority] of saved) {
      if (value) canvas.style.setProperty(name, value, priority);
      else canvas.style.removeProperty(name);
    }
    if (!hadStyle && !canvas.style.length) canvas.removeAttribute('style');
  }
}

/** The palette variant (light page or dark page) that contrasts more with `background`. */
function standOut([light, dark]: readonly [string, string], background: Rgba): Rgba {
  const a: Rgba = toRgba(light) ?? [0, 0, 0, 1];
  const b: Rgba = toRgba(dark) ?? [255, 255, 255, 1];
  return contrast(a, background) >= contrast(b, background) ? a : b;
}

/** Series i's own default when it stands apart; else the first other unused palette colour that does. */
function pickDefault(i: number, background: Rgba, chosen: readonly Rgba[], used: ReadonlySet<number>): number {
  const order = SERIES_PALETTE.map((_, k) => (i + k) % SERIES_PALETTE.length).filter((k) => k === i % SERIES_PALETTE.length || !used.has(k));
  const fits = (k: number) => {
    const color = standOut(SERIES_PALETTE[k]!, background);
    return contrast(color, background) >= MIN_CONTRAST && chosen.every((other) => distance(color, other) >= MIN_DISTANCE);
  };
  return order.find(fits) ?? i % SERIES_PALETTE.length;
}
